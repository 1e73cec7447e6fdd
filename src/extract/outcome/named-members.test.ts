// A name set off by a comma right after a figure of several people names one of them: a part of the
// figure, never one person more. Sentences written for these tests (none taken from any report or
// dataset).
import { describe, expect, it } from "vitest";
import { extractChecked as read } from "../../../test/support/extract-checked.js";

const rows = (s: string) => read(s).claims.map((c) => [c.quantity.value, c.outcome, c.partOf]);

describe("names in apposition to a figure", () => {
  it("are parts of the figure, after it or before its verb", () => {
    expect(rows("Two clerics, Ahmed Musa and Bello Sani, were shot dead.")).toEqual([
      [2, "killed", null],
      [1, "killed", "c1"],
    ]);
    expect(read("Gunmen shot dead two clerics, Ahmed Musa and Bello Sani, in Kano.").datasets.gtd.nkill).toBe(
      2,
    );
    expect(
      read("Three officers, Sergeant Ade Musa and two constables, were wounded.").datasets.gtd.nwound,
    ).toBe(3);
    expect(
      read("Rebels abducted two engineers, Tomas Reyes and his driver, near Cauca.").datasets.gtd.nhostkid,
    ).toBe(2);
  });

  it("are people of their own in a list that goes on with a figure, or after one person", () => {
    expect(
      read("Gunmen killed two soldiers, Ahmed Musa and three civilians in Kano.").datasets.gtd.nkill,
    ).toBe(6);
    expect(read("A soldier, Ahmed Musa, was shot dead.").datasets.gtd.nkill).toBe(1);
  });
});
