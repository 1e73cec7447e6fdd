// Sentences written for these tests (not taken from any report or dataset): a share of a counted
// whole whose verb comes after the whole's reduced relative ("one of the four children injured has
// died") takes that verb's outcome; with no verb of its own it keeps the whole's.
import { describe, expect, it } from "vitest";
import { claimRows } from "../../../test/support/extract-checked.js";

describe("a share of a counted whole with a verb of its own", () => {
  it("reads 'one of the four children injured has died' as one killed", () => {
    expect(claimRows("Police said one of the four children injured in the blast has died.")).toEqual([
      ["killed", "civilians", 1, "one of the four children injured in the blast has died"],
      ["injured", "civilians", 4, "four children injured"],
    ]);
  });

  it("reads 'two of the 12 people wounded later died' as two killed", () => {
    expect(claimRows("Two of the 12 people wounded later died in hospital in Jos.")).toEqual([
      ["killed", "people", 2, "Two of the 12 people wounded later died"],
      ["injured", "people", 12, "12 people wounded"],
    ]);
  });

  it("reads 'one of the five passengers abducted was released' as one released", () => {
    expect(claimRows("One of the five passengers abducted was released on Friday.")).toEqual([
      ["released", "civilians", 1, "One of the five passengers abducted was released"],
      ["abducted", "civilians", 5, "five passengers abducted"],
    ]);
  });

  it("keeps the whole's outcome where the share has no verb of its own", () => {
    expect(claimRows("Nine of the 13 people killed were civilians.")).toEqual([
      ["killed", "civilians", 9, "Nine of the 13 people"],
      ["killed", "people", 13, "13 people killed"],
    ]);
  });
});
