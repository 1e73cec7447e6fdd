// Report phrasings written for these tests in the styles of several outlets and conflicts: a share
// of a total whose group a copula names ("Twelve of the passengers were off-duty soldiers"), a
// share of a figure counted with it ("Nine of the 13 people killed were civilians"), a toll given
// with no killing verb by its number ("the rebels put the number at 40", "fatalities now stand at
// 12"), and places and things taken that are no people ("captured two hills").
import { describe, expect, it } from "vitest";
import { extractChecked, partRows } from "../../../test/support/extract-checked.js";

const read = extractChecked;

const rows = partRows;

describe("a share of an earlier total, its group given by a copula", () => {
  it("reads 'Twelve of the passengers were off-duty soldiers' as a part of the passengers killed", () => {
    const r = read(
      "Gunmen killed 30 passengers on a bus near Jos on Sunday, police said. " +
        "Twelve of the passengers were off-duty soldiers.",
    );
    expect(rows(r)).toEqual([
      ["c1", 30, "civilians", "killed", null, "killed 30 passengers"],
      ["c2", 12, "security_forces", "killed", "c1", "Twelve of the passengers"],
    ]);
    expect(r.datasets.gtd.nkill).toBe(30);
  });

  it("reads 'of those kidnapped' by its participle and 'of the victims' by the total before", () => {
    const r = read(
      "The attackers abducted 15 worshippers from the church in Kogi. " +
        "Eight of those kidnapped were children, a parish priest said.",
    );
    expect(rows(r)).toEqual([
      ["c1", 15, "civilians", "abducted", null, "abducted 15 worshippers"],
      ["c2", 8, "civilians", "abducted", "c1", "Eight of those kidnapped"],
    ]);
    const v = read(
      "Police said 14 people were shot dead at a party in Cuernavaca. Three of the victims were police officers.",
    );
    expect(rows(v)[1]).toEqual(["c2", 3, "security_forces", "killed", "c1", "Three of the victims"]);
  });

  it("leaves a share with no group in its predicate, and one of people only present, as they were", () => {
    const r = read("Gunmen killed 30 passengers near Jos. Twelve of the passengers were from Kano.");
    expect(rows(r).filter((x) => x[3] === "killed")).toHaveLength(1);
    const p = read(
      "There were 450 passengers aboard the train. At least 100 of the passengers were soldiers going on leave.",
    );
    expect(p.claims.map((c) => c.outcome)).toEqual(["present", "present"]);
  });
});

describe("a share of a figure counted with it", () => {
  it("reads 'Nine of the 13 people killed were civilians' as a part of the 13", () => {
    const r = read("Nine of the 13 people killed were civilians, the UN mission in Juba said.");
    expect(rows(r)).toEqual([
      ["c1", 9, "civilians", "killed", "c2", "Nine of the 13 people"],
      ["c2", 13, "people", "killed", null, "13 people killed"],
    ]);
    expect(r.datasets.gtd.nkill).toBe(13);
  });

  it("counts the whole by its own noun and a share with a verb of its own by that verb", () => {
    const r = read("Two of the 13 wounded later died in hospital in Bijapur, the hospital said.");
    expect(rows(r).map((x) => x.slice(1, 5))).toEqual([
      [2, "people", "killed", null],
      [13, "people", "injured", null],
    ]);
    const w = read("Three of the 10 wounded were police officers, a doctor in Mogadishu said.");
    expect(rows(w).map((x) => x.slice(1, 5))).toEqual([
      [3, "security_forces", "injured", "c2"],
      [10, "people", "injured", null],
    ]);
    expect(read("He was one of more than 400 passengers travelling to Quetta.").claims).toHaveLength(1);
  });
});

describe("tolls with no killing verb by the number", () => {
  it("reads a toll that stands, rises or is revised, as cumulative", () => {
    const r = read(
      "Fatalities now stand at 12 after three injured policemen succumbed, Chhattisgarh police said.",
    );
    expect(r.claims.map((c) => [c.quantity.value, c.outcome, c.scope])).toContainEqual([
      12,
      "killed",
      "cumulative",
    ]);
    const v = read(
      "The Nigerian army said 15 militants were killed near Bama. The Borno police later revised the figure to 22.",
    );
    expect(v.claims.map((c) => [c.quantity.value, c.group, c.outcome, c.scope])).toEqual([
      [15, "militants", "killed", "single"],
      [22, "militants", "killed", "cumulative"],
    ]);
  });

  it("reads another source's 'put the number at' as its own estimate of the total before, not a revision", () => {
    const r = read(
      "The army said 12 soldiers were killed in the ambush in Ituri on Monday. The rebels put the number at 40.",
    );
    expect(r.claims.map((c) => [c.quantity.value, c.group, c.outcome, c.scope, c.claimant.type])).toEqual([
      [12, "security_forces", "killed", "single", "state_military"],
      [40, "security_forces", "killed", "single", "armed_group"],
    ]);
    // Two claimants' figures for one row: the conservative reading keeps the lower.
    expect(r.datasets.acled.fatalities).toBe(12);
    const s = read(
      "The death toll in the shelling of the village rose to nine on Sunday, the regional governor said. " +
        "Other sources put the number at 63.",
    );
    expect(s.claims.map((c) => [c.quantity.value, c.scope])).toEqual([
      [9, "cumulative"],
      [63, "single"],
    ]);
  });

  it("reads no toll from a number that counts something else", () => {
    const r = read(
      "Police said 5 people were killed in Nasugbu. The number of people at the rally was 4,000.",
    );
    expect(r.claims.map((c) => c.quantity.value)).toEqual([5]);
  });
});

describe("places and things taken are no people", () => {
  it("reads no count from hills, towns and colleges captured, seized or stormed", () => {
    expect(
      read("The RSF captured two hills near El Obeid and seized 4 towns, residents said.").claims,
    ).toEqual([]);
    expect(
      read("Rebels torched 3 vehicles and burned 2 villages in Ituri, the administrator said.").claims,
    ).toEqual([]);
    expect(read("Three checkpoints were overrun by the rebels near Goma, the army said.").claims).toEqual([]);
  });

  it("still counts people captured beside them", () => {
    const r = read("M23 fighters seized 4 towns and captured 12 soldiers in North Kivu, the army said.");
    expect(r.claims.map((c) => [c.quantity.value, c.group, c.outcome])).toEqual([
      [12, "security_forces", "abducted"],
    ]);
  });
});

describe("a headline naming its source short, and the lede naming it whole", () => {
  it("merges 'kills 22 …, civil defence says' with the lede's 'the civil defence agency said'", () => {
    const r = read(
      "Israeli strike kills 22 at Gaza school shelter, civil defence says\n\n" +
        "An Israeli strike on a school sheltering displaced families in Gaza City killed 22 people, " +
        "the civil defence agency said on Saturday.",
    );
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]!.evidence.map((e) => e.text)).toEqual(["kills 22", "killed 22 people"]);
  });

  it("keeps two sources whose names share only some words apart", () => {
    const r = read(
      "Shelling kills 9 in Khan Younis, Red Crescent says\n\n" +
        "Shelling killed 9 people in Khan Younis on Sunday, the Red Cross said.",
    );
    expect(r.claims.map((c) => c.quantity.value)).toEqual([9, 9]);
  });
});

describe("a toll's group comes from its own modifier, not the clause's subject", () => {
  it("reads 'The army put the toll at 12' as people, 'the military toll' as security forces", () => {
    const groups = (text: string) => extractChecked(text).claims.map((c) => [c.group, c.quantity.value]);
    expect(groups("The army put the toll at 12, a spokesman said.")).toEqual([["people", 12]]);
    expect(groups("The military toll rose to 14.")).toEqual([["security_forces", 14]]);
    expect(groups("The civilian death toll stood at 30.")).toEqual([["civilians", 30]]);
  });
});
