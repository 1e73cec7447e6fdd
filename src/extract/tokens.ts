// Word, number and punctuation tokens of a stretch of the untouched text, with their offsets.
// A single regular expression: ICU's word segmenter (Intl.Segmenter) was measured at ~4 MB/s on
// the dev files, too slow for the 2 MB/s budget of the whole pipeline; this runs at ~80 MB/s.
import type { Span } from "../core/model.js";
import { EDITORIAL_MARKS } from "./lexicon/editorial-marks.js";
import { CAPITALS_ONLY } from "./lexicon/organisations.js";

export type TokenKind = "word" | "num" | "punct";

export interface Token extends Span {
  /** The token as written. */
  text: string;
  /** Lower-case, with curly apostrophes made straight. */
  norm: string;
  kind: TokenKind;
}

/**
 * Group 1: a number; group 2: a word (letters first, then letters or digits: an armed group or
 * a weapon named by a code, "M23", "G5", "AK47", is one word, not a word and a number; not after
 * a number's digits: "1e308" stays 1, e, 308); else one other character.
 */
const TOKEN =
  /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+(?:['’][\p{L}]+)*(?:(?<!\d[\p{L}\p{M}]+)\d[\p{L}\p{M}\d]*)?)|\S/gu;

/** A word starting with a letter outside the BMP (its first UTF-16 unit a surrogate) is kept as punctuation, as before. */
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

function normOf(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}

export function tokenize(text: string, span: Span): Token[] {
  const out: Token[] = [];
  const body = text.slice(span.start, span.end);
  let caps = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(body); m; m = TOKEN.exec(body)) {
    const t = m[0];
    const kind: TokenKind =
      m[1] !== undefined ? "num" : m[2] !== undefined && !isSurrogate(t.charCodeAt(0)) ? "word" : "punct";
    const start = span.start + m.index;
    out.push({ text: t, norm: kind === "word" ? normOf(t) : t, kind, start, end: start + t.length });
    if (kind === "word" && CAPITALS_ONLY.has(t)) caps++;
  }
  if (caps > 0) keepCapitals(out);
  return body.includes("[") ? withoutMarks(out) : out;
}

const isCapitals = (t: Token | undefined) => t?.kind === "word" && /^\p{Lu}{2,}$/u.test(t.text);

/**
 * An organisation's initials that spell an English word ("the WHO said", lexicon/organisations.ts)
 * keep their capitals in their norm, so that no rule reads them as the word ("who"); not inside a
 * run of capitals (a headline in capitals: "GUNMEN WHO KILLED FIVE").
 */
function keepCapitals(tokens: Token[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!CAPITALS_ONLY.has(t.text) || isCapitals(tokens[k - 1]) || isCapitals(tokens[k + 1])) continue;
    tokens[k] = { ...t, norm: t.text };
  }
}

/** The tokens without bracketed editorial marks ("[citation needed]", "[sic]"; lexicon/editorial-marks.ts). */
function withoutMarks(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.norm === "[") {
      let end = k + 1;
      while (end < tokens.length && end < k + 6 && tokens[end]!.norm !== "]") end++;
      const inner = tokens
        .slice(k + 1, end)
        .map((t) => t.norm)
        .join(" ");
      if (tokens[end]?.norm === "]" && EDITORIAL_MARKS.has(inner)) {
        k = end;
        continue;
      }
    }
    out.push(tokens[k]!);
  }
  return out;
}
