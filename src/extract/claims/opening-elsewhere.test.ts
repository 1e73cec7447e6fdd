// A sentence opened by "Separately" turns to another matter than the report's own (wire copy's
// mark of another event): its figures are another incident, out of the tally. Written for this
// project; the report's own dead "killed separately" stay in it.
import { describe, expect, it } from "vitest";
import { otherIncidentRows } from "../../../test/support/extract-checked.js";
import { extract } from "../pipeline.js";

const read = (text: string) => otherIncidentRows(text, "2025-07-09");

describe("a sentence opened by 'Separately'", () => {
  it("marks its figures another incident and keeps the report's own", () => {
    const text =
      "An air strike on a camp killed 14 people, the health ministry said. " +
      "Separately, two soldiers were killed and a third was wounded by a roadside bomb in the north on Tuesday, the army said.";
    expect(read(text)).toEqual([
      ["killed 14 people", false],
      ["two soldiers were killed", true],
      ["a third was wounded", true],
    ]);
    expect(extract({ id: "t", text, published: "2025-07-09" }).datasets.acled.fatalities).toBe(14);
  });

  it("reads 'Separately on Monday,' as one too", () => {
    expect(read("Separately on Monday, police said gunmen had abducted 8 traders near the border.")).toEqual([
      ["abducted 8 traders", true],
    ]);
  });

  it.each([
    "Three village elders were shot dead in Kwale on Sunday. The three were killed separately, in their homes.",
    "Police and the army separately said 6 militants were killed in the raid.",
  ])("not when 'separately' does not open the sentence: %s", (text) => {
    expect(read(text).every(([, other]) => !other)).toBe(true);
  });
});
