// A figure after a day and month that counts, not dates: "On 12 March, 30 people were killed",
// "By 10 March 45 had died", "on 9 March, 30-year-old …". chrono's month-name parsers take any two
// digits after the month or day as a year (30 → 2030); where a word follows the two digits they
// count it (a person, a verb, a compound "30-year-old"), so the year goes back to the one chrono
// gives a day and month alone (nearest the reference) and the figure is left out of the result.
// Four digits ("12 March, 2024 people") stay a year: "March 12, 2024 the gunmen …" is a year so
// written. A month, a comma and one or two digits with no year ("In January, 20 villagers were
// abducted", "4 in March, 6 in April") is a month and a figure: chrono reads the digits as its day,
// or as a two-digit year, so the digits go and the month stands alone (dated as any month named
// alone; ./chrono.ts's rules for those apply). A refiner of ./chrono.ts, run before any merging.
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from "chrono-node";

/** The two digits chrono read as a year at the end of a result, and what stands before them. */
const TWO_DIGIT_YEAR = /(?:\s*,\s*|\s+)(\d{2})$/;
/** A word right after the figure: it counts that word. */
const WORD_AFTER = /^(?:\s+|-)\p{L}/u;

/** The year chrono's `parseYear` makes of two digits ("30" → 2030, "98" → 1998). */
function yearOfTwoDigits(digits: string): number {
  const n = Number(digits);
  return n > 50 ? 1900 + n : 2000 + n;
}

/** The year of `day`/`month` nearest `ref`, as chrono's findYearClosestToRef gives it (ties: ref's year). */
export function yearNearest(ref: Date, day: number, month: number): number {
  const date = new Date(ref);
  date.setMonth(month - 1);
  date.setDate(day);
  const shifted = (years: number) => {
    const d = new Date(date);
    d.setFullYear(d.getFullYear() + years);
    return d;
  };
  const distance = (d: Date) => Math.abs(d.getTime() - ref.getTime());
  const next = shifted(1);
  const last = shifted(-1);
  if (distance(next) < distance(date)) return next.getFullYear();
  if (distance(last) < distance(date)) return last.getFullYear();
  return date.getFullYear();
}

function isDayMonthYear(c: ParsingComponents): boolean {
  return c.isCertain("day") && c.isCertain("month") && c.isCertain("year");
}

/** The year of `c` as chrono would imply it without one. */
function unassignYear(c: ParsingComponents, ref: Date): void {
  const year = yearNearest(ref, c.get("day") ?? 1, c.get("month") ?? 1);
  c.delete("year");
  c.imply("year", year);
}

/** Whether `r` ends in two digits read as its year that count the word after them. */
function endsInCount(context: ParsingContext, r: ParsingResult): RegExpExecArray | null {
  if (!isDayMonthYear(r.start)) return null;
  const m = TWO_DIGIT_YEAR.exec(r.text);
  if (!m || r.start.get("year") !== yearOfTwoDigits(m[1]!)) return null;
  return WORD_AFTER.test(context.text.slice(r.index + r.text.length)) ? m : null;
}

/** A month name, a comma and the one or two digits chrono read as its day or its year. */
const MONTH_COMMA_DIGITS = /^(\p{L}+\.?),\s*\d{1,2}$/u;

/** "January, 20" read as 20 January or as January 2020: the month alone, the digits left out. */
function monthBeforeCount(context: ParsingContext, r: ParsingResult): void {
  const c = r.start;
  const m = MONTH_COMMA_DIGITS.exec(r.text);
  if (!m || r.end || !c.isCertain("month")) return;
  r.text = m[1]!;
  c.delete(["day", "year"]);
  c.imply("day", 1);
  c.imply("year", yearNearest(context.reference.instant, 1, c.get("month")!));
}

export const countNotYear: Refiner = {
  refine(context, results) {
    for (const r of results) {
      monthBeforeCount(context, r);
      const m = endsInCount(context, r);
      if (!m) continue;
      r.text = r.text.slice(0, m.index);
      unassignYear(r.start, context.reference.instant);
      if (r.end && isDayMonthYear(r.end)) unassignYear(r.end, context.reference.instant);
    }
    return results;
  },
};
