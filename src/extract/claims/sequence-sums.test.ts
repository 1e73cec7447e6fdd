// A total broken down over the sentences after it by the same voice (sequence-sums.ts): the parts
// point at the total and "N more" among them is no increment. Articles written for these tests.
import { describe, expect, it } from "vitest";
import { extractChecked } from "../../../test/support/extract-checked.js";

const read = (text: string) => extractChecked(text, "2026-03-10");

const rows = (r: ReturnType<typeof read>) =>
  r.claims.map((c) => [c.id, c.quantity.value, c.outcome, c.scope, c.partOf]);

describe("a total broken down over the sentences after it", () => {
  it("ties one figure a sentence that adds up to the total, 'two more' included", () => {
    const r = read(
      "Eight people were killed in attacks around Tepic on Monday, the state prosecutor's office said. " +
        "Five farmworkers were shot dead in a field outside the town, the office said. " +
        "Two more men were killed at a petrol station, the statement said. " +
        "A police officer was shot dead at a checkpoint, according to the office.",
    );
    expect(rows(r)).toEqual([
      ["c1", 8, "killed", "single", null],
      ["c2", 5, "killed", "single", "c1"],
      ["c3", 2, "killed", "single", "c1"],
      ["c4", 1, "killed", "single", "c1"],
    ]);
    expect(r.datasets.gtd.nkill).toBe(8);
  });

  it("leaves figures that do not add up to the total as they are", () => {
    const r = read(
      "Eight people were killed in attacks around Tepic on Monday, the state prosecutor's office said. " +
        "Five farmworkers were shot dead in a field outside the town, the office said. " +
        "Two more men were killed at a petrol station, the statement said.",
    );
    expect(rows(r)).toEqual([
      ["c1", 8, "killed", "single", null],
      ["c2", 5, "killed", "single", null],
      ["c3", 2, "killed", "increment", null],
    ]);
  });

  it("leaves figures of another voice as they are, even where they add up", () => {
    const r = read(
      "Six people were killed in the raid on Kalé, the army said. " +
        "Residents said four traders were killed at the market. " +
        "Two herders were killed near the well, a local official said.",
    );
    expect(r.claims.every((c) => c.partOf === null)).toBe(true);
  });

  it("leaves a single later figure as it is: one figure is no breakdown", () => {
    const r = read(
      "Five people were killed in the blast, police said. Police said four people were killed at the stall.",
    );
    expect(r.claims.every((c) => c.partOf === null)).toBe(true);
  });

  it("leaves the steps of a running toll as they are: the total's own noun again is no part", () => {
    const r = read(
      "A missile hit a block of flats in Sumy, killing at least 12 people, the governor said. " +
        "The governor said at first that four people had been killed. " +
        "Later the governor said eight more people had died in hospital.",
    );
    expect(r.claims.every((c) => c.partOf === null)).toBe(true);
  });

  it("leaves a run that a restatement of the total opens as it is", () => {
    const r = read(
      "Seven people were killed in the blast, police said. Police said seven people died at the scene. " +
        "Police said four people were killed at the stall.",
    );
    expect(r.claims.every((c) => c.partOf === null)).toBe(true);
  });
});
