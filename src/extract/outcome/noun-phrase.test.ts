import { describe, expect, it } from "vitest";
import type { Group } from "../../core/model.js";
import { tokenize } from "../tokens.js";
import { isPeopleNoun, readNounPhrase, type NounRead } from "./noun-phrase.js";

type Read =
  | { kind: "phrase" | "unknown"; text: string; head: string; group: Group }
  | { kind: "elliptical"; next: string | null }
  | { kind: "not_people" };

/**
 * Reads the noun phrase that starts at the "^" in `marked` (the mark is removed), in a text with an
 * earlier sentence before it. A phrase is returned as the text of its tokens, checked with slice.
 */
function read(marked: string, afterQuantity = true): Read {
  const at = marked.indexOf("^");
  const before = "Nothing happened here. ";
  const text = before + marked.replace("^", "");
  const tokens = tokenize(text, { start: before.length, end: text.length });
  const k = tokens.findIndex((t) => t.start >= before.length + at);
  const r: NounRead = readNounPhrase(tokens, k, afterQuantity);
  switch (r.kind) {
    case "phrase":
    case "unknown": {
      const first = tokens[r.np.first]!;
      const last = tokens[r.np.last - 1]!;
      expect(first.start).toBeGreaterThanOrEqual(before.length);
      return { kind: r.kind, text: text.slice(first.start, last.end), head: r.np.head, group: r.np.group };
    }
    case "elliptical":
      return { kind: "elliptical", next: tokens[r.next]?.text ?? null };
    case "not_people":
      return { kind: "not_people" };
  }
}

describe("readNounPhrase: phrases of people", () => {
  const cases: Array<[string, string, string, Group]> = [
    // Members of the armed forces by their role noun, and a named force's people by its side.
    ["13 US ^service members were killed", "service members", "members", "security_forces"],
    ["200 ^conscripts", "conscripts", "conscripts", "security_forces"],
    ["12 ^RSF troops", "RSF troops", "troops", "militants"],
    ["12 ^Rapid Support Forces fighters", "Rapid Support Forces fighters", "fighters", "militants"],
    ["four ^IDF members", "IDF members", "members", "security_forces"],
    ["killed 15 ^FARDC in", "FARDC", "fardc", "security_forces"],
    ["nine ^SAF soldiers", "SAF soldiers", "soldiers", "security_forces"],
    [
      "nine ^Afghan National Army (ANA) soldiers were killed",
      "Afghan National Army (ANA) soldiers",
      "soldiers",
      "security_forces",
    ],
    ["four ^soldiers were killed", "soldiers", "soldiers", "security_forces"],
    [
      "four ^Frontier Corps personnel were killed",
      "Frontier Corps personnel",
      "personnel",
      "security_forces",
    ],
    ["two ^police officers died", "police officers", "officers", "security_forces"],
    ["eight ^security personnel", "security personnel", "personnel", "security_forces"],
    ["four ^train passengers", "train passengers", "passengers", "civilians"],
    ["two ^Chinese engineers", "Chinese engineers", "engineers", "civilians"],
    ["two ^civilians", "civilians", "civilians", "civilians"],
    ["21 ^hostages", "hostages", "hostages", "hostages"],
    ["150 ^more hostages remain", "more hostages", "hostages", "hostages"],
    ["30 ^people were hurt", "people", "people", "people"],
    ["dozens ^of terrorists", "of terrorists", "terrorists", "militants"],
    ["five ^of the soldiers", "of the soldiers", "soldiers", "security_forces"],
    ["three ^assailants", "assailants", "assailants", "militants"],
    ["11 ^young local men from the village", "young local men", "men", "civilians"],
  ];
  it.each(cases)("%s", (marked, text, head, group) => {
    expect(read(marked)).toEqual({ kind: "phrase", text, head, group });
  });

  it("reads the noun after a figure quoted alone", () => {
    expect(read('holding "more than 40^" passengers')).toMatchObject({
      text: "passengers",
      group: "civilians",
    });
    expect(read('killed "over 30^" soldiers since')).toMatchObject({
      text: "soldiers",
      group: "security_forces",
    });
    // A quote that closes a sentence of speech is not skipped.
    expect(read('"We killed 30^" He said')).not.toMatchObject({ kind: "phrase" });
    // A capitalised modifier after the quote, before a person noun.
    expect(read('killed "as many as 25^" Afghan policemen')).toMatchObject({
      text: "Afghan policemen",
      group: "security_forces",
    });
  });

  it("reads past a quoted label between the figure and its noun", () => {
    // (The phrase opens after the opening quote, as 'killed 18 "PKK terrorists"' does.)
    expect(read('captured 14 ^"Crusader" soldiers')).toMatchObject({
      text: 'Crusader" soldiers',
      head: "soldiers",
      group: "security_forces",
    });
    expect(read("killed nine ^‘apostate’ militiamen")).toMatchObject({
      head: "militiamen",
      group: "militants",
    });
    expect(read("killed nine ^“collaborator” guards")).toMatchObject({ head: "guards" });
    // (A quote closed after the noun ends the phrase.)
    expect(read('killed 18 ^"traitors" in the raid')).toMatchObject({ head: "traitors" });
  });

  it("skips a bracketed acronym inside the phrase", () => {
    expect(read("33 ^Baloch Liberation Army (BLA) members were killed")).toEqual({
      kind: "phrase",
      text: "Baloch Liberation Army (BLA) members",
      head: "members",
      group: "militants",
    });
  });

  it("reads members of a named organisation as militants, and its fighters too", () => {
    expect(read("ten ^BLA fighters")).toMatchObject({ head: "fighters", group: "militants" });
    expect(read("six ^Shabaab members")).toMatchObject({ head: "members", group: "militants" });
  });

  it("reads a member of an armed body as on that body's side", () => {
    expect(read("three ^members of the People's Defense Force were killed")).toMatchObject({
      text: "members",
      group: "militants",
    });
    // (a pro-government auxiliary of volunteers: its members counted as vigilantes are, civilians)
    expect(read("nine ^members of the Civilian Joint Task Force")).toMatchObject({ group: "civilians" });
    expect(read("four ^members of the Gran Grif gang")).toMatchObject({ group: "militants" });
    expect(read("two ^members of the Kenya Defence Forces")).toMatchObject({ group: "security_forces" });
    expect(read("4 ^members of the regime forces")).toMatchObject({ group: "security_forces" });
    // a body that is no armed party leaves the members as they were
    expect(read("five ^members of the church choir")).toMatchObject({ group: "civilians" });
  });

  it("reads members of a body named after 'of' by that body's kind (Philippine, Myanmar, Nigerian copy)", () => {
    expect(read("Five ^members of the Abu Sayyaf were killed")).toMatchObject({
      text: "members",
      group: "militants",
    });
    expect(read("three ^members of the People's Defence Force died")).toMatchObject({ group: "militants" });
    expect(read("two ^members of the Nigerian Army were killed")).toMatchObject({ group: "security_forces" });
    expect(read("two ^members of Parliament were killed")).toMatchObject({ group: "civilians" });
    expect(read("four ^members of the Red Cross were killed")).toMatchObject({ group: "civilians" });
    // A name that goes on as a common noun, or no name, names no body.
    expect(read("six ^members of the Hazara community were killed")).toMatchObject({ group: "civilians" });
    expect(read("five ^members of the same family were killed")).toMatchObject({ group: "civilians" });
  });

  it("keeps the head's group where WordNet's compound says less ('federal soldiers')", () => {
    expect(read("killed 18 ^federal soldiers in an ambush")).toMatchObject({
      head: "soldiers",
      group: "security_forces",
    });
  });

  it("lets a captive modifier make anyone a hostage", () => {
    expect(read("20 ^captive soldiers")).toEqual({
      kind: "phrase",
      text: "captive soldiers",
      head: "soldiers",
      group: "hostages",
    });
  });

  it("stops at the first people noun of a coordination", () => {
    expect(read("nine ^women and children")).toEqual({
      kind: "phrase",
      text: "women",
      head: "women",
      group: "civilians",
    });
  });
});

describe("readNounPhrase: no noun, unknown nouns and things", () => {
  it("reads a verb right after the figure as elliptical ('30 were killed')", () => {
    expect(read("30 ^were killed")).toEqual({ kind: "elliptical", next: "were" });
  });

  it("reads 'of them' as elliptical and points past it", () => {
    expect(read("five ^of them died")).toEqual({ kind: "elliptical", next: "died" });
  });

  it("reads the end of the text as elliptical", () => {
    expect(read("the toll was 30^")).toEqual({ kind: "elliptical", next: null });
  });

  it("reads an unknown noun after a figure as unknown people", () => {
    expect(read("7 ^Valdoran Zemites were killed")).toEqual({
      kind: "unknown",
      text: "Valdoran Zemites",
      head: "zemites",
      group: "people",
    });
  });

  it("does not guess an unknown noun when not right after a quantity", () => {
    expect(read("7 ^Valdoran Zemites were killed", false)).toEqual({ kind: "not_people" });
  });

  const things: Array<[string]> = [
    ["3 ^vehicles were destroyed"],
    ["48 ^hours later"],
    ["150 ^coffins."],
    ["a 12^-member team"],
    ["three^-day siege"],
  ];
  it.each(things)("%s is not people", (marked) => {
    expect(read(marked)).toEqual({ kind: "not_people" });
  });
});

describe("isPeopleNoun", () => {
  it("knows nouns of people, singular and plural", () => {
    for (const w of ["soldiers", "people", "hostage", "passengers", "personnel", "official"])
      expect(isPeopleNoun(w)).toBe(true);
  });

  it("does not take things for people", () => {
    for (const w of ["vehicles", "hours", "houses", "coffins", "killed"]) expect(isPeopleNoun(w)).toBe(false);
  });
});
