// The weekday fast path must give what chrono and our refiners give, or step aside (null).
import { describe, expect, it } from "vitest";
import { dayOfWeekday, formatDay, localNoon, type Day } from "./calendar.js";
import { TIME_PARSER, weekdayDirection } from "./chrono.js";
import { findTimes } from "./find-times.js";
import { weekdayPoints } from "./weekdays.js";

const DAYS: Day[] = [
  { year: 2025, month: 3, day: 12 }, // a Wednesday
  { year: 2024, month: 12, day: 29 }, // a Sunday, at a year's end
];

/** What chrono (with our refiners) finds: index, text, weekday and the day NewsTense gives it. */
function viaChrono(sentence: string, ref: Day) {
  return TIME_PARSER.parse(sentence, localNoon(ref)).map((r) => ({
    index: r.index,
    text: r.text,
    weekday: r.start.get("weekday"),
    day: `${r.start.get("year")}-${r.start.get("month")}-${r.start.get("day")}`,
  }));
}

function viaFastPath(sentence: string, ref: Day) {
  const points = weekdayPoints(sentence);
  if (points === null) return null;
  return points.map((w) => {
    const d = dayOfWeekday(ref, w.weekday, weekdayDirection(sentence, w));
    return { index: w.index, text: w.text, weekday: w.weekday, day: `${d.year}-${d.month}-${d.day}` };
  });
}

const TAKEN = [
  "Four soldiers were killed on Tuesday, the army said.",
  "On Monday, the court will hear the case of the 30 detainees.",
  "Police said Tuesday's attack killed 14 people.",
  "Rebels said they had seized 20 hostages last Friday.",
  "At least 40 people were killed (Sunday) in the clashes.",
  "Officials said on Thursday, adding that 3 people were injured.",
  "Saturday: 5 killed in a market blast",
  "The attack, which took place Wednesday, killed 8 soldiers, AFP reported.",
  "A spokesman said 6 fighters were killed on Sunday and that more would follow.",
];

const LEFT_TO_CHRONO = [
  "Gunmen killed 12 people in the village on Friday night's raid",
  "The minister will visit the families next Monday, officials said.",
  "Four soldiers were killed on Tuesday, March 11, the army said.",
  "They were killed on Monday and Tuesday.",
  "Clashes from Monday to Friday killed 30 people.",
  "Two people were killed earlier on Tuesday.",
  "Nine people were killed on Tue. in the town.",
  "Four soldiers were killed on Tuesday EST.",
  "Seven people died this Friday.",
  "Three were killed on Sunday at 5pm.",
  "The toll rose to 20 on Tuesday from 12 on Monday.",
  "Attacks over the weekend killed 5 on Saturday.",
];

describe("weekdayPoints", () => {
  it.each(TAKEN)("gives what chrono gives: %s", (sentence) => {
    for (const ref of DAYS) {
      const fast = viaFastPath(sentence, ref);
      expect(fast).not.toBeNull();
      expect(fast).toEqual(viaChrono(sentence, ref));
    }
  });

  it.each(LEFT_TO_CHRONO)("steps aside when chrono may read more: %s", (sentence) => {
    expect(weekdayPoints(sentence)).toBeNull();
  });

  it("finds nothing, as chrono does, when no parser of chrono's would run", () => {
    const sentence = "Five people were killed in the night raid, officials said.";
    const fast = weekdayPoints(sentence);
    if (fast !== null) expect(fast).toEqual(viaChrono(sentence, DAYS[0]!));
  });

  it("dates a claim as before: spans, days and the lead word absorbed", () => {
    const text = "Officials said 4 soldiers were killed on Tuesday, while rebels vowed revenge.";
    const times = findTimes(text, { start: 0, end: text.length }, formatDay(DAYS[0]!));
    expect(times.map((t) => [text.slice(t.start, t.end), t.date])).toEqual([["on Tuesday", "2025-03-11"]]);
    expect(findTimes(text, { start: 0, end: text.length }, null).map((t) => t.date)).toEqual([null]);
  });
});
