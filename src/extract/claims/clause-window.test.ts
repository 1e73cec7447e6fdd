// A scope cue ("so far", "in all") tells the scope of the figures in its own clause only: across
// ", and" / ", but" / ";" a coordinated clause's figure keeps its own (single) scope, while a
// figure in the cue's clause stays cumulative. Sentences written for these tests (none taken
// from any report or dataset), through the whole extractor.
import { describe, expect, it } from "vitest";
import type { Scope } from "../../core/model.js";
import { extract } from "../pipeline.js";

/** [evidence, scope] of each claim of a one-sentence report. */
function scopes(text: string): Array<[string, Scope]> {
  return extract({ id: "t", text, published: "2025-03-10" }).claims.map((c) => [
    c.evidence[0]!.text,
    c.scope,
  ]);
}

const CUES = ["so far", "in all", "to date"];
const JOINS = [", and", ", but", ";"];
const SECOND: ReadonlyArray<readonly [string, string]> = [
  ["several others are missing", "several others are missing"],
  ["12 soldiers were wounded", "12 soldiers were wounded"],
  ["30 villagers were abducted", "30 villagers were abducted"],
];

describe("a scope cue and a coordinated clause", () => {
  for (const cue of CUES)
    for (const join of JOINS)
      it(`"${cue}${join}": the second clause's figure is single`, () => {
        for (const [clause, evidence] of SECOND) {
          const text = `Rescuers have counted 21 bodies of soldiers ${cue}${join} ${clause}, an official said.`;
          const read = scopes(text);
          expect(read.find(([e]) => e.includes("21"))?.[1], text).toBe("cumulative");
          expect(read.find(([e]) => e === evidence)?.[1], text).toBe("single");
        }
      });

  it("still reads a cue of the figure's own clause after a comma", () => {
    expect(scopes("Police said 27 militants had been killed, so far, in the operation.")).toEqual([
      ["27 militants had been killed", "cumulative"],
    ]);
    expect(scopes("The army said it had killed 40 rebels in all.")).toEqual([
      ["killed 40 rebels", "cumulative"],
    ]);
  });
});
