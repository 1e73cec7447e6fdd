// Totals spread over several days or places ("Some 21 people were killed over 24-26 June", "At
// least 6 killed … Fatalities spread over 3 days of fighting", "leaving at least 23 dead …
// fatalities spread over four locations"). ACLED codes one event per day and place and splits such
// a total between its events ("totals reported over several days or locations may be split across
// events"), so a claim records over how many days or places its figure is spread; GTD, whose
// incident may last days, does not split by day (shared-totals.ts reads totals over several
// incidents, which both split).
//
// Read where the figure's own sentence gives the span ("killed in a two-day battle", "over 7-9
// November", "between 14/12 and 17/12"), or where the article says so of all its fatalities ("the
// fatalities spread across two events") or opens on a span of days ("8-10 January: …"), or where
// the sentence puts its deaths in separate incidents ("four were killed in separate incidents") or
// lists them by place or day ("two deaths, one in Awendo and the other in Rongo";
// outcome/refiners/distributive.ts makes those figures parts of the whole).
import { TENS, UNITS } from "../lexicon/numbers.js";
import { MONTH_ABBREVIATIONS, MONTHS } from "../time/lexicon.js";

const NUMBER = "two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}";
const MONTH = `(?:${[...MONTHS, ...MONTH_ABBREVIATIONS].join("|")})\\.?`;
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const TO = "\\s*(?:-|–|to|and|until)\\s*";
/** What a toll is spread over: the units of ACLED's events. */
const UNITS_OF_EVENTS = "days|locations|events|areas|places|villages|towns|localities|sites";

/** What may open a span of days in a sentence; a time expression as found is the span itself. */
const LEAD = "\\b(?:over|across|during|in|for|between|from)\\s+(?:a\\s+|the\\s+(?:past\\s+|last\\s+)?)?";
/** "two days", "a two-day battle", "three days of rioting", "2 day period". */
const N_DAYS = `(${NUMBER})[\\s-]+days?\\b`;
const N_DAYS_OF = `\\b(${NUMBER})[\\s-]+days?\\s+(?:of|battle|period)\\b`;
/** "7-9 November", "25 and 30 November", "13 to 15 June". */
const DAY_MONTH = `${DAY}${TO}${DAY}\\s+${MONTH}`;
/** "September 12-14", "June 4 and 5". */
const MONTH_DAY = `${MONTH}\\s+${DAY}${TO}${DAY}\\b`;
/** "14/12 - 17/12" (day/month), within one month. */
const NUMERIC = `${DAY}/(\\d{1,2})${TO}${DAY}/(\\d{1,2})\\b`;

/** The patterns of a span of days, with a lead word in a sentence or alone as a time expression. */
function spanPatterns(lead: string): RegExp[] {
  return [
    new RegExp(`${lead}${N_DAYS}`, "i"),
    new RegExp(N_DAYS_OF, "i"),
    new RegExp(`${lead}${DAY_MONTH}`, "i"),
    new RegExp(`${lead}${MONTH_DAY}`, "i"),
    new RegExp(`${lead}${NUMERIC}`, "i"),
  ];
}
const IN_SENTENCE = spanPatterns(LEAD);
const AS_TIME = spanPatterns("^\\s*(?:[a-z]+\\s+)?(?:a\\s+)?");
/** Every pattern of a span of days (for spread-totals.test.ts, which holds SPAN_CUE to them). */
export const SPAN_PATTERNS: readonly RegExp[] = [...IN_SENTENCE, ...AS_TIME];
/**
 * What every span pattern needs, whatever its lead: a count of days ("two days", "3-day"), or a
 * day, "to" or a dash and another day ("7-9", "12th to 14th", "14/12 - 17/12"). One test of a
 * sentence without either instead of the five patterns' (most claims' sentences).
 */
export const SPAN_CUE = new RegExp(`(?:${NUMBER})[\\s-]+days?\\b|\\d(?:st|nd|rd|th)?${TO}\\d`, "i");

/** "Fatalities spread over the two days", "deaths split between three locations". */
const STATED = new RegExp(
  `\\b(?:fatalities|deaths|casualties|dead)\\s+(?:were\\s+|are\\s+)?(?:spread|split|divided)\\s+(?:over|across|between|among)\\s+(?:the\\s+)?(${NUMBER})\\s+(?:[a-z]+\\s+)?(?:${UNITS_OF_EVENTS})\\b`,
  "i",
);
/** The words STATED needs, one of them: a first test of a whole article, most of which has none. */
const SPREAD_VERBS = /spread|split|divided/i;
/** "were killed in separate incidents", "in three separate attacks": the figure's own events. */
const SEPARATE = new RegExp(
  `\\bin\\s+(?:(${NUMBER})\\s+)?separate\\s+(?:incidents|attacks|clashes|raids|shootings|ambushes)\\b`,
  "i",
);
/** The word SEPARATE needs: a literal first test, where most sentences stop. */
const SEPARATE_WORD = /separate/i;
/** A part of a distributive list: a figure, or the last part named without one ("the other"). */
const ITEM = `(?:${NUMBER}|one|the other|another|the others|the rest)\\s+(?:in|at|on|near)\\s`;
/** "two deaths, one in Awendo and the other in Rongo", "; one on 11 April, four on 12 April". */
const DISTRIBUTIVE = new RegExp(
  `[,;:]\\s*(?:${NUMBER}|one)\\s+(?:in|at|on|near)\\s[^,;.]{1,40}?(?:(?:\\s*[,;]\\s*(?:and\\s+)?|\\s+and\\s+)${ITEM}[^,;.]{1,40}?)+(?=\\s*[,;.]|\\s*$)`,
  "i",
);
const ITEMS = new RegExp(`(?:^|[\\s,;:])${ITEM}`, "gi");
/** An article that opens on a span of days: "8-10 January: …", "13-14 October. …". */
const OPENING = new RegExp(`^\\s*${DAY_MONTH}\\s*[:.,]`, "i");

/** Spans of more days than a month are not one event's days. */
const MAX_DAYS = 31;

function count(word: string | undefined): number | null {
  if (!word) return null;
  const w = word.toLowerCase();
  const n = UNITS.get(w) ?? TENS.get(w) ?? Number(w);
  return Number.isInteger(n) && n >= 2 && n <= MAX_DAYS ? n : null;
}

/** The days from one day of a month to a later one, or null. */
function days(first: string | undefined, last: string | undefined): number | null {
  const n = Number(last) - Number(first) + 1;
  return Number.isInteger(n) && n >= 2 && n <= MAX_DAYS ? n : null;
}

/** What the article says of all its fatalities' spread (`stated`) and the days it opens on. */
export interface ArticleSpread {
  stated: number | null;
  opening: number | null;
}

export function articleSpread(text: string): ArticleSpread {
  const opening = OPENING.exec(text);
  const stated = SPREAD_VERBS.test(text) ? count(STATED.exec(text)?.[1]) : null;
  return { stated, opening: opening ? days(opening[1], opening[2]) : null };
}

/** The days of a span matched by one of `patterns`, or null. */
function spanOf(text: string, patterns: readonly RegExp[]): number | null {
  if (!SPAN_CUE.test(text)) return null;
  for (const [i, p] of patterns.entries()) {
    const m = p.exec(text);
    if (!m) continue;
    if (i < 2) return count(m[1]);
    if (i < 4) return days(m[1], m[2]);
    return m[2] === m[4] ? days(m[1], m[3]) : null;
  }
  return null;
}

/**
 * Over how many days or places a figure is spread, or null for one: as the article states it of
 * all fatalities, else as the figure's sentence or its time expression (`time`, "7-9 November",
 * "over two days") gives a span of days, separate incidents, or a list of places or days after the
 * figure (`after`), else the days the article opens on.
 */
export function spreadOver(
  sentence: string,
  time: string | null,
  article: ArticleSpread,
  after: string = sentence,
): number | null {
  return (
    article.stated ??
    spanOf(sentence, IN_SENTENCE) ??
    separateEvents(sentence) ??
    placesOrDays(after) ??
    (time === null ? null : spanOf(time, AS_TIME)) ??
    article.opening
  );
}

/** The events a sentence says its figure was spread over ("in separate incidents": two at least). */
function separateEvents(sentence: string): number | null {
  if (!SEPARATE_WORD.test(sentence)) return null;
  const m = SEPARATE.exec(sentence);
  return m ? (count(m[1]) ?? 2) : null;
}

/**
 * The places or days of a distributive list soon after the figure (`after`: the sentence from the
 * figure's words on): "two deaths, one in Awendo and the other in Rongo". A list elsewhere in the
 * sentence is of something else ("Two blasts, one at a tea shop and the other at a mosque, killed 100").
 */
function placesOrDays(after: string): number | null {
  const m = DISTRIBUTIVE.exec(after);
  return m && m.index <= MAX_LIST_DISTANCE ? count(String(m[0].match(ITEMS)?.length ?? 0)) : null;
}

/** How far after the figure's words (characters) its list of places or days may start. */
const MAX_LIST_DISTANCE = 60;
