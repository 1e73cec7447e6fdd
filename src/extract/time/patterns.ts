// The regular expressions of the time extractor, each built once from the word lists in
// ./lexicon.ts. The global (`g`) patterns are read only through `allMatches`, which resets their
// `lastIndex` (`matchAll` would clone them on every call, several times slower on hot paths).
import * as L from "./lexicon.js";

/** Escape a word for a regex; spaces match any run of whitespace. */
function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}

/** Every match of a global regex in `text`, left to right. */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

/** An alternation of words, longest first so that "a couple of" wins over "a". */
export function alt(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");
}

// ---- prefilter ----

const capitalised = (stems: string[]) => stems.flatMap((s) => [s, s.toUpperCase()]).join("|");
/** Time-ish words, digits with `/` or `:`, clock times, years, and "on 13.6" (numeric-dates.ts). */
export const PREFILTER = new RegExp(
  `\\b(?:${alt(L.PREFILTER_WORDS)})|\\d\\s*(?:[ap]\\.?m\\b|[:/]\\d)|\\b(?:1[89]|20)\\d\\d\\b|\\bon\\s+\\d{1,2}\\.\\d`,
  "i",
);
/** Capitalised weekday and month names (case-sensitive on purpose). */
export const PREFILTER_NAMES = new RegExp(`\\b(?:${capitalised([...L.WEEKDAY_STEMS, ...L.MONTH_STEMS])})`);

// ---- gates: a chrono parser runs on a sentence only when its gate matches ----

export const GATE_WEEKDAY = new RegExp(`\\b(?:${capitalised(L.WEEKDAY_STEMS)})|\\bweekend`);
export const GATE_MONTH = new RegExp(`\\b(?:${capitalised(L.MONTH_STEMS)})`);
export const GATE_UNIT = new RegExp(`\\b(?:${alt(L.UNIT_STEMS)})`, "i");
export const GATE_CLOCK = new RegExp(
  `\\d\\s*[ap]\\.?\\s?m\\b|\\d[:.]\\d\\d|(?:${alt(L.CLOCK_GATE_CUES)})`,
  "i",
);

export const GATE_YEAR = /(?:19|20)\d\d/;
export const GATE_NUMERIC_DATE = /\d[/.-]\d/;
export const GATE_CASUAL_DATE = new RegExp(`\\b(?:${alt(L.CASUAL_DATE_WORDS)})\\b`, "i");
export const GATE_DAY_PART = new RegExp(`\\b(?:${alt(["this", ...L.DAY_PARTS])})\\b`, "i");
export const GATE_SAME_DAY = /\b(?:earlier|later)\b/i;

// ---- words inside a chrono result ----

export const MONTH_TOKEN = new RegExp(`\\b(?:${alt([...L.MONTHS, ...L.MONTH_ABBREVIATIONS])})\\b`, "gi");
export const MONTH_ABBREVIATION = new RegExp(`^(?:${alt(L.MONTH_ABBREVIATIONS)})$`, "i");
export const WEEKDAY_TOKEN = new RegExp(
  `\\b(?:${alt([...L.WEEKDAYS, ...L.WEEKDAY_ABBREVIATIONS])})\\b`,
  "gi",
);
export const WEEKDAY_ABBREVIATION = new RegExp(`^(?:${alt(L.WEEKDAY_ABBREVIATIONS)})$`, "i");

/** A lead word right before a month named alone ("in May", "mid-March"). */
export const MONTH_ONLY_LEAD_BEFORE = new RegExp(`(?<![\\w-])(?:${alt(L.MONTH_ONLY_LEADS)})(?:\\s+|-)$`, "i");
/** A lead word right before a point mention, to absorb into it ("on Friday", "late on Tuesday"). */
export const LEAD_BEFORE = new RegExp(`(?<![\\w-])(?:${alt(L.LEAD_WORDS)})(?:\\s+|-)$`, "i");
export const DATE_ADVERB_AT_START = new RegExp(`^(?:${alt(L.DATE_ADVERBS)})\\b`, "i");
export const LEAD_AT_START = new RegExp(`^(?:${alt(L.LEAD_WORDS)})\\b`, "i");

export const CLOCK = new RegExp(
  `\\d\\s*(?:[ap]\\.?\\s?m\\b\\.?)|\\d[:.]\\d\\d\\b|\\b(?:${alt(L.CLOCK_CUES.filter((c) => /^[a-z' ]+$/.test(c)))})\\b|\\b(?:${alt(L.DAY_PARTS)})\\b`,
  "i",
);
export const PERIOD_UNIT = /\b(?:weeks?|weekends?|fortnights?|months?|years?)\b/i;
export const WEEK_UNIT = /\b(?:weeks?|weekends?|fortnights?)\b/i;
export const MONTH_UNIT = /\bmonths?\b/i;
export const YEAR_UNIT = /\byears?\b/i;
/** "this morning", "this evening": a day part of the publication day. */
export const THIS_DAY_PART = new RegExp(`^this\\s+(?:${alt(L.DAY_PARTS)})\\b`, "i");
/** A chrono result that is only "now". */
export const NOW_ONLY = /^\W*now\W*$/i;

export const DEICTIC = new RegExp(`\\b(?:${alt(L.DEICTIC_WORDS)})\\b`, "i");

const DAY_AND_PARTS = alt(["day", ...L.DAY_PARTS]);
const UNITS = `(?:(?:${alt(L.DURATION_UNITS)})s?|${alt(L.PLURAL_ONLY_UNITS)})`;
const COUNT = `(?:\\d+(?:[.,]\\d+)?|(?:${alt(L.TENS_WORDS)})-(?:${alt(L.UNIT_WORDS)})|${alt(L.NUMBER_WORDS)})`;
const SOFT = `(?:${alt(L.SOFT_COUNTS)})`;

/** Expressions that count from an event in the story, not from the publication date. */
export const ANAPHORIC = new RegExp(
  [
    `\\b(?:${alt(L.ANAPHORIC_ENDINGS)})$`,
    `^(?:the\\s+)?(?:${alt(L.ANAPHORIC_OPENINGS)})\\s+(?:${DAY_AND_PARTS})\\b`,
    `^after\\s+(?:${COUNT}|${SOFT})\\s+${UNITS}`,
  ].join("|"),
  "i",
);
/** The words before a day part that make it anaphoric ("that night", "the following morning"). */
export const ANAPHORIC_DETERMINER_BEFORE = new RegExp(
  `(?<![\\w-])(?:that|(?:the\\s+)?(?:${alt(L.ANAPHORIC_OPENINGS)}))\\s+$`,
  "i",
);
export const THE_BEFORE = /(?<![\w-])the\s+$/i;
/** A day named by its ordinal, at the start of a mention ("3rd of March", "twenty-first of May"). */
export const ORDINAL_DAY_AT_START = new RegExp(
  `^(?:\\d{1,2}(?:st|nd|rd|th)|(?:(?:${alt(L.ORDINAL_DAY_TENS)})[\\s-]+)?(?:${alt(L.ORDINAL_DAY_WORDS)}))\\b`,
  "i",
);

/**
 * Before a dateline's date: the place, capitalised in any script ("KARVAN, ", "Quetta, ",
 * "SÃO TOMÉ, "), and a comma, perhaps with its country or state ("COTABATO CITY, Philippines, ").
 */
export const DATELINE_BEFORE = /^\s*(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},\s*){1,2}$/u;
/**
 * After a dateline's date: a dash or colon, with an agency in brackets before it perhaps; or the
 * agency in brackets running straight into the text ("RAIPUR, Jan 6 (PTI) Six jawans …").
 */
export const DATELINE_AFTER = /^\s*(?:\([A-Za-z .]+\)\s*)?[—–:-]|^\s*\([A-Z][A-Za-z .]*\)\s+(?=[A-Z0-9"“])/;

/**
 * Before the day of a verb of saying: the verb, perhaps with its addressee ("said ", "told
 * reporters on ", "said in a statement on "), at the end of the text before the day; its object
 * may take its hearer ("confirmed the attack to our correspondent on Tuesday").
 */
export const SPEECH_BEFORE = new RegExp(
  `\\b(?:${alt(L.SPEECH_VERBS)})(?:\\s+(?:reporters|journalists|the\\s+\\w+|in\\s+a\\s+\\w+|a\\s+\\w+(?:\\s+\\w+)?))?(?:\\s+to\\s+(?:reporters|journalists|(?:our|the|a|an)\\s+\\w+))?\\s+(?:on\\s+|late\\s+|early\\s+)?$`,
  "i",
);

// ---- future markers ----

export const FUTURE_MARKER = new RegExp(`\\b(?:${alt(L.FUTURE_MARKERS)})\\b`, "gi");
export const FUTURE_EXCEPTION = new RegExp(`\\b(?:${alt(L.FUTURE_MARKER_EXCEPTIONS)})\\b`, "gi");
export const LAST_MODIFIER = new RegExp(`\\b(?:${alt(L.LAST_MODIFIERS)})\\b`, "i");
export const NEXT_MODIFIER = new RegExp(`\\b(?:${alt(L.NEXT_MODIFIERS)})\\b`, "i");

// ---- own parsers ----

/** "earlier in the day", "earlier today", "later this week". */
export const SAME_DAY = new RegExp(`(?<![\\w-])(?:${alt(L.SAME_DAY_PHRASES)})(?![\\w-])`, "i");

/**
 * A bare year after a preposition ("in 2016", "since early 2024"); without one a four-digit
 * number is a count ("2016 people"). The preposition is part of the match: chrono drops results
 * that are digits only.
 */
export const YEAR_AFTER_PREPOSITION = new RegExp(
  `(?<![\\w-])(?:${alt(L.YEAR_LEADS)})\\s+(?:(?:${alt(L.YEAR_QUALIFIERS)})[\\s-]*)?((?:19|20)\\d\\d)(?![\\w-]|[.,]\\d)`,
  "i",
);

const LEAD = `(?:${alt(L.DURATION_LEADS)})`;
const APPROX = `(?:${alt(L.DURATION_APPROXIMATORS)})`;
const QUAL = `(?:${alt(L.DURATION_QUALIFIERS)})`;
const STOP = `(?:${alt(L.DURATION_STOPPERS)})`;
const UNIT_SINGULAR = `(?:${alt(L.DURATION_UNITS)})`;
const DETERMINER = `(?:${alt(L.DURATION_DETERMINERS)})`;

/**
 * Durations, tried in this order at each position:
 * 1. adjectival, with its noun: "(during) the three-day siege", "a 36-hour standoff", "the week-long siege";
 * 2. a counted span after a preposition: "over two days", "for 36 hours", "in the past 24 hours", "for a day";
 * 3. "the past week" after a preposition: "over the past week";
 * 4. a counted span alone: "36 hours", "the last 48 hours" — not "two days later", "25 years old".
 * All in lower case and without the `i` flag: ./durations.ts runs it on the sentence with its ASCII
 * letters lowered (`i` without `u` folds nothing else onto them), and compiling it so takes under
 * half the instructions (README, fourteenth round).
 */
export const DURATION = new RegExp(
  [
    `(?:${LEAD}\\s+)?(?:${DETERMINER}\\s+)?(?:(?:${COUNT}|a|an|one)-${UNIT_SINGULAR}(?!-old)(?:-long)?|${UNIT_SINGULAR}-long)\\s+(?!old\\b)[a-z]+\\b`,
    `${LEAD}\\s+(?:${APPROX}\\s+)?(?:the\\s+)?(?:${QUAL}\\s+)?(?:${COUNT}|${SOFT})\\s+${UNITS}\\b(?!\\s*-?\\s*(?:ago|old)\\b)`,
    `${LEAD}\\s+the\\s+(?:past|last|previous)\\s+${UNITS}\\b(?!\\s+of\\b)`,
    `(?:${APPROX}\\s+)?(?:the\\s+)?(?:(?:${QUAL}\\s+)?${COUNT}|${QUAL}\\s+${SOFT})\\s+${UNITS}\\b(?!\\s*-?\\s*${STOP}\\b|\\s+of\\s+age\\b)`,
  ]
    .map((p) => `(?<![\\w-])${p}`)
    .join("|"),
  "g",
);

/** A duration needs a whole unit word ("days", "hour-long"), not "Monday" or "yesterday". */
export const DURATION_GATE = new RegExp(`(?<![\\w])${UNITS}(?![\\w])`, "i");

/** A chrono result that is really a duration ("for 36 hours", "past 24 hours"): ours to read. */
export const CHRONO_DURATION = new RegExp(
  `^(?:(?:within|in|for)\\s(?!.*\\b(?:19|20)\\d\\d$)|(?:the\\s+)?(?:past|last|next|previous|coming)\\s+(?:${COUNT}|${SOFT})\\s+${UNITS})`,
  "i",
);
