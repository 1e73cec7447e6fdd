// Letter-case tests of words, each exactly what the Unicode pattern named beside it answers, read
// without a regular expression where the word is ASCII (in the news copy and the dataset summaries,
// nearly every word). A pattern with `\p{…}` costs V8 an ICU property look-up, ~0.3 M instructions,
// each time it is parsed: at the start-up parse of every literal, again when its function is
// compiled, and at each compile of the pattern; the extractor held ~50 such literals. Here each
// pattern is built once, on the first word that is not ASCII.

/** A Unicode pattern's test, the pattern built on its first use: a literal is parsed as the module loads. */
function lazy(source: string): (s: string) => boolean {
  let re: RegExp | null = null;
  return (s) => (re ??= new RegExp(source, "u")).test(s);
}

const UPPER_START = lazy(String.raw`^\p{Lu}`);
const LOWER_START = lazy(String.raw`^\p{Ll}`);
const LETTER_START = lazy(String.raw`^\p{L}`);
const HAS_UPPER = lazy(String.raw`\p{Lu}`);
const CAPITALS = lazy(String.raw`^\p{Lu}{2,}$`);
const ACRONYM = lazy(String.raw`^\p{Lu}{2,7}$`);
const LOWER_WORD = lazy(String.raw`^\p{Ll}{3,}$`);
const LOWER_ED = lazy(String.raw`^\p{Ll}+ed$`);
const CAPITAL_THEN_LOWER = lazy(String.raw`^\p{Lu}\p{Ll}`);
const CAPITALS_OR_DIGITS = lazy(String.raw`^\p{Lu}[\p{Lu}\d]+$`);

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;

/** Whether every code unit of `s` is ASCII (the empty string is). */
function ascii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Whether every code unit of ASCII `s` passes `test`. */
function every(s: string, from: number, test: (c: number) => boolean): boolean {
  for (let i = from; i < s.length; i++) if (!test(s.charCodeAt(i))) return false;
  return true;
}

// (An empty string reads NaN as its first code unit, which every ASCII test below rejects.)

/** `/^\p{Lu}/u`: the first letter is a capital. */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 0x80 ? UPPER_START(s) : isUpper(c);
}

/** `/^\p{Ll}/u`: the first letter is lower case. */
export function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 0x80 ? LOWER_START(s) : isLower(c);
}

/** `/^\p{L}/u`: it starts with a letter. */
export function startsLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 0x80 ? LETTER_START(s) : isUpper(c) || isLower(c);
}

/** `/\p{Lu}/u`: it holds a capital. */
export function hasUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return HAS_UPPER(s);
    if (isUpper(c)) return true;
  }
  return false;
}

/** `/^\p{Lu}{2,}$/u`: two or more capitals and nothing else ("UN", "ISPR"). */
export function isCapitals(s: string): boolean {
  return ascii(s) ? s.length >= 2 && every(s, 0, isUpper) : CAPITALS(s);
}

/** `/^[A-Z]{min,max}$/`: `min` to `max` ASCII capitals and nothing else ("ISPR"; not "ÖZ"). */
export function isAsciiCapitals(s: string, min: number, max: number): boolean {
  return s.length >= min && s.length <= max && every(s, 0, isUpper);
}

/** `/^\p{Lu}{2,7}$/u`: two to seven capitals and nothing else. */
export function isAcronym(s: string): boolean {
  return ascii(s) ? s.length >= 2 && s.length <= 7 && every(s, 0, isUpper) : ACRONYM(s);
}

/** `/^\p{Ll}{3,}$/u`: three or more lower-case letters and nothing else. */
export function isLowerWord(s: string): boolean {
  return ascii(s) ? s.length >= 3 && every(s, 0, isLower) : LOWER_WORD(s);
}

/** `/^\p{Ll}+ed$/u`: a lower-case word in "-ed" ("killed", "wounded"). */
export function isLowerEd(s: string): boolean {
  return ascii(s) ? s.length >= 3 && s.endsWith("ed") && every(s, 0, isLower) : LOWER_ED(s);
}

/** `/^\p{Lu}\p{Ll}/u`: a capital, then a lower-case letter ("Ahmed", not "UN" or "A."). */
export function startsCapitalThenLower(s: string): boolean {
  if (s.length < 2) return false;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  return a < 0x80 && b < 0x80 ? isUpper(a) && isLower(b) : CAPITAL_THEN_LOWER(s);
}

/** `/^\p{Lu}[\p{Lu}\d]+$/u`: a capital, then one or more capitals or ASCII digits ("ISPR", "F16"). */
export function isCapitalsOrDigits(s: string): boolean {
  if (!ascii(s)) return CAPITALS_OR_DIGITS(s);
  return s.length >= 2 && isUpper(s.charCodeAt(0)) && every(s, 1, (c) => isUpper(c) || (c >= 48 && c <= 57));
}
