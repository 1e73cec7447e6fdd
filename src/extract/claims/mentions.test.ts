// Outcomes stated with no figure (model.ts `Mention`): kept beside the claims, never as claims, and
// read only by ACLED's fatalities. Fixtures written for these tests, in the styles of several
// outlets and conflicts.
import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";

function mentionsOf(text: string) {
  const r = extract({ id: "t", text, published: "2024-05-02" });
  for (const m of [...r.claims, ...r.mentions])
    for (const e of m.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  return r;
}

const rows = (r: ReturnType<typeof mentionsOf>) =>
  r.mentions.map((m) => [m.id, m.kind, m.outcome, m.group, m.evidence[0]!.text, m.claimant.type]);

describe("numberless outcome mentions", () => {
  it("keeps a count said to be unknown as a mention, not a claim", () => {
    const r = mentionsOf(
      "An undisclosed number of soldiers were killed when the convoy was ambushed near Kidal, the army said.",
    );
    expect(r.claims).toEqual([]);
    expect(rows(r)).toEqual([
      [
        "m1",
        "unknown_number",
        "killed",
        "security_forces",
        "An undisclosed number of soldiers were killed",
        "state_military",
      ],
    ]);
    expect(r.tally).toEqual([]);
    // GTD leaves an unknown count unknown; ACLED codes it 10.
    expect(r.datasets.gtd.nkill).toBeNull();
    expect(r.datasets.acled.fatalities).toBe(10);
  });

  it("reads an outcome noun of size or of an unknown amount", () => {
    const r = mentionsOf(
      "Rebels of the Arakan Army said government troops suffered heavy losses in the battle for Paletwa. " +
        "Unspecified casualties were also inflicted on a militia allied to the junta.",
    );
    expect(r.claims).toEqual([]);
    expect(rows(r).map((m) => m.slice(0, 5))).toEqual([
      ["m1", "noun", "killed", "people", "heavy losses"],
      ["m2", "noun", "killed", "people", "Unspecified casualties"],
    ]);
    expect(r.datasets.acled.fatalities).toBe(10);
  });

  it("reads casualties asserted by a verb before or after the noun, or by 'there were'", () => {
    for (const text of [
      "Casualties were reported after the drone struck the market in Zaporizhzhia, regional officials said.",
      "The clashes between herders and farmers in Plateau State resulted in deaths on both sides, residents said.",
      "There were fatalities when police dispersed the march in Nairobi, according to witnesses.",
    ])
      expect(mentionsOf(text).mentions.map((m) => m.outcome)).toEqual(["killed"]);
  });

  it("reads no mention where the outcome is asked about, denied, counted or money", () => {
    for (const text of [
      "It was not clear whether there were casualties in the shelling of Kherson.",
      "No casualties were reported after the blast in Quetta.",
      "The army denied suffering heavy casualties in North Kivu.",
      "There were no reports of fatalities after the protest in Lagos.",
      "The traders suffered heavy losses when the market in Kano burned.",
      "Several deaths were reported after the flood of the camp.",
      "The casualties were taken to the district hospital in Maiduguri.",
    ])
      expect(mentionsOf(text).mentions).toEqual([]);
  });

  it("leaves a stated figure to the claims: a mention fills ACLED's fatalities only where no claim gives a death", () => {
    const r = mentionsOf(
      "Five villagers were killed in the raid on Tillabéri, and the attackers suffered heavy losses, the governor said.",
    );
    expect(r.claims.map((c) => [c.outcome, c.quantity.value])).toEqual([["killed", 5]]);
    expect(r.mentions).toHaveLength(1);
    expect(r.datasets.acled.fatalities).toBe(5);
  });

  it("takes a count said to be unknown as ACLED's 10 beside the claims' figures, as before", () => {
    const r = mentionsOf(
      "Gunmen killed an unknown number of villagers in Zamfara on Sunday. Vigilantes later killed three of the gunmen.",
    );
    expect(r.mentions.map((m) => [m.kind, m.group])).toEqual([["unknown_number", "civilians"]]);
    expect(r.claims.map((c) => [c.outcome, c.group, c.quantity.value])).toEqual([["killed", "militants", 3]]);
    expect(r.datasets.acled.fatalities).toBeGreaterThanOrEqual(10);
    expect(r.datasets.gtd.nkill).toBe(3);
  });

  it("marks a mention of another incident and leaves it out of ACLED's figure", () => {
    const r = mentionsOf(
      "Students in Bogotá protested on Monday against the killing of their classmate. In a separate incident, the army suffered heavy losses in Cauca.",
    );
    expect(r.mentions.map((m) => m.otherIncident)).toEqual([true]);
    expect(r.datasets.acled.fatalities).toBe(0);
  });
});
