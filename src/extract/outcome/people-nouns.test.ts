// Sentences written for these tests (not taken from any report or dataset): a noun of a people
// that is an adjective too ("an American", "a Briton", "an Afghan") names one person where it ends
// its phrase, and no one where it modifies a noun after it.
import { describe, expect, it } from "vitest";
import { claimRows } from "../../../test/support/extract-checked.js";

describe("a people's noun heading its phrase is one person", () => {
  it("reads the object of a split resultative: 'stabbed an American to death'", () => {
    expect(claimRows("A man stabbed an American to death outside a bar in Leeds.")).toEqual([
      ["killed", "people", 1, "stabbed an American to death"],
    ]);
  });

  it("reads a two-word people's noun: 'shot an African American dead'", () => {
    expect(claimRows("A gunman shot an African American dead at a bus stop in Ohio.")).toEqual([
      ["killed", "people", 1, "shot an African American dead"],
    ]);
  });

  it("reads a subject: 'A Briton was killed', 'an Afghan was injured'", () => {
    expect(claimRows("A Briton was killed and an Afghan was injured when the convoy was hit.")).toEqual([
      ["killed", "people", 1, "A Briton was killed"],
      ["injured", "people", 1, "an Afghan was injured"],
    ]);
  });

  it("reads no one where the word modifies a noun: 'an American convoy', 'a Pakistani soldier'", () => {
    expect(claimRows("Gunmen attacked an American convoy; a Pakistani soldier was killed.")).toEqual([
      ["killed", "security_forces", 1, "a Pakistani soldier was killed"],
    ]);
  });

  it("reads no casualty in a speaker: 'The Kenyan said he saw the blast'", () => {
    expect(claimRows("The Kenyan said he saw the blast from his shop.")).toEqual([]);
  });
});
