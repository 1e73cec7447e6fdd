// Words that are also the names of what every JavaScript object holds ("constructor",
// "__proto__", "toString") are no number words: the tables of number words are read as maps of
// their own words only, so "a constructor" is one person at most, never a multiplier, and a
// count written beside such a word keeps its own value and words.
import { describe, expect, it } from "vitest";
import { tokenize } from "../tokens.js";
import { claimRows } from "../../../test/support/extract-checked.js";
import { findQuantities, isNumberWord } from "./find-quantities.js";

/** Each quantity of a sentence as [its words, its value], the words checked against the text. */
function quantities(sentence: string): Array<[string, number | null]> {
  const tokens = tokenize(sentence, { start: 0, end: sentence.length });
  return findQuantities(tokens, (a, b) => sentence.slice(a, b)).map((m) => {
    const words = sentence.slice(tokens[m.first]!.start, tokens[m.last - 1]!.end);
    expect(words).toBe(m.quantity.text);
    return [words, m.quantity.value];
  });
}

describe("the names every object holds", () => {
  it("are no number words", () => {
    for (const w of ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty", "tostring"])
      expect([w, isNumberWord(w)]).toEqual([w, false]);
    expect(isNumberWord("twenty")).toBe(true);
  });

  it("add nothing to a figure written beside them", () => {
    expect(quantities("A constructor and two guards were killed at the dam.")).toEqual([["two", 2]]);
    expect(quantities("Two constructor workers were killed.")).toEqual([["Two", 2]]);
    expect(quantities("Twenty constructor crews and a hundred guards were there.")).toEqual([
      ["Twenty", 20],
      ["a hundred", 100],
    ]);
    expect(quantities("The constructor of the trio said so.")).toEqual([]);
  });

  it("leave the claims beside them their values and spans", () => {
    // (As "A farmer and two guards were killed": one civilian and two guards.)
    expect(claimRows("A constructor and two guards were killed in the attack on the dam on Monday.")).toEqual(
      [
        ["killed", "civilians", 1, "A constructor and two guards were killed"],
        ["killed", "security_forces", 2, "two guards were killed"],
      ],
    );
    expect(claimRows("Gunmen killed a constructor and wounded three workers at the site.")).toEqual([
      ["killed", "civilians", 1, "killed a constructor"],
      ["injured", "civilians", 3, "wounded three workers"],
    ]);
  });
});
