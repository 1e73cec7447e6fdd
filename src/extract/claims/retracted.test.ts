// Correction notices in sentences written for this project: the figure of the outlet's withdrawn
// text ("An earlier version of this article said …") is no claim; the notice's correct figure in
// its own clause, and the outlet's true earlier reporting, are. Every span slices back to its text.
import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";

/** [evidence, value] of each claim of a short report. */
function read(text: string): Array<[string, number | null]> {
  return extract({ id: "t", text, published: "2025-03-10" }).claims.map((c) => {
    const e = c.evidence[0]!;
    expect(text.slice(e.start, e.end)).toBe(e.text);
    return [e.text, c.quantity.value];
  });
}

describe("a correction notice's withdrawn figure is no claim", () => {
  it.each([
    "An earlier version of this article said 13 people were killed in the bombing.",
    "A previous version of this story gave the number of wounded as 45.",
    "Correction: the original version of this report said 40 soldiers had died.",
    "This article originally reported that 12 people were wounded in the attack.",
    "This story incorrectly said that 20 civilians were abducted from the village.",
    "The headline had misstated the toll as 30 dead.",
    "We mistakenly reported that eight police officers were killed.",
    "Earlier versions of this article said 16 hostages had been freed.",
  ])("%s", (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("the correct figure and true earlier reporting are claims", () => {
  it.each([
    [
      "An earlier version of this article said 13 people were killed; police said three people were killed.",
      [["three people were killed", 3]],
    ],
    [
      "A previous version of this story said 40 soldiers had died, but the army said four were killed.",
      [["four were killed", 4]],
    ],
    [
      "An earlier version of this article said 13 people were killed. Police said three people were killed.",
      [["three people were killed", 3]],
    ],
    [
      "We previously reported that 12 people were killed in the first attack.",
      [["12 people were killed", 12]],
    ],
    ["An earlier attack on the same market killed 21 people, police said.", [["killed 21 people", 21]]],
    ["The initial police report said 30 people were killed in the raid.", [["30 people were killed", 30]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
