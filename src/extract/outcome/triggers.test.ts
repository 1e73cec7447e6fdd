// The sentence gate is sound: over every sentence the project's tests and fixtures hold (the
// string literals of every *.test.ts, the example and fixture reports), each parser that reads an
// outcome finds one of the words it declares, no refiner decides an outcome from nothing without
// its own, and the counts are the same with the gate as without it. A parser added or changed
// without declaring what it needs fails here on its own test sentences.
import { describe, expect, it } from "vitest";
import { projectTexts } from "../../../test/support/corpus.js";
import { sentences } from "../segment/sentences.js";
import { tokenize, type Token } from "../tokens.js";
import type { Candidate } from "./candidate.js";
import {
  COUNT_TRIGGERS,
  countCues,
  findCounts,
  type CountContext,
  mayCount,
  PARSERS,
  readCounts,
  REFINERS,
  type ParserEntry,
  type RefinerEntry,
} from "./find-counts.js";
import { matchesAny, triggerSet, type TriggerSet } from "./triggers.js";

interface Sentence {
  text: string;
  tokens: Token[];
  slice: (a: number, b: number) => string;
}

const SENTENCES: Sentence[] = projectTexts().flatMap((text) =>
  sentences(text).map((s) => ({
    text: text.slice(s.start, s.end),
    tokens: tokenize(text, s),
    slice: (a: number, b: number) => text.slice(a, b),
  })),
);
const CONTEXTS: CountContext[] = [
  { earlier: null, recent: [], counted: [] },
  { earlier: "killed", recent: [{ outcome: "killed", group: "people", head: "passengers" }], counted: [] },
];

/** Each parser's and refiner's own words. */
const OWN = new Map<string, TriggerSet>([
  ...PARSERS.map((p) => [p.name, triggerSet([p.triggers])] as const),
  ...REFINERS.map((r) => [r.name, triggerSet(r.triggers ? [r.triggers] : [])] as const),
]);

/** The parsers, each checking that a sentence it reads holds one of its own words. */
function checkedParsers(s: Sentence, wrong: string[]): ParserEntry[] {
  return PARSERS.map((p) => {
    const own = OWN.get(p.name)!;
    return {
      ...p,
      parse: (tokens, c, cands, ctx) => {
        const read = p.parse(tokens, c, cands, ctx);
        if (read && !matchesAny(tokens, own)) wrong.push(`${p.name}: ${s.text}`);
        return read;
      },
    };
  });
}

/** The refiners, each checking that it decides an outcome from nothing only with its own words there. */
function checkedRefiners(s: Sentence, wrong: string[]): RefinerEntry[] {
  const decided = (cands: Candidate[]) => cands.some((c) => c.outcome !== null);
  return REFINERS.map((r) => ({
    ...r,
    refine: (tokens, cands, ctx) => {
      const before = decided(cands);
      r.refine(tokens, cands, ctx);
      const own = matchesAny(tokens, OWN.get(r.name)!);
      if (!before && decided(cands) && !own) wrong.push(`${r.name}: ${s.text}`);
    },
  }));
}

describe("the sentence gate of the counts", () => {
  it("reads sentences from the project's tests and fixtures", () => {
    expect(SENTENCES.length).toBeGreaterThan(2000);
    // The gate is selective: plenty of those sentences hold no trigger word.
    const passed = SENTENCES.filter((s) => mayCount(s.tokens)).length;
    expect(passed).toBeLessThan(SENTENCES.length * 0.9);
    expect(passed).toBeGreaterThan(SENTENCES.length * 0.2);
  });

  it("passes a sentence with an outcome word and stops one without", () => {
    const tok = (t: string) => tokenize(t, { start: 0, end: t.length });
    expect(mayCount(tok("Five people were killed on Tuesday."))).toBe(true);
    expect(mayCount(tok("Among them were two children."))).toBe(true);
    expect(mayCount(tok("Death toll: 31"))).toBe(true);
    expect(mayCount(tok("The minister arrived in the capital with 40 advisers on Tuesday."))).toBe(false);
    expect(COUNT_TRIGGERS.get("the")?.cues ?? 0).toBe(0);
    expect(COUNT_TRIGGERS.has(",")).toBe(false);
  });

  it("runs in a sentence only the parsers whose words it holds", () => {
    const tok = (t: string) => tokenize(t, { start: 0, end: t.length });
    const cued = (t: string) => {
      const cues = countCues(tok(t));
      return PARSERS.filter((_, i) => (cues & (1 << i)) !== 0).map((p) => p.name);
    };
    expect(cued("Death toll: 31")).toEqual(expect.arrayContaining(["toll", "label"]));
    expect(cued("Death toll: 31")).not.toContain("taken-hostage");
    expect(cued("Gunmen took 30 passengers hostage.")).toContain("taken-hostage");
    expect(cued("Among them were two children.")).toContain("part-of-earlier");
    expect(cued("The minister arrived in the capital with 40 advisers on Tuesday.")).toEqual([]);
  });

  it("each parser and refiner that reads an outcome finds a word it declares", () => {
    const wrong: string[] = [];
    for (const s of SENTENCES)
      for (const ctx of CONTEXTS)
        readCounts(s.tokens, s.slice, ctx, checkedParsers(s, wrong), checkedRefiners(s, wrong));
    expect([...new Set(wrong)]).toEqual([]);
  }, 60_000);

  it("gives the same counts with the gate (each parser only where its words are) as without it", () => {
    const differ: string[] = [];
    for (const s of SENTENCES)
      for (const ctx of CONTEXTS) {
        const gated = JSON.stringify(findCounts(s.tokens, s.slice, ctx));
        if (gated !== JSON.stringify(readCounts(s.tokens, s.slice, ctx))) differ.push(s.text);
      }
    expect(differ).toEqual([]);
  }, 60_000);
});
