// Breakdowns tied to their totals (codebook §1c "Subsets", §3b): each part carries `partOf`, the
// id of its total's claim, and no tally or dataset field adds a part to its whole. Articles
// written for these tests.
import { describe, expect, it } from "vitest";
import { extractChecked } from "../../../test/support/extract-checked.js";

const read = extractChecked;

const rows = (r: ReturnType<typeof read>) =>
  r.claims.map((c) => [c.id, c.quantity.value, c.group, c.outcome, c.partOf]);

describe("breakdowns tied to their totals", () => {
  it("reads a single person after 'including' as a part of the total ('including the bomber')", () => {
    const r = read(
      "A suicide bombing hit a bus station in Gombe. Eleven people were killed, including the bomber, and 30 were wounded.",
    );
    expect(rows(r)).toEqual([
      ["c1", 11, "people", "killed", null],
      ["c2", 1, "militants", "killed", "c1"],
      ["c3", 30, "people", "injured", null],
    ]);
    expect(r.datasets.gtd).toMatchObject({ nkill: 11, nkillter: 1 });
    const chief = read("Bandits killed five people, including the village chief, in Maru on Sunday.");
    expect(rows(chief)).toEqual([
      ["c1", 5, "people", "killed", null],
      ["c2", 1, "civilians", "killed", "c1"],
    ]);
    expect(chief.datasets.gtd.nkill).toBe(5);
  });

  it("points 'the dead comprised …' in a later sentence at the total", () => {
    const r = read(
      "At least 20 people were killed in clashes near Dorra on Tuesday, the monitor said. " +
        "The monitor said the dead comprised 12 civilians, 5 hill fighters and 3 regular soldiers.",
    );
    expect(rows(r)).toEqual([
      ["c1", 20, "people", "killed", null],
      ["c2", 12, "civilians", "killed", "c1"],
      ["c3", 5, "militants", "killed", "c1"],
      ["c4", 3, "security_forces", "killed", "c1"],
    ]);
    expect(r.datasets.gtd.nkill).toBe(20);
    expect(r.datasets.acled.fatalities).toBe(20);
  });

  it("points 'including 18 soldiers and 3 railway employees' at the figure before", () => {
    const r = read("Gunmen said 26 hostages were killed, including 18 soldiers and 3 railway employees.");
    expect(rows(r)).toEqual([
      ["c1", 26, "hostages", "killed", null],
      ["c2", 18, "security_forces", "killed", "c1"],
      ["c3", 3, "civilians", "killed", "c1"],
    ]);
    expect(r.datasets.gtd.nkill).toBe(26);
  });

  it("points 'five of the dead were children' and 'of whom 4 were women' at their totals", () => {
    const r = read(
      "Nine people died when a bus was bombed in Kessa. Five of the dead were children. " +
        "Eleven others were wounded, of whom 4 were women.",
    );
    expect(rows(r)).toEqual([
      ["c1", 9, "people", "killed", null],
      ["c2", 5, "civilians", "killed", "c1"],
      ["c3", 11, "people", "injured", null],
      ["c4", 4, "civilians", "injured", "c3"],
    ]);
    expect(r.datasets.gtd.nkill).toBe(9);
    expect(r.datasets.gtd.nwound).toBe(11);
  });

  it("points 'the deceased were identified as …' at the latest total of that outcome", () => {
    const r = read(
      "Rescuers recovered the bodies of 14 people from the wreck. " +
        '"The deceased were identified as 10 soldiers, two police and one driver," an official said.',
    );
    expect(r.claims.filter((c) => c.partOf === "c1").map((c) => [c.quantity.value, c.group])).toEqual([
      [10, "security_forces"],
      [2, "security_forces"],
      [1, "civilians"],
    ]);
    expect(r.datasets.gtd.nkill).toBe(14);
  });

  it("points 'X soldiers and Y civilians' in a later sentence at the total they add up to", () => {
    const r = read(
      "At least 20 people were killed in the raid on Tarsa, police said. " +
        "Twelve soldiers and eight civilians died in the fighting, an army officer said.",
    );
    expect(rows(r)).toEqual([
      ["c1", 20, "people", "killed", null],
      ["c2", 12, "security_forces", "killed", "c1"],
      ["c3", 8, "civilians", "killed", "c1"],
    ]);
    expect(r.datasets.gtd.nkill).toBe(20);
  });

  it("points parts of one group told by different nouns at the total: 'Four men …, while a woman …'", () => {
    const r = read(
      "Five people were shot dead at a tavern in Soweto on Sunday, police said. " +
        "Four men died at the scene, while a woman aged 31 succumbed to her injuries in hospital.",
    );
    expect(rows(r)).toEqual([
      ["c1", 5, "people", "killed", null],
      ["c2", 4, "civilians", "killed", "c1"],
      ["c3", 1, "civilians", "killed", "c1"],
    ]);
    expect(r.datasets.gtd.nkill).toBe(5);
  });

  it("ties the rest of a sentence to the whole its shares point at when all add up to it", () => {
    const r = read(
      "The death toll from the clashes has risen to 37, the monitor said. " +
        "It said 22 of the dead were fighters and 11 were SDF members, while four civilians were killed by shelling.",
    );
    expect(rows(r)).toEqual([
      ["c1", 37, "people", "killed", null],
      ["c2", 22, "militants", "killed", "c1"],
      ["c3", 11, "militants", "killed", "c1"],
      ["c4", 4, "civilians", "killed", "c1"],
    ]);
    expect(r.datasets.gtd.nkill).toBe(37);
  });

  it("leaves alone figures that do not add up to a total, and increments", () => {
    const r = read(
      "At least 20 people were killed in the raid on Tarsa. " +
        "Twelve soldiers and five civilians died in a second raid on Olen. " +
        "Another 12 soldiers and 8 civilians were killed on Friday. " +
        "Four men died at the scene, while two women died in hospital.",
    );
    expect(r.claims.every((c) => c.partOf === null)).toBe(true);
  });
});

describe("parts that refer back by a pronoun or 'the victims'", () => {
  /** Each claim's figure, group, outcome, whole and [start, end) of its first span. */
  const spans = (r: ReturnType<typeof read>) =>
    r.claims.map((c) => [
      c.quantity.value,
      c.group,
      c.outcome,
      c.partOf,
      c.evidence[0]!.start,
      c.evidence[0]!.end,
    ]);

  it("reads 'Among them were …' and 'The victims included …' as parts of the total before", () => {
    const text =
      "Fourteen villagers died when gunmen raided Kanto on Sunday. Among them were five children. " +
      "Nine people were wounded in a second raid. The victims included two soldiers and a nurse.";
    const r = read(text);
    expect(spans(r)).toEqual([
      [14, "civilians", "killed", null, 0, 23],
      [5, "civilians", "killed", "c1", 76, 89],
      [9, "people", "injured", null, 91, 115],
      [2, "security_forces", "injured", "c3", 155, 167],
      [1, "civilians", "injured", "c3", 172, 179],
    ]);
    expect([r.datasets.gtd.nkill, r.datasets.gtd.nwound]).toEqual([14, 9]);
  });

  it("reads 'Five of them were women', 'They included …' and '… were among the dead' as parts", () => {
    const text =
      "Twelve people were killed in the blast. Five of them were women. They included two teachers. " +
      "Three soldiers were among the dead.";
    const r = read(text);
    expect(spans(r)).toEqual([
      [12, "people", "killed", null, 0, 25],
      [5, "civilians", "killed", "c1", 40, 44],
      [2, "civilians", "killed", "c1", 79, 91],
      [3, "security_forces", "killed", "c1", 93, 107],
    ]);
    expect(r.datasets.gtd.nkill).toBe(12);
    expect(r.datasets.ucdp.best).toBe(12);
  });

  it("keeps a verb of their own: 'Five of them were later freed' is a release, not a part", () => {
    const r = read("Twelve people were abducted from a bus. Five of them were later freed.");
    expect(rows(r)).toEqual([
      ["c1", 12, "people", "abducted", null],
      ["c2", 5, "people", "released", null],
    ]);
  });

  it("reads a share after the whole's clause in the same sentence", () => {
    const text =
      "Eight people were killed, three of them children. " +
      "Gunmen shot dead 12 villagers in Dansa on Sunday, including five women.";
    const r = read(text);
    expect(spans(r)).toEqual([
      [8, "people", "killed", null, 0, 24],
      [3, "civilians", "killed", "c1", 26, 31],
      [12, "civilians", "killed", null, 57, 79],
      [5, "civilians", "killed", "c3", 110, 120],
    ]);
  });

  it("names no part without a total just before ('Among them' three sentences on)", () => {
    const r = read(
      "Ten people died in the raid. The town was quiet. Shops stayed shut. Markets closed. Among them were two soldiers.",
    );
    expect(rows(r)).toEqual([["c1", 10, "people", "killed", null]]);
  });
});

describe("a part's outcome is its whole's, not a verb past another figure (nkill and nkillter)", () => {
  it("'N people, including A and B fighters, were killed and M others … were injured'", () => {
    const r = read(
      "Militants stormed a district headquarters in Jalalabad on Friday. At least 17 people, including " +
        "five guards and 12 attackers, were killed and 20 others, including nine attackers, were wounded in the battle.",
    );
    expect(rows(r)).toEqual([
      ["c1", 17, "people", "killed", null],
      ["c2", 5, "security_forces", "killed", "c1"],
      ["c3", 12, "militants", "killed", "c1"],
      ["c4", 20, "people", "injured", null],
      ["c5", 9, "militants", "injured", "c4"],
    ]);
    expect(r.datasets.gtd).toMatchObject({ nkill: 17, nkillter: 12, nwound: 20 });
  });

  it("'N people were killed, including the two gunmen, and M others were injured'", () => {
    const r = read(
      "Gunmen opened fire at a bus stop in Konduga on Saturday. Nine people were killed, including the " +
        "two gunmen, and 31 others were injured.",
    );
    expect(rows(r)).toEqual([
      ["c1", 9, "people", "killed", null],
      ["c2", 2, "militants", "killed", "c1"],
      ["c3", 31, "people", "injured", null],
    ]);
    expect(r.datasets.gtd).toMatchObject({ nkill: 9, nkillter: 2, nwound: 31 });
  });
});

describe("an aside shares its clause's outcome and adds to its figures (nkill and nkillter)", () => {
  it("'In addition to N attackers, M soldiers were killed and K … were wounded'", () => {
    const r = read(
      "Militants attacked an army outpost in Khost on Sunday. In addition to 12 attackers, four soldiers were " +
        "killed and nine people, including five attackers, were wounded.",
    );
    expect(rows(r)).toEqual([
      ["c1", 12, "militants", "killed", null],
      ["c2", 4, "security_forces", "killed", null],
      ["c3", 9, "people", "injured", null],
      ["c4", 5, "militants", "injured", "c3"],
    ]);
    expect(r.datasets.gtd).toMatchObject({ nkill: 16, nkillter: 12, nwound: 9 });
  });

  it("trailing its clause: 'were killed in addition to N attackers', 'was killed along with …'", () => {
    const besides = read(
      "Militants attacked an army outpost in Khost on Sunday. Four soldiers were killed in addition to 12 attackers.",
    );
    expect(rows(besides)).toEqual([
      ["c1", 4, "security_forces", "killed", null],
      ["c2", 12, "militants", "killed", null],
    ]);
    expect(besides.datasets.gtd).toMatchObject({ nkill: 16, nkillter: 12 });
    const along = read(
      "Gunmen ambushed a patrol near Tillaberi on Sunday. A captain was killed along with two soldiers and both attackers.",
    );
    expect(rows(along)).toEqual([
      ["c1", 1, "security_forces", "killed", null],
      ["c2", 2, "security_forces", "killed", null],
      ["c3", 2, "militants", "killed", null],
    ]);
    expect(along.datasets.gtd).toMatchObject({ nkill: 5, nkillter: 2 });
  });

  it("keeps an aside's own outcome ('Apart from the 12 killed, 30 were injured')", () => {
    const r = read("Gunmen raided a market in Bunia on Sunday. Apart from the 12 killed, 30 were injured.");
    expect(rows(r)).toEqual([
      ["c1", 12, "people", "killed", null],
      ["c2", 30, "people", "injured", null],
    ]);
  });
});

describe("an attacker's own death first in the object ('killing herself and three worshippers')", () => {
  it("counts the victims after the reflexive, and the attacker apart", () => {
    const one = read(
      "A woman wearing an explosive vest walked into a mosque in Gwoza on Friday and blew it up, killing herself and three worshippers.",
    );
    expect(rows(one)).toEqual([
      ["c1", 1, "militants", "killed", null],
      ["c2", 3, "civilians", "killed", null],
    ]);
    expect(one.datasets.gtd).toMatchObject({ nkill: 4, nkillter: 1 });
    const two = read("Two gunmen stormed a church in Owo on Sunday, killing themselves and 11 worshippers.");
    expect(
      two.claims.filter((c) => c.outcome === "killed").map((c) => [c.quantity.value, c.group]),
    ).toContainEqual([11, "civilians"]);
  });
});

describe("a list of victims whose first member carries a participle phrase", () => {
  it("'killed a district judge travelling to court, his driver and a guard'", () => {
    const r = read(
      "A roadside bomb in Lakki Marwat killed a district judge travelling to court, his driver and a guard on Monday.",
    );
    expect(r.claims.map((c) => [c.quantity.value, c.outcome])).toEqual([
      [1, "killed"],
      [1, "killed"],
      [1, "killed"],
    ]);
    expect(r.datasets.gtd.nkill).toBe(3);
  });

  it("is no list after 'including,' or without a closing 'and'", () => {
    const r = read(
      "Three people were killed while nine people including, five officers and four attackers, were injured in Kunduz.",
    );
    expect(r.datasets.gtd).toMatchObject({ nkill: 3, nwound: 9 });
  });
});
