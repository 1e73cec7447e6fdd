// When an event happened, by its reports (issue 11 §1). A report's own claims date the event
// (resolved claim times: "on Tuesday" in a report of Wednesday is Tuesday); its publication day
// only bounds it (the event happened on or before it); a report with neither may still name
// weekdays ("on Tuesday evening"), which fit an incident whose days fall on them. An incident's
// dates come from the days its reports' claims give, agreed by two reports when several give
// some, so one report that dates an earlier event does not move the start; publication days
// only when no claim gives a day.
import type { Claim } from "../core/model.js";
import { SPEECH_VERBS } from "../extract/lexicon/claimants.js";
import { STATEMENT_NOUNS } from "./lexicon/follow-up.js";
import {
  eventWeekdayNumbers,
  eventWeekdays,
  eventWindow,
  recalledDays,
  type DaySpan,
} from "./recalled-days.js";
import { dayNumber, dayText, weekdayOf } from "./day-numbers.js";

/** Days a report may be published after the event and still be dated by "on Tuesday" claims. */
export const WINDOW_DAYS = 7;

/** Weekday names as claim times write them, Sunday first (Date.getUTCDay order). */
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY = new RegExp(`\\b(${WEEKDAYS.join("|")})\\b`, "giu");

export interface EventTime {
  /** The publication day (the event happened on or before it), or null. */
  published: string | null;
  /** Days the report's claims give for this event (within WINDOW_DAYS before publication), sorted. */
  claimDates: string[];
  /** Weekdays (0 = Sunday) its claims name where no day resolved (an undated report). */
  weekdays: number[];
  /** Days its text names for an earlier event it refers back to (recalled-days.ts). */
  recalls: DaySpan[];
  /** Days its text names by an event noun's weekday ("Saturday's attack", recalled-days.ts). */
  eventDays: string[];
  /**
   * The day a dated summary opens with ("03/05/2016: …", `openingDay`), or null: an event
   * dataset's or bulletin's entry is one event of that day (another-event.ts).
   */
  stamp: string | null;
  /**
   * The window a report dates its event by ("Sometime between May 21 and May 23, …",
   * recalled-days.ts `eventWindow`), if any: an incident of none of its days is another event.
   */
  window?: DaySpan;
}

/**
 * The event time of a report from its publication day and its claims (other incidents' left
 * out); a report that opens with the event's date ("03/05/2016: …", as event summaries and dated
 * bulletins do) is dated by it when no claim gives a day.
 */
export function eventTime(published: string | null, claims: readonly Claim[], text = ""): EventTime {
  const own = claims.filter(
    (c) => !c.otherIncident && c.time && !period(c.time) && !whenSaid(text, c.time.start),
  );
  const given = own
    .map((c) => c.time!.date)
    .filter((d): d is string => d !== null)
    .filter((d) => published === null || (d <= published && daysBetween(d, published) <= WINDOW_DAYS))
    .sort();
  const opening = openingDay(text);
  const window = eventWindow(text, published);
  const eventDays = eventWeekdays(text, published);
  // No claim gives a day of the event (or only when figures were said): the day its text gives
  // the event by ("Saturday's attack", "the attack late Saturday"), else its opening date.
  const claimDates = given.length > 0 ? given : opening !== null ? [opening] : eventDays;
  const weekdays = new Set<number>();
  if (claimDates.length === 0) {
    for (const c of own)
      if (c.time!.date === null)
        for (const m of c.time!.text.matchAll(WEEKDAY)) weekdays.add(WEEKDAYS.indexOf(m[1]!.toLowerCase()));
    // Undated: the weekdays its event nouns name count too ("Friday's bombing", "the attack on
    // Friday night"), where its figures are dated by none.
    if (published === null) for (const w of eventWeekdayNumbers(text)) weekdays.add(w);
  }
  return {
    published,
    claimDates,
    weekdays: [...weekdays].sort(),
    recalls: recalledDays(text, published),
    eventDays,
    stamp: opening,
    // (absent where the text gives none, as nearly every report: the store keeps it as JSON)
    ...(window ? { window } : {}),
  };
}

/**
 * Whether a time written at `start` dates when a figure was said, not when the event was: it
 * follows a speech verb ("police said on Sunday", "officials said Wednesday", "told reporters on
 * Monday", "told our correspondent on Monday"). Such a day is the report's, like its publication
 * day: it bounds the event, it does not date it.
 */
function whenSaid(text: string, start: number): boolean {
  return SAID_BEFORE.test(text.slice(Math.max(0, start - 48), start));
}
const SAID_BEFORE = new RegExp(
  `(?<![\\p{L}'’])(?:${SPEECH_VERBS.map((v) => v.join(" ")).join("|")}|told(?: [\\p{L}'’]+){1,2}|in an? (?:${STATEMENT_NOUNS.join("|")}))\\s+$`,
  "iu",
);

/**
 * A week, month or year ("this week's raid", "last month") names a period, not the event's day; a
 * weekend ("at the weekend") keeps its day, one of two.
 */
function period(t: { text: string; precision: string }): boolean {
  return (
    t.precision === "month" || t.precision === "year" || (t.precision === "week" && !/weekend/i.test(t.text))
  );
}

/** A leading "MM/DD/YYYY:" or "YYYY-MM-DD:" date, as `YYYY-MM-DD`, or null. */
function openingDay(text: string): string | null {
  const us = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4}):?\s/.exec(text);
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2}):?\s/.exec(text);
  const [y, m, d] = us ? [us[3], us[1], us[2]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!y) return null;
  const out = `${y}-${m!.padStart(2, "0")}-${d!.padStart(2, "0")}`;
  return Number.isNaN(Date.parse(`${out}T00:00:00Z`)) ? null : out;
}

/**
 * The days a report gives its own event: those its text names by the event ("Monday's blasts"),
 * else those its claims give; none when it has only a publication day or weekdays.
 */
export function ownDays(t: EventTime): readonly string[] {
  return t.eventDays.length > 0 ? t.eventDays : t.claimDates;
}

/** The day a report dates its event by (its earliest claim day, else its publication day). */
export function eventDay(t: EventTime): string | null {
  return t.claimDates[0] ?? t.published;
}

export interface TimeScore {
  score: number;
  reason: string | null;
}

/**
 * What a report's own day weeks from an incident's scores: below what place, type, actors and the
 * best cosines can add together (at most 6), so that time alone keeps two attacks apart.
 */
export const FAR = -4;

/**
 * How well a report's time fits an incident's [start, end]:
 *   a day its claims give: +1 within the incident's days (or the next, for a follow-up), +0.5 the
 *     next day, a follow-up days later 1 − days / WINDOW_DAYS (at least −1), else −1.5; more than
 *     WINDOW_DAYS away FAR, unless its text names one of the incident's days (`recalls`: +1);
 *   a publication day only: +1 within (or the day after), before the start −1.5 (published
 *     before the event), after it 1 − days / (2 × WINDOW_DAYS) (at least −1): the report does
 *     not say when the event was, and late reports (inquiries, funerals) often do not;
 *   weekdays only (undated): +1 when one of the incident's days falls on one of them, else −0.5.
 */
export function scoreTime(
  t: EventTime,
  followUp: boolean,
  incident: { start: string | null; end: string | null },
): TimeScore {
  if (!incident.start) return { score: 0, reason: null };
  const start = incident.start;
  const end = incident.end ?? start;
  const span = `${start}..${end}`;
  const claimed = t.claimDates[0] ?? null;
  const day = claimed ?? t.published;
  if (day !== null) {
    const before = day < start ? daysBetween(day, start) : 0;
    const after = day > end ? daysBetween(end, day) : 0;
    const what = claimed ? day : `published ${day}`;
    const near = (score: number): TimeScore => ({
      score,
      reason: `time ${signed(score)} (${what}, ${before || after} days from ${span})`,
    });
    if (before === 0 && (after === 0 || (after === 1 && (followUp || !claimed))))
      return { score: 1, reason: `time +1 (${what}, incident ${span})` };
    // A report whose text names one of the incident's days by its event ("Saturday's attack",
    // "the raid late on Saturday") fits it, whatever later day its own claims give (a toll that
    // rose on Monday, arrests).
    const eventDay = t.eventDays.find((d) => d >= start && d <= end);
    if (eventDay && Math.max(before, after) <= WINDOW_DAYS)
      return { score: 1, reason: `time +1 (${what}; names its event's day ${eventDay}, incident ${span})` };
    const named = t.recalls.find(([a, b]) => a <= addDays(end, 1) && b >= addDays(start, -1));
    // A report that gives no day of its own and names the incident's days follows it up ("the
    // June 9 bombing", its figures dated only by when they were said).
    if (named && !claimed && after > 1)
      return { score: 1, reason: `time +1 (${what}, ${after} days from ${span}; names ${spanText(named)})` };
    // Days its own claims give, weeks from the incident's: another event (however alike the
    // place, type and words of formulaic reports), unless its text names the incident's days.
    if (claimed && Math.max(before, after) > WINDOW_DAYS) {
      return named
        ? {
            score: 1,
            reason: `time +1 (${day}, ${before || after} days from ${span}; names ${spanText(named)})`,
          }
        : {
            score: FAR,
            reason: `time ${signed(FAR)} (${day}, ${before || after} days from ${span}, more than ${WINDOW_DAYS}: another event unless it names its days)`,
          };
    }
    if (before === 1 || after === 1) return near(0.5);
    // Days later: a follow-up's claims, or a report that gives no day of its own (the event may
    // be older than the report), fit less the later they are.
    if (after > 1 && claimed && followUp) return near(Math.max(-1, 1 - after / WINDOW_DAYS));
    if (after > 1 && !claimed) return near(Math.max(-1, 1 - after / (2 * WINDOW_DAYS)));
    return near(-1.5);
  }
  if (t.weekdays.length === 0) return { score: 0, reason: null };
  const days = daysOf(start, end);
  const hit = days.find((d) => t.weekdays.includes(weekday(d)));
  const named = t.weekdays.map((w) => WEEKDAYS[w]).join(", ");
  return hit
    ? { score: 1, reason: `time +1 (undated; its ${named} is the incident's ${hit})` }
    : { score: -0.5, reason: `time −0.5 (undated; ${named} is none of the incident's days ${span})` };
}

/** The day an undated report's weekdays resolve to within an incident's days, or null. */
export function resolveWeekday(t: EventTime, start: string | null, end: string | null): string | null {
  if (!start || t.weekdays.length === 0) return null;
  return daysOf(start, end ?? start).find((d) => t.weekdays.includes(weekday(d))) ?? null;
}

export interface IncidentDates {
  start: string | null;
  end: string | null;
  /** UCDP date_prec: 1 the day is known, 2 within a few days (publication days only). */
  datePrec: number;
}

/**
 * An incident's dates from its reports' times. The start: the earliest day claims of two reports
 * give (of one report, when only one gives any), else the earliest publication day; the end: the
 * latest day claims of two reports give within WINDOW_DAYS of the start (of the only report).
 */
export function incidentDates(times: readonly EventTime[]): IncidentDates {
  const counts = dayCounts();
  for (const t of times) countDays(counts, t);
  return datesOf(counts);
}

/** What an incident's dates are read from, kept as reports join (`countDays`). */
export interface DayCounts {
  /** Its reports whose claims give days. */
  dated: number;
  /** How many reports' claims give each day. */
  perDay: Map<string, number>;
  /** The earliest publication day. */
  published: string | null;
}

export function dayCounts(): DayCounts {
  return { dated: 0, perDay: new Map(), published: null };
}

/** Counts one more report's time. */
export function countDays(counts: DayCounts, t: EventTime): void {
  if (t.published !== null && (counts.published === null || t.published < counts.published))
    counts.published = t.published;
  if (t.claimDates.length === 0) return;
  counts.dated++;
  for (const d of new Set(t.claimDates)) counts.perDay.set(d, (counts.perDay.get(d) ?? 0) + 1);
}

/** The dates `incidentDates` gives, from its reports' counts. */
export function datesOf(counts: DayCounts): IncidentDates {
  if (counts.dated === 0) return { start: counts.published, end: counts.published, datePrec: 2 };
  const days = [...counts.perDay.keys()].sort();
  const agreed = counts.dated === 1 ? days : days.filter((d) => counts.perDay.get(d)! >= 2);
  const start = agreed[0] ?? days[0]!;
  const ends = (agreed.length > 0 ? agreed : [start]).filter(
    (d) => d >= start && daysBetween(start, d) <= WINDOW_DAYS,
  );
  return { start, end: ends[ends.length - 1] ?? start, datePrec: 1 };
}

function daysOf(start: string, end: string): string[] {
  const out: string[] = [];
  for (let d = start; d <= end && out.length <= WINDOW_DAYS; d = addDays(d, 1)) out.push(d);
  return out;
}

function weekday(d: string): number {
  return weekdayOf(dayNumber(d));
}

function spanText([a, b]: DaySpan): string {
  return a === b ? a : `${a}..${b}`;
}

function signed(x: number): string {
  return `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(2)}`;
}

export function daysBetween(a: string, b: string): number {
  return Math.round(Math.abs(dayNumber(b) - dayNumber(a)));
}

export function addDays(d: string, n: number): string {
  return dayText(dayNumber(d) + n);
}
