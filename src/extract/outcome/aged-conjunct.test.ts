// A single person with an age joined to a figure by "and" (refiners/coordination.ts pastAge): the
// age is passed over. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("a single person with an age, joined to a figure by 'and'", () => {
  it("shares the figure's outcome past the age ('a man aged 24 and 40 others')", () => {
    expect(counts("A farmer aged 52 and 14 others were wounded in the raid.")).toMatchObject([
      { q: "A", outcome: "injured", group: "civilians" },
      { q: "14", outcome: "injured" },
    ]);
    expect(counts("A woman, 31, and three children were killed.")).toMatchObject([
      { q: "A", outcome: "killed", group: "civilians" },
      { q: "three", outcome: "killed", group: "civilians" },
    ]);
  });
});
