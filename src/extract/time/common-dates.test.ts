// The common-dates fast path must give what chrono and our refiners give, or step aside (null).
import { describe, expect, it } from "vitest";
import { addDays, dayOfWeekday, localNoon, type Day } from "./calendar.js";
import { TIME_PARSER, weekdayDirection } from "./chrono.js";
import { commonPoints } from "./common-dates.js";
import { weekdayPoints } from "./weekdays.js";

const DAYS: Day[] = [
  { year: 2025, month: 3, day: 12 }, // a Wednesday
  { year: 2024, month: 12, day: 29 }, // a Sunday, at a year's end
  { year: 2024, month: 3, day: 1 }, // a Friday after a leap day
];

const key = (d: Day) => `${d.year}-${d.month}-${d.day}`;

/** A result without the commas and brackets chrono may take at its ends (find-times trims them). */
function trimmed(index: number, text: string) {
  const lead = /^[\s,(]*/.exec(text)![0].length;
  return { index: index + lead, text: text.slice(lead).replace(/[\s,)]+$/, "") };
}

/** What chrono (with our refiners) finds: index, text and day. */
function viaChrono(sentence: string, ref: Day) {
  return TIME_PARSER.parse(sentence, localNoon(ref)).map((r) => ({
    ...trimmed(r.index, r.text),
    day: `${r.start.get("year")}-${r.start.get("month")}-${r.start.get("day")}`,
  }));
}

function viaFastPath(sentence: string, ref: Day) {
  const points = commonPoints(sentence);
  if (points === null) return null;
  return points.map((p) => {
    const day =
      p.kind === "weekday"
        ? dayOfWeekday(ref, p.weekday, weekdayDirection(sentence, p))
        : p.kind === "date"
          ? p.day
          : addDays(ref, p.days);
    return { ...trimmed(p.index, p.text), day: key(day) };
  });
}

const PHRASES = [
  "on Tuesday",
  "Friday",
  "last Sunday",
  "on Tuesday night",
  "Saturday morning",
  "on Sunday afternoon",
  "last Friday evening",
  "this Monday morning",
  "next Thursday night",
  "yesterday",
  "Yesterday",
  "yesterday evening",
  "yesterday morning",
  "today",
  "Today",
  "tonight",
  "last night",
  "Last night",
  "this morning",
  "this afternoon",
  "this evening",
  "July 31, 2018",
  "December 28,2017",
  "July 13th, 2016",
  "March 2nd 2016",
  "August 1 2019",
  "November 21 , 2018",
  "04/08/2018",
  "4/8/2018",
  "12/31/2017",
  "25/12/2018",
];

/** Sentences around each phrase, in which the fast path must take it. */
const TAKEN = [
  "Four soldiers were killed {}, the army said.",
  "Four soldiers were killed {} during a two-day curfew.",
  "Gunmen {} killed 12 people who had lived there for years.",
  "{}, gunmen killed 12 villagers.",
  "Police said {} that 3 people were injured.",
  "At least 40 people died in the clashes {}.",
  "A spokesman said 6 fighters were killed {} and that more would follow.",
  "The attack {} killed 8 soldiers, AFP reported.",
];

/** Sentences in which chrono may read more than the phrase, or read it otherwise. */
const AROUND = [
  ...TAKEN,
  "Officials will meet {}, the ministry said.",
  "The court will hear the case {} of the 30 detainees.",
  "Two people were killed {} at 5pm.",
  "Two people were killed {} 2024.",
  "Two people were killed {} (EST).",
  "Two people were killed {} and on Monday.",
  "Two people were killed {}, March 11.",
  "Two people were killed {} two days after the raid.",
  "The toll rose to 20 {} from 12 earlier.",
  "{}'s attack killed 14 people.",
  "Rebels said they had seized 20 hostages over the weekend and {}.",
  "Clashes {} to Friday killed 30 people.",
  "Nine people were killed {} in the town, three days ago.",
  "Five people were killed in the {} raid.",
  "They died on the night of {}.",
  "The strike came {}, hours after the ceasefire.",
  "Two more soldiers died earlier {}, officials said.",
  "Two soldiers died {} in the town of Wana.",
];

describe("commonPoints", () => {
  it.each(PHRASES)("takes %s where nothing else is a time, as chrono reads it", (phrase) => {
    for (const frame of TAKEN) {
      const sentence = frame.replace("{}", phrase);
      for (const ref of DAYS) {
        const fast = viaFastPath(sentence, ref);
        expect(fast, sentence).not.toBeNull();
        expect(fast).toEqual(viaChrono(sentence, ref));
      }
    }
  });

  it.each(PHRASES)("gives what chrono gives or steps aside: %s", (phrase) => {
    for (const frame of AROUND) {
      const sentence = frame.replace("{}", phrase);
      for (const ref of DAYS) {
        const fast = viaFastPath(sentence, ref);
        if (fast !== null) expect(fast, sentence).toEqual(viaChrono(sentence, ref));
      }
    }
  });

  it("steps aside for a whole date chrono reads otherwise or not at all", () => {
    for (const sentence of [
      "Two were killed on February 30, 2018.", // no such day: chrono reads none
      "Two were killed on July 32, 2018.",
      "Two were killed on 13/13/2018.",
      "Two were killed on 45/11/2018.",
      "Two were killed on July 31, 2018 AD.",
      "Two were killed on July 31, 2018-19.",
      "Two were killed on July 31, 2018:5.",
      "Two were killed on 5/04/08/2018.",
      "Two were killed on Monday, July 30, 2018.",
      "Two were killed between July 3 and July 31, 2018.",
      "Two were killed on July 31, 2018 at 5 pm.",
    ]) {
      const fast = commonPoints(sentence);
      for (const ref of DAYS) if (fast !== null) expect(fast, sentence).toEqual(viaChrono(sentence, ref));
    }
    expect(commonPoints("Two were killed on February 30, 2018.")).toBeNull();
    expect(commonPoints("Two were killed on July 31, 2018 AD.")).toBeNull();
    expect(commonPoints("Two were killed on Monday, July 30, 2018.")).toBeNull();
  });

  it("steps aside for a second time, a figure or a zone after it", () => {
    expect(commonPoints("Two were killed yesterday and three on Monday.")).toBeNull();
    expect(commonPoints("Two were killed on Tuesday night 2024.")).toBeNull();
    expect(commonPoints("Two were killed on Tuesday night EST.")).toBeNull();
    expect(commonPoints("Two were killed yesterday at 5pm.")).toBeNull();
    expect(commonPoints("Two were killed on Tuesday last week.")).toBeNull();
    expect(commonPoints("Two were killed on Tuesday, three days after the raid.")).toBeNull();
  });

  it("finds nothing, as chrono does, where time words are no time", () => {
    for (const sentence of [
      "Four soldiers were killed during a two-day curfew.",
      "The militants had held the village for years, officials said.",
      "Two people died in the night raid after months of unrest.",
    ]) {
      const fast = commonPoints(sentence);
      for (const ref of DAYS) if (fast !== null) expect(fast, sentence).toEqual(viaChrono(sentence, ref));
    }
    expect(commonPoints("Four soldiers were killed during a two-day curfew.")).toEqual([]);
  });

  it("gives offsets into the sentence", () => {
    const sentence = "Police said on Tuesday night that 3 people died.";
    const [p] = commonPoints(sentence)!;
    expect(sentence.slice(p!.index, p!.index + p!.text.length)).toBe("on Tuesday night");
  });

  it("gives what chrono gives or steps aside, on random sentences of ours", () => {
    let taken = 0;
    for (const sentence of randomSentences(4_000, 12)) {
      for (const ref of DAYS.slice(0, 2)) {
        const fast = viaFastPath(sentence, ref);
        if (fast === null) continue;
        taken++;
        expect(fast, sentence).toEqual(viaChrono(sentence, ref));
      }
      const weekdays = weekdayPoints(sentence);
      if (weekdays !== null) {
        const ref = DAYS[0]!;
        const fast = weekdays.map((w) => {
          const d = dayOfWeekday(ref, w.weekday, weekdayDirection(sentence, w));
          return { ...trimmed(w.index, w.text), day: key(d) };
        });
        expect(fast, sentence).toEqual(viaChrono(sentence, ref));
      }
    }
    expect(taken).toBeGreaterThan(1_000);
  });
});

/**
 * Words and marks around which chrono might read more than a common date: lead words in other
 * cases, abbreviations and month names in lower case, figures, units, clock times, signs.
 */
const PIECES = [
  ...["Police said", "gunmen killed 12 people", "in the town", "the army said", "officials", "and"],
  ...["three soldiers died", "a two-day curfew", "(AFP)", ",", ";", "(", ")", "-", "/", ".", ":"],
  ...["ON", "on", "LAST", "this", "next", "of", "in", "at", "from", "the", "a", "to", "until"],
  ...["sat", "Sat", "mon", "wed", "sun", "may", "May", "march", "Mayor", "Junta", "Marines", "among"],
  ...["3rd", "third", "12", "2016", "98", "5pm", "at 5", "10:30", "am", "a.m.", "o'clock", "EST"],
  ...["two days ago", "3 hours later", "this week", "last week", "week", "days", "night", "morning"],
  ...["later", "earlier", "now", "weekend", "hrs", "in the morning", "BC", "AD", "+2", "3/4", "9.6"],
  ...["Tuesday", "Friday night", "yesterday", "March 3", "3 March", "July 31, 2018", "04/08/2018"],
];

/** `count` sentences of up to `length` pieces, a common phrase among them (a fixed seed). */
function randomSentences(count: number, length: number): string[] {
  let seed = 12345;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const words = Array.from({ length: 1 + next(length) }, () => PIECES[next(PIECES.length)]!);
    words.splice(next(words.length + 1), 0, PHRASES[next(PHRASES.length)]!);
    const glue = () => [" ", " ", " ", "", "  ", ", "][next(6)]!;
    out.push(words.reduce((text, w) => text + glue() + w));
  }
  return out;
}
