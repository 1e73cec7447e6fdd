// A month's name or abbreviation that is a person's name: "Jan Mohammad", "Tor Jan", "April
// Reyes", "Jan, a police commander, was killed". Names of South and Central Asia, Europe and the
// Americas share their words with months (Jan, May, June, April, August), and a name stops at a
// month word only where the word is a date's: a day or a year beside it ("Jan 5", "5 May", "June
// 2017") or a word that opens a time before it ("in May", "since January", "last June").
import { MONTHS } from "../lexicon/not-counts.js";
import type { Token } from "../tokens.js";

/** Words that open a time expression before a month ("in May", "early June", "since January"). */
const BEFORE_A_MONTH: ReadonlySet<string> = new Set(
  "in on since until till by from through throughout during of before after last next this early mid late end".split(
    " ",
  ),
);

/** A day or a year: a number ("5", "2017") or an ordinal day ("5th"). */
const isDayOrYear = (t: Token | undefined): boolean => t !== undefined && /^\d/.test(t.norm);

/**
 * Whether tokens[j] is a month's name read as a date: a month word with a day or year beside it,
 * or after a word that opens a time. A month word with none of them is a name's.
 */
export function isDateMonth(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t || !MONTHS.has(t.norm)) return false;
  const next = tokens[j + 1]?.norm === "." ? tokens[j + 2] : tokens[j + 1];
  return isDayOrYear(next) || isDayOrYear(tokens[j - 1]) || BEFORE_A_MONTH.has(tokens[j - 1]?.norm ?? "");
}
