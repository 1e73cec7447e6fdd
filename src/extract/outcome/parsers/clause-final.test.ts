// Verbs that tell an outcome only where their clause ends after them (outcome/parsers/clause-final.ts,
// lexicon/clause-final.ts): a verb of falling as a death, also before a phrase of battle; "taken" in
// the passive as abducted. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../../test/support/read-counts.js";
import { extractChecked } from "../../../../test/support/extract-checked.js";

describe("a verb of falling", () => {
  it.each([
    ["Some thirty of our fighters fell, the commander said.", "Some thirty", "militants"],
    ["Nine policemen have fallen in the fighting since Friday.", "Nine", "security_forces"],
    ["Eleven soldiers fell in combat near the border.", "Eleven", "security_forces"],
    ["Seven gendarmes fell on the field of honour, the ministry said.", "Seven", "security_forces"],
    ['"Twelve of our brothers fell," the spokesman said.', "Twelve", null],
  ])("is a death: %s", (text, q, group) => {
    const [c] = counts(text);
    expect(c).toMatchObject({ q, outcome: "killed", trigger: text.includes("fallen") ? "fallen" : "fell" });
    if (group) expect(c!.group).toBe(group);
  });

  it.each([
    "Two workers fell from the scaffolding.",
    "Three soldiers fell ill after the march.",
    "Forty soldiers fell back to the barracks.",
    "Six villagers fell into the river.",
    "The fallen included 12 soldiers.",
  ])("is no death where a complement of place, state or direction follows: %s", (text) => {
    expect(counts(text).filter((c) => c.outcome === "killed" && c.trigger === "fell")).toEqual([]);
  });

  it("keeps its spans", () => {
    const text = "The army said about 20 of its men fell, and 15 others were wounded.";
    const r = extractChecked(text);
    expect(r.claims.map((c) => [c.outcome, c.quantity.value, c.evidence[0]!.text])).toEqual([
      ["killed", 20, "about 20 of its men fell"],
      ["injured", 15, "15 others were wounded"],
    ]);
  });
});

describe("'taken' in the passive with its clause ending after it", () => {
  it("is an abduction, and the parts after it are its parts", () => {
    const text =
      "The chief said 30 travellers had been taken, among them six nurses, and that a driver was shot.";
    const r = extractChecked(text);
    expect(
      r.claims.slice(0, 2).map((c) => [c.outcome, c.quantity.value, c.partOf, c.evidence[0]!.text]),
    ).toEqual([
      ["abducted", 30, null, "30 travellers had been taken"],
      ["abducted", 6, r.claims[0]!.id, "six nurses"],
    ]);
  });

  it.each([
    "Two people were taken to hospital.",
    "Twelve protesters were taken into custody.",
    "Forty pilgrims were taken by bus to the shrine.",
    "Twenty passengers had taken the early train.",
  ])("is no abduction where the clause goes on: %s", (text) => {
    expect(counts(text).filter((c) => c.outcome === "abducted")).toEqual([]);
  });
});
