// Numeric dates chrono's slash parser leaves out (issue 11 §2): dotted dates ("06.09.2025") and a
// day and month without a year after "on" ("on 9/6", "on 13.6"). Which number is the day:
//   1. a number over 12 is the day ("on 13/6", "on 6/13") — the only reading there is;
//   2. a dotted date is day first ("06.09.2025" is 6 September): dots are the day-first
//      countries' separator (Germany, Russia, Ukraine, Turkey …); month-first writing uses slashes;
//   3. a slash in a report whose slash dates are day first (one of them can only be: "13/04"), day
//      first too: one text keeps one order of day and month ("on 13/04 … on 04/03" is 4 March);
//   4. else (a slash, both ≤ 12) the reading on or before the publication day and nearest it, as
//      news reports what happened in the days before it; none when both are as near, or neither
//      is on or before it.
// A year needs no "on"; a day and month alone need it ("3/4 of", "24/7", "9/11" are no dates)
// and a publication day to take the year from (the year before when the day would fall after it).
// chrono's slash parser still reads slashed dates with a year ("02/27/2016", month first).
import type { Parser, ParsingOption, ParsingResult } from "chrono-node";
import { isValidDay, localDay, toDayNumber, type Day } from "./calendar.js";

const NUMERIC_DATE =
  /(?<![\d./])(?:(\bon\s+)(\d{1,2})([./])(\d{1,2})|(\d{1,2})\.(\d{1,2})\.(\d{4}))(?![\d./]*\d)/i;

/** Results this parser made: the not-a-time refiner keeps them (it drops chrono's "3/4"). */
export const NUMERIC_DATE_RESULTS = new WeakSet<ParsingResult>();

/** A slash date whose first number can only be a day ("13/04", "25/12/2025"); not "24/7". */
const DAY_FIRST_SLASH = /(?<![\d./])(?!24\/7(?![\d/]))(?:1[3-9]|2\d|3[01])\/(?:0?[1-9]|1[0-2])(?!\d)/;

/**
 * The option chrono's parse takes for a report (find-times.ts): whether its slash dates are day
 * first, as one of them must be.
 */
export function numericDateOption(text: string): ParsingOption & { slashDayFirst: boolean } {
  // (forwardDate false is chrono's default, named so that the object is a ParsingOption.)
  return { forwardDate: false, slashDayFirst: DAY_FIRST_SLASH.test(text) };
}

const slashDayFirst = (option: object): boolean =>
  (option as { slashDayFirst?: boolean }).slashDayFirst === true;

export const numericDateParser: Parser = {
  pattern: () => NUMERIC_DATE,
  extract(context, match) {
    const ref = localDay(context.reference.instant);
    const day = match[5]
      ? dated(Number(match[7]), Number(match[6]), Number(match[5]))
      : yearless(Number(match[2]), Number(match[4]), match[3] === "." || slashDayFirst(context.option), ref);
    if (!day) return null;
    // "on" stays in the result, so that it outlasts chrono's reading of "on 06.09" as a clock time.
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    result.start.assign("day", day.day);
    result.start.assign("month", day.month);
    // A year taken from the publication day is implied, as chrono's own yearless dates are (so a
    // report with no publication day drops it).
    if (match[5]) result.start.assign("year", day.year);
    else result.start.imply("year", day.year);
    NUMERIC_DATE_RESULTS.add(result);
    return result;
  },
};

function dated(year: number, month: number, day: number): Day | null {
  const d = { year, month, day };
  return isValidDay(d) ? d : null;
}

/** "9/6", "13.6" (dayFirst: dotted, or a day-first report's slash): the reading the rules above give, in the year up to the reference day. */
function yearless(a: number, b: number, dayFirst: boolean, ref: Day): Day | null {
  const inYear = (month: number, day: number): Day | null => {
    const d = dated(ref.year, month, day);
    if (!d) return null;
    return toDayNumber(d) > toDayNumber(ref) ? dated(ref.year - 1, month, day) : d;
  };
  if (a > 12 || dayFirst) return inYear(b, a);
  if (b > 12) return inYear(a, b);
  const asDayFirst = inYear(b, a);
  const monthFirst = inYear(a, b);
  if (!asDayFirst || !monthFirst) return asDayFirst ?? monthFirst;
  const back = (d: Day) => toDayNumber(ref) - toDayNumber(d);
  if (back(asDayFirst) === back(monthFirst)) return null;
  return back(asDayFirst) < back(monthFirst) ? asDayFirst : monthFirst;
}
