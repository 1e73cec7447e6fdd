// A figure said again is one claim (codebook §1c "One claim, several spans"), also where the
// restatement is a definite reference to a set counted before ("Of the nine wounded, two …") or a
// headline names its claimant by a shorter name than the body's ("Taliban say …" / "The Taliban
// government said …"). Reports written for these tests.
import { describe, expect, it } from "vitest";
import { extractChecked } from "../../../test/support/extract-checked.js";

function read(text: string) {
  const r = extractChecked(text);
  const ids = new Map(r.claims.map((c, i) => [c.id, i]));
  return r.claims.map((c) => [
    c.outcome,
    c.quantity.value,
    c.claimant.name,
    c.evidence.map((e) => e.text),
    c.partOf === null ? null : ids.get(c.partOf),
  ]);
}

describe("a definite figure refers back to the set counted before", () => {
  it("reads 'Of the nine wounded' as the earlier nine, not as a new claim of the next source", () => {
    expect(
      read(
        "Gunmen killed four people and wounded nine others at a wedding in Kessa on Saturday, police said.\n\n" +
          "Of the nine wounded, two are children, according to the district hospital.",
      ),
    ).toEqual([
      ["killed", 4, "police", ["killed four people"], null],
      ["injured", 9, "police", ["wounded nine others", "nine wounded"], null],
      ["injured", 2, "district hospital", ["two"], 1],
    ]);
  });

  it("keeps a figure with no article, or of another outcome or value, as its own claim", () => {
    const twoVoices =
      "Police said 12 people were killed in the attack. The hospital said 12 people were killed.";
    expect(read(twoVoices).map((c) => c[2])).toEqual(["Police", "hospital"]);
    const otherValue =
      "Police said nine people were wounded in the attack. Of the 11 wounded, two later died, the hospital said.";
    expect(
      read(otherValue)
        .filter((c) => c[0] === "injured")
        .map((c) => c[1]),
    ).toEqual([9, 11]);
  });
});

describe("a headline's short name for the body's claimant", () => {
  it("makes 'Taliban say …' and 'The Taliban government said …' one claim", () => {
    expect(
      read(
        "Taliban say Pakistani strikes killed 30 in Khost\n\n" +
          "The Taliban government said on Monday that Pakistani strikes in Khost province had killed 30 people.",
      ).map((c) => [c[0], c[1], c[3]]),
    ).toEqual([["killed", 30, ["killed 30", "killed 30 people"]]]);
  });
});

describe("'another' names one more person, never the one counted before", () => {
  it("keeps 'Another man was found dead' apart from an earlier death of one told by the same party", () => {
    expect(
      read(
        "A trader was stabbed to death near the market in Kura, the police chief said. " +
          "Another man was found dead near a polling station, though police said the cause was not known.",
      ),
    ).toEqual([
      ["killed", 1, "police chief", ["A trader was stabbed to death"], null],
      ["killed", 1, "police", ["Another man was found dead"], null],
    ]);
  });
});

describe("a round-up's paragraphs labelled by place tell of different events", () => {
  it("keeps one figure of one party under two place labels as two claims", () => {
    expect(
      read(
        "Kessa Province: Shelling hit 9 villages, killing two people, Governor Ana Rell said.\n\n" +
          "Tarsa Province: Two people were killed in Olen, Governor Tom Vale said.",
      ).map((c) => [c[1], c[2]]),
    ).toEqual([
      [2, "Governor Ana Rell"],
      [2, "Governor Tom Vale"],
    ]);
  });

  it("still merges a headline led by its source with the body's figure", () => {
    expect(
      read(
        "Police: 3 dead in shooting at Kessa mall\n\nThree people were killed in a shooting at a mall in Kessa on Sunday, police said.",
      ).map((c) => [c[1], c[3]]),
    ).toEqual([[3, ["3 dead", "Three people were killed"]]]);
  });
});
