// Statements of none read with their people: a noun after "other" or after coordinated adjectives
// of nationality ("no other guests were hurt", "no Chadian or Sudanese troops were hurt"), "no life
// was lost", and the group a none is among ("no casualties among the police"). Sentences written
// for these tests (none taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";
import { extract } from "../pipeline.js";

describe("a none whose noun has modifiers", () => {
  it("reads 'no other' people", () => {
    expect(counts("No other guests were hurt in the fire.")).toMatchObject([
      { q: "No", value: 0, hedge: "none", outcome: "injured", group: "civilians", trigger: "hurt" },
    ]);
  });

  it("reads coordinated adjectives of nationality before the noun, as a figure's noun does", () => {
    expect(counts("No Chadian or Sudanese troops were hurt, the army said.")).toMatchObject([
      { q: "No", hedge: "none", outcome: "injured", group: "security_forces" },
    ]);
    expect(counts("Four Malian and Nigerien soldiers were killed.")).toMatchObject([
      { q: "Four", value: 4, outcome: "killed", group: "security_forces" },
    ]);
  });

  it("is no none where no people noun follows", () => {
    expect(counts("There was no other road out of the valley.")).toEqual([]);
    expect(counts("No French or German aid was delivered.")).toEqual([]);
  });
});

describe("no life was lost", () => {
  it("is a none of the dead", () => {
    expect(counts("Officials said no life was lost in the floods of the camp.")).toMatchObject([
      { q: "no", hedge: "none", outcome: "killed", trigger: "life was lost" },
    ]);
  });

  it("is no none of a life not lost", () => {
    expect(counts("He said no life was at risk.")).toEqual([]);
  });
});

describe("a none among a group", () => {
  it.each([
    ["The ministry reported no casualties among its troops.", "killed"],
    ["There were no injuries among their officers.", "injured"],
    ["There were no reports of casualties among the police.", "killed"],
    ["No injuries were reported among the troops.", "injured"],
  ])("takes the group named after 'among' or 'among its' (%s)", (text, outcome) => {
    expect(counts(text)).toMatchObject([{ hedge: "none", outcome, group: "security_forces" }]);
  });

  it("keeps its spans", () => {
    const text = "The convoy was hit, but there were no casualties among the soldiers.";
    const claims = extract({ id: "t", text, published: "2025-03-10" }).claims;
    expect(claims.map((c) => [c.outcome, c.group, c.quantity.hedge])).toEqual([
      ["killed", "security_forces", "none"],
    ]);
    for (const e of claims[0]!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
