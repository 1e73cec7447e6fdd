// The fixed periods linking works in (issue 11 §1). Dated reports of a country are grouped
// period by period, in time order, each period with the incidents of the one before that reach
// into it (relink.ts), so the grouping is a function of the stored reports: the periods are fixed
// days of the calendar, not windows around whatever report came first, and what a period holds
// is read from the store's index of reports by day (`Store.linkKeys`), not from the incidents
// earlier batches formed.
import { dayNumber, dayText } from "./day-numbers.js";
import { addDays, WINDOW_DAYS } from "./event-time.js";

/** An incident of one period is carried into the next when one of its reports is this close to it. */
export const BLOCK_DAYS = 2 * WINDOW_DAYS;
/** A period's length in days. */
export const PERIOD_DAYS = 2 * BLOCK_DAYS;

/** The period a day falls in (days since 1970-01-01, by PERIOD_DAYS). */
export function periodOf(day: string): number {
  return Math.floor(dayNumber(day) / PERIOD_DAYS);
}

/** A period's first and last day. */
export function periodDays(period: number): { from: string; to: string } {
  const from = dayText(period * PERIOD_DAYS);
  return { from, to: addDays(from, PERIOD_DAYS - 1) };
}

/**
 * A period's lock key. Keys are taken in the order of their text (`Store.lockBlocks`), so the
 * number is written at one width: the text's order is the periods' (any day from 1970 minus
 * 19,000 years on).
 */
export function periodKey(period: number): string {
  return `days:${String(period + 250_000).padStart(7, "0")}`;
}

/**
 * Lock keys for re-linking these reports: the periods of their days and the next (a period's
 * linking carries into the next); "*" (every block) for an undated one.
 */
export function blockKeys(reports: readonly { day: string | null }[]): string[] {
  const keys = new Set<string>();
  for (const { day } of reports)
    if (!day) keys.add("*");
    else for (const p of [periodOf(day), periodOf(day) + 1]) keys.add(periodKey(p));
  return [...keys].sort();
}

/**
 * A re-link whose reports' periods span more than this locks only the periods around each report
 * (a batch with one old report among new ones), not every period between.
 */
export const MAX_FIRST_PERIODS = 32;

/**
 * The locks a re-link of these reports takes before anything else (relink.ts), in the one order
 * all writers take them in ("*", then the periods in time order), so that what it locks later is
 * mostly one it holds or comes after every one it holds. Every block ("*", alone) where the
 * undated stage will run (`undated`: it locks "*"); else every period from two before the first
 * report's to one after the last's: a period's re-link locks it and the next, the stage of reports
 * with no country the one before too, and a re-link runs on only into later periods, each locking
 * the one after the last it holds. Where that span is over MAX_FIRST_PERIODS, only the periods
 * from two before to one after each report's: a later period between them is then taken out of
 * order, which PgStore.lockBlocks only tries (store/block-locks.ts), never waits for.
 */
export function firstLocks(reports: readonly { day: string | null }[], undated: boolean): string[] {
  const periods = new Set<number>();
  for (const { day } of reports) {
    if (!day) return ["*"];
    const p = periodOf(day);
    for (let q = p - 2; q <= p + 1; q++) periods.add(q);
  }
  if (undated || periods.size === 0) return ["*"];
  const sorted = [...periods].sort((a, b) => a - b);
  const [first, last] = [sorted[0]!, sorted.at(-1)!];
  if (last - first + 1 <= MAX_FIRST_PERIODS)
    return Array.from({ length: last - first + 1 }, (_, i) => periodKey(first + i));
  return sorted.map(periodKey);
}
