// Our patterns for chrono's counted-unit parsers must find exactly what chrono's regexes find —
// the same index, text and groups from every start chrono may search from (it searches again
// from a later suffix after each result and after each match its extraction turns down) — and
// the time parser must give the same results with them.
import * as chrono from "chrono-node/en";
import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { describe, expect, it } from "vitest";
import { TIME_PARSER } from "./chrono.js";
import { findTimes } from "./find-times.js";
import * as L from "./lexicon.js";
import { UNIT_PHRASE_PATTERNS } from "./unit-phrases.js";

const NAMES = Object.keys(UNIT_PHRASE_PATTERNS);

const chronoParser = (name: string): Parser =>
  chrono.casual.parsers.find((p) => p.constructor.name === name)!;
const chronoPattern = (name: string) => chronoParser(name).pattern({ text: "" } as unknown as ParsingContext);

const words = (list: readonly string[]) => list.map((w) => w.replace(/[+.]/g, "\\$&")).join("|");
const NUMBER = `(?:(?:${words(L.CHRONO_INTEGER_WORDS)})|[0-9]+|[0-9]+\\.[0-9]+|half(?:\\s{0,2}an?)?|an?\\b(?:\\s{0,2}few)?|few|several|the|a?\\s{0,2}couple\\s{0,2}(?:of)?)`;
const SINGLE = `(?:${NUMBER})\\s{0,3}(?:(?:${words(L.CHRONO_UNIT_WORDS)}))`;
const UNITS = `(?:(?:about|around)\\s{0,3})?${SINGLE}(?:\\s{0,5},?(?:\\s*and)?\\s{0,5}${SINGLE}){0,10}`;
/** chrono's patterns as our pieces read them (en/constants, utils/pattern), from the same words. */
const SOURCES: Record<string, string> = {
  ENTimeUnitAgoFormatParser: `(\\W|^)(${UNITS})\\s{0,5}(?:${words(L.CHRONO_AGO_WORDS)})(?=\\W|$)`,
  ENTimeUnitLaterFormatParser: `(\\W|^)(${UNITS})\\s{0,5}(?:${words(L.CHRONO_LATER_WORDS)})(?=(?:\\W|$))`,
  ENTimeUnitCasualRelativeFormatParser: `(\\W|^)(${words(L.CHRONO_RELATIVE_WORDS)})\\s*(${UNITS})(?=\\W|$)`,
};

/** Every match from every suffix: where the suffix starts, the match's index and groups. */
function matches(re: RegExp, text: string): string[] {
  const out: string[] = [];
  for (let from = 0; from <= text.length; from++) {
    const m = re.exec(text.slice(from));
    if (m) out.push(JSON.stringify([from, m.index, m.input === text.slice(from), ...m]));
  }
  return out;
}

/** Checks every text against every parser; returns how many texts chrono's patterns matched. */
function compare(texts: readonly string[]): number {
  let matched = 0;
  for (const name of NAMES) {
    const theirs = chronoPattern(name);
    const ours = UNIT_PHRASE_PATTERNS[name]!;
    for (const text of texts) {
      const expected = matches(theirs, text);
      if (expected.length) matched++;
      const got = matches(ours, text);
      if (got.join() !== expected.join()) expect(got, `${name}: ${JSON.stringify(text)}`).toEqual(expected);
    }
  }
  return matched;
}

const OPENERS = [
  "",
  "this ",
  "last ",
  "Past ",
  "next ",
  "after ",
  "+",
  "- ",
  "the ",
  "within ",
  "about ",
  "AROUND ",
];
const COUNTS = [
  ...L.CHRONO_INTEGER_WORDS,
  "2",
  "12.5",
  "a",
  "An",
  "a few",
  "few",
  "several",
  "half an",
  "half a",
  "a couple of",
  "couple",
  "the",
  "",
];
const CLOSERS = [...L.CHRONO_AGO_WORDS, ...L.CHRONO_LATER_WORDS, "from  now", "'s", "-long", "", "agony"];
const MORE = ["", " and 3 hours", ", 5 minutes", "3 hrs", " and the day", ",and a half hour", " 2 d 4 h"];

/** Sentences of our own around a counted unit: every count and unit word, then their neighbours. */
function gridTexts(): string[] {
  const out: string[] = [];
  for (const count of COUNTS)
    for (const unit of L.CHRONO_UNIT_WORDS)
      out.push(`It began ${count} ${unit} ago.`, `${count}${unit} later`);
  const say = (o: string, c: string, u: string, more: string, k: string) =>
    out.push(`Police said ${o}${c} ${u}${more} ${k}, on Tuesday.`);
  for (const o of OPENERS)
    for (const k of CLOSERS) {
      for (const c of ["two", "a few", "half an", "3", "the"])
        for (const u of ["days", "hour", "Weeks", "yrs", "mo", "s"]) say(o, c, u, "", k);
      for (const more of MORE) say(o, "two", "days", more, k);
    }
  return out;
}

/** Sentences in every case, spacing and punctuation we could think of, and adjacent dates. */
const HAND = [
  "THREE DAYS AGO, the town fell; Two Hours Later it was retaken.",
  "half an hour after the blast, 1.5 days later and a few weeks from now",
  "10 days, 3 hours and 20 minutes ago the rebels (two days before the vote) struck",
  "He said a day earlier and one week out, 2 yrs henceforth, 3 mo forward",
  "Over the past 24 hours, the last two weeks and this year, +2 days, -3 hours, next 4 quarters",
  "within 3 days, within a day, in two weeks, for a month, for the year",
  "On Tuesday, two days ago, and on March 3, three weeks before, 2 weeks after June 1",
  "two dayſ ago, 3 weeKs ago, 4 weeKs ago, 5 yeİrs ago, ıt was 6 days agO, straße 2 days ago",
  "two\u00a0days\u00a0ago, three\tweeks\nlater, four\u2009hours\u202fbefore",
  "the ones before, they later, they after, them out, thes ago, an hour-long siege, a 2-day curfew",
  "twelve years, eleven months, ten weeks, nine days, eight hours, seven minutes and six seconds ago",
  "about 2 days ago, around a week later, about about 3 days ago, 2 days ago.",
  "a  few   days    ago, a couple of  hours later, acouple of days ago, couple days later",
  "2days ago, 3hrs later, 5m ago, 4 h before, 7 d later, 1 w ago, 2 y ago, 3 qtr ago, 9 mos ago",
  "… two days ago — “three days later” (four days before) [five days after] {six days out}",
  "12.5.2 days ago, 1.5.days later, 3..4 days ago, 2,000 years ago, 2 000 years ago",
  "last, past, next, this 2 days; last2days; past  a   day; this the day; after the day",
  "a ago, the s ago, an m later, a s ago, half s later, several y later, few mins ago",
  "",
  "ago",
  "2 days",
  "-2 days",
  "+ 2 days",
];

/** `count` random texts of up to `length` pieces with separators between them (a fixed seed). */
function randomTexts(count: number, length: number): string[] {
  let seed = 2024;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; // 32-bit, exact
    return (seed >>> 8) % n;
  };
  const pick = (list: readonly string[]) => list[next(list.length)]!;
  // In the order a phrase takes them (opening, count, unit, closing), with noise among them.
  const kinds = [
    [...L.CHRONO_RELATIVE_WORDS, "about", "around", "and", "of", "Tuesday", "killed", "x"],
    [
      ...L.CHRONO_INTEGER_WORDS,
      "2",
      "12",
      "1.5",
      "a",
      "an",
      "a few",
      "few",
      "half",
      "half an",
      "several",
      "a couple of",
      "the",
    ],
    L.CHRONO_UNIT_WORDS,
    [...L.CHRONO_AGO_WORDS, ...L.CHRONO_LATER_WORDS],
  ];
  const separators = [" ", " ", " ", "", ", ", "  ", "\u00a0", "-", ".", "'s "];
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let text = next(3) === 0 ? pick(separators) : "";
    for (let j = 1 + next(length), kind = next(kinds.length); j > 0; j--) {
      kind = next(3) === 0 ? next(kinds.length) : (kind + 1) % kinds.length;
      const piece = pick(kinds[kind]!);
      text += (next(4) === 0 ? piece.toUpperCase() : piece) + pick(separators);
    }
    out.push(text);
  }
  return out;
}

describe("unit phrases", () => {
  it("read chrono's patterns: the same words and pieces, in the same order", () => {
    for (const name of NAMES) expect(chronoPattern(name).source, name).toBe(SOURCES[name]);
  });

  it("match what chrono's patterns match, from every start, on sentences of ours", () => {
    expect(compare(HAND)).toBeGreaterThan(20);
  });

  it("match what chrono's patterns match on a grid of counts, units, openers and closers", () => {
    const texts = gridTexts();
    expect(texts.length).toBeGreaterThan(4_000);
    expect(compare(texts)).toBeGreaterThan(4_000);
  });

  it("match what chrono's patterns match on random texts", () => {
    expect(compare(randomTexts(8_000, 8))).toBeGreaterThan(1_500);
  });

  it("are the patterns the time parser runs, so that it finds what chrono finds", () => {
    for (const text of ["two days ago", "two days later", "the past two days"]) {
      const context = { text } as unknown as ParsingContext;
      const ours = TIME_PARSER.parsers.map((p) => p.pattern(context)).filter((re) => re.test(text));
      expect(
        ours.some((re) => Object.values(UNIT_PHRASE_PATTERNS).includes(re)),
        text,
      ).toBe(true);
    }
    const found = TIME_PARSER.parse("The bomb went off THREE DAYS AGO.", new Date(Date.UTC(2024, 2, 10, 12)));
    expect(found.map((r) => [r.index, r.text, r.start.get("day")])).toEqual([[18, "THREE DAYS AGO", 7]]);
    const times = (s: string) => findTimes(s, { start: 0, end: s.length }, "2024-03-15").map((m) => m.text);
    expect(times("Two hours later, 12 people were killed.")).toEqual(["Two hours later"]);
    expect(times("The blast, three days ago, killed 12.")).toEqual(["three days ago"]);
    expect(times("Over the past 24 hours, 12 were killed.")).toEqual(["Over the past 24 hours"]);
  });

  it("give chrono's results: index, text, components known and implied, tags", () => {
    const ownParsers: Parser[] = NAMES.map((name) => ({
      pattern: () => UNIT_PHRASE_PATTERNS[name]!,
      extract: (c, m) => chronoParser(name).extract(c, m),
    }));
    const theirs = new chrono.Chrono({ parsers: NAMES.map(chronoParser), refiners: [] });
    const ours = new chrono.Chrono({ parsers: ownParsers, refiners: [] });
    const show = (rs: ParsingResult[]) =>
      rs.map((r) => [r.index, r.text, `${r.start}`, `${r.end}`, r.date().getTime()]);
    const refs = [new Date(Date.UTC(2024, 1, 29, 12)), new Date(Date.UTC(2025, 11, 31, 23, 30))];
    let found = 0;
    for (const text of [...HAND, ...gridTexts().filter((_, i) => i % 7 === 0)])
      for (const ref of refs) {
        const expected = show(theirs.parse(text, ref) as ParsingResult[]);
        found += expected.length;
        expect(show(ours.parse(text, ref) as ParsingResult[]), text).toEqual(expected);
      }
    expect(found).toBeGreaterThan(1_000);
  });
});
