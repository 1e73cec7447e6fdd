// A figure of one group followed, after a comma, by figures of another that happen to add up to it
// ("Four guards, 3 traders and a police officer were killed") is a list of the people counted, not a
// breakdown of the first figure in apposition; a whole of people, or of the parts' own group, is
// still broken down. Sentences written for these tests (none taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { extractChecked as read } from "../../../test/support/extract-checked.js";

const rows = (s: string) => read(s).claims.map((c) => [c.quantity.value, c.group, c.partOf]);

describe("a list whose later figures add up to its first", () => {
  it("counts every figure when a later one is of another group", () => {
    expect(read("Four guards, 3 traders and a police officer were killed.").datasets.gtd.nkill).toBe(8);
    expect(
      read("At least six rebels, two soldiers, and four farmers were killed in the clash.").datasets.gtd,
    ).toMatchObject({
      nkill: 12,
      nkillter: 6,
    });
  });

  it("still reads a breakdown of people, or of the whole's own group", () => {
    expect(rows("Forty people, 6 soldiers and 34 civilians, were killed.")).toEqual([
      [40, "people", null],
      [6, "security_forces", "c1"],
      [34, "civilians", "c1"],
    ]);
    expect(read("Three officers, a sergeant and two constables, were wounded.").datasets.gtd.nwound).toBe(3);
  });
});
