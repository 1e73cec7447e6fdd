// "N of them" with no figure before it in the sentence: "them" is the plural people noun an
// earlier phrase made an object ("operations against the rebels, killing 11 of them"), never the
// clause's subject ("The troops returned fire, killing four of them" counts no troops). A grid of
// figures × frames × groups in sentences written for these tests (none taken from any report or
// dataset).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../../test/support/read-counts.js";

const FIGURES: ReadonlyArray<readonly [string, number]> = [
  ["11", 11],
  ["eleven", 11],
  ["at least 11", 11],
];
const FRAMES: ReadonlyArray<readonly [string, string]> = [
  ["The army said it had carried out raids against {G} in the district, killing {N} of them.", "killed"],
  ["Troops overran a camp of the {G}, killing {N} of them.", "killed"],
  ["Gunmen ambushed the {G} near the bridge and killed {N} of them.", "killed"],
  ["Police surrounded the {G} and later arrested {N} of them.", "arrested"],
  ["The kidnappers seized the {G} on Monday and freed {N} of them on Friday.", "released"],
];
const GROUPS: ReadonlyArray<readonly [string, string]> = [
  ["soldiers", "security_forces"],
  ["villagers", "civilians"],
  ["insurgents", "militants"],
  ['"terrorists"', "militants"],
];

describe("'N of them' after an object of people", () => {
  for (const [frame, outcome] of FRAMES)
    it(`takes the object's group: ${frame}`, () => {
      for (const [n, value] of FIGURES)
        for (const [noun, group] of GROUPS) {
          const s = frame.replace("{N}", n).replace("{G}", noun);
          expect(counts(s), s).toMatchObject([{ value, outcome, group }]);
        }
    });
});

describe("'N of them' with no object of people before it", () => {
  it("is not the subject of the clause", () => {
    expect(counts("The soldiers returned fire, killing four of them.")).toMatchObject([
      { value: 4, outcome: "killed", group: "people" },
    ]);
    expect(counts("Heavily armed militants stormed the base and killed nine of them.")).toMatchObject([
      { value: 9, outcome: "killed", group: "people" },
    ]);
  });

  it("leaves a share of a figure to that figure", () => {
    expect(counts("Twenty soldiers were wounded, eight of them critically.")).toMatchObject([
      { value: 20, group: "security_forces" },
      { value: 8, group: "security_forces" },
    ]);
  });
});
