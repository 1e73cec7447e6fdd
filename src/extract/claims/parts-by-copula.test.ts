// Report phrasings written for these tests in the styles of several outlets and conflicts (not
// taken from any report or dataset): parts of a total whose group a copula or apposition names —
// "of whom six were foreigners" after an adjunct of the total's clause, a fronted partitive in the
// next sentence ("Of these, 20 were women", "Of the dead, 12 were children"), and a part said to be
// among a figure counted after it ("Four foreigners were among the 20 people killed"). Each part
// points at its whole (codebook §1c "Subsets", §3b) and is never added to it.
import { describe, expect, it } from "vitest";
import { extractChecked, partRows } from "../../../test/support/extract-checked.js";

const read = extractChecked;

const rows = partRows;

describe("'of whom' and 'N of whom' after an adjunct of the total's clause", () => {
  it("reads a wire-copy hotel siege: 'killed in the attack, of whom six were foreigners'", () => {
    const r = read(
      "At least 20 people were killed in the attack on the hotel in Mogadishu, of whom six were foreigners, police said.",
    );
    expect(rows(r)).toEqual([
      ["c1", 20, "people", "killed", null, "At least 20 people were killed"],
      ["c2", 6, "civilians", "killed", "c1", "six"],
    ]);
    expect(r.datasets.gtd.nkill).toBe(20);
  });

  it("reads a Mexican local daily: 'killed 11 people at a bar in Celaya, four of whom were women'", () => {
    const r = read("Gunmen killed 11 people at a bar in Celaya late on Saturday, four of whom were women.");
    expect(rows(r)).toEqual([
      ["c1", 11, "people", "killed", null, "killed 11 people"],
      ["c2", 4, "civilians", "killed", "c1", "four"],
    ]);
  });

  it("does not reach over a clause: 'killed 11 people and fled, four of whom …' has no whole", () => {
    const r = read("Gunmen killed 11 people and fled on motorcycles, four of whom were later arrested.");
    expect(r.claims.filter((c) => c.partOf !== null)).toEqual([]);
  });
});

describe("a fronted partitive in the next sentence", () => {
  it("reads a Nigerian daily: 'Of these, 20 were women' after an abduction", () => {
    const r = read(
      "Bandits abducted 50 villagers from Kuriga in Kaduna State on Thursday, residents said. Of these, 20 were women.",
    );
    expect(rows(r)).toEqual([
      ["c1", 50, "civilians", "abducted", null, "abducted 50 villagers"],
      ["c2", 20, "civilians", "abducted", "c1", "20"],
    ]);
    expect(r.datasets.gtd.nhostkid).toBe(50);
  });

  it("reads an Al Jazeera-style Gaza report: 'Of the dead, 12 were children'", () => {
    const r = read(
      "Forty people were killed in Israeli strikes on Nuseirat overnight, the health ministry said. " +
        "Of the dead, 12 were children, the ministry added.",
    );
    expect(rows(r)).toEqual([
      ["c1", 40, "people", "killed", null, "Forty people were killed"],
      ["c2", 12, "civilians", "killed", "c1", "12"],
    ]);
    expect(r.datasets.gtd.nkill).toBe(40);
  });

  it("reads 'Of those, four were soldiers' by the earlier total's outcome", () => {
    const r = read(
      "Militants killed 14 people in an ambush in northern Burkina Faso, security sources told AFP. Of those, four were soldiers.",
    );
    expect(rows(r)).toEqual([
      ["c1", 14, "people", "killed", null, "killed 14 people"],
      ["c2", 4, "security_forces", "killed", "c1", "four"],
    ]);
  });

  it("gives no part when no total came before", () => {
    const r = read("Of these, 20 were women.");
    expect(r.claims).toEqual([]);
  });
});

describe("a part said to be among a figure counted after it", () => {
  it("reads a Reuters-style hotel siege: 'Four foreigners were among the 20 people killed'", () => {
    const r = read(
      "Four foreigners were among the 20 people killed in the siege of the hotel, officials said.",
    );
    expect(rows(r)).toEqual([
      ["c1", 4, "civilians", "killed", "c2", "Four foreigners"],
      ["c2", 20, "people", "killed", null, "20 people killed"],
    ]);
    expect(r.datasets.gtd.nkill).toBe(20);
  });

  it("reads a Kashmir report: 'Two soldiers were also among 11 people wounded'", () => {
    const r = read("Two soldiers were also among 11 people wounded in the grenade attack in Srinagar.");
    expect(rows(r)).toEqual([
      ["c1", 2, "security_forces", "injured", "c2", "Two soldiers"],
      ["c2", 11, "people", "injured", null, "11 people wounded"],
    ]);
  });

  it("takes no part larger than its whole", () => {
    const r = read("Thirty soldiers were among the 20 people killed.");
    expect(r.claims.find((c) => c.quantity.value === 30)?.partOf ?? null).toBeNull();
  });
});

describe("'All of the N … were X': the whole's people all of one group", () => {
  it("reads a rights-group report: 'All of the 148 people killed were civilians'", () => {
    const r = read(
      "Soldiers shot dead 148 people in the village of Moura, a rights group said. All of the 148 people killed were civilians.",
    );
    expect(rows(r)).toEqual([
      ["c1", 148, "people", "killed", null, "shot dead 148 people"],
      ["c2", null, "civilians", "killed", "c1", "All of the 148 people"],
    ]);
    expect(r.claims[1]!.quantity.hedge).toBe("all");
    expect(r.datasets.gtd.nkill).toBe(148);
  });

  it("reads 'All of the 12 people wounded were police officers' in one sentence", () => {
    const r = read("All of the 12 people wounded were police officers, the interior ministry said.");
    expect(rows(r)).toEqual([
      ["c1", null, "security_forces", "injured", "c2", "All of the 12 people"],
      ["c2", 12, "people", "injured", null, "12 people wounded"],
    ]);
  });
});

describe("a part whose own words name no group is of its whole's group", () => {
  it("reads a Congolese army statement: 'Among the dead were two commanders' of the rebels killed", () => {
    const r = read(
      "The army said it had killed 31 M23 rebels in fighting near Sake. Among the dead were two commanders.",
    );
    expect(rows(r)).toEqual([
      ["c1", 31, "militants", "killed", null, "killed 31 M23 rebels"],
      ["c2", 2, "militants", "killed", "c1", "two commanders"],
    ]);
  });

  it("reads a Philippine army report: 'including five commanders' of the militants killed", () => {
    const r = read(
      "Troops killed 18 Abu Sayyaf militants in the raid on Basilan, including five commanders.",
    );
    expect(rows(r)[1]).toEqual(["c2", 5, "militants", "killed", "c1", "five commanders"]);
  });

  it("keeps a part's own group ('killed 26 hostages, including 18 soldiers')", () => {
    const r = read("The militants killed 26 hostages, including 18 soldiers, the army said.");
    expect(rows(r)[1]).toEqual(["c2", 18, "security_forces", "killed", "c1", "18 soldiers"]);
  });

  it("leaves a part of a whole of unknown group unknown", () => {
    const r = read("Gunmen killed 12 people at a market in Kaduna. Among the dead were two commanders.");
    expect(rows(r)[1]).toEqual(["c2", 2, "people", "killed", "c1", "two commanders"]);
  });
});

describe("'Both' for a pair counted before (issue 9 §4)", () => {
  it("reads an AFP-style Goma report: 'Two journalists were abducted … Both were released'", () => {
    const r = read(
      "Two journalists were abducted in Goma on Friday, their employer said. Both were released on Sunday.",
    );
    expect(rows(r)).toEqual([
      ["c1", 2, "civilians", "abducted", null, "Two journalists were abducted"],
      ["c2", 2, "civilians", "released", null, "Both were released"],
    ]);
  });

  it("reads an Indian daily: 'Two jawans were injured … Both later succumbed'", () => {
    const r = read(
      "Two jawans were injured when Maoists triggered an IED in Bijapur, police said. Both later succumbed to their injuries.",
    );
    expect(rows(r)[1]).toEqual([
      "c2",
      2,
      "security_forces",
      "killed",
      null,
      "Both later succumbed to their injuries",
    ]);
  });

  it("leaves 'Both' people with no pair before", () => {
    const r = read("Gunmen killed three farmers. Both were shot dead.");
    expect(rows(r)[1]).toEqual(["c2", 2, "people", "killed", null, "Both were shot dead"]);
  });
});
