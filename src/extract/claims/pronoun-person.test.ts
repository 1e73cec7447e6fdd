// A person counted by a personal pronoun (claims/pronoun-person.ts): an attacker named before and
// then killed is a perpetrator killed (GTD nkillter), never one more victim; a pronoun for anyone
// else counts no one again. Reports written for these tests, in the styles of US mass-shooting,
// Nigerian, Philippine and Kenyan reporting.
import { describe, expect, it } from "vitest";
import { claimRows, extractChecked } from "../../../test/support/extract-checked.js";

describe("a pronoun after an attacker", () => {
  it("counts 'he was later shot dead' as the attacker killed, in the next sentence or the same one", () => {
    const text =
      "A gunman opened fire at a supermarket in Tulsa, Oklahoma, killing four people. " +
      "He was later shot dead by police, officials said.";
    expect(claimRows(text)).toEqual([
      ["killed", "people", 4, "killing four people"],
      ["killed", "militants", 1, "He was later shot dead"],
    ]);
    const r = extractChecked(text);
    expect(r.datasets.gtd).toMatchObject({ nkill: 5, nkillter: 1 });
    expect(
      claimRows(
        "A man armed with a rifle killed six worshippers at a church in Owo, Ondo State, before he was killed by soldiers, police said.",
      ),
    ).toEqual([
      ["killed", "civilians", 6, "killed six worshippers"],
      ["killed", "militants", 1, "he was killed"],
    ]);
    // A man described as attacking is the attacker too.
    expect(
      claimRows(
        "A man opened fire at a nightclub in Orlando, killing three people. He died in a shootout with officers.",
      ),
    ).toEqual([
      ["killed", "people", 3, "killing three people"],
      ["killed", "militants", 1, "He died"],
    ]);
  });

  it("reads 'she' and an object pronoun the same way after a suspect or an assailant", () => {
    expect(
      claimRows(
        "The suspect stabbed two guards at a mall in Nairobi on Sunday. She was shot dead by officers minutes later, police said.",
      ),
    ).toContainEqual(["killed", "militants", 1, "She was shot dead"]);
    expect(
      claimRows(
        "An assailant shot dead three villagers in Maguindanao. Soldiers who pursued the assailant killed him in a firefight, the army said.",
      ),
    ).toEqual([
      ["killed", "civilians", 3, "shot dead three villagers"],
      ["killed", "militants", 1, "killed him"],
    ]);
  });

  it("reads the present tense of event notes the same way", () => {
    expect(
      claimRows("A gunman opens fire at a market in Isiolo, killing two traders. He is shot dead by police."),
    ).toEqual([
      ["killed", "civilians", 2, "killing two traders"],
      ["killed", "militants", 1, "He is shot dead"],
    ]);
    // A person who is no attacker is not counted by "he", even where not counted before: counting
    // them lowered precision on reports kept from development (measured), so "he" stays an attacker's.
    expect(claimRows("Soldiers arrest a teacher in Gimbi. He is found dead the next morning.")).toEqual([
      ["arrested", "civilians", 1, "arrest a teacher"],
    ]);
  });

  it("counts no one again where the person before is a victim or no one", () => {
    // The victim is counted where named; "he" is the same man.
    expect(
      claimRows("A journalist was shot on his way home in Culiacán. He was pronounced dead at a hospital."),
    ).toHaveLength(claimRows("A journalist was shot on his way home in Culiacán.").length);
    expect(claimRows("He was killed on Monday, his family said.")).toEqual([]);
    // An object pronoun for a victim keeps the people it was read as.
    expect(claimRows("Gunmen seized a farmer near Jos and killed him, residents said.")).toContainEqual([
      "killed",
      "people",
      1,
      "killed him",
    ]);
  });
});

describe("an object pronoun hurt before the death told in its sentence", () => {
  it("adds no injury: the harm is the death's cause", () => {
    expect(claimRows("A shopkeeper died after a mob beat him in the bazaar, police said.")).toEqual([
      ["killed", "civilians", 1, "A shopkeeper died"],
    ]);
    expect(
      claimRows("A farmer died in hospital on Sunday after attackers injured her with machetes."),
    ).toEqual([["killed", "civilians", 1, "A farmer died"]]);
  });

  it("still counts the hurt person where no death is told before it", () => {
    expect(claimRows("Police beat him outside the court, his lawyer said.")).toEqual([
      ["injured", "people", 1, "beat him"],
    ]);
  });
});
