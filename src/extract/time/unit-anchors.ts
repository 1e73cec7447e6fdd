// What chrono's counted-unit parsers ("3 days ago", "two hours later", "the past 24 hours") must
// find in a sentence to match at all, as small patterns of our own. chrono's patterns repeat a
// large case-insensitive group up to eleven times ("2 days, 3 hours and 5 minutes ago"), which
// makes them its costliest to compile (~30 CPU-ms each, per process and per worker thread); a
// unit word alone ("a two-day curfew", "for years") passes their gate, so without these they
// would be compiled and run for most sentences that name a span of time.
//
// Each anchor is one repetition of chrono's own pattern, with the words around it:
//   "N units ago"   chrono: (units) \s{0,5} (ago|before|earlier) (?=\W|$), where (units) is
//                   one "number unit" and up to ten more after connectors. Its last "number
//                   unit", the closing word and the lookahead are a match of UNITS_AGO.
//   "N units later" the same with its own closing words: a match of UNITS_LATER.
//   "this N units"  chrono: (this|last|…|+|-) \s* (units) (?=\W|$). The opening word and the
//                   first "number unit" are a match of UNITS_RELATIVE, and what follows that
//                   unit is either the end of the match (the lookahead) or a connector or the
//                   next number, which the anchor's lookahead allows.
// So a sentence without a match of the anchor holds no match of chrono's pattern, and the parser
// can be skipped there: chrono's answer does not change. The anchors run without the `i` flag
// (./caseless.ts: the same matches, about half the compiling). unit-anchors.test.ts rebuilds chrono's
// patterns from the same pieces and compares them with chrono's, so a chrono that changes them
// fails the test instead of this going wrong.
import { caseless } from "./caseless.js";
import * as L from "./lexicon.js";

const words = (list: readonly string[]) => list.map((w) => w.replace(/[+.]/g, "\\$&")).join("|");

/** chrono's NUMBER_PATTERN (en/constants). */
export const CHRONO_NUMBER = `(?:(?:${words(L.CHRONO_INTEGER_WORDS)})|[0-9]+|[0-9]+\\.[0-9]+|half(?:\\s{0,2}an?)?|an?\\b(?:\\s{0,2}few)?|few|several|the|a?\\s{0,2}couple\\s{0,2}(?:of)?)`;
/** One "number unit" of chrono's TIME_UNITS_PATTERN, without its groups. */
export const CHRONO_SINGLE_UNIT = `(?:${CHRONO_NUMBER})\\s{0,3}(?:(?:${words(L.CHRONO_UNIT_WORDS)}))`;

/** What may follow the first "number unit" of a longer match: the end, a connector, a number. */
const NEXT_OR_END = `(?=\\W|$|\\d|a|couple|few|half|several|the|${words(L.CHRONO_INTEGER_WORDS)})`;

export const UNITS_AGO = caseless(
  new RegExp(`${CHRONO_SINGLE_UNIT}\\s{0,5}(?:${words(L.CHRONO_AGO_WORDS)})(?=\\W|$)`, "i"),
);
export const UNITS_LATER = caseless(
  new RegExp(`${CHRONO_SINGLE_UNIT}\\s{0,5}(?:${words(L.CHRONO_LATER_WORDS)})(?=\\W|$)`, "i"),
);
export const UNITS_RELATIVE = caseless(
  new RegExp(
    `(?:${words(L.CHRONO_RELATIVE_WORDS)})\\s*(?:(?:about|around)\\s{0,3})?${CHRONO_SINGLE_UNIT}${NEXT_OR_END}`,
    "i",
  ),
);
