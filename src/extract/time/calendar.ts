// Calendar days as plain integers: no time of day, no time zone. A day is its number of days
// since 1970-01-01, so adding days and finding weekdays is arithmetic, never a clock read.

export interface Day {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

const MS_PER_DAY = 86_400_000;

/** `YYYY-MM-DD` (a longer ISO timestamp is cut to its day) → the day, or null when not a real date. */
export function parseDay(text: string | null | undefined): Day | null {
  if (!text) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(day) ? day : null;
}

export function isValidDay(d: Day): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  const back = fromDayNumber(toDayNumber(d));
  return back.year === d.year && back.month === d.month && back.day === d.day;
}

export function toDayNumber(d: Day): number {
  const date = new Date(0);
  date.setUTCFullYear(d.year, d.month - 1, d.day);
  return Math.floor(date.getTime() / MS_PER_DAY);
}

function fromDayNumber(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, days: number): Day {
  return fromDayNumber(toDayNumber(d) + days);
}

/** 0 = Sunday … 6 = Saturday. */
function weekdayOf(d: Day): number {
  return (((toDayNumber(d) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/**
 * The day with `weekday` relative to `ref`: `onOrBefore` (the past rule for news), `before`
 * ("last Friday"), `after` (the future rule), or `nearest` (within three days either way).
 */
export function dayOfWeekday(
  ref: Day,
  weekday: number,
  direction: "onOrBefore" | "before" | "after" | "nearest",
): Day {
  const back = (weekdayOf(ref) - weekday + 7) % 7; // 0..6 days back to it
  switch (direction) {
    case "onOrBefore":
      return addDays(ref, -back);
    case "before":
      return addDays(ref, -(back === 0 ? 7 : back));
    case "after": {
      const ahead = (weekday - weekdayOf(ref) + 7) % 7;
      return addDays(ref, ahead === 0 ? 7 : ahead);
    }
    case "nearest":
      return addDays(ref, back <= 3 ? -back : 7 - back);
  }
}

export function formatDay(d: Day): string {
  const y = String(d.year).padStart(4, "0");
  return `${y}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/**
 * A `Date` whose *local* fields are noon of `d`. chrono reads its reference through local getters,
 * so this makes it see the calendar day `d` whatever the process's time zone (in UTC it is noon UTC).
 */
export function localNoon(d: Day): Date {
  const date = new Date(2000, 0, 1, 12, 0, 0, 0);
  date.setFullYear(d.year, d.month - 1, d.day);
  return date;
}

/** The calendar day of a `Date`'s local fields (the inverse of `localNoon`). */
export function localDay(date: Date): Day {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}
