// "Others" and bare figures after one person counted by role, a headline's person with no article,
// and "others" opening a sentence after a total of one group: sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extractChecked, partRows } from "../../../test/support/extract-checked.js";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("others after one person counted by role", () => {
  it("take the role's group ('A soldier was killed and two others were wounded')", () => {
    expect(counts("A border guard was killed and two others were wounded in the ambush.")).toMatchObject([
      { q: "A", outcome: "killed", group: "security_forces" },
      { q: "two", outcome: "injured", group: "security_forces" },
    ]);
    expect(counts("Gunmen shot dead a nurse and wounded three others.")).toMatchObject([
      { q: "a", outcome: "killed", group: "civilians" },
      { q: "three", outcome: "injured", group: "civilians" },
    ]);
  });

  it("do not take an attacker's ('The bomber died and 12 others were wounded')", () => {
    expect(counts("The bomber died and 12 others were wounded.")).toMatchObject([
      { outcome: "killed", group: "militants" },
      { q: "12", outcome: "injured", group: "people" },
    ]);
    expect(counts("A gunman opened fire, killing 11.")).toMatchObject([{ q: "11", group: "people" }]);
  });
});

describe("a headline's person with no article", () => {
  it("is one person of the role ('Policeman shot dead in Quetta', 'UN peacekeeper killed, two wounded')", () => {
    expect(counts("Policeman shot dead in Quetta")).toMatchObject([
      { q: "Policeman", value: 1, outcome: "killed", group: "security_forces" },
    ]);
    expect(counts("UN peacekeeper killed, two wounded in ambush")).toMatchObject([
      { q: "peacekeeper", value: 1, outcome: "killed", group: "security_forces" },
      { q: "two", outcome: "injured", group: "security_forces" },
    ]);
    expect(counts("Aid worker abducted near Gao")).toMatchObject([{ q: "worker", outcome: "abducted" }]);
  });

  it("is no arrest told of a sentence, and leaves 'Another person dies' to its determiner", () => {
    expect(counts("Retired general jailed for 1990 massacre")).toEqual([]);
    expect(counts("Another protester dies in hospital")).toMatchObject([{ q: "Another", value: 1 }]);
  });

  it("keeps its span in the article", () => {
    const r = extractChecked("Ranger killed in Narathiwat\n\nA ranger was killed on Monday, the army said.");
    expect(r.claims[0]!.evidence.map((e) => e.text)).toContain("Ranger killed");
  });
});

describe("others opening a sentence after a total of one group", () => {
  it("are of that group ('… seven rangers were killed. Three others are in critical condition')", () => {
    const r = extractChecked("Seven rangers were killed in the raid. Three others were wounded.");
    expect(partRows(r).map((row) => row[2])).toEqual(["security_forces", "security_forces"]);
  });

  it("are people after totals of several groups, or after another figure in their sentence", () => {
    const mixed = extractChecked("The blast killed nine civilians and a soldier. Five others were wounded.");
    expect(mixed.claims.at(-1)!.group).toBe("people");
    const named = extractChecked(
      "Seven rangers were killed. Two people and the bomber died and 12 others were hurt.",
    );
    expect(named.claims.find((c) => c.quantity.value === 12)!.group).toBe("people");
  });
});
