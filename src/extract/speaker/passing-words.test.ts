// The readers' gate of the names given in passing is sound: over every sentence of the project's
// tests, fixtures and examples, describedNames gives the same names and descriptions with only the
// readers whose words the sentence holds as with all of them. (The gate of attribute.ts's own three
// readers, titled names, acronyms defined and addressees, is checked with the speakers' cue-word
// gate in cue-words.test.ts: every claimant the same with every reader run.)
import { describe, expect, it } from "vitest";
import { projectTexts } from "../../../test/support/corpus.js";
import { sentences } from "../segment/sentences.js";
import { tokenize } from "../tokens.js";
import { describedNames } from "./descriptions.js";
import {
  APPOSITION,
  COPULA,
  EVERY_READER,
  MEMBERS,
  readersOf,
  RELATIVE,
  TITLED,
  TOLD,
} from "./passing-words.js";

const tokensOf = (text: string) => tokenize(text, { start: 0, end: text.length });

describe("the readers a sentence's words call for", () => {
  it("opens each reader at its words only", () => {
    expect(readersOf(tokensOf("Five people were killed in Beni on Monday."))).toBe(0);
    expect(readersOf(tokensOf("Gunmen killed five people in Beni on Monday."))).toBe(MEMBERS);
    expect(readersOf(tokensOf("Okello, who heads the office, is here"))).toBe(APPOSITION | RELATIVE | COPULA);
    expect(readersOf(tokensOf("Col. Bello told reporters")) & (TITLED | TOLD)).toBe(TITLED | TOLD);
  });

  it("gives every sentence the same described names as all the readers do", () => {
    const differ: string[] = [];
    let read = 0;
    let described = 0;
    let skipped = 0;
    for (const text of projectTexts())
      for (const s of sentences(text)) {
        const tk = tokenize(text, s);
        const readers = readersOf(tk);
        const want = JSON.stringify(describedNames(tk, EVERY_READER));
        if (JSON.stringify(describedNames(tk, readers)) !== want) differ.push(text.slice(s.start, s.end));
        read++;
        if (want !== "[]") described++;
        for (let bit = 1; bit < EVERY_READER; bit <<= 1) if ((readers & bit) === 0) skipped++;
      }
    expect(read).toBeGreaterThan(5000);
    expect(described).toBeGreaterThan(200);
    // (Most sentences call for few of the eleven readers.)
    expect(skipped / read).toBeGreaterThan(4);
    expect(differ).toEqual([]);
  }, 120_000);
});
