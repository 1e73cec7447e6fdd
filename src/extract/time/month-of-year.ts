// A month named with its year by a relative phrase after it ("since January last year", "in March of
// last year", "in May this year") is one point: that month of that year. chrono reads two, the month
// of the nearest year before the reference ("since January" of the article's year) and the year, and
// the claim took the month, a year off.
import type { DatePrecision } from "../../core/model.js";
import type { Day } from "./calendar.js";

interface Point {
  start: number;
  end: number;
  kind: "point" | "duration";
  date: Day | null;
  precision: DatePrecision;
}

/** What may stand between the month and its year: spaces, "of", a comma. */
const BETWEEN = /^\s*(?:,\s*)?(?:of\s+)?$/i;
/** The year after the month, relative to the article's ("last year"; chrono dates it). */
const RELATIVE_YEAR = /^(?:last|this|next|the\s+previous|the\s+following)\s+year$/i;

/** Joins a month-precision point and the relative year right after it into one point of the month. */
export function monthOfRelativeYear<C extends Point>(candidates: C[], s: { text: string }): C[] {
  const out: C[] = [];
  for (const c of candidates) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.kind === "point" &&
      prev.precision === "month" &&
      prev.date &&
      c.kind === "point" &&
      c.precision === "year" &&
      c.date &&
      RELATIVE_YEAR.test(s.text.slice(c.start, c.end)) &&
      BETWEEN.test(s.text.slice(prev.end, c.start))
    ) {
      out[out.length - 1] = { ...prev, end: c.end, date: { ...prev.date, year: c.date.year } };
    } else out.push(c);
  }
  return out;
}
