// Report phrasings written for these tests in the styles of several outlets and conflicts (not
// taken from any report or dataset): material between a counted noun and its outcome verb — a
// past participle of posting with a place after it ("posted at the gate", "assigned to the
// clinic", "deployed near the market") is a reduced relative clause of the noun, so the verb after
// it is the noun's outcome, and "posted at" is no post online (no speaker). And states of health
// after "remain" ("remain in critical condition") are no people held.
import { describe, expect, it } from "vitest";
import { claimRows, extractChecked } from "../../../test/support/extract-checked.js";

/** Each claim as [outcome, group, value, first evidence's words, claimant's name]. */
const rows = (text: string) => claimRows(text, (c) => [c.claimant.name]);

describe("a participle of posting and a place between the counted noun and its verb", () => {
  it("reads a Pakistani daily: 'FC personnel posted at a checkpoint were martyred'", () => {
    expect(rows("Three FC personnel posted at a checkpoint in Kech were martyred, ISPR said.")).toEqual([
      [
        "killed",
        "security_forces",
        3,
        "Three FC personnel posted at a checkpoint in Kech were martyred",
        "ISPR",
      ],
    ]);
  });

  it("reads Sahel wire copy: 'soldiers posted at the gate were killed'", () => {
    expect(
      rows("Three soldiers posted at the gate of the camp were killed when the truck exploded."),
    ).toEqual([
      ["killed", "security_forces", 3, "Three soldiers posted at the gate of the camp were killed", "media"],
    ]);
  });

  it("reads a Mexican local daily: 'guards posted outside the bank were shot dead'", () => {
    expect(rows("Two guards posted outside the bank in Uruapan were shot dead, prosecutors said.")).toEqual([
      [
        "killed",
        "security_forces",
        2,
        "Two guards posted outside the bank in Uruapan were shot dead",
        "prosecutors",
      ],
    ]);
  });

  it("reads a Congolese aid bulletin: 'nurses assigned to the clinic were abducted'", () => {
    expect(
      rows(
        "Four nurses assigned to the mobile clinic were abducted by gunmen in Ituri, the health ministry said.",
      ),
    ).toEqual([
      [
        "abducted",
        "civilians",
        4,
        "Four nurses assigned to the mobile clinic were abducted",
        "health ministry",
      ],
    ]);
  });

  it("reads an Indian daily: 'policemen deployed near the market were wounded' (no presence)", () => {
    expect(
      rows("Six policemen deployed near the market were wounded in the grenade attack in Srinagar."),
    ).toEqual([
      ["injured", "security_forces", 6, "Six policemen deployed near the market were wounded", "media"],
    ]);
  });

  it("still reads a post online as speech: 'The governor posted on Facebook that …'", () => {
    expect(rows("The governor posted on Facebook that 12 people were killed in Sumy.")).toEqual([
      ["killed", "people", 12, "12 people were killed", "governor"],
    ]);
  });
});

describe("a prepositional postmodifier of role or place ('behind', 'under', 'outside')", () => {
  it("reads the verb after it as the share's outcome ('Five of the gunmen behind the raid were later killed')", () => {
    expect(rows("Five of the gunmen behind the raid were later killed by troops, the army said.")).toEqual([
      ["killed", "militants", 5, "Five of the gunmen behind the raid were later killed", "army"],
    ]);
    expect(rows("Two of the guards outside the bank were wounded, police said.")).toEqual([
      ["injured", "security_forces", 2, "Two of the guards outside the bank were wounded", "police"],
    ]);
  });
});

describe("a participle of perception before a present participle ('seen running from …')", () => {
  it("opens a reduced relative clause, the verb after it the noun's outcome", () => {
    expect(
      rows("Three youths seen fleeing the market after the blast had been arrested, police said."),
    ).toEqual([
      [
        "arrested",
        "people",
        3,
        "Three youths seen fleeing the market after the blast had been arrested",
        "police",
      ],
    ]);
    expect(rows("Five soldiers spotted entering the town were killed, the army said.")).toEqual([
      ["killed", "security_forces", 5, "Five soldiers spotted entering the town were killed", "army"],
    ]);
  });
});

describe("a state of health after 'remain' is no captivity", () => {
  it("reads a Somali hospital's update: 'Three of the wounded remain in critical condition'", () => {
    const got = rows(
      "Seven people were wounded in the blast in Mogadishu. Three of the wounded remain in critical condition, doctors said.",
    );
    expect(got).toEqual([["injured", "people", 7, "Seven people were wounded", "media"]]);
  });

  it("reads 'remained in intensive care' and 'remain hospitalised' as no people held", () => {
    const r = extractChecked(
      "Twelve pilgrims were hurt when the bus was fired on. Five remained in intensive care on Monday.",
    );
    expect(r.claims.map((c) => c.outcome)).toEqual(["injured"]);
  });

  it("still reads captives who remain: 'Twenty hostages remain in captivity', '12 remain with the abductors'", () => {
    expect(rows("Twenty hostages remain in captivity, officials said.")).toEqual([
      ["held", "hostages", 20, "Twenty hostages remain in captivity", "officials"],
    ]);
    expect(rows("The gunmen freed 10 villagers in Zamfara, but 12 remain with the abductors.")[1]).toEqual([
      "held",
      "hostages",
      12,
      "12 remain",
      "media",
    ]);
  });

  it("reads people who remain trapped as no people held", () => {
    expect(rows("Seven miners were rescued alive in Sonora while 3 remain trapped.")).toEqual([
      ["released", "civilians", 7, "Seven miners were rescued", "media"],
    ]);
  });
});
