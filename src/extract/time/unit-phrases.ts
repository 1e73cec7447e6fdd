// chrono-node's counted-unit phrasings, matched by pieces of our own (./match-engine.ts):
//   "N units ago"        (ENTimeUnitAgoFormatParser):            "3 days ago", "two hours before"
//   "N units later"      (ENTimeUnitLaterFormatParser):          "a week later", "2 days from now"
//   "this/last N units"  (ENTimeUnitCasualRelativeFormatParser): "the past 24 hours", "+2 days"
// Each is chrono's own pattern, piece for piece and in its order (en/constants: NUMBER_PATTERN,
// TIME_UNITS_PATTERN; the words in ./lexicon.ts), so each finds what chrono's regex finds at
// every start; unit-phrases.test.ts compares the two on every suffix of a grid of sentences and
// of random ones. chrono still reads each match (its parser's `extract`: the duration, the day
// from the reference), so the results are chrono's.
//
// Why: compiling these three patterns (a large group repeated up to eleven times) was ~5% of the
// instructions of extracting the news reports, where they run in a few sentences (README).
import * as E from "./match-engine.js";
import * as L from "./lexicon.js";
import { afterBoundary, relativeUnitsAt, unitsAt } from "./unit-starts.js";

const space = E.char(E.isSpace);
const spaces = (min: number, max?: number) => E.repeat(space, min, max);
const nonWord = E.char((c) => !E.isWordChar(c));
const digits = E.repeat(
  E.char((c) => c >= 48 && c <= 57),
  1,
);
const words = (list: readonly string[]) => E.alt(...list.map(E.word));

/** chrono's NUMBER_PATTERN. */
const NUMBER = E.alt(
  words(L.CHRONO_INTEGER_WORDS),
  digits,
  E.seq(digits, E.word("."), digits),
  E.seq(E.word("half"), E.optional(E.seq(spaces(0, 2), E.word("a"), E.optional(E.word("n"))))),
  E.seq(E.word("a"), E.optional(E.word("n")), E.boundary, E.optional(E.seq(spaces(0, 2), E.word("few")))),
  E.word("few"),
  E.word("several"),
  E.word("the"),
  E.seq(E.optional(E.word("a")), spaces(0, 2), E.word("couple"), spaces(0, 2), E.optional(E.word("of"))),
);

/** One "number unit" of chrono's TIME_UNITS_PATTERN. */
const SINGLE_UNIT = E.seq(NUMBER, spaces(0, 3), words(L.CHRONO_UNIT_WORDS));
/** What may join two of them: spaces, a comma, "and". */
const CONNECTOR = E.seq(
  spaces(0, 5),
  E.optional(E.word(",")),
  E.optional(E.seq(spaces(0), E.word("and"))),
  spaces(0, 5),
);
/** chrono's TIME_UNITS_PATTERN: "about 2 days, 3 hours and 5 minutes". */
const UNITS = E.seq(
  E.optional(E.seq(words(["about", "around"]), spaces(0, 3))),
  SINGLE_UNIT,
  E.repeat(E.seq(CONNECTOR, SINGLE_UNIT), 0, 10),
);

/** chrono's left boundary (AbstractParserWithWordBoundaryChecking): `(\W|^)`. */
const HEADER = E.group(1, E.alt(nonWord, E.atStart));
const WORD_END = E.ahead(E.alt(nonWord, E.atEnd));

/** `(\W|^)(units)\s{0,5}(?:closing words)(?=\W|$)`. */
const closedBy = (closers: readonly string[]) =>
  E.seq(HEADER, E.group(2, UNITS), spaces(0, 5), words(closers), WORD_END);

const AGO = closedBy(L.CHRONO_AGO_WORDS);
const LATER = closedBy(L.CHRONO_LATER_WORDS);
/** `(\W|^)(this|last|…|\+|-)\s*(units)(?=\W|$)`. */
const RELATIVE = E.seq(
  HEADER,
  E.group(2, words(L.CHRONO_RELATIVE_WORDS)),
  spaces(0),
  E.group(3, UNITS),
  WORD_END,
);

/** The words (and a digit) NUMBER may end with: "3", "two", "half an", "a few", "a couple of". */
const NUMBER_ENDS = [
  "\\d",
  ...L.CHRONO_INTEGER_WORDS,
  "half",
  "an?",
  "few",
  "several",
  "the",
  "couple",
  "of",
];

/**
 * How a match of "N units ago" or "N units later" ends: a closing word (`(?=\W|$)` after it) right
 * after its last number and unit word. The closing word is found first and what stands behind it
 * checked after (a pattern that opened on the numbers would try them at every position). A text
 * without this holds no match, and most texts with a closing word ("after", "without") have no
 * unit before it.
 */
const closing = (list: readonly string[]) => {
  const closer = `(?:${list.join("|")})`;
  const before = `(?:${NUMBER_ENDS.join("|")})\\s{0,5}(?:${L.CHRONO_UNIT_WORDS.join("|")})\\s{0,5}`;
  return new RegExp(`${closer}(?<=${before}${closer})(?![A-Za-z0-9_])`, "i");
};

/** RELATIVE's opening word after its header: a text without one holds no match. */
const OPENING = new RegExp(
  `(?:^|[^A-Za-z0-9_])(?:${L.CHRONO_RELATIVE_WORDS.map((w) => w.replace(/[+]/g, "\\$&")).join("|")})`,
  "i",
);

/**
 * A regular expression whose `exec` (and so `test`) runs `pattern`: chrono calls only `exec` on
 * a parser's pattern. The source given to RegExp is never compiled (V8 compiles on first use).
 */
class PiecesPattern extends RegExp {
  constructor(
    private readonly pieces: E.Piece,
    private readonly groupCount: number,
    private readonly mayStart: (text: string, i: number) => boolean,
    private readonly possible: RegExp,
  ) {
    super("(?!)");
  }

  override exec(text: string): RegExpExecArray | null {
    if (!this.possible.test(text)) return null;
    return E.execPieces(this.pieces, this.groupCount, text, this.mayStart);
  }
}

/** Our patterns for chrono's parsers, by class name. */
export const UNIT_PHRASE_PATTERNS: Readonly<Record<string, RegExp>> = {
  ENTimeUnitAgoFormatParser: new PiecesPattern(AGO, 2, afterBoundary(unitsAt), closing(L.CHRONO_AGO_WORDS)),
  ENTimeUnitLaterFormatParser: new PiecesPattern(
    LATER,
    2,
    afterBoundary(unitsAt),
    closing(L.CHRONO_LATER_WORDS),
  ),
  ENTimeUnitCasualRelativeFormatParser: new PiecesPattern(
    RELATIVE,
    3,
    afterBoundary(relativeUnitsAt),
    OPENING,
  ),
};
