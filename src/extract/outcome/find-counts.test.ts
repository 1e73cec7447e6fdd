import { describe, expect, it } from "vitest";
import type { Group, Hedge, Outcome } from "../../core/model.js";
import { tokenize } from "../tokens.js";
import { findCounts, phraseAt, type Via } from "./find-counts.js";

const BEFORE = "An earlier sentence with 5 words. ";

interface Read {
  /** The quantity words as written. */
  q: string;
  value: number | null;
  hedge: Hedge;
  /** The counted noun phrase as written, or null. */
  noun: string | null;
  group: Group;
  outcome: Outcome;
  /** The outcome words as written. */
  trigger: string | null;
  via: Via;
  partOf: number | null;
  cumulative: boolean;
}

/**
 * The counts of `sentence`, read inside a longer text; every token range (quantity, noun, outcome)
 * is returned as the text it covers, checked with slice against the untouched text.
 */
function counts(sentence: string): Read[] {
  const text = BEFORE + sentence;
  const tokens = tokenize(text, { start: BEFORE.length, end: text.length });
  const words = (first: number, last: number) => {
    const a = tokens[first]!.start;
    const b = tokens[last - 1]!.end;
    expect(a).toBeGreaterThanOrEqual(BEFORE.length);
    return text.slice(a, b);
  };
  return findCounts(tokens, (a, b) => text.slice(a, b)).map((c) => {
    const q = words(c.qFirst, c.qLast);
    expect(q).toBe(c.quantity.text);
    return {
      q,
      value: c.quantity.value,
      hedge: c.quantity.hedge,
      noun: c.np ? words(c.np.first, c.np.last) : null,
      group: c.group,
      outcome: c.outcome,
      trigger: c.trigger ? words(c.trigger.first, c.trigger.last) : null,
      via: c.via,
      partOf: c.partOf,
      cumulative: c.cumulative,
    };
  });
}

/** [quantity, group, outcome] of each count, for sentences where only these matter. */
const brief = (sentence: string) => counts(sentence).map((c) => [c.q, c.group, c.outcome]);

describe("findCounts: passive, the outcome after the noun", () => {
  it("reads 'four soldiers were killed'", () => {
    expect(counts("Four soldiers were killed in the ambush.")).toEqual([
      {
        q: "Four",
        value: 4,
        hedge: "exact",
        noun: "soldiers",
        group: "security_forces",
        outcome: "killed",
        trigger: "killed",
        via: "after",
        partOf: null,
        cumulative: false,
      },
    ]);
  });

  it("reads a figure with no noun ('Fifteen were killed')", () => {
    expect(counts("Fifteen were killed.")).toEqual([
      {
        q: "Fifteen",
        value: 15,
        hedge: "exact",
        noun: null,
        group: "people",
        outcome: "killed",
        trigger: "killed",
        via: "after",
        partOf: null,
        cumulative: false,
      },
    ]);
  });

  const cases: Array<[string, string, string | null, Group, Outcome, string]> = [
    ["At least 16 people were killed.", "At least 16", "people", "people", "killed", "killed"],
    [
      "Twenty-one passengers were taken hostage.",
      "Twenty-one",
      "passengers",
      "civilians",
      "abducted",
      "taken hostage",
    ],
    ["Five workers remain missing.", "Five", "workers", "civilians", "missing", "remain missing"],
    ["Dozens of people were wounded.", "Dozens", "of people", "people", "injured", "wounded"],
    [
      "More than 450 passengers were aboard the train.",
      "More than 450",
      "passengers",
      "civilians",
      "present",
      "aboard",
    ],
    ["All 33 militants were killed.", "All 33", "militants", "militants", "killed", "killed"],
    ["All the hostages were freed.", "All", "the hostages", "hostages", "released", "freed"],
    ["No one was hurt in the attack.", "No one", null, "people", "injured", "hurt"],
    ["Seven Valdoran Zemites were killed.", "Seven", "Valdoran Zemites", "people", "killed", "killed"],
    ["A teacher was identified and killed.", "A", "teacher", "civilians", "killed", "killed"],
  ];
  it.each(cases)("%s", (sentence, q, noun, group, outcome, trigger) => {
    expect(counts(sentence)).toMatchObject([{ q, noun, group, outcome, trigger, via: "after" }]);
  });

  it("skips a postmodifier between the noun and its verb", () => {
    expect(counts("40 personnel belonging to the Central Reserve Police Force were killed.")).toMatchObject([
      { q: "40", noun: "personnel", group: "security_forces", outcome: "killed", trigger: "killed" },
    ]);
  });

  it("skips a postmodifier opened by a present participle", () => {
    expect(counts("Three guards escorting a fuel convoy near the border were killed.")).toMatchObject([
      { q: "Three", noun: "guards", outcome: "killed", trigger: "killed" },
    ]);
    expect(counts("Twelve farmers tending their fields in the valley have been killed.")).toMatchObject([
      { q: "Twelve", noun: "farmers", group: "civilians", outcome: "killed", trigger: "killed" },
    ]);
    // No passive verb after the participle's phrase: no outcome of these people.
    expect(counts("Four soldiers guarding the camp killed two raiders.")).toMatchObject([
      { q: "two", noun: "raiders", outcome: "killed" },
    ]);
  });

  it("reads a verb of harm with an object after the noun as active: the people are its agents", () => {
    expect(counts("Five gunmen killed the guards.")).toEqual([]);
    expect(counts("A herder killed a number of cattle.")).toEqual([]);
    expect(counts("Three men wounded him.")).toMatchObject([{ q: "him", outcome: "injured" }]);
    // A time after the verb is no object; nor is a verb of presence's complement harm.
    expect(counts("Five people killed the day before were buried.")).toMatchObject([
      { q: "Five", noun: "people", outcome: "killed" },
    ]);
    expect(counts("More than 40 mourners attended the funeral.")).toMatchObject([
      { q: "More than 40", noun: "mourners", outcome: "present" },
    ]);
  });

  it("reads a change of state as passive: 'became injured', 'got killed'", () => {
    expect(counts("Two others became injured.")).toMatchObject([{ q: "Two", outcome: "injured" }]);
    expect(counts("Three guards got killed.")).toMatchObject([{ q: "Three", outcome: "killed" }]);
  });

  it("reads a bracketed acronym inside a run of people nouns", () => {
    expect(counts("Two Valdoran Defence Forces (VDF) soldiers were killed.")).toMatchObject([
      {
        q: "Two",
        noun: "Valdoran Defence Forces (VDF) soldiers",
        group: "security_forces",
        outcome: "killed",
      },
    ]);
  });
});

describe("findCounts: active, the outcome before the figure", () => {
  it("reads 'killing 5 and wounding 12'", () => {
    expect(counts("The gunmen opened fire, killing 5 and wounding 12.")).toEqual([
      {
        q: "5",
        value: 5,
        hedge: "exact",
        noun: null,
        group: "people",
        outcome: "killed",
        trigger: "killing",
        via: "before",
        partOf: null,
        cumulative: false,
      },
      {
        q: "12",
        value: 12,
        hedge: "exact",
        noun: null,
        group: "people",
        outcome: "injured",
        trigger: "wounding",
        via: "before",
        partOf: null,
        cumulative: false,
      },
    ]);
  });

  const cases: Array<[string, string, string, Group, Outcome, string]> = [
    [
      "The attackers killed four Frontier Corps personnel.",
      "four",
      "Frontier Corps personnel",
      "security_forces",
      "killed",
      "killed",
    ],
    [
      "The attackers shot dead another 40 personnel.",
      "40",
      "personnel",
      "security_forces",
      "killed",
      "shot dead",
    ],
    ["Gunmen abducted 20 villagers on Monday.", "20", "villagers", "civilians", "abducted", "abducted"],
    ["Security forces rescued 104 passengers.", "104", "passengers", "civilians", "released", "rescued"],
    ["Police arrested 14 suspects.", "14", "suspects", "militants", "arrested", "arrested"],
    ["The militants are holding 150 hostages.", "150", "hostages", "hostages", "held", "holding"],
    ["The group is holding 150 hostages.", "150", "hostages", "hostages", "held", "is holding"],
    ["The militants killed 21 hostages.", "21", "hostages", "hostages", "killed", "killed"],
    ["Gunmen killed a local official.", "a", "local official", "civilians", "killed", "killed"],
  ];
  it.each(cases)("%s", (sentence, q, noun, group, outcome, trigger) => {
    expect(counts(sentence)).toMatchObject([{ q, noun, group, outcome, trigger, via: "before" }]);
  });

  it("does not give an outcome to the subject of an active verb ('5 gunmen killed 10 soldiers')", () => {
    expect(brief("5 gunmen killed 10 soldiers.")).toEqual([["10", "security_forces", "killed"]]);
  });

  it("keeps two clauses apart", () => {
    expect(brief("Gunmen killed 10 people; 4 soldiers were also wounded.")).toEqual([
      ["10", "people", "killed"],
      ["4", "security_forces", "injured"],
    ]);
    expect(brief("Rescuers freed 104 passengers, while 26 hostages were killed.")).toEqual([
      ["104", "civilians", "released"],
      ["26", "hostages", "killed"],
    ]);
  });
});

describe("findCounts: an outcome right after the figure", () => {
  it("reads 'N sustained injuries' as N injured, people when the figure before had parts", () => {
    const found = counts(
      "At least nine people, three of them children, lost their lives and 14 sustained injuries in the blast.",
    );
    expect(found.find((c) => c.q === "14")).toMatchObject({ outcome: "injured", group: "people" });
    expect(counts("Officials said 8 suffered injuries.")).toMatchObject([{ q: "8", outcome: "injured" }]);
  });
});

describe("findCounts: reduced relative clauses", () => {
  it("reads the main verb after a participle clause, however long", () => {
    expect(
      counts(
        "Forty travellers held hostage on the bus by armed men in the remote hills of the northern district were freed.",
      ),
    ).toMatchObject([{ q: "Forty", outcome: "released" }]);
  });
});

describe("findCounts: running tolls", () => {
  it("reads 'the death toll rose to 30' as killed, cumulative", () => {
    expect(counts("The death toll rose to 30 on Sunday.")).toEqual([
      {
        q: "30",
        value: 30,
        hedge: "exact",
        noun: null,
        group: "people",
        outcome: "killed",
        trigger: "death toll rose to",
        via: "toll",
        partOf: null,
        cumulative: true,
      },
    ]);
  });

  it("reads a toll with a short complement before its verb", () => {
    expect(counts("The death toll from the bombing rose to 52.")).toMatchObject([
      {
        q: "52",
        outcome: "killed",
        trigger: "death toll from the bombing rose to",
        via: "toll",
        cumulative: true,
      },
    ]);
    expect(counts("The toll has climbed to 52.")).toMatchObject([
      { q: "52", outcome: "killed", trigger: "toll has climbed to", cumulative: true },
    ]);
  });

  it("reaches back from a rise to its toll across a longer clause", () => {
    expect(counts("The toll from the bombing has climbed to 52.")).toMatchObject([
      {
        q: "52",
        outcome: "killed",
        trigger: "toll from the bombing has climbed to",
        via: "toll",
        cumulative: true,
      },
    ]);
  });

  it("reads an injury toll as injured", () => {
    expect(counts("The injury toll rose to 45.")).toMatchObject([
      { q: "45", outcome: "injured", via: "toll", cumulative: true },
    ]);
  });

  it("reads 'the number of X killed rose to N' and 'the toll among the X' with their group", () => {
    expect(counts("The number of passengers killed had risen to 15, officials said.")).toMatchObject([
      { q: "15", outcome: "killed", group: "civilians", via: "toll", cumulative: true },
    ]);
    expect(counts("Police said the death toll among the passengers had risen to 11.")).toMatchObject([
      { q: "11", outcome: "killed", group: "civilians", via: "toll" },
    ]);
    // "a large number of" is a vague figure, not a toll.
    expect(
      counts("A large number of people demonstrated following the death of a young girl.").map((c) => c.via),
    ).not.toContain("toll");
  });

  it("reads a total of named people and an outcome, with their group", () => {
    expect(
      counts("The operation brings the total number of eliminated terrorists to over 100."),
    ).toMatchObject([
      {
        q: "over 100",
        value: 100,
        hedge: "more_than",
        group: "militants",
        outcome: "killed",
        trigger: "total number of eliminated terrorists to",
        via: "toll",
        cumulative: true,
      },
    ]);
    expect(counts("The total of hostages freed rose to 190.")).toMatchObject([
      { q: "190", outcome: "released", via: "toll", cumulative: true },
    ]);
  });

  it("does not read a total of something else as a toll", () => {
    expect(counts("The total cost rose to 30 million.")).toEqual([]);
  });
});

describe("findCounts: coordination", () => {
  it("gives 'two people and four assailants were killed' one outcome for both", () => {
    expect(counts("Two people and four assailants were killed.")).toEqual([
      {
        q: "Two",
        value: 2,
        hedge: "exact",
        noun: "people",
        group: "people",
        outcome: "killed",
        trigger: "killed",
        via: "coordinated",
        partOf: null,
        cumulative: false,
      },
      {
        q: "four",
        value: 4,
        hedge: "exact",
        noun: "assailants",
        group: "militants",
        outcome: "killed",
        trigger: "killed",
        via: "after",
        partOf: null,
        cumulative: false,
      },
    ]);
  });

  it("reads 'killing 16 people and injuring 30' with each verb", () => {
    expect(brief("The bomb went off, killing 16 people and injuring 30.")).toEqual([
      ["16", "people", "killed"],
      ["30", "people", "injured"],
    ]);
  });

  it("reads 'at least 16 people were killed and 30 injured' with 30 injured", () => {
    expect(brief("At least 16 people were killed and 30 injured.")).toEqual([
      ["At least 16", "people", "killed"],
      ["30", "people", "injured"],
    ]);
  });

  it("reads two passive clauses, the second borrowing the first noun's group", () => {
    expect(brief("Three policemen were injured and two were abducted.")).toEqual([
      ["Three", "security_forces", "injured"],
      ["two", "security_forces", "abducted"],
    ]);
  });

  it("joins one soldier and 'another' with their own verbs, 'another' of the soldier's group", () => {
    expect(brief("One soldier died and another was injured.")).toEqual([
      ["One", "security_forces", "killed"],
      ["another", "security_forces", "injured"],
    ]);
  });
});

describe("findCounts: sub-counts", () => {
  it("reads '11 people, including eight civilians and three assailants' as parts of the 11", () => {
    expect(counts("The blast killed 11 people, including eight civilians and three assailants.")).toEqual([
      {
        q: "11",
        value: 11,
        hedge: "exact",
        noun: "people",
        group: "people",
        outcome: "killed",
        trigger: "killed",
        via: "before",
        partOf: null,
        cumulative: false,
      },
      {
        q: "eight",
        value: 8,
        hedge: "exact",
        noun: "civilians",
        group: "civilians",
        outcome: "killed",
        trigger: "killed",
        via: "subset",
        partOf: 0,
        cumulative: false,
      },
      {
        q: "three",
        value: 3,
        hedge: "exact",
        noun: "assailants",
        group: "militants",
        outcome: "killed",
        trigger: "killed",
        via: "subset",
        partOf: 0,
        cumulative: false,
      },
    ]);
  });

  it("reads parts set off by dashes or brackets", () => {
    expect(
      counts("Militants killed 11 people — five women and four children — in the market.").map((c) => [
        c.q,
        c.noun,
        c.partOf,
        c.outcome,
      ]),
    ).toEqual([
      ["11", "people", null, "killed"],
      ["five", "women", 0, "killed"],
      ["four", "children", 0, "killed"],
    ]);
    expect(
      counts("11 people (five women and six children) were killed.").map((c) => [c.q, c.partOf, c.outcome]),
    ).toEqual([
      ["11", null, "killed"],
      ["five", 0, "killed"],
      ["six", 0, "killed"],
    ]);
  });

  it("reads a part between the noun and its verb", () => {
    expect(
      counts("Six people including 3 soldiers were killed.").map((c) => [c.q, c.group, c.partOf]),
    ).toEqual([
      ["Six", "people", null],
      ["3", "security_forces", 0],
    ]);
    expect(
      counts("Three soldiers, including a captain, were killed.").map((c) => [c.q, c.noun, c.partOf]),
    ).toEqual([
      ["Three", "soldiers", null],
      ["a", "captain", 0],
    ]);
  });

  it("does not make a larger number a part of a smaller one", () => {
    expect(counts("Police killed 3 attackers, including 12 civilians.").map((c) => c.partOf)).not.toContain(
      0,
    );
  });
});

describe("findCounts: executions are of hostages", () => {
  it("makes the executed the hostages, whoever they were", () => {
    expect(counts("Militants stormed the camp and 10 enemy personnel were executed.")).toMatchObject([
      { q: "10", noun: "enemy personnel", group: "hostages", outcome: "killed", trigger: "executed" },
    ]);
    expect(counts("The militants executed 10 captives.")).toMatchObject([
      { q: "10", group: "hostages", outcome: "killed", trigger: "executed", via: "before" },
    ]);
  });

  it("keeps the civilians a noun names civilians, and counts prisoners and detainees as hostages", () => {
    expect(counts("Soldiers executed 30 civilians in the village.")).toMatchObject([
      { q: "30", noun: "civilians", group: "civilians", outcome: "killed", trigger: "executed" },
    ]);
    expect(counts("Gunmen executed seven farmers and a teacher.")[0]).toMatchObject({
      q: "seven",
      group: "civilians",
      outcome: "killed",
    });
    expect(counts("The group executed 12 prisoners.")).toMatchObject([{ q: "12", group: "hostages" }]);
    expect(counts("Nine detainees were executed by the guards.")).toMatchObject([
      { q: "Nine", group: "hostages", trigger: "executed" },
    ]);
    // A figure with no noun of its own is of captives.
    expect(counts("The rebels said 14 were executed.")).toMatchObject([{ q: "14", group: "hostages" }]);
  });

  it("keeps an executed militant a militant", () => {
    expect(counts("Four militants were executed.")).toMatchObject([
      { group: "militants", outcome: "killed" },
    ]);
  });

  it("reads 'The hostages were executed' as all of them, marked as an anaphor", () => {
    const text = BEFORE + "The hostages were executed.";
    const tokens = tokenize(text, { start: BEFORE.length, end: text.length });
    const [c, ...rest] = findCounts(tokens, (a, b) => text.slice(a, b));
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ group: "hostages", outcome: "killed", anaphor: true });
    expect(c!.quantity).toMatchObject({ value: null, hedge: "all" });
    expect(text.slice(tokens[c!.qFirst]!.start, tokens[c!.qLast - 1]!.end)).toBe("The hostages");
  });
});

describe("findCounts: taken hostage", () => {
  it("reads 'seized 12 workers hostage' as 12 abducted, hostages or civilians (codebook §1c)", () => {
    const list = counts("Gunmen seized 12 workers hostage.");
    expect(list).toMatchObject([{ q: "12", value: 12, outcome: "abducted" }]);
    expect(["hostages", "civilians"]).toContain(list[0]!.group);
    expect(list[0]!.trigger).toMatch(/^seized/);
  });

  it("reads 'took 30 passengers hostage' as 30 abducted, verb to 'hostage'", () => {
    const list = counts("Militants took 30 passengers hostage.");
    expect(list).toMatchObject([
      { q: "30", value: 30, noun: "passengers", outcome: "abducted", trigger: "took 30 passengers hostage" },
    ]);
    expect(["hostages", "civilians"]).toContain(list[0]!.group);
  });

  it("reads 'holding more than 100 passengers hostage' with its hedge, as held (a stock, codebook §1)", () => {
    expect(counts("Hijackers were holding more than 100 passengers hostage.")).toMatchObject([
      { q: "more than 100", value: 100, hedge: "more_than", noun: "passengers", outcome: "held" },
    ]);
    expect(counts("The rebels took 30 villagers hostage.")).toMatchObject([
      { value: 30, outcome: "abducted" },
    ]);
  });
});

describe("findCounts: single persons", () => {
  const cases: Array<[string, string, string | null, Group, Outcome]> = [
    ["A driver was killed.", "A", "driver", "civilians", "killed"],
    ["The assailant was also killed.", "The", "assailant", "militants", "killed"],
    ["Sabour, a contractor, was killed.", "Sabour", null, "civilians", "killed"],
    ["Gunmen shot and killed Focas Bakana on Friday.", "Focas Bakana", null, "people", "killed"],
  ];
  it.each(cases)("%s", (sentence, q, noun, group, outcome) => {
    expect(counts(sentence)).toMatchObject([{ q, value: 1, hedge: "exact", noun, group, outcome }]);
  });

  it("counts an attacker who killed herself as one militant", () => {
    expect(brief("She blew up her vest, killing herself and injuring five.")).toEqual([
      ["herself", "militants", "killed"],
      ["five", "people", "injured"],
    ]);
  });

  it("does not count a definite person who is not the subject or object of an outcome", () => {
    expect(counts("The driver said the road was closed.")).toEqual([]);
  });
});

describe("findCounts: suicide bombers", () => {
  it("reads 'a suicide bomber detonated' as the bomber killed", () => {
    expect(counts("A suicide bomber detonated his vest outside the mosque.")).toEqual([
      {
        q: "A",
        value: 1,
        hedge: "exact",
        noun: "suicide bomber",
        group: "militants",
        outcome: "killed",
        trigger: "detonated",
        via: "implied",
        partOf: null,
        cumulative: false,
      },
    ]);
  });

  it("reads bombers who blew themselves up as killed", () => {
    expect(counts("Two suicide bombers blew themselves up.")).toMatchObject([
      {
        q: "Two",
        noun: "suicide bombers",
        group: "militants",
        outcome: "killed",
        trigger: "blew themselves up",
      },
    ]);
  });

  it("does not kill a bomber who only planted a bomb", () => {
    expect(counts("A bomber planted the device.")).toEqual([]);
  });
});

describe("findCounts: outcome nouns", () => {
  it("reads bodies recovered as killed (codebook §1c)", () => {
    expect(counts("Rescuers recovered 12 bodies.")).toMatchObject([
      { q: "12", noun: "bodies", outcome: "killed", trigger: "recovered" },
    ]);
    expect(counts("Twelve bodies were recovered from the site.")).toMatchObject([
      { q: "Twelve", noun: "bodies", outcome: "killed", trigger: "recovered" },
    ]);
  });

  it("reads the wounded carried or taken away as injured, moved, not abducted (Congolese, Sudanese reporting)", () => {
    expect(counts("The 23 wounded had been carried away to a clinic in Goma.")).toMatchObject([
      { value: 23, noun: "wounded", outcome: "injured" },
    ]);
    expect(counts("12 injured were taken away by ambulances.")).toMatchObject([
      { value: 12, outcome: "injured" },
    ]);
    // People who are not casualties yet are taken: abduction.
    expect(counts("10 villagers were carried away by the gunmen.")).toMatchObject([
      { value: 10, outcome: "abducted" },
    ]);
  });

  it("reads a death declared ('were pronounced dead', 'was declared dead') as killed (US police releases)", () => {
    expect(counts("Two victims were pronounced dead at the scene.")).toMatchObject([
      { value: 2, outcome: "killed", trigger: "pronounced dead" },
    ]);
    // (An ordinal standing for the total so far: the second dead, refiners/ordinal-total.ts.)
    expect(counts("A second man was declared dead at the hospital.")).toMatchObject([
      { value: 2, outcome: "killed", cumulative: true },
    ]);
  });

  it("reads '12 bodies' as killed, from the noun itself", () => {
    expect(counts("Twelve bodies were found.")).toMatchObject([
      { q: "Twelve", noun: "bodies", outcome: "killed", trigger: "bodies", via: "noun" },
    ]);
  });
});

describe("findCounts: figures that are not counts of people", () => {
  const cases: Array<[string]> = [
    ["He said 48 hours had passed."],
    ["Three vehicles were destroyed."],
    ["A 12-member team arrived."],
    ["The attack happened on 11 March 2016."],
    ["Gunmen fired 40 rounds at the post."],
    ["The blast at 1pm damaged 30 shops."],
    ["The 25-year-old was released on bail."],
  ];
  it.each(cases)("%s", (sentence) => {
    expect(counts(sentence)).toEqual([]);
  });
});

describe("phraseAt", () => {
  it("finds an outcome phrase that follows its noun", () => {
    const text = "were shot dead";
    const tokens = tokenize(text, { start: 0, end: text.length });
    expect(phraseAt(tokens, 1, "after")).toMatchObject({ words: ["shot", "dead"], outcome: "killed" });
    expect(phraseAt(tokens, 0, "after")).toBeNull();
  });

  it("respects the role: 'killing' only precedes its figure", () => {
    const text = "killing";
    const tokens = tokenize(text, { start: 0, end: text.length });
    expect(phraseAt(tokens, 0, "after")).toBeNull();
    expect(phraseAt(tokens, 0, "before")).toMatchObject({ outcome: "killed" });
  });
});

describe("findCounts: a breakdown in apposition", () => {
  it("makes figures that add up to the whole before them its parts", () => {
    const text = "At the depot, 40 people, 6 security personnel and 34 civilians, were killed on Monday.";
    const toks = tokenize(text, { start: 0, end: text.length });
    const found = findCounts(toks, (a, b) => text.slice(a, b));
    expect(found.map((c) => [c.quantity.value, c.group, c.outcome, c.partOf])).toEqual([
      [40, "people", "killed", null],
      [6, "security_forces", "killed", 0],
      [34, "civilians", "killed", 0],
    ]);
  });

  it("leaves a list that does not add up as a list", () => {
    const text = "At the depot, 40 people, 6 soldiers and 3 civilians were hurt.";
    const toks = tokenize(text, { start: 0, end: text.length });
    expect(findCounts(toks, (a, b) => text.slice(a, b)).every((c) => c.partOf === null)).toBe(true);
  });
});

/** [quantity, noun, group, outcome, trigger, partOf] of each count. */
const parts = (sentence: string) =>
  counts(sentence).map((c) => [c.q, c.noun, c.group, c.outcome, c.trigger, c.partOf]);

describe("findCounts: a breakdown of an earlier total", () => {
  it("reads each figure after 'the dead comprised' as killed, with its own group", () => {
    expect(
      counts(
        "The monitor said the dead comprised 12 civilians, nine hill fighters and four regular forces.",
      ).map((c) => [c.q, c.noun, c.group, c.outcome, c.trigger, c.via]),
    ).toEqual([
      ["12", "civilians", "civilians", "killed", "the dead", "part"],
      ["nine", "hill fighters", "militants", "killed", "the dead", "part"],
      ["four", "regular forces", "security_forces", "killed", "the dead", "part"],
    ]);
  });

  it("reads 'were identified as', 'among the dead were' and 'the injured included'", () => {
    expect(parts("The deceased were identified as 6 soldiers and one police constable.")).toEqual([
      ["6", "soldiers", "security_forces", "killed", "The deceased", null],
      ["one", "police constable", "security_forces", "killed", "The deceased", null],
    ]);
    expect(parts("Among the dead were three children.")).toEqual([
      ["three", "children", "civilians", "killed", "Among the dead", null],
    ]);
    expect(parts("Those injured included 14 students.")).toEqual([
      ["14", "students", "civilians", "injured", "Those injured", null],
    ]);
  });

  it("marks the parts as parts of the article's total (ofTotal)", () => {
    const text = BEFORE + "The dead comprised 3 guards and 2 drivers.";
    const tokens = tokenize(text, { start: BEFORE.length, end: text.length });
    expect(findCounts(tokens, (a, b) => text.slice(a, b)).map((c) => c.ofTotal)).toEqual([true, true]);
  });

  it("does not read a figure after 'victims', or after a figure's own outcome, as a breakdown", () => {
    expect(parts("The victims included 40 students.")).toEqual([]);
    expect(counts("Five dead were 20 years old.").every((c) => c.via !== "part")).toBe(true);
  });
});

describe("findCounts: a group given by a copula", () => {
  it("reads 'five of the dead were children' as children", () => {
    expect(parts("Five of the dead were children.")).toEqual([
      ["Five", "of the dead", "civilians", "killed", "of the dead", null],
    ]);
  });

  it("reads 'of whom 4 were women' as a part of the figure before", () => {
    expect(parts("Eleven people were killed, of whom 4 were women.")).toEqual([
      ["Eleven", "people", "people", "killed", "killed", null],
      ["4", null, "civilians", "killed", "killed", 0],
    ]);
  });

  it("reads 'one of the dead was a fighter and the two others were civilians'", () => {
    expect(
      parts("A source said one of the dead was “a fighter” and the two others were “civilians”."),
    ).toEqual([
      ["one", "of the dead", "militants", "killed", "of the dead", null],
      ["two", "others", "civilians", "killed", "of the dead", null],
    ]);
  });

  it("takes no group from a verb or an agent after the copula", () => {
    expect(
      parts("Four of the hostages were freed, but the other three were killed by the attackers."),
    ).toEqual([
      ["Four", "of the hostages", "hostages", "released", "freed", null],
      ["three", null, "hostages", "killed", "killed", null],
    ]);
  });
});

describe("findCounts: a part after the whole's own verb", () => {
  it("reads 'At least 12 people died, among them five children'", () => {
    expect(parts("At least 12 people died, among them five children.")).toEqual([
      ["At least 12", "people", "people", "killed", "died", null],
      ["five", "children", "civilians", "killed", "died", 0],
    ]);
  });
});

describe("findCounts: statements of none", () => {
  const none = (sentence: string) => counts(sentence).map((c) => [c.q, c.hedge, c.outcome, c.trigger]);

  it("reads 'no injuries were reported', 'no casualties' and 'no loss of life'", () => {
    expect(none("No injuries were reported.")).toEqual([["No", "none", "injured", "injuries"]]);
    expect(none("Officials said there were no casualties.")).toEqual([
      ["no", "none", "killed", "casualties"],
    ]);
    expect(none("There was no loss of life.")).toEqual([["no", "none", "killed", "loss of life"]]);
  });

  it("reads both verbs of 'did not kill or injure anyone' and 'no one was killed or injured'", () => {
    expect(none("The blast did not kill or injure anyone.")).toEqual([
      ["anyone", "none", "injured", "injure"],
      ["anyone", "none", "killed", "kill"],
    ]);
    expect(none("No one was killed or injured.")).toEqual([
      ["No one", "none", "killed", "killed"],
      ["No one", "none", "injured", "injured"],
    ]);
    expect(none("The bomb went off without hurting anyone.")).toEqual([
      ["anyone", "none", "injured", "hurting"],
    ]);
  });

  it("reads no statement in a question or an uncertainty", () => {
    expect(counts("It was not known whether anyone was hurt.")).toEqual([]);
    expect(counts("Police did not say if anyone was killed.")).toEqual([]);
    expect(counts("Anyone injured was taken to hospital.")).toEqual([]);
  });

  it("reads 'killed or injured' after a figure as one outcome, not two", () => {
    expect(none("Five people were killed or injured.")).toEqual([["Five", "exact", "killed", "killed"]]);
  });
});

describe("findCounts: places and things taken are not people", () => {
  it("reads no person in a place, a building or a vehicle seized, captured or stormed", () => {
    expect(brief("Militants seized the Coastal Express and its crew.")).toEqual([]);
    expect(brief("Rebels captured Hill 212 and stormed Maro Technical College.")).toEqual([]);
    expect(brief("The army recaptured Dunmere on Sunday.")).toEqual([]);
    expect(brief("Fighters took control of Elba after a week.")).toEqual([]);
  });

  it("still reads a named person taken, with or without a person's mark", () => {
    expect(brief("Gunmen kidnapped Tomas Reyel near the well.")).toEqual([
      ["Tomas Reyel", "people", "abducted"],
    ]);
    expect(brief("Rebels seized Imre, a soldier, at the gate.")).toEqual([
      ["Imre", "security_forces", "abducted"],
    ]);
  });
});

describe("findCounts: more wholes and tolls", () => {
  it("reads a part of a whole with no figure ('the number of dead and wounded, including 10 troops')", () => {
    expect(parts("Officials confirmed the number of dead and wounded, including 10 troops.")).toEqual([
      ["10", "troops", "security_forces", "injured", "wounded", null],
    ]);
    expect(parts("The dead, including 3 children, were buried on Monday.")).toEqual([
      ["3", "children", "civilians", "killed", "The dead", null],
    ]);
  });

  it("gives a part described by a reduced relative the whole's outcome", () => {
    expect(parts("An official put the toll at 28, including 27 off-duty guards taken hostage.")).toEqual([
      ["28", null, "people", "killed", "toll at", null],
      ["27", "off-duty guards", "security_forces", "killed", "toll at", 0],
    ]);
  });

  it("reads an outcome noun that rises as a toll ('deaths from the blast reached 15')", () => {
    expect(
      counts("Deaths from the blast reached 15.").map((c) => [c.q, c.outcome, c.via, c.cumulative]),
    ).toEqual([["15", "killed", "toll", true]]);
    expect(
      counts("Injuries have climbed to 40, officials said.").map((c) => [
        c.q,
        c.outcome,
        c.via,
        c.cumulative,
      ]),
    ).toEqual([["40", "injured", "toll", true]]);
  });

  it("reads the words of a sum between a verb and its figure ('killing a total of 10 soldiers')", () => {
    const read = (s: string) => counts(s).map((c) => [c.q, c.outcome, c.group, c.via]);
    expect(
      read("The militia stormed the camp, killing a total of 17 soldiers and wounding 9 others."),
    ).toEqual([
      ["17", "killed", "security_forces", "before"],
      ["9", "injured", "security_forces", "before"],
    ]);
    expect(read("The strikes killed a combined 44 civilians across Kharkiv.")).toEqual([
      ["44", "killed", "civilians", "before"],
    ]);
    expect(read("Police detained a total of 120 protesters in Lagos.")).toEqual([
      ["120", "arrested", "civilians", "before"],
    ]);
  });

  it("reads a source's statement of an outcome noun's figure as the noun's own figure, no rise", () => {
    const read = (s: string) => counts(s).map((c) => [c.q, c.outcome, c.via, c.cumulative]);
    expect(read("Deaths in the Kasai fighting were estimated at 140.")).toEqual([
      ["140", "killed", "toll", false],
    ]);
    expect(read("Fatalities are believed to be about 30, the monitor said.")).toEqual([
      ["about 30", "killed", "toll", false],
    ]);
    expect(read("Injuries were put at 25 by the district hospital.")).toEqual([
      ["25", "injured", "toll", false],
    ]);
    expect(read("Nine soldiers died, and the attackers were believed to be 30.")).toEqual([
      ["Nine", "killed", "after", false],
    ]);
  });
});

describe("findCounts: a part of a whole stated with it ('12 of the 40 passengers')", () => {
  it("counts the part by the whole's noun, and the whole not at all", () => {
    expect(parts("Gunmen killed 12 of the 40 passengers.")).toEqual([
      ["12", "of the 40 passengers", "civilians", "killed", "killed", null],
    ]);
    expect(parts("Two of the five hostages were killed.")).toEqual([
      ["Two", "of the five hostages", "hostages", "killed", "killed", null],
    ]);
  });

  it("keeps a whole that is a count of its own ('3 of 10 wounded', 'of the 148 people killed')", () => {
    // (the share is a part of it: an optional subset, never added to the 10)
    expect(brief("Police said 3 of 10 wounded were in critical condition.")).toEqual([
      ["3", "people", "injured"],
      ["10", "people", "injured"],
    ]);
    expect(brief("Almost all of the 148 people killed were students.")).toContainEqual([
      "148",
      "people",
      "killed",
    ]);
  });
});

describe("findCounts: a figure added after the agent of a passive", () => {
  it("shares the outcome ('were killed by the militants as well as four soldiers')", () => {
    expect(brief("Sixteen hostages were killed by the raiders as well as four guards.")).toEqual([
      ["Sixteen", "hostages", "killed"],
      ["four", "security_forces", "killed"],
    ]);
  });

  it("leaves a figure with its own verb alone", () => {
    expect(brief("Three people were killed by gunmen and two policemen were injured.")).toEqual([
      ["Three", "people", "killed"],
      ["two", "security_forces", "injured"],
    ]);
  });
});
