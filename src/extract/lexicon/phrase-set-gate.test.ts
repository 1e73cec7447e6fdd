// The first-word gate of PhraseSet.anyIn is sound: over every sentence of the project's tests,
// fixtures and examples, every window of every cue set gives the same answer as reading each token
// of it with `at`; and a set made after the gate's bits are spent, or a token array changed after it
// was read, is still answered token by token.
import { describe, expect, it } from "vitest";
import { projectTexts } from "../../../test/support/corpus.js";
import { sentences } from "../segment/sentences.js";
import { tokenize, type Token } from "../tokens.js";
import * as context from "./context.js";
import { RETRACTING_SUBJECTS } from "./corrections.js";
import { PhraseSet } from "./phrase-set.js";

const SETS: PhraseSet[] = [
  ...Object.values(context).filter((v): v is PhraseSet => v instanceof PhraseSet),
  RETRACTING_SUBJECTS,
];

/** anyIn as it was: `at` at each token of the window. */
function byEveryToken(set: PhraseSet, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) if (set.at(tokens, k)) return true;
  return false;
}

/** The answers of every set over the windows of a sentence ([k, k + w) for widths 1, 3, 8 and the whole), as text. */
function answers(sets: readonly PhraseSet[], tokens: readonly Token[], read: typeof byEveryToken): string {
  let out = "";
  for (const set of sets) {
    out += read(set, tokens, -2, tokens.length + 2) ? "1" : "0";
    for (const w of [1, 3, 8])
      for (let k = -1; k < tokens.length; k++) out += read(set, tokens, k, k + w) ? "1" : "0";
  }
  return out;
}

const tokensOf = (text: string) => tokenize(text, { start: 0, end: text.length });

describe("the first-word gate of PhraseSet.anyIn", () => {
  it("answers every window of every cue set as reading every token does", () => {
    expect(SETS.length).toBeGreaterThan(15);
    const gated = (set: PhraseSet, tk: readonly Token[], a: number, b: number) => set.anyIn(tk, a, b);
    let sentencesRead = 0;
    let hits = 0;
    const differ: string[] = [];
    for (const text of projectTexts())
      for (const s of sentences(text)) {
        const tokens = tokenize(text, s);
        const want = answers(SETS, tokens, byEveryToken);
        if (answers(SETS, tokens, gated) !== want) differ.push(text.slice(s.start, s.end).slice(0, 120));
        sentencesRead++;
        hits += want.split("1").length - 1;
      }
    expect(sentencesRead).toBeGreaterThan(5000);
    expect(hits).toBeGreaterThan(1000);
    expect(differ).toEqual([]);
  }, 120_000);

  it("reads a set made after the gate's bits are spent, and a token array changed since, token by token", () => {
    const late = Array.from({ length: 40 }, (_, i) => new PhraseSet([[`w${i}`], ["the", `w${i}`]]));
    const tokens = tokensOf("then the w35 and w3 came");
    expect(late[35]!.anyIn(tokens, 0, 3)).toBe(true);
    expect(late[35]!.anyIn(tokens, 2, 6)).toBe(true);
    expect(late[3]!.anyIn(tokens, 0, 4)).toBe(false);
    expect(late[3]!.anyIn(tokens, 0, 5)).toBe(true);
    const grown = [...tokensOf("then the")];
    expect(late[1]!.anyIn(grown, 0, 5)).toBe(false);
    grown.push(...tokensOf("w1"));
    expect(late[1]!.anyIn(grown, 0, 5)).toBe(true);
    expect(late[39]!.anyIn(tokensOf("a w39"), 0, 2)).toBe(true);
  });
});
