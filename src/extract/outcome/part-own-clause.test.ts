// A figure coordinated after the part of a whole ("…, including a child, and three others were
// injured") that has a finite verb of another outcome of its own opens a clause of its own: it is
// no part of the whole, and its people count in their own outcome's total. Sentences written for
// these tests (none taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { extractChecked as read } from "../../../test/support/extract-checked.js";

const rows = (s: string) => read(s).claims.map((c) => [c.quantity.value, c.outcome, c.partOf]);

describe("a figure with its own verb of another outcome after a part", () => {
  it("is no part of the whole before it", () => {
    const r = read("Four villagers were killed, including the gunman, and three others were injured.");
    expect(r.claims.map((c) => [c.quantity.value, c.outcome, c.group, c.partOf])).toEqual([
      [4, "killed", "civilians", null],
      [1, "killed", "militants", "c1"],
      [3, "injured", "civilians", null],
    ]);
    expect(r.datasets.gtd).toMatchObject({ nkill: 4, nkillter: 1, nwound: 3 });
    expect(rows("Nine pilgrims died, among them two boys, and 14 more have been hurt.")).toEqual([
      [9, "killed", null],
      [2, "killed", "c1"],
      [14, "injured", null],
    ]);
    expect(
      read("Gunmen killed six traders, including a woman, and two others were abducted.").datasets.gtd,
    ).toMatchObject({ nkill: 6, nhostkid: 2 });
  });

  it("keeps as parts the coordinated figures with no verb of their own, and reduced relatives", () => {
    expect(rows("Eleven people were killed, including a nurse and two guards.")).toEqual([
      [11, "killed", null],
      [1, "killed", "c1"],
      [2, "killed", "c1"],
    ]);
    expect(rows("The toll stood at 30, including 12 soldiers taken hostage and later shot.")).toEqual([
      [30, "killed", null],
      [12, "killed", "c1"],
    ]);
  });
});
