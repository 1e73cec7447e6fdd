// A bare "total" set off after a figure's words marks the whole, so that a part given beside it (a
// day's, a place's) is never added to it. Sentences written for these tests (none taken from any
// report or dataset).
import { describe, expect, it } from "vitest";
import { extractChecked as read } from "../../../test/support/extract-checked.js";

describe("a figure followed by ', total'", () => {
  it("is the whole, and a part beside it is not added", () => {
    const r = read(
      "Clashes over grazing land went on for a week. Nine dead, total; five fatalities on the first day.",
    );
    expect(r.claims[0]).toMatchObject({ quantity: { value: 9 }, scope: "cumulative" });
    expect(r.datasets.gtd.nkill).toBe(9);
  });

  it("leaves a figure with no such word as it was", () => {
    const r = read(
      "Clashes over grazing land went on for a week. Nine dead; five fatalities on the first day.",
    );
    expect(r.claims[0]!.scope).toBe("single");
  });
});
