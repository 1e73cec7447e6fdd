// A definite plural that refers back to people counted before, with an aside that describes them
// before its verb ("The hostages, all aid workers, were killed"): the earlier figure, and no "all"
// of the aside counted again. Sentences written for these tests (none taken from any report or
// dataset).
import { describe, expect, it } from "vitest";
import { extractChecked as read } from "../../../test/support/extract-checked.js";

const rows = (s: string) => read(s).claims.map((c) => [c.outcome, c.quantity.value, c.quantity.hedge]);

describe("a definite plural past an aside that describes it", () => {
  it.each([
    ["Gunmen abducted six nurses. The hostages, all women, were killed hours later.", 6, "killed"],
    [
      "Rebels seized four engineers in Cauca. The engineers, all mining company staff, were freed on Friday.",
      4,
      "released",
    ],
  ])("takes the figure counted before (%s)", (text, n, outcome) => {
    expect(rows(text)).toEqual([
      ["abducted", n, "exact"],
      [outcome, n, "exact"],
    ]);
  });

  it("stays unread past a figure or a long clause", () => {
    expect(rows("Gunmen abducted six nurses. The hostages, two of them men, were killed.")).toEqual([
      ["abducted", 6, "exact"],
      ["killed", 2, "exact"],
    ]);
    expect(
      read(
        "Gunmen abducted six nurses. The hostages, who had been held in a forest camp near the river for weeks, were killed.",
      ).datasets.gtd.nkill,
    ).toBeNull();
  });
});
