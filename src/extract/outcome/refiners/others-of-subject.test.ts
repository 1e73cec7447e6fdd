// "N others" after a definite plural subject naming a side in the same sentence are more of that
// side (refiners/others-of-subject.ts). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../../test/support/read-counts.js";

describe("others after a subject that names a side", () => {
  it("are more of the subject's side", () => {
    expect(
      counts(
        'The spokesman said the raiders had come from the hills and that "four others were captured alive".',
      ),
    ).toMatchObject([{ q: "four", outcome: "abducted", group: "militants" }]);
    expect(counts("He said the soldiers had left the post and that two others were missing.")).toMatchObject([
      { q: "two", outcome: "missing", group: "security_forces" },
    ]);
  });

  it("are no side's after civilians, an object, or a figure read before them", () => {
    expect(counts("The villagers fled and three others were wounded.")).toMatchObject([{ group: "people" }]);
    expect(counts("The raiders were said to have come back and shot dead four others.")).toMatchObject([
      { q: "four", outcome: "killed", group: "people" },
    ]);
    expect(counts("The raiders stormed the village and three others were wounded.")).toMatchObject([
      { group: "people" },
    ]);
    expect(counts("Police said the gunmen killed two guards and three others were wounded.")).toMatchObject([
      { q: "two", group: "security_forces" },
      { q: "three", group: "security_forces" },
    ]);
  });
});
