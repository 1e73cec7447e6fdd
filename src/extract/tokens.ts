// Word, number and punctuation tokens of a stretch of the untouched text, with their offsets.
// One pass of a hand-written scanner over the character codes: ICU's word segmenter
// (Intl.Segmenter) was measured at ~4 MB/s on the dev files, too slow for the 2 MB/s budget of the
// whole pipeline; the single regular expression that came next spent most of its time building
// match arrays and testing Unicode classes (the scanner takes ~0.42 of its CPU time).
import type { Span } from "../core/model.js";
import { EDITORIAL_MARKS } from "./lexicon/editorial-marks.js";
import { CAPITALS_ONLY } from "./lexicon/organisations.js";
import { isCapitals, startsLetter } from "./letters.js";

export type TokenKind = "word" | "num" | "punct";

export interface Token extends Span {
  /** The token as written. */
  text: string;
  /** Lower-case, with curly apostrophes made straight. */
  norm: string;
  kind: TokenKind;
}

/**
 * The tokens, read in one pass over the character codes (the regular expression the scanner
 * replaced is kept in tokens.test.ts as its specification). At each character that is not white
 * space (JavaScript's `\s`):
 * - digits: a number, "1,200", "3.5" (`\d+(?:[.,]\d+)*`);
 * - a letter or mark: a word, letters and marks, then any "'s" / "’t" (an apostrophe and letters),
 *   then digits and what follows them ("M23", "G5", "AK47": an armed group or a weapon named by a
 *   code is one word), but not after a number's digits: "1e308" stays 1, e, 308
 *   (`[\p{L}\p{M}]+(?:['’]\p{L}+)*(?:(?<!\d[\p{L}\p{M}]+)\d[\p{L}\p{M}\d]*)?`);
 * - anything else: one code point, punctuation.
 * A word starting with a letter outside the BMP (its first UTF-16 unit a surrogate) is kept as
 * punctuation, as before.
 */
export function tokenize(text: string, span: Span): Token[] {
  const out: Token[] = [];
  const { start: from, end: to } = span;
  let caps = 0;
  let marks = false;
  for (let p = from; p < to;) {
    const c = text.charCodeAt(p);
    const cls = c < 128 ? CLASS[c]! : classAt(text, p, to);
    if (cls === SPACE) {
      p++;
      continue;
    }
    let e: number;
    let kind: TokenKind;
    if (cls === DIGIT) {
      e = numberEnd(text, p, to);
      kind = "num";
    } else if (cls === LETTER || cls === MARK) {
      e = wordEnd(text, from, p, to);
      kind = c >= 0xd800 && c <= 0xdfff ? "punct" : "word";
    } else {
      e = p + unitsAt(text, p, to);
      kind = "punct";
      if (c === 0x5b) marks = true; // "["
    }
    const t = text.slice(p, e);
    const norm = kind === "word" ? normOf(t) : t;
    out.push({ text: t, norm, kind, start: p, end: e });
    // (Initials kept in capitals are written in capitals: a word whose norm is its text is none.)
    if (norm !== t && CAPITALS_ONLY.has(t)) caps++;
    p = e;
  }
  if (caps > 0) keepCapitals(out);
  return marks ? withoutMarks(out) : out;
}

const DIGIT = 1;
const LETTER = 2;
const MARK = 3;
const SPACE = 4;
const OTHER = 5;

/** The class of every ASCII character, and of each other BMP character once it has been seen. */
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = /\d/.test(ch) ? DIGIT : startsLetter(ch) ? LETTER : /\s/.test(ch) ? SPACE : OTHER;
}

function classOf(ch: string): number {
  return /^\p{L}$/u.test(ch) ? LETTER : /^\p{M}$/u.test(ch) ? MARK : /^\s$/u.test(ch) ? SPACE : OTHER;
}

/** The class of the code point at text[p] (a surrogate pair read whole, as the `u` flag reads it). */
function classAt(text: string, p: number, to: number): number {
  const c = text.charCodeAt(p);
  if (c >= 0xd800 && c <= 0xdbff && p + 1 < to) {
    const d = text.charCodeAt(p + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOf(text.slice(p, p + 2));
  }
  let cls = CLASS[c]!;
  if (cls === 0) cls = CLASS[c] = classOf(String.fromCharCode(c));
  return cls;
}

/** UTF-16 units of the code point at text[p]: 2 for a surrogate pair, else 1. */
function unitsAt(text: string, p: number, to: number): number {
  const c = text.charCodeAt(p);
  if (c < 0xd800 || c > 0xdbff || p + 1 >= to) return 1;
  const d = text.charCodeAt(p + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

const isDigitAt = (text: string, p: number, to: number) => {
  const c = p < to ? text.charCodeAt(p) : 0;
  return c >= 48 && c <= 57;
};

/** The end of "1,200", "3.5": digits, then separators each followed by digits. */
function numberEnd(text: string, p: number, to: number): number {
  let e = p;
  while (isDigitAt(text, e, to)) e++;
  for (;;) {
    const c = e < to ? text.charCodeAt(e) : 0;
    if ((c !== 44 && c !== 46) || !isDigitAt(text, e + 1, to)) return e;
    e++;
    while (isDigitAt(text, e, to)) e++;
  }
}

/** The end of the run of characters of the classes in `ok` from text[p] (ASCII letters read at once). */
function runEnd(text: string, p: number, to: number, ok: (cls: number) => boolean): number {
  while (p < to) {
    const c = text.charCodeAt(p);
    if (c < 128) {
      if (!ok(CLASS[c]!)) break;
      p++;
    } else if (ok(classAt(text, p, to))) p += unitsAt(text, p, to);
    else break;
  }
  return p;
}

const letterOrMark = (cls: number) => cls === LETTER || cls === MARK;
const letter = (cls: number) => cls === LETTER;
const wordChar = (cls: number) => cls === LETTER || cls === MARK || cls === DIGIT;

/** The end of the word starting at text[p] (`from`: the start of the text read). */
function wordEnd(text: string, from: number, p: number, to: number): number {
  let e = runEnd(text, p, to, letterOrMark);
  // "'s", "’t": an apostrophe and letters (not marks) after it, as often as written.
  for (;;) {
    const c = e < to ? text.charCodeAt(e) : 0;
    if (c !== 39 && c !== 0x2019) break;
    const after = runEnd(text, e + 1, to, letter);
    if (after === e + 1) break;
    e = after;
  }
  if (!isDigitAt(text, e, to) || afterDigitAndLetters(text, from, e)) return e;
  return runEnd(text, e, to, wordChar);
}

/** Whether letters or marks end at text[e] that follow a digit (the "e" of "1e308"), reading back no further than `from`. */
function afterDigitAndLetters(text: string, from: number, e: number): boolean {
  let r = e;
  while (r > from) {
    const c = text.charCodeAt(r - 1);
    const low = c >= 0xdc00 && c <= 0xdfff && r - 2 >= from;
    const back = low && isHigh(text.charCodeAt(r - 2)) ? 2 : 1;
    if (!letterOrMark(classAt(text, r - back, e))) break;
    r -= back;
  }
  return r < e && r > from && isDigitAt(text, r - 1, e);
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

function normOf(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}

const isCapitalsWord = (t: Token | undefined) => t?.kind === "word" && isCapitals(t.text);

/**
 * An organisation's initials that spell an English word ("the WHO said", lexicon/organisations.ts)
 * keep their capitals in their norm, so that no rule reads them as the word ("who"); not inside a
 * run of capitals (a headline in capitals: "GUNMEN WHO KILLED FIVE").
 */
function keepCapitals(tokens: Token[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!CAPITALS_ONLY.has(t.text) || isCapitalsWord(tokens[k - 1]) || isCapitalsWord(tokens[k + 1]))
      continue;
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
