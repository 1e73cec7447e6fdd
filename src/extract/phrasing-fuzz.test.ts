// Fuzzing the phrasing classes of the attribution and counts rules (asides, comitatives, fronted
// shares, sums, reflexive objects, people's names joined to figures, "N arrests" and "N injuries",
// bare roles, organisations' initials, hyphenated participles, numeric dates): random sentences
// built from their cue words, odd Unicode among them, never make the extractor throw, and every span
// it gives (evidence, a claimant's mention, a time, a numberless mention) lies in [0, text.length),
// start ≤ end, and slices back to its written text. test/fuzz.test.ts fuzzes the whole extractor
// with the words of the older rules.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "./pipeline.js";

const CUES = [
  // asides, comitatives, coordination after a participle phrase
  "in addition to",
  "apart from",
  "along with",
  "together with",
  "alongside",
  "as well as",
  "his",
  "their",
  "travelling to court",
  "including",
  "including the",
  // fronted shares and sums
  "Of the",
  "of the",
  "a total of",
  "a combined",
  "in total",
  "Deaths were estimated at",
  "Fatalities are believed to be about",
  "known to have been",
  // reflexive objects, names joined to figures, outcome nouns
  "killing herself and",
  "themselves and",
  "Tiv",
  "Jukun",
  "members of his family",
  "arrests",
  "injuries",
  "sustained",
  "with",
  "a Chinese national",
  "a local",
  "a village head",
  "head of cattle",
  // speakers and claimant types
  "a commander told AFP",
  "Fighters",
  "gunmen",
  "the WHO said",
  "WHO",
  "GUNMEN WHO KILLED",
  "IOM",
  "Amaq",
  "the Houthi-run Saba news agency",
  "the Kurdish-led SDF said",
  "the Saudi-led coalition",
  "called for",
  "A later report asserted",
  "While police searched",
  "Clashes between soldiers and police reported in",
  "a post-mortem examination revealed",
  "The Standard",
  "a local councillor",
  // numeric dates
  "on 9/6",
  "on 13.6",
  "06.09.2025",
  "31.02.2025",
  "on 0/0",
  "24/7",
];

const FILLER = [
  "killed",
  "were killed",
  "wounded",
  "abducted",
  "died",
  "people",
  "soldiers",
  "civilians",
  "attackers",
  "said",
  "and",
  ",",
  ".",
  "“",
  "”",
  '"',
  "-",
  "—",
  "(",
  ")",
  "12",
  "four",
  "52",
  "31",
  "0",
  "1,200",
  "\u00a0",
  "\u200b",
  "\u0301",
  "😀",
  "İ",
  "ß",
  "\ufffd",
  "\n",
];

const sentence = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...CUES) },
      { weight: 6, arbitrary: fc.constantFrom(...FILLER) },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
    ),
    { maxLength: 60 },
  )
  .map((ws) => ws.join(" "));

/** A span into `text`: inside it, start ≤ end, and (where it carries one) its text as written. */
function expectSpan(text: string, s: { start: number; end: number; text?: string }): void {
  expect(s.start).toBeGreaterThanOrEqual(0);
  expect(s.end).toBeGreaterThanOrEqual(s.start);
  expect(s.end).toBeLessThanOrEqual(text.length);
  if (s.text !== undefined) expect(text.slice(s.start, s.end)).toBe(s.text);
}

describe("the phrasing classes, fuzzed", () => {
  it("never throw, and every span they give points into the text", () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), (sentences) => {
        const text = sentences.join(". ");
        const r = extract({ id: "f", text, published: "2025-06-10" });
        for (const c of r.claims) {
          for (const e of c.evidence) expectSpan(text, e);
          if (c.claimant.mention) expectSpan(text, c.claimant.mention);
          if (c.time) expectSpan(text, c.time);
          if (c.partOf !== null) expect(r.claims.some((o) => o.id === c.partOf)).toBe(true);
        }
        for (const m of r.mentions) {
          for (const e of m.evidence) expectSpan(text, e);
          if (m.claimant.mention) expectSpan(text, m.claimant.mention);
        }
      }),
      { numRuns: 400 },
    );
  }, 120_000);

  it("read a very long sentence of cue words without throwing", () => {
    const words = [...CUES, ...FILLER];
    const text = Array.from({ length: 6000 }, (_, i) => words[(i * 7919) % words.length]).join(" ");
    const r = extract({ id: "long", text, published: "2025-06-10" });
    for (const c of r.claims) for (const e of c.evidence) expectSpan(text, e);
  }, 120_000);
});
