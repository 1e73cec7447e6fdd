// "Of the 52 people killed, 31 were women": a share told after the whole that opens the sentence.
// Sentences written for these tests, in the styles of several conflicts' reporting (none taken
// from any report or dataset).
import { describe, expect, it } from "vitest";
import { tokenize } from "../tokens.js";
import { findCounts } from "./find-counts.js";

function shares(sentence: string) {
  const tokens = tokenize(sentence, { start: 0, end: sentence.length });
  const words = (first: number, last: number) => sentence.slice(tokens[first]!.start, tokens[last - 1]!.end);
  const counts = findCounts(tokens, (a, b) => sentence.slice(a, b));
  return counts.map((c) => {
    expect(words(c.qFirst, c.qLast)).toBe(c.quantity.text);
    return [c.quantity.text, c.outcome, c.group, c.partOf === null ? null : counts[c.partOf]!.quantity.text];
  });
}

describe("a share after the whole that opens the sentence", () => {
  it("reads the share as a part of the whole, with the whole's outcome and the copula's group", () => {
    expect(shares("Of the 63 people killed in the market attack in Maiduguri, 27 were women.")).toEqual([
      ["63", "killed", "people", null],
      ["27", "killed", "civilians", "63"],
    ]);
    expect(shares("Of the 19 killed, eight were soldiers of the 4th Brigade.")).toEqual([
      ["19", "killed", "people", null],
      ["eight", "killed", "security_forces", "19"],
    ]);
    expect(
      shares("Of the 44 wounded in Sumy on Tuesday, 11 are children, the regional governor said."),
    ).toEqual([
      ["44", "injured", "people", null],
      ["11", "injured", "civilians", "44"],
    ]);
    expect(shares("And of the 23 abducted from the seminary, nine were priests.")).toEqual([
      ["23", "abducted", "people", null],
      ["nine", "abducted", "civilians", "23"],
    ]);
    expect(shares("Police said that of the 52 killed, 31 were women.")).toEqual([
      ["52", "killed", "people", null],
      ["31", "killed", "civilians", "52"],
    ]);
  });

  it("leaves a share with its own outcome, a share larger than the whole, and a share with no 'Of the' whole", () => {
    expect(shares("Of the 15 wounded, four later died in hospital.")).toEqual([
      ["15", "injured", "people", null],
      ["four", "killed", "people", null],
    ]);
    expect(shares("Of the 12 killed, 30 were buried on Friday.")).toEqual([["12", "killed", "people", null]]);
    // (A comma splice after the whole is a row of shares of it: refiners/gapped-shares.ts.)
    expect(shares("Rebels said 52 were killed in Beni, 31 were women.")).toEqual([
      ["52", "killed", "people", null],
      ["31", "killed", "civilians", "52"],
    ]);
  });

  it("reads a whole with no outcome of its own as the set the share is drawn from, not as the share's verb", () => {
    expect(shares("Of the 30 hostages, 12 were freed by the army on Sunday.")).toEqual([
      ["30", "abducted", "hostages", null],
      ["12", "released", "hostages", null],
    ]);
    expect(shares("Of the 40 passengers on the minibus, nine were killed, police said.")).toEqual([
      ["40", "present", "civilians", null],
      ["nine", "killed", "civilians", null],
    ]);
  });
});
