import { describe, expect, it } from "vitest";
import { findActors } from "./actors.js";

// Sentences written for these tests.
describe("findActors", () => {
  const named = (text: string) => findActors(text).map((a) => a.name);

  it("reads a group's long name as that group alone, not also the shorter name it holds", () => {
    const text = "Islamic State West Africa Province fighters attacked the base; ISWAP later claimed it.";
    expect(named(text)).toEqual(["ISWAP: Islamic State West Africa Province"]);
    expect(findActors(text)[0]!.count).toBe(2);
    expect(named("Islamic State Sahel Province gunmen killed 30 villagers.")[0]).toBe(
      "ISSP: Islamic State Sahel Province",
    );
  });

  it("reads one group under its outlets' names", () => {
    for (const text of [
      "The Al-Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin claimed the attack.",
      "JNIM said its fighters killed 35 soldiers.",
    ])
      expect(named(text)[0]).toBe("JNIM: Jama'at Nusrat al-Islam wal-Muslimin");
    // A name in capitals matches in capitals only.
    expect(named("the jnim said")).not.toContain("JNIM: Jama'at Nusrat al-Islam wal-Muslimin");
  });

  it("reads the eastern Congo groups by their names and initials", () => {
    for (const text of [
      "Rebels of the Allied Democratic Forces raided a village at night.",
      "The ADF hacked villagers to death.",
    ])
      expect(named(text)[0]).toBe("ADF: Allied Democratic Forces");
    expect(named("CODECO militiamen raided a camp.")[0]).toBe(
      "CODECO: Cooperative for the Development of Congo",
    );
  });

  it("reads the movement's name as its branch where the branch operates, else as the movement", () => {
    const text = "ISIS claimed the bombing through its Amaq agency.";
    expect(named(text)).toEqual(["Islamic State"]);
    expect(findActors(text, [], "Syria").map((a) => a.name)).toEqual(["Islamic State"]);
    expect(findActors(text, [], "Pakistan").map((a) => a.name)).toEqual(["Islamic State (Khorasan)"]);
    expect(
      findActors("The Islamic State Khorasan Province said it sent the bomber.", [], "Syria")[0]!.name,
    ).toBe("Islamic State (Khorasan)");
  });
});
