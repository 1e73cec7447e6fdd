// "also" before an outcome's verb, after the same voice counted people of that outcome and group:
// new people, never merged with the earlier figure. Sentences written for these tests (none taken
// from any report or dataset).
import { describe, expect, it } from "vitest";
import { extractChecked as read } from "../../../test/support/extract-checked.js";

const rows = (s: string) =>
  read(s).claims.map((c) => [c.quantity.value, c.group, c.scope, c.evidence.length]);

describe("a figure told with 'also' after one of its group", () => {
  it("is added to the earlier figure, not merged with it", () => {
    const r = read("Gunmen shot dead a cyclist in Ghent. The gunmen also killed a man in Aalst.");
    expect(r.claims.map((c) => [c.quantity.value, c.group, c.scope])).toEqual([
      [1, "civilians", "single"],
      [1, "civilians", "increment"],
    ]);
    expect(r.datasets.gtd.nkill).toBe(2);
    expect(
      read("Two guards were wounded at the gate. Two guards had also been wounded in the yard.").datasets.gtd
        .nwound,
    ).toBe(4);
    expect(
      read("Militants abducted three nurses on Monday; they also kidnapped three nurses in Goma.").datasets
        .gtd.nhostkid,
    ).toBe(6);
  });

  it("stays single beside other groups' figures, and merges with the same figure restated", () => {
    expect(
      rows(
        "Twelve traders died in the market fire. Four attackers were also killed. Four attackers were shot dead at the gate.",
      ),
    ).toEqual([
      [12, "civilians", "single", 1],
      [4, "militants", "single", 2],
    ]);
  });

  it("stays single after another figure of the group, which it adds to as it is", () => {
    const r = read("Troops killed nine rebels on Friday. They had also killed two rebels near the dam.");
    expect(r.claims.map((c) => [c.quantity.value, c.scope])).toEqual([
      [9, "single"],
      [2, "single"],
    ]);
    expect(r.datasets.gtd.nkill).toBe(11);
  });

  it("stays single without the adverb: the same figure again is one claim", () => {
    expect(rows("Gunmen shot dead a cyclist in Ghent. The gunmen killed a cyclist in Ghent.")).toEqual([
      [1, "civilians", "single", 2],
    ]);
  });
});
