// "Both" and "the two" for a pair the sentence before names without a figure, in sentences
// written for this project: the pair's group when its two person nouns share one ("a farmer and
// his son", "a policeman and a soldier"), people when they differ or name no one. Spans slice back.
import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";

/** [evidence, group] of each claim of a short report. */
function read(text: string): Array<[string, string]> {
  return extract({ id: "t", text, published: "2025-03-10" }).claims.map((c) => {
    const e = c.evidence[0]!;
    expect(text.slice(e.start, e.end)).toBe(e.text);
    return [e.text, c.group];
  });
}

describe("a pair named in the sentence before gives 'both' its group", () => {
  it.each([
    ["A farmer and his son were caught in the crossfire. Both died on the way to hospital.", "civilians"],
    [
      "A policeman and a soldier were guarding the gate. Both were killed when the bomb went off.",
      "security_forces",
    ],
    ["A teacher and her young daughter were walking home. Both were shot dead by gunmen.", "civilians"],
    ["A policeman and a shopkeeper were standing at the gate. Both were killed in the blast.", "people"],
    ["The car and the truck were parked outside. Both were killed in the blast.", "people"],
  ])("%s", (text, group) => {
    const claims = read(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]![1]).toBe(group);
  });

  it("a pair in another paragraph is not the antecedent", () => {
    expect(read("A farmer and his son were at the market.\n\nBoth were killed in the blast.")[0]![1]).toBe(
      "people",
    );
  });

  it("a pair counted earlier still gives its group", () => {
    expect(
      read(
        "Two journalists were abducted in Goma on Friday. Both were released on Sunday, their employer said.",
      ).map((c) => c[1]),
    ).toEqual(["civilians", "civilians"]);
  });
});

describe("'the two', its article before the figure, stands for a pair as 'both' does", () => {
  it.each([
    [
      "Gunmen abducted two nurses near the clinic on Monday. The two were found dead on Wednesday.",
      "two were found dead",
      "civilians",
    ],
    [
      "A soldier and a police officer were manning the checkpoint. The two died in the blast.",
      "two died",
      "security_forces",
    ],
    // (No pair before: people.)
    ["The two died in hospital, the police said.", "two died", "people"],
  ])("%s", (text, evidence, group) => {
    expect(read(text).at(-1)).toEqual([evidence, group]);
  });
});
