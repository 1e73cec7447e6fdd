// The fast path for the commonest dates of a report, where ./weekdays.ts (a weekday and no other
// time word) steps aside: a weekday, with or without its part of the day ("on Tuesday", "on
// Tuesday night", "Saturday morning") among words that only look like times ("a two-day
// curfew"), and the casual days ("yesterday", "yesterday evening", "today", "tonight", "last
// night", "this morning"). chrono
// finds these with its weekday, casual-date and casual-time parsers and merges a weekday with the
// day part after it; here one regular expression finds them and find-times.ts resolves them by
// chrono's rules (a weekday by NewsTense's direction, a casual day from the publication day),
// with no chrono run.
//
// Exactly one such phrase, and nothing else: every match of every parser of chrono's (its gates,
// then its own patterns) must lie inside the phrase (`matchesOnlyWithin`), and no figure or
// time-zone word may follow it (chrono's year-suffix and time-zone refiners). Otherwise this
// gives null and chrono runs. common-dates.test.ts checks that the two agree.
import { matchesOnlyWithin } from "./chrono.js";
import { WEEKDAYS } from "./lexicon.js";
import * as P from "./patterns.js";

/** A point found without chrono, as chrono would give it: `[index, index + text.length)`. */
export type CommonPoint =
  | { kind: "weekday"; index: number; text: string; weekday: number }
  | { kind: "casual"; index: number; text: string; days: number };

const PART = "(?:morning|afternoon|evening|night)";
const WEEKDAY = `(?:${WEEKDAYS.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("|")})`;

/**
 * Group 1: a weekday phrase (group 2 its weekday), with its day part; group 3: a casual day. Weekdays capitalised as
 * NotATime requires; a casual day in lower case or opening with a capital.
 */
const COMMON = new RegExp(
  `(?<![\\p{L}\\p{N}_'’-])(?:` +
    `((?:[Oo]n\\s+)?(?:(?:[Ll]ast|[Tt]his|[Pp]ast|[Nn]ext)\\s+)?(${WEEKDAY})(?:\\s+${PART})?)` +
    `|((?:[Yy]esterday|[Tt]oday|[Tt]onight)(?:\\s+${PART})?|[Ll]ast\\s+night|[Tt]his\\s+(?:morning|afternoon|evening))` +
    `)(?![\\p{L}\\p{N}_'’-])`,
  "gu",
);
const COMMON_CASUAL = /^(?:(?:yesterday|today|tonight)(?:\s+\w+)?|last\s+night|this\s+\w+)$/i;

/** What may not follow a date chrono would read on: a figure (a year), a time zone or an offset. */
const FOLLOWED_BY = /^\s*,?\s*(?:\d|\(?[A-Z]{2,4}\)?(?=\W|$)|\(?(?:GMT|UTC)\b|[+-]\d)/;

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
  // chrono's weekday pattern takes a comma or bracket after the weekday (trimmed later by trimSpans).
  const reach = index + text.length + (m[1] !== undefined ? (CLOSER.exec(after)?.[0].length ?? 0) : 0);
  if (!matchesOnlyWithin(sentence, index, reach)) return null;
  if (m[1] !== undefined) {
    const weekday = (WEEKDAYS as readonly string[]).indexOf(m[2]!.toLowerCase());
    if (weekday < 0 || P.ANAPHORIC.test(text)) return null;
    return [{ kind: "weekday", index, text, weekday }];
  }
  if (!COMMON_CASUAL.test(text)) return null;
  const days = /^(?:yesterday|last)\b/i.test(text) ? -1 : 0;
  return [{ kind: "casual", index, text, days }];
}
