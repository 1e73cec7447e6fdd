// A statement of none that coordinates two outcome nouns ("no deaths or injuries were reported")
// is none of each, as "no one was killed or injured" is. A grid of noun pairs × frames in
// sentences written for these tests (none taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

const PAIRS: ReadonlyArray<readonly [string, string, string]> = [
  ["deaths", "killed", "injuries"],
  ["fatalities", "killed", "injuries"],
  ["injuries", "injured", "deaths"],
  ["loss of life", "killed", "injuries"],
];
const FRAMES = [
  "No {A} or {B} were reported.",
  "There were no {A} or {B}, police said.",
  "The blast caused no {A} or {B}.",
  "No {A} or {B} were immediately reported after the explosion.",
];

describe("none of two coordinated outcome nouns", () => {
  for (const frame of FRAMES)
    it(`is none of each: "${frame}"`, () => {
      for (const [a, outcome, b] of PAIRS) {
        const s = frame.replace("{A}", a).replace("{B}", b);
        const other = outcome === "killed" ? "injured" : "killed";
        expect(
          counts(s).map((c) => [c.hedge, c.outcome]),
          s,
        ).toEqual([
          ["none", outcome],
          ["none", other],
        ]);
      }
    });

  it("reads one none where only one noun follows 'no'", () => {
    expect(counts("No injuries were reported.").map((c) => [c.hedge, c.outcome])).toEqual([
      ["none", "injured"],
    ]);
    expect(counts("No injuries or damage were reported.").map((c) => [c.hedge, c.outcome])).toEqual([
      ["none", "injured"],
    ]);
  });
});
