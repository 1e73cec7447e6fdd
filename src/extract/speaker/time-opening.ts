// A time phrase opening a clause before its subject, with no comma after it: "On Friday the army
// said", "By March 3 the health ministry said", "Late on Tuesday night police said", "Earlier this
// week the UN said", "Yesterday the governor told reporters". The phrase says when, not who: the
// speaker is the words after it. Word lists are data (the time extractor's own, ../time/lexicon.ts).
import { MONTHS, WEEKDAYS } from "../time/lexicon.js";
import type { Token } from "../tokens.js";

// (Word lists tested token by token, as sets: one lookup where a pattern was run.)
const IN_SINCE_BY_DURING_UNTIL: ReadonlySet<string> = new Set(["in", "since", "by", "during", "until"]);

/** Days and months by name: a time alone, and after "the" a title ("The Sunday Times"), not a time. */
const CALENDAR_NAMES = new Set<string>([...WEEKDAYS, ...MONTHS]);
const MONTH_NAMES = new Set<string>(MONTHS);
/** Relative days and adverbs of time: a time alone. */
const RELATIVE = [
  "yesterday",
  "today",
  "tonight",
  "overnight",
  "later",
  "earlier",
  "afterwards",
  "subsequently",
  "meanwhile",
  "previously",
];
/** Parts of the day and units: a time only with a link or a name ("that night", but "Night watchmen said"). */
const PARTS_AND_UNITS = [
  "morning",
  "afternoon",
  "evening",
  "night",
  "day",
  "week",
  "weekend",
  "month",
  "year",
];
/** Heads that are a time alone. */
const TIMES_ALONE = new Set<string>([...CALENDAR_NAMES, ...RELATIVE]);
/** Words that end a time phrase: a day, a month, a part of the day, a relative day or an adverb of time. */
const HEADS = new Set<string>([...TIMES_ALONE, ...PARTS_AND_UNITS]);
/** Words that may come before or between a time phrase's heads ("late on", "earlier this", "by the next"). */
const LINKS = new Set([
  "on",
  "by",
  "in",
  "since",
  "until",
  "till",
  "at",
  "during",
  "late",
  "early",
  "last",
  "this",
  "next",
  "that",
  "the",
  "following",
  "same",
  "previous",
]);

/**
 * The index after a time phrase opening [a, b), or `a` when none opens it. The phrase ends on a
 * head word or a day's number or year ("March 3", "3 March 2024"), and at least one word of the
 * subject must follow it.
 */
export function afterTimeOpening(tk: readonly Token[], a: number, b: number): number {
  const stamp = clockStampEnd(tk, a);
  if (stamp > a && stamp < b) return stamp;
  let end = a;
  let timed = false;
  for (let i = a; i < b - 1; i++) {
    const t = tk[i]!;
    if (HEADS.has(t.norm)) {
      if (CALENDAR_NAMES.has(t.norm) && tk[i - 1]?.norm === "the") return a;
      timed ||= TIMES_ALONE.has(t.norm);
      end = i + 1;
    } else if (t.kind === "num" && datedBy(tk, i, a, b)) {
      end = i + 1;
      timed ||= yearAfterLink(tk, i);
    } else if (t.norm === "," && tk[i - 1]?.kind === "num" && tk[i + 1]?.kind === "num") continue;
    else if (LINKS.has(t.norm)) timed ||= t.norm !== "the";
    else break;
  }
  return timed && end < b && tk[end]!.kind === "word" ? end : a;
}

/**
 * Whether the number at i is a day or a year of a month named next to it ("March 3", "3 March",
 * "March 3, 2024"), or a year after a link ("In 2025 the monitor recorded", "Since 2021 the UN has").
 */
function datedBy(tk: readonly Token[], i: number, a: number, b: number): boolean {
  const near = (k: number) => k >= a && k < b && MONTH_NAMES.has(tk[k]!.norm);
  return near(i - 1) || near(i + 1) || (tk[i - 1]?.norm === "," && near(i - 3)) || yearAfterLink(tk, i);
}

/** A year after a preposition of time ("In 2025", "since 2021"): a time alone. */
function yearAfterLink(tk: readonly Token[], i: number): boolean {
  return /^(19|20)\d\d$/.test(tk[i]!.text) && IN_SINCE_BY_DURING_UNTIL.has(tk[i - 1]?.norm ?? "");
}

/** A time zone or half of the day after a clock time ("GMT", "NPT", "a.m." is two tokens: not read). */
const ZONE_OR_HALF = /^(?:[A-Z]{2,4}|am|pm)$/;

/**
 * The index after a live page's bare time stamp opening a sentence at tk[a] ("18:40 The ministry
 * has lowered …", "13:30 GMT Police say …"): a clock time written without spaces, an optional time
 * zone, and a capitalised word after it; else `a`.
 */
export function clockStampEnd(tk: readonly Token[], a: number): number {
  if (!isClockColon(tk, a + 1) || !/^\d{1,2}$/.test(tk[a]!.text) || !/^\d\d$/.test(tk[a + 2]!.text)) return a;
  const end = ZONE_OR_HALF.test(tk[a + 3]?.text ?? "") ? a + 4 : a + 3;
  const next = tk[end];
  return next?.kind === "word" && /^[A-Z]/.test(next.text) ? end : a;
}

/** Whether tk[k] is the colon of a clock time ("18:40"), no clause's end. */
export function isClockColon(tk: readonly Token[], k: number): boolean {
  const colon = tk[k];
  if (colon === undefined || colon.text !== ":") return false;
  const h = tk[k - 1];
  const m = tk[k + 1];
  return h?.kind === "num" && m?.kind === "num" && h.end === colon.start && colon.end === m.start;
}
