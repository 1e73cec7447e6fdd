// A person's age written after them is no count of people: "a woman aged 31", "two men aged 24
// and 40", "A boy, 12,", "Two men, 24 and 40,". A grid of persons × ways of writing the age ×
// verbs, in sentences written for these tests (none taken from any report or dataset): each reads
// the person's own figure with the verb's outcome, and no figure for an age.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

const PERSONS: ReadonlyArray<readonly [string, number, string, readonly string[]]> = [
  ["A woman", 1, "civilians", ["31"]],
  ["A boy", 1, "civilians", ["12"]],
  ["A police officer", 1, "security_forces", ["45"]],
  ["Two men", 2, "civilians", ["24", "40"]],
  ["Three soldiers", 3, "security_forces", ["19", "22", "30"]],
];
/** How the ages are written after the person's noun: `{A}` the ages joined by "and". */
const AGES = ["{P} aged {A}", "{P}, aged {A},", "{P}, {A},", "{P} ({A})"];
const VERBS: ReadonlyArray<readonly [string, string]> = [
  ["was killed in the attack.", "killed"],
  ["succumbed to injuries in hospital.", "killed"],
  ["was shot dead on Friday night.", "killed"],
  ["was wounded by gunfire.", "injured"],
  ["died at the scene, police said.", "killed"],
];

const joined = (ages: readonly string[]) =>
  ages.length === 1 ? ages[0]! : `${ages.slice(0, -1).join(", ")} and ${ages.at(-1)}`;

describe("an age written after a person", () => {
  for (const form of AGES)
    it(`is no count and leaves the person's verb read: "${form}"`, () => {
      for (const [person, value, group, ages] of PERSONS)
        for (const [verb, outcome] of VERBS) {
          const v = value > 1 ? verb.replace(/^was /, "were ") : verb;
          // ("(31)" holds one age: "Two men (24 and 40)" is not how the style writes it.)
          if (form.includes("(") && ages.length > 1) continue;
          const s = `${form.replace("{P}", person).replace("{A}", joined(ages))} ${v}`;
          expect(counts(s), s).toMatchObject([{ value, group, outcome }]);
        }
    });

  it("reads 'aged between 18 and 25' and 'aged 18 to 25' as ages", () => {
    expect(counts("Five people aged between 18 and 25 were abducted from the hostel.")).toMatchObject([
      { value: 5, outcome: "abducted" },
    ]);
    expect(counts("Four students aged 18 to 25 were killed in the blast.")).toMatchObject([
      { value: 4, outcome: "killed", group: "civilians" },
    ]);
  });

  it("still counts a figure with people of its own after the ages: 'and 40 others'", () => {
    expect(
      counts("A man aged 24 was killed and 40 others were wounded.").map((c) => [c.value, c.outcome]),
    ).toEqual([
      [1, "killed"],
      [40, "injured"],
    ]);
  });

  it("still counts a figure of a list of people: 'two soldiers, 12 civilians and'", () => {
    expect(
      counts("The blast killed two soldiers, 12 civilians and a policeman.").map((c) => c.value),
    ).toEqual([2, 12, 1]);
  });
});
