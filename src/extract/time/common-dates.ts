// The fast path for the commonest dates of a report, where ./weekdays.ts (a weekday and no other
// time word) steps aside: a weekday, with or without its part of the day ("on Tuesday", "on
// Tuesday night", "Saturday morning") among words that only look like times ("a two-day
// curfew"), the casual days ("yesterday", "yesterday evening", "today", "tonight", "last
// night", "this morning"), and a whole date with its year ("July 31, 2018", "July 13th 2016",
// "04/08/2018", month first). chrono finds these with its weekday, casual-date, casual-time,
// month-name and slash-date parsers and merges a weekday with the day part after it; here one
// regular expression finds them and find-times.ts resolves them by chrono's rules (a weekday by
// NewsTense's direction, a casual day from the publication day, a whole date as written), with
// no chrono run.
//
// Exactly one such phrase, and nothing else: every match of every parser of chrono's (its gates,
// then its own patterns) must lie inside the phrase (`matchesOnlyWithin`), and no figure or
// time-zone word may follow it (chrono's year-suffix and time-zone refiners). Otherwise this
// gives null and chrono runs. common-dates.test.ts checks that the two agree.
import { isValidDay, type Day } from "./calendar.js";
import { matchesOnlyWithin } from "./chrono.js";
import { MONTHS, WEEKDAYS } from "./lexicon.js";
import * as P from "./patterns.js";

/** A point found without chrono, as chrono would give it: `[index, index + text.length)`. */
export type CommonPoint =
  | { kind: "weekday"; index: number; text: string; weekday: number }
  | { kind: "casual"; index: number; text: string; days: number }
  | { kind: "date"; index: number; text: string; day: Day };

const PART = "(?:morning|afternoon|evening|night)";
const capitalised = (words: readonly string[]) =>
  `(?:${words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("|")})`;
const WEEKDAY = capitalised(WEEKDAYS);
const YEAR = "((?:19|20)\\d\\d)";

/**
 * Group 1: a weekday phrase (group 2 its weekday), with its day part; group 3: a casual day;
 * group 4: a month named in full, day and year (groups 5–7); group 8: a slashed date with its year,
 * month first (groups 9–11). Weekdays and months capitalised as NotATime requires; a casual day in
 * lower case or opening with a capital.
 */
const COMMON = new RegExp(
  `(?<![\\p{L}\\p{N}_'’-])(?:` +
    `((?:[Oo]n\\s+)?(?:(?:[Ll]ast|[Tt]his|[Pp]ast|[Nn]ext)\\s+)?(${WEEKDAY})(?:\\s+${PART})?)` +
    `|((?:[Yy]esterday|[Tt]oday|[Tt]onight)(?:\\s+${PART})?|[Ll]ast\\s+night|[Tt]his\\s+(?:morning|afternoon|evening))` +
    `|((${capitalised(MONTHS)})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,\\s*|\\s+)${YEAR})` +
    `|((\\d{1,2})\\/(\\d{1,2})\\/${YEAR})` +
    `)(?![\\p{L}\\p{N}_'’-])`,
  "gu",
);
const COMMON_CASUAL = /^(?:(?:yesterday|today|tonight)(?:\s+\w+)?|last\s+night|this\s+\w+)$/i;

/** What may not follow a date chrono would read on: a figure (a year), a time zone or an offset. */
const FOLLOWED_BY = /^\s*,?\s*(?:\d|\(?[A-Z]{2,4}\)?(?=\W|$)|\(?(?:GMT|UTC)\b|[+-]\d)/;
/** What chrono's dates may go on with: an era after the year ("2018 AD"), a slash, a clock's colon. */
const DATE_FOLLOWED_BY = /^(?:\s{0,2}(?:BE|AD|BC|BCE|CE)\b|[/.:-]\d)/i;

const CLOSER = /^\s*[,)）]/;

/** The common date of `sentence` as chrono would give it (`[]`: none at all), or null: run chrono. */
export function commonPoints(sentence: string): CommonPoint[] | null {
  COMMON.lastIndex = 0;
  const m = COMMON.exec(sentence);
  // Time words that are no time ("a two-day curfew", "for years"): no parser of chrono's matches.
  if (!m) return matchesOnlyWithin(sentence, 0, 0) ? [] : null;
  const index = m.index;
  const text = m[0];
  // A second one, or anything else chrono could read in the rest: chrono decides.
  if (COMMON.exec(sentence) !== null) return null;
  const after = sentence.slice(index + text.length);
  if (FOLLOWED_BY.test(after)) return null;
  // chrono's weekday pattern takes a comma or bracket after the weekday (trimmed later by trimSpans),
  // and its slash-date pattern the character after the date (not in its result).
  const reach =
    index +
    text.length +
    (m[1] !== undefined
      ? (CLOSER.exec(after)?.[0].length ?? 0)
      : m[8] !== undefined
        ? Math.min(1, after.length)
        : 0);
  if (!matchesOnlyWithin(sentence, index, reach)) return null;
  if (m[1] !== undefined) {
    const weekday = (WEEKDAYS as readonly string[]).indexOf(m[2]!.toLowerCase());
    if (weekday < 0 || P.ANAPHORIC.test(text)) return null;
    return [{ kind: "weekday", index, text, weekday }];
  }
  if (m[4] !== undefined || m[8] !== undefined) {
    if (DATE_FOLLOWED_BY.test(after)) return null;
    const day = m[4] !== undefined ? namedDate(m[5]!, m[6]!, m[7]!) : slashedDate(m[9]!, m[10]!, m[11]!);
    return day ? [{ kind: "date", index, text, day }] : null;
  }
  if (!COMMON_CASUAL.test(text)) return null;
  const days = /^(?:yesterday|last)\b/i.test(text) ? -1 : 0;
  return [{ kind: "casual", index, text, days }];
}

/** "July 31, 2018": the day as written, or null where chrono would read none (day 32, February 30). */
function namedDate(month: string, day: string, year: string): Day | null {
  const d = {
    year: Number(year),
    month: (MONTHS as readonly string[]).indexOf(month.toLowerCase()) + 1,
    day: Number(day),
  };
  return d.month > 0 && isValidDay(d) ? d : null;
}

/**
 * "04/08/2018", as chrono's slash parser reads it in English: month first, unless the first
 * number cannot be a month and the second can ("25/12/2018"); null where it reads no day.
 */
function slashedDate(first: string, second: string, year: string): Day | null {
  let [month, day] = [Number(first), Number(second)];
  if (month > 12) {
    if (!(day >= 1 && day <= 12 && month <= 31)) return null;
    [month, day] = [day, month];
  }
  const d = { year: Number(year), month, day };
  return isValidDay(d) ? d : null;
}
