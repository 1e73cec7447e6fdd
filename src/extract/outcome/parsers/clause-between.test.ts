// A toll and a figure in a verb of saying coordinated after it ("confirmed the toll and said 14
// soldiers had been wounded"): the figure's own outcome stands; the toll lends its outcome only to
// a figure that tells none. A grid of figures × frames × outcomes in sentences written for these
// tests (none taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../../test/support/read-counts.js";

const FIGURES: ReadonlyArray<readonly [string, number]> = [
  ["14", 14],
  ["fourteen", 14],
  ["at least 14", 14],
  ["more than 14", 14],
];
const FRAMES = [
  "A police source confirmed the toll and said {N} {G} had been {V}.",
  "The governor gave the death toll and told reporters {N} {G} were {V}.",
  "Medics confirmed the toll, adding that {N} {G} were {V}.",
  "The army announced the total and said {N} {G} had been {V}.",
];
const OUTCOMES: ReadonlyArray<readonly [string, string]> = [
  ["wounded", "injured"],
  ["arrested", "arrested"],
  ["abducted", "abducted"],
];
const GROUPS: ReadonlyArray<readonly [string, string]> = [
  ["soldiers", "security_forces"],
  ["villagers", "civilians"],
];

describe("a figure in a verb of saying coordinated after a toll", () => {
  for (const frame of FRAMES)
    it(`keeps its own outcome: ${frame}`, () => {
      for (const [n, value] of FIGURES)
        for (const [verb, outcome] of OUTCOMES)
          for (const [noun, group] of GROUPS) {
            const s = frame.replace("{N}", n).replace("{G}", noun).replace("{V}", verb);
            const read = counts(s).filter((c) => c.q.endsWith("14") || c.q === "fourteen");
            expect(read, s).toMatchObject([{ value, outcome, group }]);
          }
    });

  it("takes the toll's outcome when it tells none", () => {
    expect(counts("Officials confirmed the toll and said 14.")).toMatchObject([
      { q: "14", outcome: "killed" },
    ]);
  });

  it("still reads a toll the verb of saying governs ('the toll was said to have reached 30')", () => {
    expect(counts("The toll was said to have reached 30.")).toMatchObject([{ q: "30", outcome: "killed" }]);
    expect(counts("The death toll, officials said, rose to 22.")).toMatchObject([
      { q: "22", outcome: "killed", cumulative: true },
    ]);
  });
});
