// Where one of chrono's counted-unit phrasings can begin (./unit-phrases.ts): quick tests in
// plain code, run before the pieces are. Each holds wherever the pattern matches (it may hold
// where the pattern then fails: the pieces decide), and turns most starts down in a few steps.
import { isSpace, isWordChar } from "./match-engine.js";
import * as L from "./lexicon.js";

const RELATIVE_WORDS = L.CHRONO_RELATIVE_WORDS;
const ABOUT = ["about", "around"];
const lower = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);
const isDigit = (code: number) => code >= 48 && code <= 57;

/** Whether `word` (lower case) stands at `i`, its letters in either case. */
function wordAt(text: string, i: number, word: string): boolean {
  if (i + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++)
    if (lower(text.charCodeAt(i + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** The first letters of chrono's unit words ("days", "hrs", "m"). */
const UNIT_FIRST = new Set(L.CHRONO_UNIT_WORDS.map((w) => w.charCodeAt(0)));

/** Whether a unit word may begin at `i` or after up to three white-space characters from it. */
function unitAfter(text: string, i: number): boolean {
  for (let k = 0; k <= 3 && i < text.length; k++, i++) {
    const code = text.charCodeAt(i);
    if (UNIT_FIRST.has(lower(code))) return true;
    if (!isSpace(code)) return false;
  }
  return false;
}

/** `i` plus the number of white-space characters (at most `max`) from it. */
function skipSpaces(text: string, i: number, max: number): number {
  for (let k = 0; k < max && i < text.length && isSpace(text.charCodeAt(i)); k++) i++;
  return i;
}

/** The words chrono's NUMBER reads whole, by their first letter. */
const NUMBER_WORDS = new Map<number, string[]>();
for (const w of [...L.CHRONO_INTEGER_WORDS, "few", "several", "the"]) {
  const list = NUMBER_WORDS.get(w.charCodeAt(0)) ?? [];
  NUMBER_WORDS.set(w.charCodeAt(0), [...list, w]);
}

/** "a", "an", "a few", "a couple (of)", "couple": chrono's NUMBER forms of "a" and "couple". */
function articleUnitAt(text: string, i: number): boolean {
  const a = wordAt(text, i, "a") ? 1 : 0;
  if (wordAt(text, skipSpaces(text, i + a, 2), "couple")) return true;
  if (!a) return false;
  const end = wordAt(text, i + 1, "n") ? i + 2 : i + 1;
  if (end < text.length && isWordChar(text.charCodeAt(end))) return false;
  return unitAfter(text, end) || wordAt(text, skipSpaces(text, end, 2), "few");
}

/** Whether chrono's "number unit" (NUMBER, up to three spaces, a unit word) may begin at `i`. */
export function singleUnitAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const first = lower(text.charCodeAt(i));
  if (isDigit(first)) {
    let j = i;
    while (j < text.length && isDigit(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
      let k = j + 1;
      while (k < text.length && isDigit(text.charCodeAt(k))) k++;
      if (unitAfter(text, k)) return true;
    }
    return unitAfter(text, j);
  }
  for (const w of NUMBER_WORDS.get(first) ?? [])
    if (wordAt(text, i, w) && unitAfter(text, i + w.length)) return true;
  return wordAt(text, i, "half") || articleUnitAt(text, i);
}

/** Whether chrono's TIME_UNITS may begin at `i`: "about"/"around" perhaps, then a number unit. */
export function unitsAt(text: string, i: number): boolean {
  if (singleUnitAt(text, i)) return true;
  for (const w of ABOUT) {
    if (!wordAt(text, i, w)) continue;
    for (let k = i + w.length, n = 0; n <= 3 && k <= text.length; n++, k++) {
      if (singleUnitAt(text, k)) return true;
      if (k >= text.length || !isSpace(text.charCodeAt(k))) break;
    }
  }
  return false;
}

/** Whether "this/last/…" and then TIME_UNITS (after any white space) may begin at `i`. */
export function relativeUnitsAt(text: string, i: number): boolean {
  for (const w of RELATIVE_WORDS) {
    if (!wordAt(text, i, w)) continue;
    for (let k = i + w.length; k <= text.length; k++) {
      if (unitsAt(text, k)) return true;
      if (k >= text.length || !isSpace(text.charCodeAt(k))) break;
    }
  }
  return false;
}

/** Starts for a pattern that opens with chrono's `(\W|^)`, its body tested by `bodyAt`. */
export function afterBoundary(bodyAt: (text: string, i: number) => boolean) {
  return (text: string, i: number): boolean =>
    (i < text.length && !isWordChar(text.charCodeAt(i)) && bodyAt(text, i + 1)) ||
    (i === 0 && bodyAt(text, 0));
}
