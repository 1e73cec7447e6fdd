// A headline of two clauses whose second names its source with a figure of its own ("…, police
// confirm 37"): the first clause's figure is the outlet's, not that source's. Headlines written for
// this project; a trailing source with no figure of its own ("…, police say"), a clause in the body
// and a source before the figure keep their readings. Every span slices back to its text.
import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";

/** [claimant type, value, evidence] of each claim whose evidence lies in the first line. */
function headline(text: string): Array<[string, number | null, string]> {
  const end = text.indexOf("\n");
  return extract({ id: "t", text, published: "2025-03-10" })
    .claims.filter((c) => c.evidence.some((e) => e.end <= end))
    .map((c) => {
      const e = c.evidence.find((x) => x.end <= end)!;
      expect(text.slice(e.start, e.end)).toBe(e.text);
      return [c.claimant.type, c.quantity.value, e.text];
    });
}

describe("a headline's second clause names its own source and figure", () => {
  it.each([
    [
      "Gunmen abduct over 60 in Niger village, police confirm 21\n\nGunmen abducted more than 60 people from Tungan Maje on Sunday, residents said. Police put the number at 21.",
      [["media", 60, "abduct over 60"]],
    ],
    [
      "Militia kills dozens in Ituri raid, army says twelve dead\n\nMilitiamen killed dozens of villagers in Djugu territory overnight, local leaders said.",
      [
        ["media", null, "kills dozens"],
        ["state_military", 12, "twelve dead"],
      ],
    ],
  ])("the first clause's figure is the outlet's: %s", (text, claims) => {
    expect(headline(text)).toEqual(claims);
  });

  it.each([
    [
      "Air strike kills seven near Qandil; Ankara says all were militants\n\nAn air strike killed seven people near Qandil on Monday, local officials said.",
      [["media", 7, "kills seven"]],
    ],
    [
      "Nine dead in Kasese market blast; police say suspect arrested\n\nA bomb killed nine people at a market in Kasese on Friday, police said.",
      [["media", 9, "Nine dead"]],
    ],
  ])("a source after a semicolon speaks for its own clause only: %s", (text, claims) => {
    expect(headline(text)).toEqual(claims);
  });

  it("keeps a trailing source with no figure of its own", () => {
    const text =
      "Gunmen kill 12 in Kafin Dutse raid, police say\n\nGunmen killed 12 villagers in a raid on Kafin Dutse on Sunday, police said.";
    expect(headline(text).map(([type]) => type)).not.toContain("media");
  });

  it("leaves a first line that is a paragraph alone", () => {
    const text =
      "Gunmen killed 12 villagers in a raid on Kafin Dutse on Sunday, police said, adding that 3 were children.\nThe attackers fled.";
    const claims = extract({ id: "t", text, published: "2025-03-10" }).claims;
    expect(claims.find((c) => c.quantity.value === 12)?.claimant.type).not.toBe("media");
  });
});
