// Days a report names for an earlier event it refers back to (issue 11: time against place): a
// date written out ("the June 9 bombing", "on 9 June 2025", "Mar. 3") or a span recalled from the
// publication day ("last month's attack", "earlier this month", lexicon/recall.ts); and, apart
// (`eventWeekdays`), the days an event noun's weekday names ("Saturday's attack"). Its claims'
// days say when the events it counts happened; these say which earlier incident it may follow up,
// so that a report weeks after an incident in the same town joins it only when its text names the
// incident's days (event-time.ts `scoreTime`). A date with no year takes the publication's (the
// year before when that would fall after publication); with neither year nor publication day it
// is left out.
import { MONTH_ABBREVIATIONS, MONTHS } from "../extract/time/lexicon.js";
import { EVENT_NOUNS, RECALL_PHRASES } from "./lexicon/recall.js";

/** A span of days [from, to] (YYYY-MM-DD). */
export type DaySpan = [string, string];

/** Month names as news writes them, capitalised ("may" is no month). */
const MONTH_NAMES = [...MONTHS, ...MONTH_ABBREVIATIONS]
  .sort((a, b) => b.length - a.length)
  .map((m) => m[0]!.toUpperCase() + m.slice(1))
  .join("|");
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s+(\d{4}))?`;
/** "June 9", "June 9th, 2025", "Mar. 3" */
const MONTH_DAY = new RegExp(String.raw`\b(${MONTH_NAMES})\.?\s+${DAY}\b${YEAR}`, "gu");
/** "9 June", "9th of June 2025" */
const DAY_MONTH = new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?(${MONTH_NAMES})\b\.?${YEAR}`, "gu");
const RECALL = new RegExp(String.raw`\b(${RECALL_PHRASES.map((r) => r.phrase).join("|")})\b`, "giu");

/** The spans of days the text names back from `published` (sorted, each once). */
export function recalledDays(text: string, published: string | null): DaySpan[] {
  const spans = new Map<string, DaySpan>();
  const add = (s: DaySpan | null) => s && spans.set(s.join(".."), s);
  for (const m of text.matchAll(MONTH_DAY)) add(dated(m[1]!, m[2]!, m[3], published));
  for (const m of text.matchAll(DAY_MONTH)) add(dated(m[2]!, m[1]!, m[3], published));
  if (published)
    for (const m of text.matchAll(RECALL))
      add(
        recalled(
          RECALL_PHRASES.find((r) => r.phrase === m[1]!.toLowerCase())!,
          published,
        ),
      );
  return [...spans.values()].sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
}

/** A date as news writes it, without groups: "May 21, 2017", "21 May", "Mar. 3rd". */
const DATE_TEXT = String.raw`(?:(?:${MONTH_NAMES})\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_NAMES})\.?)(?:,?\s+\d{4})?`;
/** "sometime between May 21, 2017 and May 23, 2017", "between 9 March and 13 March". */
const BETWEEN = new RegExp(String.raw`\bbetween\s+(${DATE_TEXT})\s+and\s+(${DATE_TEXT})(?![\p{L}\d])`, "u");
/** The longest window a report dates one event by (a month: longer is a period, not a window). */
const WINDOW_MAX_DAYS = 31;

/**
 * The window of days a report dates its event by where it gives no day ("Sometime between May
 * 21, 2017 and May 23, 2017, an explosive device detonated …"): the first span "between <date>
 * and <date>" it writes, of at most WINDOW_MAX_DAYS, or null.
 */
export function eventWindow(text: string, published: string | null): DaySpan | null {
  const m = BETWEEN.exec(text);
  if (!m) return null;
  const from = dayOf(m[1]!, published);
  const to = dayOf(m[2]!, published);
  if (!from || !to || from > to) return null;
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
  return days <= WINDOW_MAX_DAYS ? [from, to] : null;
}

function dayOf(date: string, published: string | null): string | null {
  const md = new RegExp(MONTH_DAY.source, "u").exec(date);
  const dm = md ? null : new RegExp(DAY_MONTH.source, "u").exec(date);
  const span = md
    ? dated(md[1]!, md[2]!, md[3], published)
    : dm
      ? dated(dm[2]!, dm[1]!, dm[3], published)
      : null;
  return span?.[0] ?? null;
}

function dated(
  month: string,
  day: string,
  year: string | undefined,
  published: string | null,
): DaySpan | null {
  const name = month.toLowerCase();
  const m = MONTHS.findIndex((full) => full.startsWith(name.slice(0, 3))) + 1;
  const d = Number(day);
  if (m === 0 || d < 1 || d > 31) return null;
  const on = (y: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  let out: string;
  if (year) out = on(Number(year));
  else if (published) {
    const y = Number(published.slice(0, 4));
    out = on(y) > published ? on(y - 1) : on(y);
  } else return null;
  // "February 31" and the like are no day.
  if (new Date(`${out}T00:00:00Z`).toISOString().slice(0, 10) !== out) return null;
  return [out, out];
}

function recalled(r: (typeof RECALL_PHRASES)[number], published: string): DaySpan {
  const p = new Date(`${published}T00:00:00Z`);
  if (r.unit === "week") {
    const mid = p.getTime() - 7 * r.back * DAY_MS;
    return [iso(new Date(mid - 3 * DAY_MS)), iso(new Date(mid + 3 * DAY_MS))];
  }
  const first = new Date(Date.UTC(p.getUTCFullYear(), p.getUTCMonth() - r.back, 1));
  const last =
    r.back === 0
      ? new Date(p.getTime() - DAY_MS)
      : new Date(Date.UTC(p.getUTCFullYear(), p.getUTCMonth(), 0));
  return [iso(first), iso(last < first ? first : last)];
}

const DAY_MS = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const NOUN = String.raw`(?:${EVENT_NOUNS.join("|")})`;
const WEEKDAY_NAME = String.raw`(?:(last)\s+)?(${WEEKDAY_NAMES.join("|")})`;
/** "Saturday's attack", "last Tuesday's strike", "Sunday's suicide bombing" */
const WEEKDAY_OF_EVENT = new RegExp(String.raw`\b${WEEKDAY_NAME}['’]s\s+(?:[a-z-]+\s+){0,2}?${NOUN}`, "giu");
/** "the raid late on Saturday", "the attack on Sunday night", "the attack late Saturday" */
const EVENT_ON_WEEKDAY = new RegExp(
  String.raw`\b${NOUN}[a-z]*\s+(?:(?:late|early)\s+)?(?:on\s+)?${WEEKDAY_NAME}\b`,
  "giu",
);

const ANY_WEEKDAY = new RegExp(WEEKDAY_NAMES.join("|"), "iu");

/**
 * The days an event noun's weekday names, counted back from the publication day: the latest such
 * weekday on or before it (the week before for "last"), as news writes of the week it reports.
 * The weekday is capitalised: "Saturday", not a word of another sense.
 */
export function eventWeekdays(text: string, published: string | null): string[] {
  if (!published) return [];
  const out: string[] = [];
  const pub = new Date(`${published}T00:00:00Z`);
  for (const { weekday, last } of weekdaysOfEvents(text)) {
    let back = (pub.getUTCDay() - weekday + 7) % 7;
    if (last && back === 0) back = 7;
    out.push(iso(new Date(pub.getTime() - back * DAY_MS)));
  }
  return [...new Set(out)].sort();
}

/**
 * The weekdays (0 = Sunday) event nouns name ("Saturday's attack", "the raid late on Saturday"):
 * an undated report's days by its event, which fit an incident whose days fall on them.
 */
export function eventWeekdayNumbers(text: string): number[] {
  return [...new Set(weekdaysOfEvents(text).map((w) => w.weekday))].sort();
}

function weekdaysOfEvents(text: string): { weekday: number; last: boolean }[] {
  const out: { weekday: number; last: boolean }[] = [];
  // Most reports name no weekday: neither pattern can match, and a plain scan says so at once.
  if (!ANY_WEEKDAY.test(text)) return out;
  for (const re of [WEEKDAY_OF_EVENT, EVENT_ON_WEEKDAY])
    for (const m of text.matchAll(re)) {
      const weekday = WEEKDAY_NAMES.indexOf(m[2]!);
      if (weekday >= 0) out.push({ weekday, last: m[1] !== undefined });
    }
  return out;
}
