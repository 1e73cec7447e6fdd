// The attribution grid (bench/lib/attribution-grid.mjs) as a test: every attribution frame × every
// claimant head × three outcome clauses of our own words, each sentence's figure claimed by the
// head with a type a careful coder accepts. A frame that fails for a class of heads, or a clause
// whose own subject is read as the speaker ("X was quoted as saying gunmen killed 11"), fails here
// across a row of the grid. `node bench/attribution-grid.mjs` prints the whole grid's rates.
import { describe, expect, it } from "vitest";
import { gridFailures } from "./support/grid-failures.js";
// @ts-expect-error -- a plain ES module shared with the bench, without type declarations
import { CLAUSES, FRAMES, gridRows, judge } from "../bench/lib/attribution-grid.mjs";

interface Row {
  id: string;
  frame: string;
  text: string;
  head: { text: string };
}

// Three clauses: a passive, a clause whose subject is the attackers, and an abduction.
const clauses = [CLAUSES[0], CLAUSES[2], CLAUSES[5]];

describe("attribution grid: frames × heads × clauses", () => {
  for (const frame of FRAMES as Array<{ name: string }>) {
    it(frame.name, () => {
      expect(gridFailures(gridRows({ frame: frame.name, clauses }) as Row[], judge)).toEqual([]);
    });
  }
});
