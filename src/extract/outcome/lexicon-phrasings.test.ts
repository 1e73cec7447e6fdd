// Phrasings the outcome lexicon reads because it is derived from lemmas (every inflection of
// every verb, WordNet's synonyms, nominal forms), not because each surface form was typed.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("outcome phrasings from lemmas", () => {
  it("reads a base form after 'to' ('managed to rescue 80 passengers')", () => {
    expect(counts("Troops managed to rescue 80 passengers on Tuesday.")).toMatchObject([
      { value: 80, outcome: "released", trigger: "rescue" },
    ]);
  });

  it("does not read a base form opening a sentence as a verb ('Rescue 1122 said')", () => {
    expect(counts("Rescue 1122 moved the wounded to hospital.")).toEqual([]);
    expect(counts("Ten were hurt, according to Rescue 1122 officials.")).toMatchObject([
      { value: 10, outcome: "injured" },
    ]);
    expect(counts("Troops Rescue 80 Passengers")).toMatchObject([{ value: 80, outcome: "released" }]);
  });

  it("reads an injury escaped with, a rush to hospital and martyrdom attained (Indian, Kenyan, US copy)", () => {
    expect(counts("Three passengers escaped with minor injuries.")).toMatchObject([
      { value: 3, outcome: "injured", trigger: "escaped with minor injuries" },
    ]);
    expect(counts("Nine people were rushed to hospital with gunshot wounds.")).toMatchObject([
      { value: 9, outcome: "injured", trigger: "rushed to hospital" },
    ]);
    expect(counts("Four CRPF jawans attained martyrdom in an IED blast.")).toMatchObject([
      { value: 4, outcome: "killed", group: "security_forces" },
    ]);
    // Bodies rushed to hospital are still the dead; an escape with no injury is an escape.
    expect(counts("Six bodies were rushed to the hospital.")).toMatchObject([
      { value: 6, outcome: "killed" },
    ]);
    expect(counts("Three hostages escaped.")).toMatchObject([{ value: 3, outcome: "released" }]);
  });

  it("reads the forms of phrasal and adverbial lemmas", () => {
    expect(counts("A knife-wielding man fatally stabbed two people.")).toMatchObject([
      { value: 2, outcome: "killed", trigger: "fatally stabbed" },
    ]);
    expect(counts("Gunmen mowed down 14 worshippers.")).toMatchObject([{ value: 14, outcome: "killed" }]);
    expect(counts("Police say the gang guns down 3 farmers a month.")).toMatchObject([
      { value: 3, outcome: "killed" },
    ]);
  });

  it("reads WordNet synonyms of the base verbs", () => {
    expect(counts("The militia assassinated 2 judges.")).toMatchObject([{ value: 2, outcome: "killed" }]);
    expect(counts("The group is accused of decapitating 5 hostages.")).toMatchObject([
      { value: 5, outcome: "killed" },
    ]);
  });

  it("reads nominal forms ('the killings of 12', 'the deaths of 3 soldiers')", () => {
    expect(counts("Residents protested the killings of 12 villagers.")).toMatchObject([
      { value: 12, outcome: "killed", group: "civilians" },
    ]);
    expect(counts("The army confirmed the deaths of 3 soldiers.")).toMatchObject([
      { value: 3, outcome: "killed", group: "security_forces" },
    ]);
  });

  it("reads lives claimed or taken, and no other object of those verbs", () => {
    expect(counts("The attackers had taken 21 innocent lives.")).toMatchObject([
      { value: 21, outcome: "killed" },
    ]);
    expect(counts("The blast claimed 9 lives.")).toMatchObject([{ value: 9, outcome: "killed" }]);
    expect(counts("The group claimed 9 attacks last year.")).toEqual([]);
    expect(
      counts("The rebels took 40 villagers to the forest.").filter((c) => c.outcome === "killed"),
    ).toEqual([]);
  });

  it("reads a hospitalisation as an injury, before or after the people", () => {
    expect(counts("Doctors hospitalized 4 children.")).toMatchObject([{ value: 4, outcome: "injured" }]);
    expect(counts("Four children were hospitalised.")).toMatchObject([{ value: 4, outcome: "injured" }]);
  });

  it("reads a verb split around its object by its resultative complement ('burned 20 villagers alive')", () => {
    expect(counts("The troops burned 20 villagers alive.")).toMatchObject([
      { value: 20, outcome: "killed", group: "civilians", trigger: "burned 20 villagers alive" },
    ]);
    expect(counts("Kyiv said it had taken 45 Russian soldiers prisoner.")).toMatchObject([
      {
        value: 45,
        outcome: "abducted",
        group: "security_forces",
        trigger: "taken 45 Russian soldiers prisoner",
      },
    ]);
    expect(counts("Police shot two armed robbers dead.")).toMatchObject([{ value: 2, outcome: "killed" }]);
    expect(counts("Soldiers set 12 hostages free.")).toMatchObject([{ value: 12, outcome: "released" }]);
    expect(counts("The vote was taken 45 minutes later.")).toEqual([]);
  });

  it("reads the release of captives who 'regained their freedom'", () => {
    expect(counts("Twenty kidnapped passengers have regained their freedom.")).toMatchObject([
      { value: 20, outcome: "released", group: "hostages" },
    ]);
  });

  it("types people by a modifier naming their service or their kind", () => {
    expect(counts("Two medical personnel and 5 security personnel were killed.")).toMatchObject([
      { value: 2, group: "civilians" },
      { value: 5, group: "security_forces" },
    ]);
    expect(counts("Troops killed 13 alleged cartel members.")).toMatchObject([
      { value: 13, group: "militants" },
    ]);
    expect(counts("Militiamen killed 21 displaced persons.")).toMatchObject([
      { value: 21, group: "civilians" },
    ]);
    expect(counts("The gang released 137 of the abducted schoolchildren.")).toMatchObject([
      { value: 137, outcome: "released", group: "hostages" },
    ]);
  });

  it("reads no count in one picked out of a group or in 'both' set off as an apposition", () => {
    expect(counts("Arslan, one of the rescued hostages, spoke to reporters.")).toEqual([]);
    expect(counts("Two elderly victims, both African Americans, were killed.")).toMatchObject([
      { value: 2, outcome: "killed" },
    ]);
    expect(counts("Two elderly victims, both African Americans, were killed.")).toHaveLength(1);
  });
});
