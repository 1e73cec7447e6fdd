import { describe, expect, it } from "vitest";
import { REJECTED_PERSONS, WORDNET_PERSONS, WORDNET_PLURAL_PERSONS } from "./generated/wordnet-persons.js";
import { GROUP_OF_COMPOUND, GROUP_OF_NOUN, NOT_PEOPLE } from "./groups.js";

describe("the group lexicon: WordNet's person nouns by class, base lists first", () => {
  it("reads any role noun as people, civilians by default", () => {
    for (const w of [
      "driver",
      "shopkeepers",
      "teacher",
      "pilgrims",
      "cleric",
      "nurses",
      "farmer",
      "archaeologist",
      "lecturers",
    ])
      expect(GROUP_OF_NOUN.get(w), w).toBe("civilians");
  });

  it("groups nouns by the class of their meaning", () => {
    expect(GROUP_OF_NOUN.get("gendarmes")).toBe("security_forces");
    expect(GROUP_OF_NOUN.get("peacekeeper")).toBe("security_forces");
    expect(GROUP_OF_NOUN.get("superintendent")).toBeDefined();
    expect(GROUP_OF_NOUN.get("militiamen")).toBe("militants");
    expect(GROUP_OF_NOUN.get("guerrillas")).toBe("militants");
    expect(GROUP_OF_NOUN.get("mercenaries")).toBe("militants");
    expect(GROUP_OF_NOUN.get("victims")).toBe("people");
  });

  it("never reads a noun that is not people as a group ('cattle rustlers' are the rustlers)", () => {
    for (const w of NOT_PEOPLE) expect(GROUP_OF_NOUN.get(w), w).toBeUndefined();
    expect(GROUP_OF_NOUN.get("rustlers")).toBe("militants");
  });

  it("lets the base lists win where WordNet reads a noun otherwise", () => {
    // WordNet's first "rebel" is a Confederate soldier.
    expect(GROUP_OF_NOUN.get("rebels")).toBe("militants");
    expect(GROUP_OF_NOUN.get("jawans")).toBe("security_forces");
  });

  it("reads two-word nouns whose group is not their head's", () => {
    expect(GROUP_OF_COMPOUND.get("enlisted men")).toBe("security_forces");
    expect(GROUP_OF_COMPOUND.get("enlisted man")).toBe("security_forces");
  });

  it("reads a compound WordNet files under no class by its gloss or its head, never as civilians by default", () => {
    // "a commissioned officer … in the Royal Air Force", filed under the airline pilot's "captain"
    expect(GROUP_OF_COMPOUND.get("group captain") ?? GROUP_OF_NOUN.get("captain")).toBe("security_forces");
    // "a member of the Nazi SA": reviewed, an army's assault troops as today's reports use it
    expect(GROUP_OF_COMPOUND.get("storm trooper") ?? GROUP_OF_NOUN.get("trooper")).toBe("security_forces");
    // a compound WordNet does class stays as it is
    expect(GROUP_OF_COMPOUND.get("probation officer")).toBe("civilians");
  });

  it("leaves out words that are mostly something else, with the reason", () => {
    expect(GROUP_OF_NOUN.has("have")).toBe(false);
    expect(GROUP_OF_NOUN.has("head")).toBe(false);
    expect(GROUP_OF_NOUN.has("minor")).toBe(false);
    const reasons = new Map(REJECTED_PERSONS);
    expect(reasons.get("have")).toMatch(/verb/);
    expect(reasons.get("minor")).toMatch(/adjective/);
    expect(reasons.get("head")).toMatch(/no person/);
    expect(WORDNET_PERSONS.civilians.split(" ")).not.toContain("athena");
  });

  it("reads the plural of a person noun that is an adjective too ('minors', 'Maoists'), never its singular", () => {
    expect(GROUP_OF_NOUN.get("minors")).toBe("civilians");
    expect(GROUP_OF_NOUN.get("maoists")).toBe("militants");
    expect(GROUP_OF_NOUN.get("auxiliaries")).toBeDefined();
    expect(GROUP_OF_NOUN.has("national")).toBe(false);
    expect(WORDNET_PLURAL_PERSONS.civilians.split(" ")).toContain("minor");
    expect(new Map(REJECTED_PERSONS).get("minor")).toMatch(/only its plural/);
  });

  it("reads nationals and members of a people as people, whatever class WordNet files them under", () => {
    // "a native or inhabitant of Nigeria" sits under "African", not "inhabitant".
    for (const w of ["nigerians", "kenyans", "palestinians", "syrians", "fulani", "hausa", "kurds"])
      expect(GROUP_OF_NOUN.get(w), w).toBe("people");
  });

  it("reads role nouns of care and displacement, and fighters in other regions' words", () => {
    expect(GROUP_OF_NOUN.get("medics")).toBe("civilians");
    expect(GROUP_OF_NOUN.get("idps")).toBe("civilians");
    expect(GROUP_OF_NOUN.get("naxalites")).toBe("militants");
    expect(GROUP_OF_NOUN.get("sicarios")).toBe("militants");
    expect(GROUP_OF_NOUN.get("cadres")).toBe("people");
  });
});
