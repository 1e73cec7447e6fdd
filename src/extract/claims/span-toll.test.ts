// A toll over the past years, told in the perfect, is background and cumulative (span-toll.ts); a
// toll over the past days or weeks, or one not in the perfect, is the report's own. Sentences
// written for these tests; published 2025-03-12.
import { describe, expect, it } from "vitest";
import { extractChecked } from "../../../test/support/extract-checked.js";

const read = (text: string) =>
  extractChecked(text, "2025-03-12").claims.map((c) => [c.evidence[0]!.text, c.otherIncident, c.scope]);

describe("a toll over the past years", () => {
  it.each([
    [
      "The militia, which swore loyalty to a foreign movement, has killed thousands of villagers in the valley over the past decade.",
      "killed thousands of villagers",
    ],
    [
      "Bandits have abducted more than 900 travellers on the road in the last five years, the union said.",
      "abducted more than 900 travellers",
    ],
    [
      "At least 240 fishermen have been killed in the creeks during the past 18 months, the navy said.",
      "At least 240 fishermen have been killed",
    ],
  ])("%s", (text, evidence) => {
    expect(read(text)).toEqual([[evidence, true, "cumulative"]]);
  });

  it.each([
    [
      "Armed gangs in the region have killed hundreds of farmers in recent years, officials said.",
      ["killed hundreds of farmers"],
    ],
    [
      "Bandit groups have killed thousands of people and kidnapped many more for ransom in recent years.",
      ["killed thousands of people", "kidnapped many more"],
    ],
    [
      "The insurgents have killed more than 400 soldiers and wounded 900 others over the past decade.",
      ["killed more than 400 soldiers", "wounded 900 others"],
    ],
  ])("%s (in recent years; a second verb of harm after 'and')", (text, evidence) => {
    expect(read(text)).toEqual(evidence.map((e) => [e, true, "cumulative"]));
  });
});

describe("not a toll over the past years", () => {
  it.each([
    // Days and weeks are the report's own time.
    [
      "Fighting has killed 31 people in the district over the past week, the monitor said.",
      "killed 31 people",
    ],
    // Not in the perfect: one event in a past year is another class (past-period.ts).
    ["Gunmen killed 14 villagers at a market on Tuesday, the police said.", "killed 14 villagers"],
    // The span belongs to another clause.
    [
      "Gunmen have killed 12 villagers, and raids have emptied the valley over the past decade.",
      "killed 12 villagers",
    ],
    // "and" opens a clause of its own subject.
    [
      "Gunmen have killed 12 villagers this week and the army has lost ground in recent years.",
      "killed 12 villagers",
    ],
  ])("%s", (text, evidence) => {
    expect(read(text).map(([e, other]) => [e, other])).toEqual([[evidence, false]]);
  });
});
