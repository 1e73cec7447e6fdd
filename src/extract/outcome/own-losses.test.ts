// A side's own dead told by "lose" with a partitive of its subject ("lost two of their own"): the
// subject's side when it names one, else people. A grid of figures × frames × subjects in
// sentences written for these tests (none taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

const FIGURES: ReadonlyArray<readonly [string, number]> = [
  ["two", 2],
  ["12", 12],
  ["at least nine", 9],
];
const FRAMES = [
  "{S} killed seven gunmen and lost {N} of their own in the clash.",
  "A spokesman said {S} had lost {N} of their own in the fighting.",
  "{S} lost {N} of their own, the statement said.",
];
const SUBJECTS: ReadonlyArray<readonly [string, string]> = [
  ["The soldiers", "security_forces"],
  ["The police officers", "security_forces"],
  ["The rebels", "militants"],
  ["The fighters", "militants"],
  ["The villagers", "people"],
  ["The youths", "people"],
];

describe("'lost N of their own'", () => {
  for (const frame of FRAMES)
    it(`counts the subject's side killed: ${frame}`, () => {
      for (const [n, value] of FIGURES)
        for (const [subject, group] of SUBJECTS) {
          const s = frame.replace("{N}", n).replace("{S}", subject);
          const own = counts(s).filter((c) => c.value === value);
          expect(own, s).toMatchObject([{ outcome: "killed", group }]);
        }
    });
});

describe("'lost N of their comrades', the figure quoted with its focus adverb", () => {
  it("counts the subject's side killed, the adverb read inside the quotes only", () => {
    expect(counts('The insurgents had lost "only three" of their comrades, a spokesman said.')).toMatchObject(
      [{ q: "three", outcome: "killed", group: "militants", trigger: "lost" }],
    );
    expect(counts("The soldiers had lost four of their comrades, the officer said.")).toMatchObject([
      { q: "four", outcome: "killed", group: "security_forces" },
    ]);
    expect(counts("The militia said it had lost two of its members.")).toMatchObject([
      { q: "two", outcome: "killed", group: "people" },
    ]);
  });
});

describe("'N of its own men'", () => {
  it("is a phrase of its people noun, not of 'own'", () => {
    expect(counts("It claimed 15 soldiers were killed and 6 of its own men died.")).toMatchObject([
      { value: 15, outcome: "killed", group: "security_forces" },
      { value: 6, outcome: "killed" },
    ]);
  });
});

describe("'losing' a side's people, a participle after the clause that names the side", () => {
  it("counts them killed, of the named group or of the subject's side", () => {
    expect(counts("The battalion held the ridge for a week, losing 14 soldiers.")).toMatchObject([
      { q: "14", outcome: "killed", group: "security_forces", trigger: "losing" },
    ]);
    expect(counts("The insurgents were driven back, losing at least 30 of their men.")).toMatchObject([
      { q: "at least 30", hedge: "at_least", outcome: "killed", group: "militants", trigger: "losing" },
    ]);
    expect(
      counts('The raiders withdrew, losing "about a dozen" of their men, the police said.'),
    ).toMatchObject([{ q: "about a dozen", outcome: "killed", group: "militants" }]);
  });

  it("reads no bereavement and no score as a side's losses", () => {
    expect(counts("The farmer fled to the town, losing two cousins on the way.")).toEqual([]);
    expect(counts("The home side fought back after losing 3-1 at half-time.")).toEqual([]);
  });
});
