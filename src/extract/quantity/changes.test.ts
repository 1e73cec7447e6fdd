// A figure that changes, said with the verb of its change: "the death toll rose from 11 to 19" is
// 19, a running total (the 11 superseded, no count and no range), and "has gone up to 19" is 19
// exact (no "up to" hedge). A grid of tolls × verbs × times in sentences written for these tests
// (none taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

const TOLLS: ReadonlyArray<readonly [string, string]> = [
  ["The death toll", "killed"],
  ["The toll from the blast", "killed"],
  ["The number of people killed", "killed"],
  ["The number of wounded", "injured"],
  ["Deaths", "killed"],
];
const CHANGES = [
  "rose from 11 to 19",
  "has risen from 11 to 19",
  "climbed sharply from 11 to 19",
  "increased from eleven to 19",
  "jumped from 11 to 19",
  "went up from 11 to 19",
  "has gone up to 19",
];
const TIMES = ["", " overnight", " on Monday", ", officials said"];

describe("a figure's change from one figure to another", () => {
  for (const change of CHANGES)
    it(`reads the figure now, a running total: "… ${change}"`, () => {
      for (const [toll, outcome] of TOLLS)
        for (const time of TIMES) {
          const s = `${toll} ${change}${time}.`;
          expect(
            counts(s).map((c) => [c.value, c.hedge, c.outcome, c.cumulative]),
            s,
          ).toEqual([[19, "exact", outcome, true]]);
        }
    });

  it("keeps a range or a hedge with no verb of change: 'between 11 and 19', 'from 10 to 15 people', 'up to 30'", () => {
    expect(counts("Between 11 and 19 people were killed.").map((c) => [c.value, c.hedge])).toEqual([
      [11, "range"],
    ]);
    expect(counts("Up to 30 people were killed in the raid.").map((c) => [c.value, c.hedge])).toEqual([
      [30, "at_most"],
    ]);
    expect(counts("Officials said 10 to 15 people were killed.").map((c) => [c.value, c.hedge])).toEqual([
      [10, "range"],
    ]);
  });

  it("reads a toll's earlier figure in an aside before its rise as superseded", () => {
    for (const aside of [
      "which stood at 11 on Monday",
      "previously put at 11",
      "initially 11",
      "which was earlier given as 11",
    ])
      for (const rise of ["has risen to 19", "rose to 19", "climbed to 19"]) {
        const s = `The death toll, ${aside}, ${rise}, officials said.`;
        expect(
          counts(s).map((c) => [c.value, c.outcome, c.cumulative]),
          s,
        ).toEqual([[19, "killed", true]]);
      }
    expect(counts("The army, which lost 11 soldiers, rose to the challenge.").map((c) => c.value)).toEqual([
      11,
    ]);
  });
});

describe("every form of a verb of change", () => {
  it("reads the figure now after forms a list of forms once missed ('is doubling', 'surging', 'decreasing')", () => {
    for (const s of [
      "The death toll is doubling from 11 to 19.",
      "The death toll kept surging from 11 to 19.",
      "The number of dead is decreasing from 30 to 19 as names are checked.",
    ])
      expect(
        counts(s).map((c) => [c.q, c.value, c.hedge, c.cumulative]),
        s,
      ).toEqual([["19", 19, "exact", true]]);
  });
});
