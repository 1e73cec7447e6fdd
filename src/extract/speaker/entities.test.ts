import { describe, expect, it } from "vitest";
import type { ClaimantType } from "../../core/model.js";
import { tokenize } from "../tokens.js";
import { EntityRegistry, partyOf, typeOf, type Entity } from "./entities.js";

const words = (mention: string) => tokenize(mention, { start: 0, end: mention.length });

/** Resolves mentions in order in one registry; each result as [id, name, type, person] or null. */
function resolveAll(...mentions: string[]): Array<[number, string, ClaimantType, boolean] | null> {
  const registry = new EntityRegistry();
  return mentions.map((m) => {
    const e: Entity | null = registry.resolve(words(m));
    return e ? [e.id, e.name, e.type, e.person] : null;
  });
}

describe("EntityRegistry: names and their variants", () => {
  it("registers a titled person under the full mention, typed by the title", () => {
    expect(resolveAll("Lt. Gen. Ahmed Sharif Chaudhry")).toEqual([
      [0, "Lt. Gen. Ahmed Sharif Chaudhry", "state_military", true],
    ]);
  });

  it("merges spellings of one surname (Chaudhry, Chaudhary) and a titled short form", () => {
    expect(resolveAll("Lt. Gen. Ahmed Sharif Chaudhry", "Chaudhary", "Gen. Chaudhry")).toEqual([
      [0, "Lt. Gen. Ahmed Sharif Chaudhry", "state_military", true],
      [0, "Lt. Gen. Ahmed Sharif Chaudhry", "state_military", true],
      [0, "Lt. Gen. Ahmed Sharif Chaudhry", "state_military", true],
    ]);
  });

  it("keeps two people with one surname and different given names apart", () => {
    const [a, b, c] = resolveAll("Sarfraz Bugti", "Bugti", "Nawab Bugti");
    expect(a![0]).toBe(0);
    expect(b![0]).toBe(0);
    expect(c).toEqual([1, "Nawab Bugti", "unknown", true]);
  });

  it("reads a country's name and its nationality adjective as one body's name, no nationality as a person", () => {
    expect(resolveAll("Lebanon's health ministry", "The Lebanese health ministry")).toEqual([
      [0, "Lebanon's health ministry", "government", false],
      [0, "Lebanon's health ministry", "government", false],
    ]);
    expect(resolveAll("the Sudanese army", "the Sudanese navy")).toEqual([
      [0, "Sudanese army", "state_military", false],
      [1, "Sudanese navy", "state_military", false],
    ]);
  });

  it("ends a person's name before a complement that describes where they are from", () => {
    expect(
      resolveAll("police spokesman Juergen Henningsen from the nearby city of Flensburg", "Henningsen"),
    ).toEqual([
      [0, "police spokesman Juergen Henningsen", "state_military", true],
      [0, "police spokesman Juergen Henningsen", "state_military", true],
    ]);
  });

  it("gives one who speaks for a body the body's name and type", () => {
    expect(
      resolveAll(
        "the Sudan Doctors Network",
        "a senior official at the network",
        "the network's spokesperson",
      ),
    ).toEqual([
      [0, "Sudan Doctors Network", "official", false],
      [0, "Sudan Doctors Network", "official", false],
      [0, "Sudan Doctors Network", "official", false],
    ]);
    expect(resolveAll("a spokesman for the state police command", "the spokesman")).toEqual([
      [0, "state police command", "state_military", false],
      [0, "state police command", "state_military", false],
    ]);
    const [place] = resolveAll("an official in the town of Beni");
    expect(place!.slice(1, 3)).toEqual(["official in the town of Beni", "official"]);
  });

  it("does not merge different surnames", () => {
    const [a, b] = resolveAll("Imran Baig", "Imran Qureshi");
    expect(a![0]).not.toBe(b![0]);
  });

  it("names an organisation without its article", () => {
    expect(resolveAll("the provincial government", "The Provincial Government")).toEqual([
      [0, "provincial government", "government", false],
      [0, "provincial government", "government", false],
    ]);
  });
});

describe("EntityRegistry: acronyms", () => {
  it("learns an acronym spelled by the words before it and resolves it later", () => {
    expect(resolveAll("the Baloch Liberation Army (BLA)", "BLA", "a BLA spokesman")).toEqual([
      [0, "Baloch Liberation Army (BLA)", "armed_group", false],
      [0, "Baloch Liberation Army (BLA)", "armed_group", false],
      [0, "Baloch Liberation Army (BLA)", "armed_group", false],
    ]);
  });

  it("keeps two organisations with different acronyms apart", () => {
    const [a, b] = resolveAll("the Baloch Liberation Army (BLA)", "the Balochistan Liberation Front (BLF)");
    expect(a![0]).toBe(0);
    expect(b![0]).toBe(1);
  });
});

describe("EntityRegistry: anaphors", () => {
  it("resolves 'the group' to the last armed group named", () => {
    const [, , group] = resolveAll("the Baloch Liberation Army (BLA)", "Police", "the group");
    expect(group).toEqual([0, "Baloch Liberation Army (BLA)", "armed_group", false]);
  });

  it("resolves 'the group' to the latest of two armed groups", () => {
    const [, , group] = resolveAll(
      "the Baloch Liberation Army (BLA)",
      "the Tehreek-e-Taliban (TTP)",
      "the group",
    );
    expect(group![0]).toBe(1);
  });

  it("registers 'the group' as a new armed group when none was named", () => {
    expect(resolveAll("the group")).toEqual([[0, "group", "armed_group", false]]);
  });

  it("resolves 'he' to the last person, not to an organisation named since", () => {
    const [, , he] = resolveAll("Dr. Yasmin Kakar", "the hospital", "he");
    expect(he).toEqual([0, "Dr. Yasmin Kakar", "official", true]);
  });

  it("resolves 'he' and 'she' to nothing when no one was named", () => {
    expect(resolveAll("he", "she")).toEqual([null, null]);
  });

  it("resolves 'its spokesman' to the organisation named last", () => {
    const [, spokesman] = resolveAll("the Baloch Liberation Army (BLA)", "its spokesman");
    expect(spokesman![0]).toBe(0);
  });

  it("resolves 'it' and 'they' to the body named last when none has spoken, never to a person", () => {
    const [, , it, they] = resolveAll("Sarfraz Bugti", "the railway department", "it", "they");
    expect(it![0]).toBe(1);
    expect(they![0]).toBe(1);
    expect(resolveAll("Sarfraz Bugti", "it")[1]).toBeNull();
  });

  it("resolves 'it' to the nearest body that spoke, past bodies only mentioned since", () => {
    const registry = new EntityRegistry();
    const front = registry.resolve(words("the Hill Front (HF)"), true);
    registry.resolve(words("the Northern Railway Authority (NRA)"));
    registry.resolve(words("Capt. Musa Bello"), true);
    expect(registry.resolve(words("it"))).toBe(front);
    expect(registry.resolve(words("They"))).toBe(front);
  });

  it("never resolves 'it' to an outlet named only as the one told", () => {
    const registry = new EntityRegistry();
    const front = registry.resolve(words("a spokesman for the Hill Front"), true);
    registry.outlet(words("Radio Kivu"));
    expect(registry.resolve(words("It"))).toBe(front);
  });

  it("returns nothing for a mention of punctuation only", () => {
    expect(resolveAll(",")).toEqual([null]);
  });
});

describe("typeOf: claimant types by keyword", () => {
  const cases: Array<[string, ClaimantType | null]> = [
    ["the Baloch Liberation Army", "armed_group"],
    ["the militants", "armed_group"],
    ["a Taliban commander", "armed_group"],
    ["the army", "state_military"],
    ["ISPR", "state_military"],
    ["security sources", "state_military"],
    ["a police spokesman", "state_military"],
    ["the interior minister", "government"],
    ["the provincial government", "government"],
    ["railway officials", "official"],
    ["the district hospital", "official"],
    ["Rescue 1122", "official"],
    ["a survivor", "witness"],
    ["residents", "witness"],
    ["Reuters", "media"],
    ["state media", "media"],
    ["sources", "unknown"],
    ["Sarfraz Bugti", null],
  ];
  it.each(cases)("%s", (mention, type) => {
    expect(typeOf(words(mention).map((t) => t.norm))).toBe(type);
  });

  it("reads a possessive as the word it is on", () => {
    expect(typeOf(words("the army's").map((t) => t.norm))).toBe("state_military");
  });
});

describe("partyOf", () => {
  it("makes the army and the government the state, armed groups non-state, the rest independent", () => {
    expect(partyOf("state_military")).toBe("state");
    expect(partyOf("government")).toBe("state");
    expect(partyOf("armed_group")).toBe("non_state");
    for (const t of ["official", "media", "witness", "unknown"] as const)
      expect(partyOf(t)).toBe("independent");
  });
});
