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
});
