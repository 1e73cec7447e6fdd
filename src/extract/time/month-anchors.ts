// What chrono's day-month parser ("12 March 2016", "5th of May", "3-5 June") must find in a
// sentence to match at all, as a small pattern of our own. Its pattern is among chrono's costliest
// to run (after the counted-unit ones, now ./unit-phrases.ts): two alternations of 41 ordinal words, tried
// wherever a number stands, in every sentence that names a month or only looks like it ("Mayor",
// "Marines": the month gate takes capitalised stems).
//
// chrono: (on)? ORDINAL (to ORDINAL)? (-|/|\s{0,3}(of)?\s{0,3}) MONTH (YEAR)? (?=\W|$), where an
// ORDINAL is one of its ordinal words, each ending in "st", "nd", "rd" or "th", or one or two
// digits with such an ending or none. So the last ordinal, the separator and the month of every
// match are a match of DAY_MONTH: a digit or one of those endings, the separator, the month, and
// after it the end of a word or the digits of a year. A sentence without one holds no match of
// chrono's pattern, and the parser can be skipped there.
// month-anchors.test.ts checks chrono's pattern against these pieces.
import { caseless } from "./caseless.js";
import * as L from "./lexicon.js";

/** chrono's separator between the day and the month. */
export const CHRONO_DAY_MONTH_SEPARATOR = "(?:-|\\/|\\s{0,3}(?:of)?\\s{0,3})";
/** chrono's month names, in its order. */
export const CHRONO_MONTHS = `(?:${L.CHRONO_MONTH_WORDS.map((w) => w.replace(/\./g, "\\.")).join("|")})`;

export const DAY_MONTH = caseless(
  new RegExp(`(?:\\d|st|nd|rd|th)${CHRONO_DAY_MONTH_SEPARATOR}${CHRONO_MONTHS}(?=\\W|$|\\d)`, "i"),
);
