// People a toll is said to have counted in error are another incident's (counted-in-error.ts).
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { otherIncidentRows } from "../../../test/support/extract-checked.js";

const rows = (text: string) => otherIncidentRows(text, "2026-05-04");

describe("people counted in error", () => {
  it.each([
    [
      "The ministry said 15 people were killed. An official later said the figure had wrongly included three people who died in a road accident.",
      [
        ["15 people were killed", false],
        ["figure had wrongly included three people", true],
      ],
    ],
    [
      "Police said 11 people died in the blast. The list mistakenly counted two men who drowned in the river that night, police said later.",
      [
        ["11 people died", false],
        ["two men who drowned", true],
      ],
    ],
    [
      "The hospital said it had counted four patients who died of illness in error, bringing the toll of the attack down to nine killed.",
      [
        ["four patients who died", true],
        ["toll of the attack down to nine", false],
      ],
    ],
  ])("marks the people counted in error: %s", (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each([
    "The ministry said the toll included four children who died in the fire.",
    "The toll, which included four police officers, rose to 19 on Monday.",
    "Wrongly accused of the attack, two men were killed by a mob in the market.",
  ])("leaves a count with no word of error by its verb: %s", (text) => {
    expect(rows(text).every(([, other]) => !other)).toBe(true);
  });
});
