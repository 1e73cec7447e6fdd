// Report phrasings written for these tests in the styles of several outlets and conflicts (not
// taken from any report or dataset): chained outcomes, several things that befell the same people
// in turn, said with verbs joined by "and" or in a list. Each outcome the codebook counts is its
// own claim (taken, then killed or freed), except an injury followed by death: the death is the
// claim (codebook §1c).
import { describe, expect, it } from "vitest";
import { claimRows } from "../../../test/support/extract-checked.js";

/** Each claim as [outcome, group, value, first evidence's words]. */
const rows = (text: string) => claimRows(text);

describe("taken, then killed: both outcomes", () => {
  it("reads a Nigerian daily, active: 'Gunmen kidnapped and killed a priest'", () => {
    expect(rows("Gunmen kidnapped and killed a Catholic priest in Kafanchan, police said.")).toEqual([
      ["killed", "civilians", 1, "killed a Catholic priest"],
      ["abducted", "civilians", 1, "kidnapped and killed a Catholic priest"],
    ]);
  });

  it("reads a passive with an agent: 'Two farmers were kidnapped and killed by bandits'", () => {
    expect(rows("Two farmers were kidnapped and killed by bandits in Katsina, residents said.")).toEqual([
      ["killed", "civilians", 2, "Two farmers were kidnapped and killed"],
      ["abducted", "civilians", 2, "Two farmers were kidnapped"],
    ]);
  });

  it("reads a Mexican prosecutor's list: 'was abducted, tortured and killed'", () => {
    expect(rows("A journalist was abducted, tortured and killed in Guerrero, prosecutors said.")).toEqual([
      ["abducted", "civilians", 1, "A journalist was abducted"],
      ["killed", "civilians", 1, "A journalist was abducted, tortured and killed"],
    ]);
  });

  it("reads Philippine wire copy: 'abducted and later beheaded three loggers'", () => {
    expect(
      rows("Abu Sayyaf militants abducted and later beheaded three loggers in Sulu, the military said."),
    ).toEqual([
      ["killed", "civilians", 3, "beheaded three loggers"],
      ["abducted", "civilians", 3, "abducted and later beheaded three loggers"],
    ]);
  });

  it("reads a pronoun for the people taken: 'abducted three engineers and later killed them'", () => {
    expect(rows("Gunmen abducted three Chinese engineers in Cauca and later killed them.")).toEqual([
      ["abducted", "civilians", 3, "abducted three Chinese engineers"],
      // The second verb's evidence is the verb and the pronoun that stands for the captives.
      ["killed", "civilians", 3, "killed them"],
    ]);
  });

  it("keeps 'abducted and later released' as two claims, and a second figure as its own", () => {
    expect(rows("Seven aid workers were abducted and later released in North Darfur, the UN said.")).toEqual([
      ["abducted", "civilians", 7, "Seven aid workers were abducted"],
      ["released", "civilians", 7, "Seven aid workers were abducted and later released"],
    ]);
    expect(rows("Twelve villagers were abducted and three of them were killed.")).toEqual([
      ["abducted", "civilians", 12, "Twelve villagers were abducted"],
      ["killed", "civilians", 3, "three of them were killed"],
    ]);
  });

  it("reads no chain across two verbs of one act: 'arrested and detained 40 protesters' is one claim", () => {
    expect(rows("Police arrested and detained 40 protesters in Yangon.")).toEqual([
      ["arrested", "civilians", 40, "detained 40 protesters"],
    ]);
  });
});

describe("injured, then dead: the death is the claim", () => {
  it("reads an army statement: 'was wounded in the clash and later succumbed to his injuries'", () => {
    expect(
      rows("A soldier was wounded in the clash near Kidal and later succumbed to his injuries."),
    ).toEqual([
      [
        "killed",
        "security_forces",
        1,
        "A soldier was wounded in the clash near Kidal and later succumbed to his injuries",
      ],
    ]);
  });

  it("reads 'were injured in the blast, and died in hospital'", () => {
    expect(rows("Two traders were injured in the blast in Peshawar, and died in hospital.")).toEqual([
      ["killed", "civilians", 2, "Two traders were injured in the blast in Peshawar, and died"],
    ]);
  });

  it("keeps a second figure's death apart: 'Two policemen were injured …, and one later died'", () => {
    expect(rows("Two policemen were injured in the blast, and one later died.")).toEqual([
      ["injured", "security_forces", 2, "Two policemen were injured"],
      ["killed", "security_forces", 1, "one later died"],
    ]);
  });
});

describe("shot and wounded (US mass-shooting reporting)", () => {
  it("reads 'Five people were shot and wounded' and 'shot and injured'", () => {
    expect(rows("Five people were shot and wounded outside a nightclub in Memphis, police said.")).toEqual([
      ["injured", "people", 5, "Five people were shot and wounded"],
    ]);
    expect(rows("A gunman shot and injured four students at the high school.")).toEqual([
      ["injured", "civilians", 4, "shot and injured four students"],
    ]);
  });
});
