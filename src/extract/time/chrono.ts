// chrono-node configured for news reports: the casual English parser, plus three parsers and six
// refiners of ours. Built once at import; `TIME_PARSER.parse(sentence, localNoon(published))`.
//
// The refiner list is the pipeline (chrono applies it in order):
//   1. DropDurations    — "for 36 hours", "past 24 hours": durations are read by ./durations.ts
//   2. CountNotYear     — "On 12 March, 30 people", "In May, 20 people": the digits count, no year
//                         or day (./count-after-date.ts)
//   3. NotATime         — "10 may", "sat", "3/4", "at 12": words and figures that are not times
//   4. DatedDayParts    — "this morning" is the publication day (not a time to merge into "Tuesday")
//   5. DayPartOfDate    — "the night of March 10" is March 10 (chrono keeps today's date)
//   6. …chrono's own    — overlap removal, date + time merging, ranges
//   7. NewsTense        — a bare weekday or month is the past one, unless the sentence says future
// The English locale only: the package root loads every locale (~0.15 s of start-up).
import * as chrono from "chrono-node/en";
import type { Parser, ParsingComponents, ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { startsUpper } from "../letters.js";
import { dayOfWeekday, localDay } from "./calendar.js";
import { countNotYear } from "./count-after-date.js";
import { NUMERIC_DATE_RESULTS, numericDateParser } from "./numeric-dates.js";
import * as P from "./patterns.js";
import { DAY_MONTH } from "./month-anchors.js";
import { UNIT_PHRASE_PATTERNS as U } from "./unit-phrases.js";

// ---- parsers ----

/** "earlier in the day", "earlier today", "later this week" → the publication day (chrono reads "in the day" as tomorrow). */
const sameDayParser: Parser = {
  pattern: () => P.SAME_DAY,
  extract(context, match) {
    const ref = localDay(context.reference.instant);
    return context.createParsingResult(match.index ?? 0, match[0], {
      year: ref.year,
      month: ref.month,
      day: ref.day,
    });
  },
};

/** "in 2016", "since early 2024" → that year. */
const yearParser: Parser = {
  pattern: () => P.YEAR_AFTER_PREPOSITION,
  extract(context, match) {
    return context.createParsingResult(match.index ?? 0, match[0], { year: Number(match[1]) });
  },
};

// ---- refiners ----

const dropDurations: Refiner = {
  refine: (_context, results) => results.filter((r) => !P.CHRONO_DURATION.test(r.text)),
};

function isTimeOnly(c: ParsingComponents): boolean {
  return !c.isCertain("weekday") && !c.isCertain("day") && !c.isCertain("month") && !c.isCertain("year");
}

/** Whether a raw chrono result is a time at all. */
function isTime(context: ParsingContext, r: ParsingResult): boolean {
  if (NUMERIC_DATE_RESULTS.has(r)) return true;
  const text = r.text.trim();
  const c = r.start;
  if (P.NOW_ONLY.test(text)) return false;
  // Month and weekday names: capitalised, and abbreviations only with a day ("6 Mar", not "Sun").
  for (const m of P.allMatches(P.MONTH_TOKEN, text)) {
    if (!startsUpper(m[0])) return false;
    if (P.MONTH_ABBREVIATION.test(m[0]) && !c.isCertain("day") && !c.isCertain("year")) return false;
  }
  for (const m of P.allMatches(P.WEEKDAY_TOKEN, text)) {
    if (!startsUpper(m[0])) return false;
    if (P.WEEKDAY_ABBREVIATION.test(m[0]) && !c.isCertain("day")) return false;
  }
  // A month named alone needs a lead word ("in May"); "May God …" is not a date.
  if (c.isCertain("month") && !c.isCertain("day") && !c.isCertain("year")) {
    if (!P.MONTH_ONLY_LEAD_BEFORE.test(context.text.slice(0, r.index))) return false;
  }
  // Numeric dates: with a year only ("02/27/2016", not "3/4", "24/7", "9/11"); dotted forms and
  // "on 9/6" are numeric-dates.ts's.
  if (/^\D*\d{1,2}\/\d{1,2}\D*$/.test(text)) return false;
  if (/\d{1,2}\.\d{1,2}\.\d{2,4}/.test(text)) return false;
  // A time with no date needs a clock cue or a day part ("at 12" is a count).
  if (isTimeOnly(c) && !P.CLOCK.test(text) && !P.PERIOD_UNIT.test(text)) return false;
  return true;
}

/** "this morning", "this evening": chrono gives a time with no day, which then merges into any date before it. */
const datedDayParts: Refiner = {
  refine(context, results) {
    const ref = localDay(context.reference.instant);
    for (const r of results) {
      if (isTimeOnly(r.start) && P.THIS_DAY_PART.test(r.text.trim())) {
        r.start.assign("year", ref.year).assign("month", ref.month).assign("day", ref.day);
      }
    }
    return results;
  },
};

/** "the night of March 10": chrono merges a time before a date but keeps the time's day (today). */
const dayPartOfDate: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (const r of results) {
      const prev = out[out.length - 1];
      const between = prev ? context.text.slice(prev.index + prev.text.length, r.index) : "";
      if (
        prev &&
        isTimeOnly(prev.start) &&
        !isTimeOnly(r.start) &&
        /^\s*(?:of|on)\s+(?:the\s+)?$/i.test(between)
      ) {
        out[out.length - 1] = context.createParsingResult(
          prev.index,
          r.index + r.text.length,
          r.start.clone(),
        );
      } else {
        out.push(r);
      }
    }
    return out;
  },
};

const notATime: Refiner = {
  refine: (context, results) => results.filter((r) => isTime(context, r)),
};

/** Where in `sentence` future markers stand, leaving out the exceptions ("expected to rise"). */
function futureMarkers(sentence: string): number[] {
  const excluded: Array<[number, number]> = [];
  for (const m of P.allMatches(P.FUTURE_EXCEPTION, sentence)) excluded.push([m.index, m.index + m[0].length]);
  const found: number[] = [];
  for (const m of P.allMatches(P.FUTURE_MARKER, sentence)) {
    const end = m.index + m[0].length;
    if (!excluded.some(([s, e]) => m.index < e && s < end)) found.push(m.index);
  }
  return found;
}

/**
 * Whether the result at `index` refers forward: a future marker before it in the sentence, or
 * after it when the date opens the sentence ("On Monday, the court will …"). A possessive
 * ("Friday's attack") is always past.
 */
/** A result's place in its sentence (a chrono result, or a point found without chrono). */
type Located = Pick<ParsingResult, "index" | "text">;

function refersForward(sentence: string, markers: number[], r: Located): boolean {
  const end = r.index + r.text.length;
  if (/^['’]s\b/.test(sentence.slice(end))) return false;
  if (markers.some((i) => i < r.index)) return true;
  const opensSentence = /^\W*(?:\w+\W+)?$/.test(sentence.slice(0, r.index));
  return opensSentence && markers.some((i) => i >= end);
}

export type Direction = "onOrBefore" | "before" | "after";

function directionOf(sentence: string, markers: number[], r: Located): Direction {
  if (P.LAST_MODIFIER.test(r.text)) return "before";
  if (P.NEXT_MODIFIER.test(r.text)) return "after";
  return refersForward(sentence, markers, r) ? "after" : "onOrBefore";
}

function isBareWeekday(c: ParsingComponents): boolean {
  return c.isCertain("weekday") && !c.isCertain("day") && !c.isCertain("month");
}

function isBareMonth(c: ParsingComponents): boolean {
  return c.isCertain("month") && !c.isCertain("day") && !c.isCertain("year");
}

function resolveTense(
  r: ParsingResult,
  c: ParsingComponents,
  direction: Direction,
  context: ParsingContext,
): void {
  const ref = localDay(context.reference.instant);
  if (isBareWeekday(c)) {
    const day = dayOfWeekday(ref, c.get("weekday") ?? 0, direction);
    c.imply("year", day.year).imply("month", day.month).imply("day", day.day);
  } else if (isBareMonth(c)) {
    // A month alone: the latest such month up to the publication month ("in January"), the one
    // before it ("last March"), or the next from it ("will … in June"; "next March" skips this one).
    const month = c.get("month") ?? 1;
    const strict = direction === "before" || P.NEXT_MODIFIER.test(r.text);
    let year = ref.year;
    if (direction === "after") {
      if (month < ref.month || (strict && month === ref.month)) year += 1;
    } else if (month > ref.month || (strict && month === ref.month)) {
      year -= 1;
    }
    c.imply("year", year);
  }
}

/** chrono picks the nearest weekday; news reports are about the past. */
const newsTense: Refiner = {
  refine(context, results) {
    let markers: number[] | null = null;
    for (const r of results) {
      const bare = (c: ParsingComponents | undefined) => !!c && (isBareWeekday(c) || isBareMonth(c));
      if (!bare(r.start) && !bare(r.end)) continue;
      markers ??= futureMarkers(context.text);
      const direction = directionOf(context.text, markers, r);
      resolveTense(r, r.start, direction, context);
      if (r.end) resolveTense(r, r.end, direction, context);
    }
    return results;
  },
};

// ---- configuration ----

/** chrono's parsers that never give a time we keep: "within 3 days" (a duration, ours), "end of the month". */
const UNUSED_PARSERS = new Set(["ENTimeUnitWithinFormatParser", "ENEndOfCurrentMonthParser"]);

/**
 * chrono runs every parser's regex over every sentence; most sentences that pass the prefilter
 * name no weekday, month or clock time. A gate skips a parser when the sentence lacks the words it
 * needs; a parser runs where every pattern of its gate matches. The day-month parser also needs
 * its anchor (./month-anchors.ts: a sentence without it holds no match of its); the counted-unit
 * parsers need a match of their own pattern (./unit-phrases.ts, cheap to run and nothing to
 * compile). Keyed by class name: a parser whose name changes in a later chrono simply runs ungated.
 */
const GATES: Record<string, readonly RegExp[]> = {
  ENWeekdayParser: [P.GATE_WEEKDAY],
  ENMonthNameLittleEndianParser: [P.GATE_MONTH, DAY_MONTH],
  ENMonthNameMiddleEndianParser: [P.GATE_MONTH],
  ENMonthNameParser: [P.GATE_MONTH],
  ENYearMonthNameParser: [P.GATE_MONTH],
  ENTimeExpressionParser: [P.GATE_CLOCK],
  ENTimeUnitAgoFormatParser: [P.GATE_UNIT, U.ENTimeUnitAgoFormatParser!],
  ENTimeUnitLaterFormatParser: [P.GATE_UNIT, U.ENTimeUnitLaterFormatParser!],
  ENTimeUnitCasualRelativeFormatParser: [P.GATE_UNIT, U.ENTimeUnitCasualRelativeFormatParser!],
  ENRelativeDateFormatParser: [P.GATE_UNIT],
  ENYearMonthDayParser: [P.GATE_NUMERIC_DATE],
  ISOFormatParser: [P.GATE_NUMERIC_DATE],
  SlashDateFormatParser: [P.GATE_NUMERIC_DATE],
  ENSlashMonthFormatParser: [P.GATE_NUMERIC_DATE],
  ENCasualDateParser: [P.GATE_CASUAL_DATE],
  ENCasualTimeParser: [P.GATE_DAY_PART],
};

/** Matches nothing, at once (an unanchored `(?!)` would be tried at every position). */
const NEVER = /^(?!)/;

/** Gate results for the sentence being parsed (several parsers share a gate). */
let gateText: string | null = null;
const gateResults = new Map<RegExp, boolean>();

function passes(gate: RegExp, text: string): boolean {
  if (text !== gateText) {
    gateText = text;
    gateResults.clear();
  }
  let result = gateResults.get(gate);
  if (result === undefined) {
    result = gate.test(text);
    gateResults.set(gate, result);
  }
  return result;
}

const passesAll = (gates: readonly RegExp[], text: string) => gates.every((g) => passes(g, text));

/** The parsers that run only behind a gate, with their gates. */
const GATED = new Map<Parser, readonly RegExp[]>();

function gated(parser: Parser, gates: readonly RegExp[]): Parser {
  const wrapped: Parser = {
    pattern: (context) => (passesAll(gates, context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
  GATED.set(wrapped, gates);
  return wrapped;
}

/**
 * chrono's counted-unit parsers ("3 days ago", "two hours later", "the past 24 hours") with their
 * patterns matched by our pieces (./unit-phrases.ts: the same matches, nothing to compile); chrono's
 * `extract` still reads each match.
 */
function withOwnPattern(parser: Parser, pattern: RegExp): Parser {
  return { pattern: () => pattern, extract: (context, match) => parser.extract(context, match) };
}

function build(): chrono.Chrono {
  const parser = chrono.casual.clone();
  parser.parsers = parser.parsers
    .filter((p) => !UNUSED_PARSERS.has(p.constructor.name))
    .map((p) => {
      const name = p.constructor.name;
      const pattern = U[name];
      const own = pattern ? withOwnPattern(p, pattern) : p;
      const gate = GATES[name];
      return gate ? gated(own, gate) : own;
    });
  parser.parsers.push(
    gated(sameDayParser, [P.GATE_SAME_DAY]),
    gated(yearParser, [P.GATE_YEAR]),
    gated(numericDateParser, [P.GATE_NUMERIC_DATE]),
  );
  parser.refiners = [
    dropDurations,
    countNotYear,
    notATime,
    datedDayParts,
    dayPartOfDate,
    ...parser.refiners,
    newsTense,
  ];
  return parser;
}

/** The configured parser, shared by every call. */
export const TIME_PARSER = build();

// ---- what ./weekdays.ts needs to stand in for chrono ----

/**
 * The pattern of chrono's weekday parser, with its left word boundary (group 1), as chrono runs
 * it; null when this chrono has no such parser (then chrono always runs).
 */
export const WEEKDAY_PATTERN: RegExp | null = (() => {
  const parser = chrono.casual.parsers.find((p) => p.constructor.name === "ENWeekdayParser");
  // The pattern does not depend on the context (AbstractParserWithWordBoundaryChecking).
  return parser ? (parser.pattern(undefined as unknown as ParsingContext) as RegExp) : null;
})();

/** The gates of every parser but the weekday parser: when none passes, chrono can find only weekdays. */
const OTHER_GATES = TIME_PARSER.parsers.flatMap((p) => {
  const gates = GATED.get(p);
  return gates && gates !== GATES.ENWeekdayParser ? [gates] : [];
});
const ALL_GATED = TIME_PARSER.parsers.every((p) => GATED.has(p));

/** Whether chrono, given `text`, could find nothing but what its weekday parser finds. */
export function onlyWeekdaysPossible(text: string): boolean {
  return WEEKDAY_PATTERN !== null && ALL_GATED && !OTHER_GATES.some((g) => passesAll(g, text));
}

/**
 * Whether every match of every parser of chrono's in `text` (where its gate passes) lies inside
 * `[start, end)` (a match may begin one character early, with the non-word character before it
 * that chrono's patterns take as a left boundary): then chrono can find nothing but what the
 * parsers make of that stretch. Matches are tried at every position, as chrono retries a match
 * its extraction turned down.
 */
export function matchesOnlyWithin(text: string, start: number, end: number): boolean {
  // The patterns read nothing of the context but its text (the gates); chrono's do not read it.
  const context = { text } as unknown as ParsingContext;
  for (const parser of TIME_PARSER.parsers) {
    const pattern = parser.pattern(context);
    for (let from = 0; from < text.length;) {
      pattern.lastIndex = 0;
      const m = pattern.exec(from === 0 ? text : text.slice(from));
      if (!m) break;
      const at = from + m.index;
      if (at < start - 1 || at + m[0].length > end) return false;
      from = at + 1;
    }
  }
  return true;
}

/** Whether chrono's weekday parser runs on `text` at all. */
export function weekdayGatePasses(text: string): boolean {
  return P.GATE_WEEKDAY.test(text);
}

/** The direction NewsTense resolves a bare weekday at `r` in `sentence` to (see newsTense). */
export function weekdayDirection(sentence: string, r: Located): Direction {
  return directionOf(sentence, futureMarkers(sentence), r);
}
