// Report phrasings written for these tests in the styles of several outlets and conflicts (not
// taken from any report or dataset): lists of victims, each person or figure of the list its own
// claim — after an outcome verb ("killed a constable and a cleric", "a commander of the group and
// his two bodyguards"), with a body's name and initials before the role noun ("a Border Security
// Force (BSF) soldier"), and after a noun of the dead with no total before it ("The dead included
// a journalist, two teachers and a child": no part of the list is the others' whole).
import { describe, expect, it } from "vitest";
import { claimRows, extractChecked } from "../../../test/support/extract-checked.js";

/** Each claim as [outcome, group, value, first evidence's words, the claim it is a part of]. */
const rows = (text: string) => claimRows(text, (c) => [c.partOf]);

describe("people listed after an outcome verb", () => {
  it("reads a Pakistani daily: 'killed a constable and a cleric'", () => {
    expect(rows("Gunmen killed a constable and a cleric in Bajaur on Friday, police said.")).toEqual([
      ["killed", "security_forces", 1, "killed a constable", null],
      ["killed", "civilians", 1, "a cleric", null],
    ]);
  });

  it("reads 'abducted a district officer and a cleric' (both taken)", () => {
    expect(
      rows("Militants abducted a district officer and a cleric from a mosque in Tank, officials said."),
    ).toEqual([
      ["abducted", "security_forces", 1, "abducted a district officer", null],
      ["abducted", "civilians", 1, "a cleric", null],
    ]);
  });

  it("reads a Somali radio report: 'a commander of the group and his two bodyguards'", () => {
    const got = rows(
      "A drone strike near Jilib killed a commander of the group and his two bodyguards, residents said.",
    );
    expect(got.map((r) => r.slice(2, 4))).toEqual([
      [1, "killed a commander"],
      [2, "two bodyguards"],
    ]);
  });

  it("reads a body's name and initials before the role noun (Indian, Nigerian reporting)", () => {
    expect(rows("Militants killed a Border Security Force (BSF) soldier in Kupwara, police said.")).toEqual([
      ["killed", "security_forces", 1, "killed a Border Security Force (BSF) soldier", null],
    ]);
    expect(rows("Insurgents shot dead a Nigerian Army (NA) officer near Damboa.")).toEqual([
      ["killed", "security_forces", 1, "shot dead a Nigerian Army (NA) officer", null],
    ]);
  });
});

describe("a noun of the dead opening a list, with no total before it", () => {
  it("reads a Mexican mayor's list: 'The dead included a journalist, two teachers and a child'", () => {
    expect(
      rows("The dead included a journalist, two teachers and a child, the mayor of Celaya said."),
    ).toEqual([
      ["killed", "civilians", 1, "a journalist", null],
      ["killed", "civilians", 2, "two teachers", null],
      ["killed", "civilians", 1, "a child", null],
    ]);
  });

  it("still ties the list to a total given before it", () => {
    const r = extractChecked(
      "Nine people were killed in the attack on the bus. The dead included a journalist, two teachers and a child.",
    );
    expect(r.claims.map((c) => [c.id, c.quantity.value, c.partOf])).toEqual([
      ["c1", 9, null],
      ["c2", 1, "c1"],
      ["c3", 2, "c1"],
      ["c4", 1, "c1"],
    ]);
  });

  it("reads people coordinated before 'were among the dead' as parts, each its claim", () => {
    expect(rows("A policewoman and her daughter were among the dead in Maiduguri.")).toEqual([
      ["killed", "security_forces", 1, "A policewoman", null],
      ["killed", "civilians", 1, "her daughter", null],
    ]);
    const r = extractChecked(
      "Nine people were killed in Kidal. A nurse and two children were among the dead.",
    );
    expect(r.claims.map((c) => [c.id, c.quantity.value, c.partOf])).toEqual([
      ["c1", 9, null],
      ["c2", 1, "c1"],
      ["c3", 2, "c1"],
    ]);
  });
});

describe("a list after a colon or dash is the breakdown of the figure before it", () => {
  it("reads an Indian daily's 'killing three policemen: two constables and a sergeant'", () => {
    expect(
      rows("Militants stormed the checkpoint, killing three policemen: two constables and a sergeant."),
    ).toEqual([
      ["killed", "security_forces", 3, "killing three policemen", null],
      ["killed", "security_forces", 2, "two constables", "c1"],
      ["killed", "security_forces", 1, "a sergeant", "c1"],
    ]);
  });

  it("reads the list after an adjunct that ends the whole's clause (wire copy, Sahel, Kenya)", () => {
    expect(rows("Six people died in the attack: four villagers and two militiamen.")).toEqual([
      ["killed", "people", 6, "Six people died", null],
      ["killed", "civilians", 4, "four villagers", "c1"],
      ["killed", "militants", 2, "two militiamen", "c1"],
    ]);
    expect(rows("Bandits killed nine people on Sunday – six women and three children.")).toEqual([
      ["killed", "people", 9, "killed nine people", null],
      ["killed", "civilians", 6, "six women", "c1"],
      ["killed", "civilians", 3, "three children", "c1"],
    ]);
  });

  it("leaves a figure after the colon with an outcome of its own apart", () => {
    expect(rows("Six people died: two more were injured.")).toEqual([
      ["killed", "people", 6, "Six people died", null],
      ["injured", "people", 2, "two more were injured", null],
    ]);
    expect(rows("Six people died in the attack: two more were injured.")).toEqual([
      ["killed", "people", 6, "Six people died", null],
      ["injured", "people", 2, "two more were injured", null],
    ]);
  });
});

describe("no victim in the speaker's words", () => {
  it("reads the speaker closing a sentence as no one more killed ('…, a health worker … told Reuters')", () => {
    expect(
      rows(
        "A drone strike on a market killed at least 30 people, a health worker who asked not to be named told Reuters.",
      ),
    ).toEqual([["killed", "people", 30, "killed at least 30 people", null]]);
    expect(rows("Gunmen killed 4 farmers, two witnesses said.")).toEqual([
      ["killed", "civilians", 4, "killed 4 farmers", null],
    ]);
  });

  it("reads the object of a fronted frame as no one killed ('In the words of the governor, 12 died')", () => {
    expect(rows("In the words of the governor, 12 people died in the attack.")).toEqual([
      ["killed", "people", 12, "12 people died", null],
    ]);
  });

  it("still reads a list that goes on after a comma", () => {
    expect(rows("The blast killed 5 soldiers, a policeman and 3 civilians, police said.")).toEqual([
      ["killed", "security_forces", 5, "killed 5 soldiers", null],
      ["killed", "security_forces", 1, "a policeman", null],
      ["killed", "civilians", 3, "3 civilians", null],
    ]);
  });
});
