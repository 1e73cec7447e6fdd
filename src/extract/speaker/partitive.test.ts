import { describe, expect, it } from "vitest";
import { isPartitiveOfGroup, isPluralOfPeople, namesGroupOfPeople } from "./partitive.js";

describe("partitive: one member of a group named before", () => {
  it("reads 'one of them', 'another of those', 'one of the two' as a partitive of a group", () => {
    for (const m of ["one of them", "another of those", "one of the two", "two of them", "one of the 3"])
      expect(isPartitiveOfGroup(m.split(" "))).toBe(true);
  });

  it("leaves a partitive with a noun of its own, and other phrases, to be read as they are", () => {
    for (const m of ["one of the doctors", "one of the attackers", "the one", "some of them were hurt"])
      expect(isPartitiveOfGroup(m.split(" "))).toBe(false);
  });

  it("tells a group of people from one person or a body", () => {
    const named = (words: string[], person = false) => namesGroupOfPeople({ person, words: new Set(words) });
    expect(named(["two", "health", "workers", "at", "the", "hospital"])).toBe(true);
    expect(named(["police"])).toBe(true);
    expect(named(["security", "sources"])).toBe(true);
    expect(named(["the", "ministry"])).toBe(false);
    expect(named(["john", "banda"], true)).toBe(false);
    expect(isPluralOfPeople("activists")).toBe(true);
    expect(isPluralOfPeople("activist")).toBe(false);
  });
});
