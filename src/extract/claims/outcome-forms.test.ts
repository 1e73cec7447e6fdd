// Report phrasings written for these tests in the styles of several outlets and conflicts (not
// taken from any report or dataset): the outcomes the codebook codes beyond killed and injured, in
// their nominal, participial, passive and active forms ("the disappearance of 43 students", "the
// abduction of 30 students", "30 abducted students", "freed 12 hostages"), a part among "those" an
// outcome befell ("was among those shot dead"), and "left N dead" read by its postposed "N dead".
import { describe, expect, it } from "vitest";
import { extractChecked } from "../../../test/support/extract-checked.js";

const read = extractChecked;

const rows = (r: ReturnType<typeof read>) =>
  r.claims.map((c) => [c.quantity.value, c.group, c.outcome, c.partOf, c.evidence[0]!.text]);

describe("each outcome in its nominal, participial, passive and active forms", () => {
  it.each([
    // missing: the nominal of "disappear" (a Mexican report), the passive state, the intransitive
    [
      "The disappearance of 43 students in Iguala in 2014 is still unsolved.",
      [43, "civilians", "missing", null, "disappearance of 43 students"],
    ],
    [
      "Police in Borno said 8 people were unaccounted for after the blast.",
      [8, "people", "missing", null, "8 people were unaccounted for"],
    ],
    [
      "Eleven fishermen went missing after the attack on Lake Chad, officials said.",
      [11, "civilians", "missing", null, "Eleven fishermen went missing"],
    ],
    // abducted
    [
      "Police confirmed the abduction of 30 students from a school in Kebbi.",
      [30, "civilians", "abducted", null, "abduction of 30 students"],
    ],
    [
      "Bandits abducted 30 students from a school in Kaduna, police said.",
      [30, "civilians", "abducted", null, "abducted 30 students"],
    ],
    // released
    [
      "The Philippine army freed 12 hostages held by Abu Sayyaf in Sulu.",
      [12, "hostages", "released", null, "freed 12 hostages"],
    ],
    [
      "The 12 freed hostages arrived in Doha on Monday.",
      [12, "hostages", "released", null, "12 freed hostages"],
    ],
    [
      "Troops secured the release of 25 captives in Zamfara on Friday.",
      [25, "hostages", "released", null, "secured the release of 25 captives"],
    ],
    // arrested
    [
      "Sudanese authorities announced the detention of 50 protesters in Omdurman.",
      [50, "civilians", "arrested", null, "detention of 50 protesters"],
    ],
    [
      "The 14 arrested suspects were flown to Abuja for questioning.",
      [14, "militants", "arrested", null, "14 arrested suspects"],
    ],
  ])("%s", (text, row) => {
    expect(rows(read(text))).toEqual([row]);
  });
});

describe("a part among those an outcome befell", () => {
  it("reads a Ukrainian regional report: 'A teenager was among those shot dead'", () => {
    const r = read(
      "Russian troops shot dead five civilians in the village, the regional prosecutor said. A teenager was among those shot dead.",
    );
    expect(rows(r)).toEqual([
      [5, "civilians", "killed", null, "shot dead five civilians"],
      [1, "civilians", "killed", "c1", "A teenager"],
    ]);
  });

  it("reads a Nigerian daily: 'Two children were among those hacked to death'", () => {
    const r = read(
      "Gunmen hacked 12 villagers to death in Bokkos overnight, a community leader said. Two children were among those hacked to death.",
    );
    expect(rows(r)[1]).toEqual([2, "civilians", "killed", "c1", "Two children"]);
  });
});

describe("'left N dead'", () => {
  it("reads 'The ambush left three soldiers dead'", () => {
    const r = read("The ambush near Mopti left three soldiers dead, the Malian army said.");
    expect(rows(r)).toEqual([[3, "security_forces", "killed", null, "three soldiers dead"]]);
  });
});

describe("what befell captives next, said with 'and' after the first verb", () => {
  it("reads a UN statement on Sudan: 'were abducted and later freed' as two claims", () => {
    const r = read("Five aid workers were abducted and later freed by troops in Darfur, the UN said.");
    expect(rows(r)).toEqual([
      [5, "civilians", "abducted", null, "Five aid workers were abducted"],
      [5, "civilians", "released", null, "Five aid workers were abducted and later freed"],
    ]);
  });

  it("reads a Colombian report: 'were arrested and subsequently released'", () => {
    const r = read(
      "Fourteen protesters were arrested and subsequently released in Cali, the ombudsman said.",
    );
    expect(rows(r).map((x) => x[2])).toEqual(["arrested", "released"]);
  });

  it("gives no second claim for an outcome that does not follow ('were arrested and charged')", () => {
    const r = read("Fourteen protesters were arrested and charged in Cali.");
    expect(rows(r).map((x) => x[2])).toEqual(["arrested"]);
  });
});
