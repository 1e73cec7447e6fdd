// The anchors must hold every match of chrono's counted-unit patterns: they are built from the same
// pieces as chrono's patterns, and a sentence chrono's pattern matches is matched by the anchor.
import * as chrono from "chrono-node/en";
import type { ParsingContext } from "chrono-node";
import { describe, expect, it } from "vitest";
import { findTimes } from "./find-times.js";
import { CHRONO_SINGLE_UNIT, UNITS_AGO, UNITS_LATER, UNITS_RELATIVE } from "./unit-anchors.js";

/** chrono's pattern of the parser named `name`, as its casual English configuration runs it. */
function chronoPattern(name: string): RegExp {
  const parser = chrono.casual.parsers.find((p) => p.constructor.name === name);
  return parser!.pattern({ text: "" } as unknown as ParsingContext) as RegExp;
}

/** chrono's TIME_UNITS_PATTERN, rebuilt from the anchors' pieces (en/constants, utils/pattern). */
const TIME_UNITS = `(?:(?:about|around)\\s{0,3})?${CHRONO_SINGLE_UNIT}(?:\\s{0,5},?(?:\\s*and)?\\s{0,5}${CHRONO_SINGLE_UNIT}){0,10}`;

const CASES = [
  {
    parser: "ENTimeUnitAgoFormatParser",
    source: `(\\W|^)(${TIME_UNITS})\\s{0,5}(?:ago|before|earlier)(?=\\W|$)`,
    anchor: UNITS_AGO,
  },
  {
    parser: "ENTimeUnitLaterFormatParser",
    source: `(\\W|^)(${TIME_UNITS})\\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=(?:\\W|$))`,
    anchor: UNITS_LATER,
  },
  {
    parser: "ENTimeUnitCasualRelativeFormatParser",
    source: `(\\W|^)(this|last|past|next|after|\\+|-)\\s*(${TIME_UNITS})(?=\\W|$)`,
    anchor: UNITS_RELATIVE,
  },
];

/** Short texts from words around counted units, each joined in several ways. */
function texts(): string[] {
  const openers = ["", "this ", "last ", "past ", "next ", "after ", "+", "-", "the ", "a ", "about "];
  const counts = ["2", "two", "a", "an", "a few", "several", "half an", "a couple of", "the", "12.5", ""];
  const units = ["days", "day", "hours", "h", "d", "mo", "weeks", "years", "death", "dawn", "s"];
  const seconds = ["", " and 3 hours", ", 5 minutes", "3 hours", " and the day"];
  const closers = [
    "",
    " ago",
    " before",
    " earlier",
    " later",
    " after",
    " from now",
    " out",
    "'s",
    "-long",
    "ago",
  ];
  const out: string[] = [];
  for (const o of openers)
    for (const c of counts)
      for (const u of units)
        for (const s of seconds)
          for (const k of closers) out.push(`He said ${o}${c}${c ? " " : ""}${u}${s}${k}, then left.`);
  return out;
}

describe("unit anchors", () => {
  it("are built from the pieces of chrono's own patterns", () => {
    for (const c of CASES) expect(chronoPattern(c.parser).source, c.parser).toBe(c.source);
  });

  it("match every text chrono's pattern matches", () => {
    const all = texts();
    expect(all.length).toBeGreaterThan(50_000);
    for (const c of CASES) {
      const pattern = chronoPattern(c.parser);
      let matched = 0;
      for (const text of all) {
        if (!pattern.test(text)) continue;
        matched++;
        if (!c.anchor.test(text)) expect.fail(`${c.parser}: "${text}" matches chrono but not the anchor`);
      }
      expect(matched, c.parser).toBeGreaterThan(1_000);
    }
  });

  it("let a unit word with no counted span pass without chrono's unit parsers", () => {
    for (const text of [
      "A two-day curfew was imposed.",
      "After the death of the chief, police said.",
      "For years the road was closed.",
    ]) {
      for (const c of CASES) expect(c.anchor.test(text), `${c.parser}: ${text}`).toBe(false);
    }
  });

  it("leave the counted spans to chrono", () => {
    const times = (s: string) => findTimes(s, { start: 0, end: s.length }, "2024-03-15").map((m) => m.text);
    expect(times("Two hours later, 12 people were killed.")).toEqual(["Two hours later"]);
    expect(times("The blast, three days ago, killed 12.")).toEqual(["three days ago"]);
    expect(times("Over the past 24 hours, 12 were killed.")).toEqual(["Over the past 24 hours"]);
  });
});
