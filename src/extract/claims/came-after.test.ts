// An event the report's own came after, dated by a span of time ("The attack comes a week after two
// civilians were killed …"), is another incident, in sentences written for this project; "came
// after" with no span, and a figure before "after", keep the report's own. Spans slice back.
import { describe, expect, it } from "vitest";
import { otherIncidentRows } from "../../../test/support/extract-checked.js";
import { extract } from "../pipeline.js";

const read = (text: string) => otherIncidentRows(text, "2025-06-10");

describe("an event the report's came after", () => {
  it.each([
    [
      "The attack comes a week after two civilians were killed when a bus hit a landmine on the same road.",
      "two civilians were killed",
    ],
    ["It came just days after gunmen killed 12 farmers in a nearby village.", "killed 12 farmers"],
    [
      "The raid came less than a month after 30 worshippers were abducted from a church in the area.",
      "30 worshippers were abducted",
    ],
  ])("is another incident: %s", (text, evidence) => {
    expect(read(text)).toEqual([[evidence, true]]);
  });

  it.each([
    // No span: the report's own sequence.
    ["The shooting came after gunmen killed 3 guards at the gate, police said.", "killed 3 guards"],
    // The figure before "after": the report's own toll.
    ["Gunmen killed 9 villagers, a week after the army left the area.", "killed 9 villagers"],
  ])("is not: %s", (text, evidence) => {
    expect(read(text).filter(([e]) => e === evidence)).toEqual([[evidence, false]]);
  });

  it("keeps the report's own toll beside the earlier one", () => {
    const text =
      "Four police officers were killed when their vehicle hit a bomb in Mandera on Monday. The attack comes two weeks after 5 traders were killed on the same road.";
    expect(read(text)).toEqual([
      ["Four police officers were killed", false],
      ["5 traders were killed", true],
    ]);
    expect(extract({ id: "t", text, published: "2025-06-10" }).datasets.acled.fatalities).toBe(4);
  });
});
