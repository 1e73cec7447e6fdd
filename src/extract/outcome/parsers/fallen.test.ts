// A verb of falling as a death (outcome/parsers/fallen.ts, lexicon/falling.ts): the people fell
// where the clause ends after the verb or a phrase of battle follows it. Sentences written for
// these tests.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../../test/support/read-counts.js";
import { extractChecked } from "../../../../test/support/extract-checked.js";

describe("a verb of falling", () => {
  it.each([
    ["Some thirty of our fighters fell, the commander said.", "Some thirty", "militants"],
    ["Nine policemen have fallen in the fighting since Friday.", "Nine", "security_forces"],
    ["Eleven soldiers fell in combat near the border.", "Eleven", "security_forces"],
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
