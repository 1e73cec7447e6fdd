// People arrested who are named by sex or age alone ("a 22-year-old man was arrested", "police
// detained two youths") are suspects, counted as people, not as civilians harmed; a role noun
// keeps its group. A grid of figures × frames × nouns in sentences written for these tests (none
// taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

const FRAMES = [
  "Police said {N} {G} were arrested near the scene.",
  "Officers detained {N} {G} after the shooting.",
  "Police arrested {N} {G} two blocks away.",
];
const FIGURES: ReadonlyArray<readonly [string, number]> = [
  ["two", 2],
  ["three", 3],
  ["at least 12", 12],
];
const BARE = ["men", "women", "youths", "teenagers", "boys"];
const ROLES: ReadonlyArray<readonly [string, string]> = [
  ["protesters", "civilians"],
  ["students", "civilians"],
  ["suspects", "militants"],
  ["soldiers", "security_forces"],
];

describe("an arrest of people named by sex or age alone", () => {
  for (const frame of FRAMES)
    it(`counts people: ${frame}`, () => {
      for (const [n, value] of FIGURES)
        for (const noun of BARE) {
          const s = frame.replace("{N}", n).replace("{G}", noun);
          expect(counts(s), s).toMatchObject([{ value, outcome: "arrested", group: "people" }]);
        }
    });

  it("counts one person arrested as people ('a 22-year-old man was arrested')", () => {
    expect(counts("Police said a 22-year-old man was arrested.")).toMatchObject([
      { value: 1, outcome: "arrested", group: "people" },
    ]);
  });

  for (const frame of FRAMES)
    it(`keeps a role noun's group: ${frame}`, () => {
      for (const [noun, group] of ROLES) {
        const s = frame.replace("{N}", "two").replace("{G}", noun);
        expect(counts(s), s).toMatchObject([{ value: 2, outcome: "arrested", group }]);
      }
    });

  it("leaves other outcomes of such nouns civilians ('two men were killed')", () => {
    expect(counts("Two men were killed and a woman was wounded.")).toMatchObject([
      { value: 2, outcome: "killed", group: "civilians" },
      { value: 1, outcome: "injured", group: "civilians" },
    ]);
  });
});
