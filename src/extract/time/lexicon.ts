// Word lists of the time extractor (STYLE §8: word lists are data). Every pattern in this folder is
// built from these lists by ./patterns.ts; change the words here, not in the regexes.
import { TENS, UNITS } from "../lexicon/numbers.js";

/** Weekday names, indexed as JavaScript's `getUTCDay()` (0 = Sunday). */
export const WEEKDAYS = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
] as const;

/** Weekday abbreviations. Alone they are dropped ("Sun", "Sat", "Wed" are words and names in prose). */
export const WEEKDAY_ABBREVIATIONS = [
  "sun",
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thur",
  "thurs",
  "fri",
  "sat",
];

export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

/** Month abbreviations: kept only with a day or a year ("6 Mar", "Dec. 5"), dropped alone. */
export const MONTH_ABBREVIATIONS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
];

/**
 * The cheap prefilter: a sentence without one of these is not handed to chrono. Word starts,
 * matched case-insensitively ("day" covers "days", "week" covers "weekend").
 */
export const PREFILTER_WORDS = [
  "yesterday",
  "today",
  "tonight",
  "tomorrow",
  "night",
  "morning",
  "afternoon",
  "evening",
  "noon",
  "midnight",
  "midday",
  "day",
  "week",
  "fortnight",
  "month",
  "year",
  "decade",
  "hour",
  "minute",
  "ago",
];

/**
 * Name stems matched only when capitalised ("May", "MAY"; not "may", "sat", "march"): lower-case
 * month and weekday names are verbs and nouns in news prose, and are dropped anyway.
 */
export const WEEKDAY_STEMS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
export const MONTH_STEMS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/** Words without which chrono's time-unit parsers ("3 days ago", "past week") cannot match. */
export const UNIT_STEMS = [
  "sec",
  "min",
  "hour",
  "hr",
  "day",
  "night",
  "week",
  "fortnight",
  "month",
  "year",
  "decade",
  "quarter",
];

/**
 * chrono's own words for its "N units ago", "N units later" and "this/last/next N units" parsers
 * (its English constants and parser patterns, copied so that ./unit-phrases.ts can match those
 * phrasings with pieces of our own; unit-phrases.test.ts checks them against chrono's patterns).
 * Each list in chrono's order: longest first, as chrono joins them.
 */
export const CHRONO_UNIT_WORDS = [
  "quarters",
  "seconds",
  "minutes",
  "quarter",
  "second",
  "minute",
  "months",
  "hours",
  "weeks",
  "month",
  "years",
  "mins",
  "hour",
  "days",
  "week",
  "year",
  "sec",
  "min",
  "hrs",
  "day",
  "mon",
  "mos",
  "qtr",
  "hr",
  "mo",
  "yr",
  "s",
  "m",
  "h",
  "d",
  "w",
  "y",
];
export const CHRONO_INTEGER_WORDS = [
  "eleven",
  "twelve",
  "three",
  "seven",
  "eight",
  "four",
  "five",
  "nine",
  "one",
  "two",
  "six",
  "ten",
];
/** chrono's month names and abbreviations (its MONTH_DICTIONARY), for ./month-anchors.ts. */
export const CHRONO_MONTH_WORDS = [
  "september",
  "february",
  "november",
  "december",
  "january",
  "october",
  "august",
  "march",
  "april",
  "sept.",
  "june",
  "july",
  "jan.",
  "feb.",
  "mar.",
  "apr.",
  "jun.",
  "jul.",
  "aug.",
  "sep.",
  "sept",
  "oct.",
  "nov.",
  "dec.",
  "may",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];
/** The words that close chrono's "N units ago" ("3 days before"). */
export const CHRONO_AGO_WORDS = ["ago", "before", "earlier"];
/** The words that close chrono's "N units later" ("3 days after", "2 weeks from now"). */
export const CHRONO_LATER_WORDS = ["later", "after", "from now", "henceforth", "forward", "out"];
/** The words (and signs) that open chrono's "this/last/next N units" ("past 3 days", "+2 hours"). */
export const CHRONO_RELATIVE_WORDS = ["this", "last", "past", "next", "after", "+", "-"];

/** Words without which chrono's casual-date parser cannot match (its own list). */
export const CASUAL_DATE_WORDS = [
  "now",
  "today",
  "tonight",
  "tomorrow",
  "tmr",
  "tmrw",
  "overmorrow",
  "yesterday",
  "last night",
];

/** Clock cues without which chrono's clock-time parser cannot give a time we keep. */
export const CLOCK_GATE_CUES = [
  "o'clock",
  "o clock",
  "hrs",
  "at night",
  "in the morning",
  "in the afternoon",
];

/**
 * Future markers: a bare weekday or month goes forward only when one of these comes before it in
 * the sentence (or after it, when the date opens the sentence: "On Monday, the court will ...").
 */
export const FUTURE_MARKERS = [
  "will",
  "won't",
  "shall",
  "next",
  "tomorrow",
  "upcoming",
  "coming",
  "is scheduled",
  "are scheduled",
  "is expected to",
  "are expected to",
  "is due",
  "are due",
  "is to",
  "are to",
  "is set to",
  "are set to",
  "plans to",
  "plan to",
  "planning to",
  "intends to",
];

/** Phrases that contain a future marker but report the past ("the toll is expected to rise"). */
export const FUTURE_MARKER_EXCEPTIONS = [
  "expected to rise",
  "expected to climb",
  "expected to increase",
  "expected to grow",
  "set to rise",
  "set to climb",
];

/** Modifiers that send a weekday or month back ("last Friday") or forward ("next Friday"). */
export const LAST_MODIFIERS = ["last", "past", "previous"];
export const NEXT_MODIFIERS = ["next", "coming"];

/**
 * Deictic words: an expression with one of these (or without a stated year) depends on the
 * publication date, and is left unresolved when there is none.
 */
export const DEICTIC_WORDS = [
  "yesterday",
  "today",
  "tonight",
  "tomorrow",
  "ago",
  "last",
  "next",
  "this",
  "past",
  "earlier",
  "later",
  "coming",
  "previous",
  "now",
];

/**
 * Anaphoric endings: "two days later", "a day earlier", "the day before" count from an event in
 * the story, not from the publication date, so they are kept with no date.
 */
export const ANAPHORIC_ENDINGS = ["later", "earlier", "before", "after", "afterwards", "prior"];

/** Anaphoric openings: "after two days", "the next day", "the following morning", "that night". */
export const ANAPHORIC_OPENINGS = ["after", "next", "following", "previous", "preceding", "same", "that"];

/** Day parts: alone ("in the evening") they are clock-only expressions, dated by the sentence. */
export const DAY_PARTS = [
  "morning",
  "afternoon",
  "evening",
  "night",
  "midnight",
  "midday",
  "noon",
  "dawn",
  "dusk",
];

/** Words that mark a clock time; a time-only result without one ("at 12") is a bare number. */
export const CLOCK_CUES = ["am", "a.m.", "pm", "p.m.", "o'clock", "hrs", "gmt", "utc", "local time"];

/** Words absorbed into a point mention when they stand right before it ("on Friday", "late on Tuesday"). */
export const LEAD_WORDS = [
  "on",
  "in",
  "at",
  "since",
  "during",
  "until",
  "till",
  "by",
  "around",
  "about",
  "before",
  "after",
  "early",
  "late",
  "shortly",
  "mid",
];

/**
 * Ordinal days in words ("the third of March"); the 21st to 29th and the 31st put "twenty" or
 * "thirty" before one of the first nine ("the twenty-first").
 */
export const ORDINAL_DAY_WORDS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
  "thirtieth",
];
export const ORDINAL_DAY_TENS = ["twenty", "thirty"];

/** Date adverbs that take no lead word ("in today's operation" → "today's"). */
export const DATE_ADVERBS = ["yesterday", "today", "tonight", "tomorrow"];

/** A month named alone ("May") is a month only after one of these ("in May", "since March"). */
export const MONTH_ONLY_LEADS = [
  "in",
  "since",
  "during",
  "until",
  "till",
  "by",
  "from",
  "of",
  "early",
  "late",
  "mid",
  "last",
  "this",
  "next",
  "through",
  "throughout",
  "before",
  "after",
];

/** Prepositions before a bare year ("in 2016"); without one a four-digit number is a count. */
export const YEAR_LEADS = [
  "in",
  "since",
  "during",
  "until",
  "till",
  "by",
  "from",
  "throughout",
  "through",
  "of",
];
/** Qualifiers between the preposition and the year ("in early 2024"). */
export const YEAR_QUALIFIERS = ["early", "late", "mid", "mid-"];

/** Same-day expressions the casual parser gets wrong ("earlier in the day" → tomorrow). */
export const SAME_DAY_PHRASES = [
  "earlier in the day",
  "later in the day",
  "earlier today",
  "later today",
  "earlier this morning",
  "later this morning",
  "earlier this afternoon",
  "earlier this evening",
  "later this evening",
  "earlier this week",
  "later this week",
  "earlier this month",
  "later this month",
  "earlier this year",
  "later this year",
];

// ---- durations ----

/** Units of a duration, singular (a plural "s" is allowed). "second" is left out: "a second day" is an ordinal. */
export const DURATION_UNITS = [
  "minute",
  "hour",
  "day",
  "night",
  "week",
  "fortnight",
  "month",
  "year",
  "decade",
];
/** Units that count as durations only in the plural ("30 seconds", not "a second attack"). */
export const PLURAL_ONLY_UNITS = ["seconds"];

/** Number words of the quantity lexicon, without those that are not plain counts here. */
const PLAIN = [...UNITS].filter(([w]) => !["both", "dozen", "single", "lone", "zero"].includes(w));

/** Counts that may stand without a preposition ("36 hours", "two days"); digits are always counts. */
export const NUMBER_WORDS = [...PLAIN.filter(([, n]) => n >= 2).map(([w]) => w), ...TENS.keys(), "hundred"];

/** Tens that take a hyphenated unit digit ("twenty-four"). */
export const TENS_WORDS = [...TENS.keys()];
export const UNIT_WORDS = PLAIN.filter(([, n]) => n >= 1 && n <= 9).map(([w]) => w);

/** Counts that need a preposition before them to make a duration ("for a day", "over several weeks"). */
export const SOFT_COUNTS = [
  "a",
  "an",
  "one",
  "several",
  "a few",
  "a couple of",
  "a couple",
  "few",
  "many",
  "some",
];

/** Words that open a duration ("over two days", "for 36 hours", "during the three-day siege"). */
export const DURATION_LEADS = ["over", "for", "during", "within", "in", "throughout", "across", "up to"];

/** Determiners before an adjectival duration ("the three-day siege", "a 48-hour deadline"). */
export const DURATION_DETERMINERS = ["the", "a", "an", "its", "their", "his", "her", "this", "that"];

/** Hedges between the preposition and the count ("for nearly two days"). */
export const DURATION_APPROXIMATORS = [
  "nearly",
  "almost",
  "about",
  "around",
  "roughly",
  "approximately",
  "some",
  "more than",
  "less than",
  "over",
  "under",
  "up to",
  "at least",
  "just over",
  "just under",
];

/** Qualifiers before the count ("the past 24 hours", "the first three days"). */
export const DURATION_QUALIFIERS = [
  "past",
  "last",
  "previous",
  "first",
  "next",
  "following",
  "coming",
  "final",
];

/** Words after a count that make it a point or an age, not a duration ("two days later", "25 years old"). */
export const DURATION_STOPPERS = [
  "ago",
  "later",
  "earlier",
  "before",
  "after",
  "afterwards",
  "old",
  "prior",
  "back",
];

/** Verbs of saying whose own day a report gives ("said Friday"): find-times `markSpeechDays`. */
export const SPEECH_VERBS = [
  "said",
  "says",
  "told",
  "announced",
  "added",
  "confirmed",
  "stated",
  "reported",
  "claimed",
];
