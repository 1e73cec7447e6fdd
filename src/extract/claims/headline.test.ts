// A headline that names its source speaks in that source's voice: its figure and the lede's are one
// claim with two spans (codebook §1c "Headlines, decks, ledes"). Articles written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";
import { extractChecked } from "../../../test/support/extract-checked.js";

function claims(text: string) {
  const r = extractChecked(text);
  return r.claims.map((c) => ({
    value: c.quantity.value,
    claimant: [c.claimant.name, c.claimant.type],
    spans: c.evidence.map((e) => [e.start, e.end]),
  }));
}

describe("a headline's named source", () => {
  it("merges '… -- RMO' with the lede's figure of the source the body names by that acronym", () => {
    const text =
      "Over 40 killed in clashes -- RMO\n\n" +
      "Over 40 people were killed in clashes on Thursday, the Rights Monitoring Observatory (RMO) said.";
    expect(claims(text)).toEqual([
      {
        value: 40,
        claimant: ["Rights Monitoring Observatory (RMO)", "official"],
        spans: [
          [0, 14],
          [34, 60],
        ],
      },
    ]);
  });

  it("reads a source before a colon ('Police: 3 dead …') when its words name a source", () => {
    const text =
      "Police: 3 dead in shooting at Kessa mall\n\n" +
      "Three people were killed in a shooting at a mall in Kessa on Sunday, police said.";
    expect(claims(text)).toEqual([
      {
        value: 3,
        claimant: ["Police", "state_military"],
        spans: [
          [8, 14],
          [42, 66],
        ],
      },
    ]);
  });

  it("reads a source as the subject of a verb of saying or hearing ('Court hears how …', '…, police say')", () => {
    const court =
      "Court hears how bomb at Kessa depot killed 17 workers\n\n" +
      "The prosecutor told the court that 17 workers were killed when the bomb went off.";
    expect(claims(court).map((c) => [c.value, c.claimant[1], c.spans.length])).toEqual([[17, "official", 2]]);
    const police =
      "Gunmen kill 6 at Kessa bar, police say\n\n" +
      "Six people were shot dead at a bar in Kessa on Friday, police said.";
    expect(claims(police).map((c) => [c.value, c.claimant[1], c.spans.length])).toEqual([
      [6, "state_military", 2],
    ]);
  });

  it("reads the '…, X says' source after a place label's colon ('Mali: …, local officials say')", () => {
    // The colon after the place opens no source: the "says" clause names it.
    const text =
      "Mali: gunmen kill at least 14 at cattle market, local officials say\n\n" +
      "Gunmen killed at least 14 people at a cattle market near Kessa on Sunday, local officials said.";
    expect(claims(text).map((c) => [c.value, c.claimant[0], c.spans.length])).toEqual([
      [14, "local officials", 2],
    ]);
    // Before it, the place label was no source and the "says" clause was not tried: two claims.
    const label =
      "DR Congo: rebels kill at least 9 in raid, civil society says\n\nRebels killed at least 9 civilians in a raid on Kessa, a civil society leader said.";
    // (One voice: the body's "a civil society leader" is the headline's civil society, as after any
    // country's label; "DR" of "DR Congo" is no doctor's title naming another body.)
    expect(claims(label).map((c) => [c.value, c.claimant[0], c.spans.length])).toEqual([
      [9, "civil society", 2],
    ]);
  });

  it("reads the subject of '…, X says' that the body names in full, whatever its words type", () => {
    // "Kessa committee" types nothing; the body's "Kessa Residents' Committee" holds its words.
    const committee =
      "Raid on Kessa camp kills 12, Kessa committee says\n\n" +
      "At least 12 people were killed in a raid on the Kessa camp on Friday, the Kessa Residents' Committee said.";
    expect(claims(committee).map((c) => [c.value, c.claimant[0], c.spans.length])).toEqual([
      [12, "Kessa Residents' Committee", 2],
    ]);
    // "sources" alone: the body's "security sources" of the same figure.
    const sources =
      "Dozens of soldiers killed in attack on Kessa post, sources say\n\n" +
      "Dozens of soldiers were killed when gunmen overran an army post at Kessa on Sunday, security sources said.";
    expect(claims(sources).map((c) => [c.value, c.claimant[0], c.spans.length])).toEqual([
      [null, "security sources", 2],
    ]);
  });

  it("types a source the body does not name again by its words ('… - Red Crescent')", () => {
    const r = claims(
      "Four dead in bus attack - Red Crescent\n\nThe attack on the bus was the third this month.",
    );
    expect(r).toEqual([{ value: 4, claimant: ["Red Crescent", "official"], spans: [[0, 9]] }]);
  });

  it("reads a quote's speaker before its topic ('‘…’: Kunar governor on the ambush') and the body's group of the same words", () => {
    const text =
      "'We lost two of our men': Kunar governor on the ambush\n\n" +
      'Governor Abdul Wahid said on Monday: "We lost two of our men, and five were wounded."';
    const r = extractChecked(text).claims.map((c) => [
      c.group,
      c.quantity.value,
      c.claimant.name,
      c.evidence.length,
    ]);
    expect(r).toEqual([
      ["security_forces", 2, "Governor Abdul Wahid", 2],
      ["security_forces", 5, "Governor Abdul Wahid", 1],
    ]);
  });

  it("leaves a place before a colon and a clause after one in the outlet's voice", () => {
    const r = claims(
      "Kenya: 14 rebels killed in clash with troops\n\nFourteen rebels were killed in the clash, officials said.",
    );
    expect(r.map((c) => c.claimant)).toEqual([
      ["media", "media"],
      ["officials", "official"],
    ]);
    const s = claims("Five soldiers shot dead: survivors recount the ordeal\n\nThe attack began at dawn.");
    expect(s.map((c) => c.claimant)).toEqual([["media", "media"]]);
  });

  it("makes a deck's rounded figure and the body's exact one a single claim of the body's figure", () => {
    const text =
      "Blast at Kessa market\n\n• Over 20 wounded, including two policemen\n\n" +
      "A bomb exploded at the market in Kessa on Monday, wounding 22 people.";
    const r = extract({ id: "t", text, published: "2024-05-02" });
    const wounded = r.claims.filter((c) => c.outcome === "injured" && c.partOf === null);
    expect(
      wounded.map((c) => [c.quantity.hedge, c.quantity.value, c.evidence.map((e) => [e.start, e.end])]),
    ).toEqual([
      [
        "exact",
        22,
        [
          [25, 40],
          [117, 135],
        ],
      ],
    ]);
    expect(r.datasets.gtd.nwound).toBe(22);
  });

  it("gives the claim of a headline's rounded figure the body's scope with the body's figure", () => {
    // The body's figure is a running count ("so far"): one claim, cumulative, as the body says.
    const text =
      "Over 30 dead in mine collapse\n\n" +
      "Rescuers have recovered 34 bodies so far from the collapsed mine near Kessa.";
    const r = extract({ id: "t", text, published: "2024-05-02" });
    expect(r.claims.map((c) => [c.quantity.hedge, c.quantity.value, c.scope, c.running === true])).toEqual([
      ["exact", 34, "cumulative", true],
    ]);
  });
});
