// Named armed bodies as claimants, each report of our own words read alone: a name that runs on past
// a word of complement is one name ("Volunteers for the Defence of the Homeland"), its acronym of the
// same type; a force's name typed by its entry, not by one word of it ("Revolutionary Guards"); and
// militias, vigilantes and expeditionary forces whose names hold no word of their kind
// (lexicon/forces.ts, lexicon/claimants.ts).
import { describe, expect, it } from "vitest";
import type { ClaimantType } from "../../core/model.js";
import { extract } from "../pipeline.js";

/** Every claim's claimant as [mention text, type], each mention's span checked against the text. */
function claimants(text: string): Array<[string, ClaimantType]> {
  return extract({ id: "a", text, published: "2025-03-12" }).claims.map((c) => {
    const m = c.claimant.mention;
    expect(m, `a mention for ${c.evidence[0]?.text}`).not.toBeNull();
    expect(text.slice(m!.start, m!.end)).toBe(m!.text);
    return [m!.text, c.claimant.type];
  });
}

describe("a named armed body as the claimant", () => {
  it("reads a name past its 'for' as one name, and its acronym as the same body", () => {
    expect(claimants("Volunteers for the Defence of the Homeland said 12 attackers were killed.")).toEqual([
      ["Volunteers for the Defence of the Homeland", "armed_group"],
    ]);
    expect(
      claimants(
        "The Volunteers for the Defence of the Homeland (VDP) repelled the assault on Djibo. " +
          "The VDP said 14 attackers were killed.",
      ),
    ).toEqual([["The VDP", "armed_group"]]);
  });

  it("types a state's force by its name, not by a word of it", () => {
    expect(claimants("Iran's Revolutionary Guards said four of its members were killed.")).toEqual([
      ["Iran's Revolutionary Guards", "state_military"],
    ]);
    expect(claimants("A Revolutionary Guard commander said three guards were wounded.")).toEqual([
      ["A Revolutionary Guard commander", "state_military"],
    ]);
    expect(claimants("Africa Corps said 9 jihadists were killed near Gao.")).toEqual([
      ["Africa Corps", "state_military"],
    ]);
  });

  it("types militias and self-defence groups by their own names as armed parties", () => {
    expect(claimants("The Imbonerakure said four attackers were killed.")).toEqual([
      ["The Imbonerakure", "armed_group"],
    ]);
    expect(claimants("A Janjaweed commander said 12 villagers were killed.")).toEqual([
      ["A Janjaweed commander", "armed_group"],
    ]);
    expect(claimants("Koglweogo members said five attackers were killed.")).toEqual([
      ["Koglweogo members", "armed_group"],
    ]);
    expect(claimants("Colectivos on motorcycles said six protesters were killed.")).toEqual([
      ["Colectivos on motorcycles", "armed_group"],
    ]);
  });

  it("types a coalition led by a nation named by its initials, and a command named by its region, as states' forces", () => {
    expect(claimants("The U.S.-led coalition said three service members were wounded.")).toEqual([
      ["The U.S.-led coalition", "state_military"],
    ]);
    expect(claimants("The Western Mindanao Command said 5 soldiers were wounded.")).toEqual([
      ["The Western Mindanao Command", "state_military"],
    ]);
  });

  it("reads 'a paramilitary group' as one noun of its kind, not a group of paramilitaries", () => {
    expect(claimants("A paramilitary group said 8 of its fighters were killed.")).toEqual([
      ["A paramilitary group", "armed_group"],
    ]);
  });

  it("types a force named 'National Liberation Army' after a place as an armed group", () => {
    expect(claimants("The West Kivu National Liberation Army said 7 soldiers were killed.")).toEqual([
      ["The West Kivu National Liberation Army", "armed_group"],
    ]);
  });

  it("types more militias by their own names", () => {
    expect(claimants("A Fano commander in the area said 4 of his fighters were killed.")).toEqual([
      ["A Fano commander in the area", "armed_group"],
    ]);
    expect(claimants("The Shabiha said 6 attackers were killed.")).toEqual([["The Shabiha", "armed_group"]]);
    expect(claimants("Abu Sayyaf said 3 soldiers were killed in the clash.")).toEqual([
      ["Abu Sayyaf", "armed_group"],
    ]);
  });

  it("leaves a body named only 'revolutionary' untyped", () => {
    expect(claimants("The Northern Revolutionary Council said four people were killed.")).toEqual([
      ["The Northern Revolutionary Council", "unknown"],
    ]);
  });
});
