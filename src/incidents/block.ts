// The fixed periods linking works in (issue 11 §1). Dated reports of a country are grouped
// period by period, in time order, each period with the incidents of the one before that reach
// into it (relink.ts), so the grouping is a function of the stored reports: the periods are fixed
// days of the calendar, not windows around whatever report came first, and what a period holds
// is read from the store's index of reports by day (`Store.linkKeys`), not from the incidents
// earlier batches formed.
import { addDays, WINDOW_DAYS } from "./event-time.js";

/** An incident of one period is carried into the next when one of its reports is this close to it. */
export const BLOCK_DAYS = 2 * WINDOW_DAYS;
/** A period's length in days. */
export const PERIOD_DAYS = 2 * BLOCK_DAYS;

const DAY_MS = 86_400_000;

/** The period a day falls in (days since 1970-01-01, by PERIOD_DAYS). */
export function periodOf(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS / PERIOD_DAYS);
}

/** A period's first and last day. */
export function periodDays(period: number): { from: string; to: string } {
  const from = new Date(period * PERIOD_DAYS * DAY_MS).toISOString().slice(0, 10);
  return { from, to: addDays(from, PERIOD_DAYS - 1) };
}

/**
 * Lock keys for re-linking these reports: the periods of their days and the next (a period's
 * linking carries into the next); "*" (every block) for an undated one.
 */
export function blockKeys(reports: readonly { day: string | null }[]): string[] {
  const keys = new Set<string>();
  for (const { day } of reports)
    if (!day) keys.add("*");
    else for (const p of [periodOf(day), periodOf(day) + 1]) keys.add(`days:${p}`);
  return [...keys].sort();
}
