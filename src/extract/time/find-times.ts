// Time expressions in one sentence, resolved against the publication date (CODEBOOK §1, `time`).
//
// findTimes runs, in order:
//   prefilter      — no time-ish word in the sentence: no chrono call, no mentions
//   mask           — "[" and "]" become spaces (same length, so offsets stay put) for chrono
//   candidates     — durations (./durations.ts) and chrono points (./chrono.ts), resolved to days
//   REFINERS       — the ordered list below: decide the spans and the dates that depend on neighbours
import type { DatePrecision } from "../../core/model.js";
import type { ParsedResult } from "chrono-node";
import { addDays, type Day, dayOfWeekday, formatDay, isValidDay, localNoon, parseDay } from "./calendar.js";
import { TIME_PARSER, weekdayDirection } from "./chrono.js";
import { commonPoints, type CommonPoint } from "./common-dates.js";
import { findDurations } from "./durations.js";
import { numericDateOption } from "./numeric-dates.js";
import * as P from "./patterns.js";
import { weekdayPoints, type WeekdayPoint } from "./weekdays.js";
import { monthOfRelativeYear } from "./month-of-year.js";

export interface TimeMention {
  /** The expression as written: `text === article.slice(start, end)`. */
  text: string;
  /** `[start, end)` UTF-16 offsets into the full article text. */
  start: number;
  end: number;
  /** The resolved day `YYYY-MM-DD` (the first day for month and year precision), or null. */
  date: string | null;
  precision: DatePrecision;
  kind: "point" | "duration";
  /**
   * Set on a wire dateline ("KARVAN, June 18 — …"): it dates the report, not the events, so
   * `pickTime` takes it only when the sentence has nothing else.
   */
  dateline?: true;
  /**
   * Set on the day a verb of saying is dated by ("the United Nations said Friday", "told reporters
   * on Tuesday"): it dates the saying, not the events, so `pickTime` takes it only when the
   * sentence has nothing else.
   */
  speech?: true;
}

/** A mention being built: offsets into the full text, the day not yet formatted. */
interface Candidate {
  start: number;
  end: number;
  kind: "point" | "duration";
  date: Day | null;
  precision: DatePrecision;
  /** The weekday of a bare weekday ("Tuesday"), kept to resolve brackets ("yesterday [Tuesday]"). */
  weekday: number | null;
  /** A clock time or day part with no date ("around 1pm", "in the evening"): dated by its sentence. */
  clockOnly: boolean;
  /** Counted from an event in the story ("two days later", "that night"): never dated. */
  anaphoric: boolean;
  /** A wire dateline ("KARVAN, June 18 —"). */
  dateline?: boolean;
  /** The day of a verb of saying ("said Friday"). */
  speech?: boolean;
}

interface Sentence {
  text: string; // the full article text
  start: number; // the sentence's range in it
  end: number;
  published: Day | null;
}

/** A summary's leading "MM/DD/YYYY:" date (wire and GTD style). */
const LEADING_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?=:?\s)/;

/**
 * Fast path: a sentence whose only time is a leading "02/27/2016:" needs no chrono run (the
 * commonest case in event summaries, and chrono is the costliest step of the pipeline).
 */
function leadingDate(
  text: string,
  range: { start: number; end: number },
  sentence: string,
): TimeMention | null {
  const m = LEADING_DATE.exec(sentence);
  if (!m) return null;
  const rest = sentence.slice(m[0].length);
  if (P.PREFILTER.test(rest) || P.PREFILTER_NAMES.test(rest)) return null;
  const day: Day = { year: Number(m[3]), month: Number(m[1]), day: Number(m[2]) };
  if (!isValidDay(day)) return null;
  return {
    text: m[0],
    start: range.start,
    end: range.start + m[0].length,
    date: formatDay(day),
    precision: "day",
    kind: "point",
  };
}

/** chrono needs a reference; with no publication date, anything that depends on it is dropped later. */
const PLACEHOLDER_DAY: Day = { year: 2000, month: 1, day: 1 };

/** Time expressions inside `text.slice(range.start, range.end)` (one sentence), resolved against `published` (`YYYY-MM-DD` or null). */
export function findTimes(
  text: string,
  range: { start: number; end: number },
  published: string | null,
): TimeMention[] {
  const sentenceText = text.slice(range.start, range.end);
  if (!P.PREFILTER.test(sentenceText) && !P.PREFILTER_NAMES.test(sentenceText)) return [];
  const leading = leadingDate(text, range, sentenceText);
  if (leading) return [leading];
  const s: Sentence = { text, start: range.start, end: range.end, published: parseDay(published) };
  const masked = /[[\]]/.test(sentenceText) ? sentenceText.replace(/[[\]]/g, " ") : sentenceText;
  let candidates = [...durationCandidates(masked, s), ...chronoCandidates(masked, s)];
  for (const refine of REFINERS) candidates = refine(candidates, s);
  return candidates.map((c) => ({
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    date: c.date ? formatDay(c.date) : null,
    precision: c.precision,
    kind: c.kind,
    ...(c.dateline ? { dateline: true as const } : {}),
    ...(c.speech ? { speech: true as const } : {}),
  }));
}

// ---- candidates ----

function durationCandidates(masked: string, s: Sentence): Candidate[] {
  return findDurations(masked).map((d) => ({
    start: s.start + d.start,
    end: s.start + d.end,
    kind: "duration",
    date: null,
    precision: "span",
    weekday: null,
    clockOnly: false,
    anaphoric: false,
  }));
}

function chronoCandidates(masked: string, s: Sentence): Candidate[] {
  const weekdays = weekdayPoints(masked);
  if (weekdays) return weekdays.map((w) => fromWeekday(w, masked, s));
  const common = commonPoints(masked);
  if (common) return common.map((p) => fromCommon(p, masked, s));
  const results = TIME_PARSER.parse(masked, localNoon(s.published ?? PLACEHOLDER_DAY), slashOrder(s.text));
  return results.map((r) => fromChrono(r, s));
}

/** The report's order of day and month in slash dates (numeric-dates.ts), kept for its last text. */
let lastSlashOrder: { text: string; option: ReturnType<typeof numericDateOption> } | null = null;
function slashOrder(text: string): ReturnType<typeof numericDateOption> {
  if (lastSlashOrder?.text !== text) lastSlashOrder = { text, option: numericDateOption(text) };
  return lastSlashOrder.option;
}

/** A weekday found without chrono (./weekdays.ts), as fromChrono would make chrono's result of it. */
function fromWeekday(w: WeekdayPoint, masked: string, s: Sentence): Candidate {
  const anaphoric = P.ANAPHORIC.test(w.text.trim());
  // A bare weekday is deictic: dated only against a publication date, by NewsTense's direction.
  const date =
    !anaphoric && s.published ? dayOfWeekday(s.published, w.weekday, weekdayDirection(masked, w)) : null;
  return dayPoint(s, w, date, w.weekday, anaphoric);
}

/** A common date found without chrono (./common-dates.ts), as fromChrono would make chrono's result of it. */
function fromCommon(p: CommonPoint, masked: string, s: Sentence): Candidate {
  if (p.kind === "weekday") return fromWeekday(p, masked, s);
  // "July 31, 2018": certain of day, month and year, whatever the publication date.
  if (p.kind === "date") return dayPoint(s, p, p.day, null, false);
  // "yesterday evening", "last night": chrono is certain of day, month and year, from the reference.
  const anaphoric = P.ANAPHORIC.test(p.text.trim());
  const deictic = P.DEICTIC.test(p.text);
  const date =
    !anaphoric && (s.published || !deictic) ? addDays(s.published ?? PLACEHOLDER_DAY, p.days) : null;
  return dayPoint(s, p, date, null, anaphoric);
}

/** A point of day precision found without chrono at `[index, index + text.length)` of the sentence. */
function dayPoint(
  s: Sentence,
  { index, text }: { index: number; text: string },
  date: Day | null,
  weekday: number | null,
  anaphoric: boolean,
): Candidate {
  return {
    start: s.start + index,
    end: s.start + index + text.length,
    kind: "point",
    date,
    precision: "day",
    weekday,
    clockOnly: false,
    anaphoric,
  };
}

function precisionOf(r: ParsedResult, timeOnly: boolean): DatePrecision {
  const c = r.start;
  if (r.end) return "span";
  if (P.WEEK_UNIT.test(r.text)) return "week";
  if (P.MONTH_UNIT.test(r.text)) return "month";
  if (P.YEAR_UNIT.test(r.text)) return "year";
  if (timeOnly || c.isCertain("day") || c.isCertain("weekday")) return "day";
  if (c.isCertain("month")) return "month";
  if (c.isCertain("year")) return "year";
  return "day";
}

/** A chrono result as a candidate: its day, unless it needs a publication date there is none of. */
function fromChrono(r: ParsedResult, s: Sentence): Candidate {
  const c = r.start;
  const text = r.text;
  const timeOnly =
    !c.isCertain("weekday") && !c.isCertain("day") && !c.isCertain("month") && !c.isCertain("year");
  const thisDayPart = timeOnly && P.THIS_DAY_PART.test(text.trim());
  const anaphoric = P.ANAPHORIC.test(text.trim());
  const clockOnly = timeOnly && !thisDayPart && !anaphoric && !P.PERIOD_UNIT.test(text);
  const deictic = !c.isCertain("year") || P.DEICTIC.test(text);
  const precision = precisionOf(r, timeOnly);
  let date: Day | null = null;
  if (!anaphoric && !clockOnly && (s.published || !deictic)) {
    date = { year: c.get("year") ?? 0, month: c.get("month") ?? 1, day: c.get("day") ?? 1 };
    if (precision === "month") date = { ...date, day: 1 };
    if (precision === "year") date = { ...date, month: 1, day: 1 };
  }
  return {
    start: s.start + r.index,
    end: s.start + r.index + text.length,
    kind: "point",
    date,
    precision,
    weekday: c.isCertain("weekday") && !c.isCertain("day") ? (c.get("weekday") ?? null) : null,
    clockOnly,
    anaphoric,
  };
}

// ---- refiners: each takes the sentence's candidates and returns new ones ----

type CandidateRefiner = (candidates: Candidate[], s: Sentence) => Candidate[];

const REFINERS: CandidateRefiner[] = [
  dropPointsInDurations, // "for 36 hours": the duration, not chrono's point inside it
  trimSpans, // "on Friday," → "on Friday"; "Tuesday] evening" → "[Tuesday] evening"
  absorbLeadWords, // "Friday" → "on Friday", "1pm" → "around 1pm", "next day" → "the next day"
  mergeBrackets, // "yesterday" + "[Tuesday]" → "yesterday [Tuesday]", dated by the bracket
  monthOfRelativeYear, // "since January" + "last year" → "since January last year", that year's January
  dateClockOnly, // "around 1pm" → the sentence's date, else the publication day
  markDatelines, // "KARVAN, June 18 —": the report's date, not the events'
  markSpeechDays, // "the UN said Friday": the saying's day, not the events'
  (candidates) => candidates.sort((a, b) => a.start - b.start || b.end - a.end),
];

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function dropPointsInDurations(candidates: Candidate[]): Candidate[] {
  const durations = candidates.filter((c) => c.kind === "duration");
  return candidates.filter((c) => c.kind === "duration" || !durations.some((d) => overlaps(c, d)));
}

const TRIM_START = /[\s,;:(]/;
const TRIM_END = /[\s,;:)]/;

/** Trims punctuation, then makes brackets whole: a half bracket is completed, an enclosing pair included. */
function trimSpans(candidates: Candidate[], s: Sentence): Candidate[] {
  const t = s.text;
  const skipBack = (i: number) => {
    while (i > s.start && /\s/.test(t.charAt(i - 1))) i--;
    return i;
  };
  const skipAhead = (i: number) => {
    while (i < s.end && /\s/.test(t.charAt(i))) i++;
    return i;
  };
  return candidates.map((c) => {
    let { start, end } = c;
    while (start < end && TRIM_START.test(t.charAt(start))) start++;
    while (end > start && TRIM_END.test(t.charAt(end - 1))) end--;
    const inner = t.slice(start, end);
    const open = (inner.match(/\[/g) ?? []).length;
    const close = (inner.match(/\]/g) ?? []).length;
    if (open > close && t.charAt(skipAhead(end)) === "]") end = skipAhead(end) + 1;
    if (close > open && t.charAt(skipBack(start) - 1) === "[") start = skipBack(start) - 1;
    if (open === close && t.charAt(skipBack(start) - 1) === "[" && t.charAt(skipAhead(end)) === "]") {
      start = skipBack(start) - 1;
      end = skipAhead(end) + 1;
    }
    return { ...c, start, end };
  });
}

function absorbLeadWords(candidates: Candidate[], s: Sentence): Candidate[] {
  return candidates.map((c) => {
    if (c.kind !== "point" || P.DATE_ADVERB_AT_START.test(s.text.slice(c.start, c.end))) return c;
    let start = c.start;
    // "the 3rd of March": the article of an ordinal day is the day's ("on the 3rd of March").
    if (P.ORDINAL_DAY_AT_START.test(s.text.slice(start, c.end))) {
      const m = P.THE_BEFORE.exec(s.text.slice(s.start, start));
      if (m) start -= m[0].length;
    }
    let absorbed = P.LEAD_AT_START.test(s.text.slice(start, c.end)) ? 1 : 0;
    while (absorbed < 2) {
      const m = P.LEAD_BEFORE.exec(s.text.slice(s.start, start));
      if (!m) break;
      start -= m[0].length;
      absorbed++;
    }
    if (c.anaphoric) {
      const m = P.THE_BEFORE.exec(s.text.slice(s.start, start));
      if (m) start -= m[0].length;
    }
    return { ...c, start };
  });
}

/**
 * "yesterday [Tuesday]", "today's [Wednesday]": an editor's bracket after a date is one mention,
 * and the bracket wins when it names a day — a weekday is taken nearest the outer date.
 */
function mergeBrackets(candidates: Candidate[], s: Sentence): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const prev = out[out.length - 1];
    const between = prev ? s.text.slice(prev.end, c.start) : "";
    if (
      prev &&
      prev.kind === "point" &&
      c.kind === "point" &&
      s.text.charAt(c.start) === "[" &&
      /^\s*(?:['’]s)?\s*$/.test(between)
    ) {
      let date = c.date ?? prev.date;
      if (c.weekday !== null) date = prev.date ? dayOfWeekday(prev.date, c.weekday, "nearest") : null;
      out[out.length - 1] = {
        ...prev,
        end: c.end,
        date,
        precision: c.date !== null || c.weekday !== null ? c.precision : prev.precision,
        clockOnly: prev.clockOnly && c.clockOnly,
        anaphoric: prev.anaphoric && c.anaphoric,
      };
    } else {
      out.push(c);
    }
  }
  return out;
}

/**
 * A clock time or day part alone: "that night" is anaphoric (no date); otherwise it takes the date
 * of the nearest dated point in the sentence, or the publication day when the sentence has none.
 */
function dateClockOnly(candidates: Candidate[], s: Sentence): Candidate[] {
  const dated = candidates.filter((c) => c.kind === "point" && !c.clockOnly);
  return candidates.map((c) => {
    if (!c.clockOnly) return c;
    const determiner = P.ANAPHORIC_DETERMINER_BEFORE.exec(s.text.slice(s.start, c.start));
    if (determiner) {
      return { ...c, start: c.start - determiner[0].length, date: null, clockOnly: false, anaphoric: true };
    }
    if (dated.length === 0) return { ...c, date: s.published, precision: "day" };
    const nearest = dated.reduce((best, d) => (distance(d, c) < distance(best, c) ? d : best));
    return { ...c, date: nearest.date, precision: "day" };
  });
}

/**
 * A wire dateline: a date opening the sentence after a place name and a comma, followed by a
 * dash or colon ("KARVAN, June 18 —", "Quetta, March 12 (AFP) -"). A date alone at the start
 * ("02/27/2016: Assailants …", as in GTD summaries) is the event's date and is not marked.
 */
function markDatelines(candidates: Candidate[], s: Sentence): Candidate[] {
  return candidates.map((c) => {
    if (c.kind !== "point") return c;
    const before = s.text.slice(s.start, c.start);
    const line = before.slice(before.lastIndexOf("\n") + 1); // a headline may share the segment
    // The place's pattern (Unicode letter classes, repeated) is costly to compile: tried last,
    // and only where the text before ends in its comma.
    const isDateline =
      P.DATELINE_AFTER.test(s.text.slice(c.end, s.end)) &&
      line.trimEnd().endsWith(",") &&
      P.DATELINE_BEFORE.test(line);
    return isDateline ? { ...c, dateline: true } : c;
  });
}

/**
 * A day or week right after a verb of saying ("said Friday", "told reporters on Tuesday", "said last
 * week"): the saying's.
 */
function markSpeechDays(candidates: Candidate[], s: Sentence): Candidate[] {
  return candidates.map((c) =>
    c.kind === "point" &&
    (c.precision === "day" || c.precision === "week") &&
    P.SPEECH_BEFORE.test(s.text.slice(s.start, c.start)) &&
    !/^['’]s\b/.test(s.text.slice(c.end, c.end + 3)) // "said Friday's attack killed 12": the attack's day
      ? { ...c, speech: true }
      : c,
  );
}

/** Characters between two spans (0 when they touch or overlap). */
function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

// ---- choosing the time of a claim ----

/** A mention this close to the claim (a space, ", ", " — ") counts as attached to it. */
const ADJACENT = 3;

/**
 * The mention that most plausibly dates a claim found at `at` in the same sentence, taking the
 * first tier that has one, and in it the closest by characters between the spans (ties go to the
 * mention after the claim: "killed 30 on Tuesday"):
 * 1. a mention attached to the claim, point or duration ("30 killed over two days", "Since January, 300 …");
 * 2. a point of day precision ("on Tuesday", rather than the aside "this year");
 * 3. any other point;
 * 4. a duration;
 * 5. a wire dateline ("KARVAN, June 18 —") or the day of a verb of saying ("said Friday"), which
 *    date the report or the saying rather than the events.
 */
export function pickTime(mentions: TimeMention[], at: { start: number; end: number }): TimeMention | null {
  const body = mentions.filter((m) => !m.dateline && !m.speech);
  const tiers: TimeMention[][] = [
    body.filter((m) => distance(m, at) <= ADJACENT),
    body.filter((m) => m.kind === "point" && m.precision === "day"),
    body.filter((m) => m.kind === "point"),
    body,
    mentions,
  ];
  const tier = tiers.find((t) => t.length > 0) ?? [];
  let best: TimeMention | null = null;
  for (const m of tier) {
    const d = distance(m, at);
    const bestD = best ? distance(best, at) : Infinity;
    if (!best || d < bestD || (d === bestD && m.start >= at.end && best.start < at.end)) best = m;
  }
  return best;
}
