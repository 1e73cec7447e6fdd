import { describe, expect, it } from "vitest";
import { findTimes, pickTime, type TimeMention } from "./index.js";
import { DATELINE_BEFORE } from "./patterns.js";

/** Wednesday. */
const PUB = "2025-03-12";

const BEFORE = "QUETTA: An earlier sentence of the report, dated 1 January 2020. ";
const AFTER = " A later sentence said the attack happened on Monday.";

/**
 * The mentions of `sentence` placed inside a longer article (so offsets are into the full text and
 * nothing outside the sentence's range leaks in), each checked against the text with slice.
 */
function times(sentence: string, published: string | null = PUB): TimeMention[] {
  const text = BEFORE + sentence + AFTER;
  const range = { start: BEFORE.length, end: BEFORE.length + sentence.length };
  const mentions = findTimes(text, range, published);
  for (const m of mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(range.start);
    expect(m.end).toBeLessThanOrEqual(range.end);
  }
  return mentions;
}

/** `[text, date, precision, kind]` of each mention, compact for expectations. */
function read(
  sentence: string,
  published: string | null = PUB,
): Array<[string, string | null, string, string]> {
  return times(sentence, published).map((m) => [m.text, m.date, m.precision, m.kind]);
}

/** Each `[sentence, text, date]`: the sentence holds one point of day precision, so written and dated. */
function readsOneDay(cases: Array<[string, string, string]>): void {
  it.each(cases)("%s", (sentence, text, date) => {
    expect(read(sentence)).toEqual([[text, date, "day", "point"]]);
  });
}

describe("findTimes: relative days, resolved against the publication date", () => {
  const cases: Array<[string, string, string]> = [
    ["The army said 33 militants were killed yesterday.", "yesterday", "2025-03-11"],
    ["Gunmen stormed the checkpoint last night, killing four policemen.", "last night", "2025-03-11"],
    [
      "Earlier in the day, rescue workers pulled 12 bodies from the rubble.",
      "Earlier in the day",
      "2025-03-12",
    ],
    ["Two more soldiers died earlier today, officials said.", "earlier today", "2025-03-12"],
    ["Today, the group released 26 hostages.", "Today", "2025-03-12"],
    ["Ten people were wounded this morning.", "this morning", "2025-03-12"],
    ["The toll rose to 40 three days ago.", "three days ago", "2025-03-09"],
  ];
  readsOneDay(cases);

  it("reads last week as a week", () => {
    expect(read("Last week, 20 people were abducted.")).toEqual([
      ["Last week", "2025-03-05", "week", "point"],
    ]);
  });
});

describe("findTimes: weekdays are past unless the sentence looks forward", () => {
  const cases: Array<[string, string, string]> = [
    ["Police said the blast on Tuesday killed nine people.", "on Tuesday", "2025-03-11"],
    ["Militants attacked the convoy on Friday, killing 12.", "on Friday", "2025-03-07"],
    ["Troops found 14 bodies on Wednesday.", "on Wednesday", "2025-03-12"],
    ["Gunmen opened fire at a market last Wednesday.", "last Wednesday", "2025-03-05"],
    ["Clashes on Tuesday night left five dead.", "on Tuesday night", "2025-03-11"],
    ["Residents said the shelling began on Sunday evening.", "on Sunday evening", "2025-03-09"],
    ["The group said it will execute the captives on Friday.", "on Friday", "2025-03-14"],
    ["The funeral is scheduled to take place on Monday.", "on Monday", "2025-03-17"],
    ["The hearing is expected to resume next Tuesday.", "next Tuesday", "2025-03-18"],
    ["On Monday, the court will announce its verdict.", "On Monday", "2025-03-17"],
    // A possessive is a past event, and "expected to rise" is about the toll, not the date.
    ["The death toll from Friday's bombing is expected to rise.", "Friday", "2025-03-07"],
    ["The toll is expected to rise after the attack on Friday.", "on Friday", "2025-03-07"],
  ];
  readsOneDay(cases);

  it("counts from the publication day, whatever day that is", () => {
    // Monday 29 February 2016.
    expect(
      read("The attack on Sunday killed five; tomorrow the bodies will be buried.", "2016-02-29"),
    ).toEqual([
      ["on Sunday", "2016-02-28", "day", "point"],
      ["tomorrow", "2016-03-01", "day", "point"],
    ]);
  });
});

describe("findTimes: an editor's brackets", () => {
  it("reads yesterday [Tuesday] as one mention, the Tuesday", () => {
    expect(read('"We lost 11 men yesterday [Tuesday]," the commander said.')).toEqual([
      ["yesterday [Tuesday]", "2025-03-11", "day", "point"],
    ]);
  });

  it("lets the bracket win when the quote is older than the report", () => {
    // Published Thursday: "yesterday" alone would be Wednesday.
    expect(read('"We lost 11 men yesterday [Tuesday]," the commander said.', "2025-03-13")).toEqual([
      ["yesterday [Tuesday]", "2025-03-11", "day", "point"],
    ]);
    expect(read('"In today\'s [Wednesday] raid we freed 21 hostages," he said.', "2025-03-13")).toEqual([
      ["today's [Wednesday]", "2025-03-12", "day", "point"],
    ]);
  });

  it("reads on [Wednesday] evening as the Wednesday", () => {
    expect(read('"They struck on [Wednesday] evening," she said.', "2025-03-14")).toEqual([
      ["on [Wednesday] evening", "2025-03-12", "day", "point"],
    ]);
  });
});

describe("findTimes: durations are spans with no date", () => {
  const cases: Array<[string, string]> = [
    ["Fighting raged over two days, leaving 30 dead.", "over two days"],
    ["The passengers were held for 36 hours.", "for 36 hours"],
    ["In the past 24 hours, 50 hostages have been freed.", "In the past 24 hours"],
    ["Five soldiers died during the three-day siege.", "during the three-day siege"],
    ["The group issued a 48-hour deadline.", "a 48-hour deadline"],
    ["Troops searched the hills for nearly two weeks.", "for nearly two weeks"],
  ];
  it.each(cases)("%s", (sentence, text) => {
    expect(read(sentence)).toEqual([[text, null, "span", "duration"]]);
  });

  it("keeps a point and a duration apart", () => {
    expect(read("On Tuesday, gunmen held 450 passengers for 36 hours.")).toEqual([
      ["On Tuesday", "2025-03-11", "day", "point"],
      ["for 36 hours", null, "span", "duration"],
    ]);
  });
});

describe("findTimes: stated dates", () => {
  const cases: Array<[string, string, string, string]> = [
    ["02/27/2016: Assailants killed three people in the market.", "02/27/2016", "2016-02-27", "day"],
    ["The station was attacked on March 11.", "on March 11", "2025-03-11", "day"],
    ["The hijacking began on 11 March 2025.", "on 11 March 2025", "2025-03-11", "day"],
    ["Gunmen killed five on February 29, 2016.", "on February 29, 2016", "2016-02-29", "day"],
    ["In March 2025, 31 people were killed in the province.", "In March 2025", "2025-03-01", "month"],
    ["The group was founded in 2016 by former soldiers.", "in 2016", "2016-01-01", "year"],
    ["Attacks in January killed 40 people.", "in January", "2025-01-01", "month"],
    // A month alone is the latest one up to the publication month.
    ["Attacks in December killed 12 people.", "in December", "2024-12-01", "month"],
    ["The bodies were found on the night of March 10.", "night of March 10", "2025-03-10", "day"],
  ];
  it.each(cases)("%s", (sentence, text, date, precision) => {
    expect(read(sentence)).toEqual([[text, date, precision, "point"]]);
  });
});

describe("findTimes: a day and month followed by a figure that counts", () => {
  // Two digits after a day and month, then a word: the figure counts what follows ("30 people",
  // "45 had died", "a 30-year-old"), and the day's year is the one nearest the publication day.
  const cases: Array<[string, string, string]> = [
    ["On 12 March, 30 people were killed in the blast.", "On 12 March", "2025-03-12"],
    ["On March 12, 30 people were killed in the blast.", "On March 12", "2025-03-12"],
    ["By 10 March 45 had died in hospital.", "By 10 March", "2025-03-10"],
    ["On 2nd March, 14 were wounded.", "On 2nd March", "2025-03-02"],
    ["On 9 March, 30-year-old guard was shot dead.", "On 9 March", "2025-03-09"],
    // Nearest the publication day (12 March 2025): last November, not next.
    ["On 12 November, 30 people were abducted.", "On 12 November", "2024-11-12"],
  ];
  readsOneDay(cases);

  it("keeps the year where the figure is one", () => {
    expect(read("On 12 March, 2024, gunmen killed 3 people.")).toEqual([
      ["On 12 March, 2024", "2024-03-12", "day", "point"],
    ]);
    expect(read("On March 12, 2024 the gunmen killed 3 people.")).toEqual([
      ["On March 12, 2024", "2024-03-12", "day", "point"],
    ]);
    expect(read("The house was raided on 3 June, 98.")).toEqual([
      ["on 3 June, 98", "1998-06-03", "day", "point"],
    ]);
  });

  it("gives the figure back to the count", () => {
    const sentence = "On 12 March, 30 people were killed.";
    const [m] = times(sentence);
    expect(m!.end - BEFORE.length).toBe(sentence.indexOf(","));
  });
});

describe("findTimes: the article of an ordinal day", () => {
  // "the 3rd of March" is the day's whole name: the article and the lead word before it go with it.
  const cases: Array<[string, string, string]> = [
    ["Two men died on the 3rd of March in the town.", "on the 3rd of March", "2025-03-03"],
    ["On the 4th March, 2 soldiers were hurt.", "On the 4th March", "2025-03-04"],
    ["Curfew held until the second of March.", "until the second of March", "2025-03-02"],
    ["The Eleventh of March was calm.", "The Eleventh of March", "2025-03-11"],
    ["Nine died around the twenty-first of February.", "around the twenty-first of February", "2025-02-21"],
  ];
  readsOneDay(cases);

  it("leaves an article that is not the day's", () => {
    expect(read("The 12 March attack killed 4.")).toEqual([["12 March", "2025-03-12", "day", "point"]]);
  });
});

describe("findTimes: clock times and anaphora", () => {
  it("dates a clock time alone by the publication day", () => {
    expect(read("The train was stopped at around 1pm.")).toEqual([
      ["at around 1pm", "2025-03-12", "day", "point"],
    ]);
  });

  it("dates a clock time by the other date of its sentence", () => {
    expect(read("On Tuesday, militants stopped the train at around 1pm.")).toEqual([
      ["On Tuesday", "2025-03-11", "day", "point"],
      ["at around 1pm", "2025-03-11", "day", "point"],
    ]);
    expect(read("Guards fired at 9:30 p.m. on Monday.")).toEqual([
      ["at 9:30 p.m. on Monday", "2025-03-10", "day", "point"],
    ]);
  });

  it("keeps story-relative times without a date", () => {
    expect(read("Survivors walked all that night.")).toEqual([["that night", null, "day", "point"]]);
    expect(read("Two days later, five more bodies were found.")).toEqual([
      ["Two days later", null, "day", "point"],
    ]);
  });
});

describe("findTimes: no publication date", () => {
  it("keeps relative expressions with their spans but no date", () => {
    expect(read('"We lost 11 men yesterday [Tuesday]," he said.', null)).toEqual([
      ["yesterday [Tuesday]", null, "day", "point"],
    ]);
    expect(read("Militants attacked the convoy on Friday, killing 12.", null)).toEqual([
      ["on Friday", null, "day", "point"],
    ]);
    expect(read("The station was attacked on March 11.", null)).toEqual([
      ["on March 11", null, "day", "point"],
    ]);
    expect(read("The train was stopped at around 1pm.", null)).toEqual([
      ["at around 1pm", null, "day", "point"],
    ]);
    expect(read("The passengers were held for 36 hours.", null)).toEqual([
      ["for 36 hours", null, "span", "duration"],
    ]);
  });

  it("still resolves stated dates", () => {
    expect(read("The hijacking began on 11 March 2025.", null)).toEqual([
      ["on 11 March 2025", "2025-03-11", "day", "point"],
    ]);
    expect(read("02/27/2016: Assailants killed three people.", null)).toEqual([
      ["02/27/2016", "2016-02-27", "day", "point"],
    ]);
    expect(read("The group was founded in 2016 by former soldiers.", null)).toEqual([
      ["in 2016", "2016-01-01", "year", "point"],
    ]);
  });

  it("treats a malformed publication date as none, and cuts a timestamp to its day", () => {
    expect(read("Militants attacked the convoy on Friday.", "12/03/2025")).toEqual([
      ["on Friday", null, "day", "point"],
    ]);
    expect(read("Militants attacked the convoy on Friday.", "2025-03-12T08:30:00Z")).toEqual([
      ["on Friday", "2025-03-07", "day", "point"],
    ]);
  });
});

describe("findTimes: figures and words that are not times", () => {
  const none = [
    "33 militants were killed and 450 passengers were aboard.",
    "A man aged 25 was among the 1,200 people displaced.",
    "The convoy was 400 km from the city when it was hit.",
    "A 25-year-old guard and a man, 30 years old, were hurt.",
    "In all, 2016 people were displaced by the fighting.",
    "He said 10 may have died in the blast.",
    "Protesters march through the city every week-end.",
    "They sat on the tracks as the sun rose.",
    "The toll stood at 12.",
    "Route 66 and Section 144 were closed; the 24/7 helpline received 1,500 calls.",
    "Police said 3/4 of the passengers were freed.",
    "A second blast hit the market.",
    "Students protested for a second day.",
    "Ten people (4 in Quetta, 6 in Turbat) were hurt.",
  ];
  it.each(none)("%s", (sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it("reads nothing outside the sentence's range", () => {
    const text = "Yesterday 5 died. Police said 30 were hurt. On Friday more died.";
    expect(findTimes(text, { start: 18, end: 43 }, PUB)).toEqual([]);
  });
});

describe("pickTime", () => {
  const sentence = "Militants killed 30 people on Tuesday during the three-day siege.";
  const mentions = times(sentence);
  const at = (phrase: string) => {
    const start = BEFORE.length + sentence.indexOf(phrase);
    return { start, end: start + phrase.length };
  };

  it("prefers the closest point", () => {
    expect(mentions.map((m) => m.text)).toEqual(["on Tuesday", "during the three-day siege"]);
    expect(pickTime(mentions, at("killed 30 people"))?.text).toBe("on Tuesday");
  });

  it("takes a duration attached to the claim", () => {
    const s = "Police said 30 were killed over two days, officials said on Wednesday.";
    const ms = times(s);
    const start = BEFORE.length + s.indexOf("30 were killed");
    expect(pickTime(ms, { start, end: start + "30 were killed".length })?.text).toBe("over two days");
  });

  it("falls back to a duration when the sentence has no point", () => {
    const s = "For 36 hours the gunmen, who had stopped the train, killed 21 passengers.";
    const ms = times(s);
    const start = BEFORE.length + s.indexOf("killed 21");
    expect(pickTime(ms, { start, end: start + 9 })?.text).toBe("For 36 hours");
  });

  it("prefers a day to an aside about the year", () => {
    const s =
      "Rebels stormed the prison on Thursday, the second such raid this year, and freed 1,200 inmates.";
    const ms = times(s);
    expect(ms.map((m) => m.text)).toEqual(["on Thursday", "this year"]);
    const start = BEFORE.length + s.indexOf("freed 1,200 inmates");
    expect(pickTime(ms, { start, end: start + 19 })?.text).toBe("on Thursday");
  });

  it("takes a coarse time attached to the claim", () => {
    const s = "Since January, 300 people have been killed, officials said on Tuesday.";
    const ms = times(s);
    const start = BEFORE.length + s.indexOf("300 people");
    expect(pickTime(ms, { start, end: start + 27 })?.text).toBe("Since January");
  });

  it("passes over a wire dateline", () => {
    const s =
      "KARVAN, June 18 — At least 12 soldiers were killed in a raid before dawn on Tuesday, the army said.";
    const ms = times(s, "2025-06-18");
    expect(ms.map((m) => [m.text, m.date, m.dateline ?? false])).toEqual([
      ["June 18", "2025-06-18", true],
      ["on Tuesday", "2025-06-17", false],
    ]);
    const start = BEFORE.length + s.indexOf("At least 12");
    expect(pickTime(ms, { start, end: start + 32 })?.text).toBe("on Tuesday");
    // Alone, the dateline is still better than nothing.
    expect(pickTime(ms.slice(0, 1), { start, end: start + 32 })?.text).toBe("June 18");
    // A date alone at the start of a summary is the event's date, not a dateline.
    expect(times("02/27/2016: Assailants killed three people.")[0]?.dateline).toBeUndefined();
  });

  it("marks the day of a verb of saying, not a day of the events", () => {
    const s = "Gunmen killed 12 villagers, the governor said Friday. Police told reporters on Monday.";
    expect(times(s, "2026-06-06").map((m) => [m.text, m.speech ?? false])).toEqual([
      ["Friday", true],
      ["on Monday", true],
    ]);
    const heard = "The lawmaker, who confirmed the attack to our correspondent on Monday, said 9 died.";
    expect(times(heard, "2026-06-06").map((m) => [m.text, m.speech ?? false])).toEqual([["on Monday", true]]);
    expect(times("Police said Friday's raid killed 3 gangsters.", "2026-06-06")[0]?.speech).toBeUndefined();
    expect(
      times("Gunmen killed 12 villagers on Friday, the governor said.", "2026-06-06")[0]?.speech,
    ).toBeUndefined();
  });

  it("passes over a dateline whose agency in brackets runs straight into the text (Indian wires)", () => {
    const s = "KARVAN, Jan 6 (PTI) Four policemen were killed in an ambush on Monday, officials said.";
    const ms = times(s, "2026-01-06");
    expect(ms.map((m) => [m.text, m.date, m.dateline ?? false])).toEqual([
      ["Jan 6", "2026-01-06", true],
      ["on Monday", "2026-01-05", false],
    ]);
    // A place with its country before the date ("KESSA CITY, Philippines, Aug 14 (Reuters) -").
    const wire =
      "KESSA CITY, Philippines, Aug 14 (Reuters) - Troops killed seven rebels on Thursday, the army said.";
    expect(times(wire, "2026-08-14").map((m) => [m.text, m.date, m.dateline ?? false])).toEqual([
      ["Aug 14", "2026-08-14", true],
      ["on Thursday", "2026-08-13", false],
    ]);
    // A date with no agency and no dash, in a sentence's own words, stays the event's.
    expect(times("Agra, Jan 6 saw four policemen killed.", "2026-01-06")[0]?.dateline).toBeUndefined();
  });

  it("tries the place's pattern of a dateline only where the text before ends in a comma", () => {
    // The only texts the pattern can take (findTimes tests the comma first, the pattern after).
    let taken = 0;
    for (const place of ["KARVAN", "Quetta", "SÃO TOMÉ", "KESSA CITY, Philippines", "Dera Ismail Khan"])
      for (const end of [",", ", ", ",\u00a0", ",\n", ",\u2009 ", " ,", "", " -", ":", ", and"]) {
        const line = `${place}${end}`;
        if (!DATELINE_BEFORE.test(line)) continue;
        taken++;
        expect(line.trimEnd().endsWith(","), line).toBe(true);
      }
    expect(taken).toBeGreaterThan(20);
  });

  it("breaks a tie towards the mention after the claim", () => {
    const m = (start: number, end: number): TimeMention => ({
      text: "x".repeat(end - start),
      start,
      end,
      date: null,
      precision: "day",
      kind: "point",
    });
    expect(pickTime([m(0, 5), m(15, 20)], { start: 10, end: 10 })?.start).toBe(15);
    expect(pickTime([], { start: 0, end: 1 })).toBeNull();
  });
});
