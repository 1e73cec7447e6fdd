// The sentence breaks of Unicode's text segmentation (UAX #29, rules SB1–SB11), as ICU's
// `Intl.Segmenter("en", { granularity: "sentence" })` finds them, for text of the characters news
// copy is written in: ASCII without controls, the Latin-1 letters and spaces, guillemets, curly
// quotes, dashes, the bullet and the ellipsis. Any other character (a line break, a combining mark,
// another script) and the caller asks ICU itself. The first `Intl` service a process makes costs V8
// ~92 M instructions (it builds the set of every locale ICU has), ~3% of extracting a short input.
// The work is left to regular expressions, which scan a string far faster than a loop of cold
// JavaScript: one test for a character not read here, one scan for the stops, and the rules run at
// each stop. `sentence-breaks.test.ts` compares the breaks with ICU's on generated text.

/** A character this reader does not know the Sentence_Break property of. */
const UNKNOWN = /[^\t\v\f\x20-\x7e\xa0\xab\xb7\xbb\xc0-\xff\u2010-\u2015\u2018-\u201f\u2022\u2026]/;

/**
 * A stop (ATerm "." or STerm "!", "?"), its closing marks (Close: quotes, brackets, guillemets)
 * and the spaces after them (Sp): a sentence can end only at the end of such a run.
 */
const STOP_RUN = /[.!?]["'()[\]{}\xab\xbb\u2018-\u201f]*[\t\v\f \xa0]*/g;

/** SB8's look-ahead: a lower-case letter before any capital, other letter or stop. */
const LOWER_NEXT = /[^A-Za-z\xc0-\xd6\xd8-\xf6\xf8-\xff.!?]*[a-z\xdf-\xf6\xf8-\xff]/y;

/** SContinue (",", "-", ":", ";", en and em dash) or a stop: SB8a keeps it in the sentence. */
const CONTINUES = /[,\-:;\u2013\u2014.!?]/y;

const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isLower = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);

/** Whether `re` (sticky) matches `s` at `i`. */
function matchesAt(re: RegExp, s: string, i: number): boolean {
  re.lastIndex = i;
  return re.test(s);
}

/**
 * Whether the text breaks at `i`, the end of a run of a stop at `t`, its closing marks and spaces
 * (SB6–SB11; SB9 and SB10 keep the run itself whole).
 */
function breaksAt(s: string, t: number, i: number): boolean {
  if (matchesAt(CONTINUES, s, i)) return false; // SB8a
  if (s.charCodeAt(t) !== 46) return true; // SB11 after "!" or "?"
  const c = s.charCodeAt(i);
  if (i === t + 1 && c >= 48 && c <= 57) return false; // SB6: "3.5"
  const before = s.charCodeAt(t - 1);
  if (i === t + 1 && isUpper(c) && (isUpper(before) || isLower(before))) return false; // SB7: "U.S."
  return !matchesAt(LOWER_NEXT, s, i); // SB8: "etc. and", else SB11
}

/**
 * The sentences of `s` as ICU's segmenter gives them, each [start, end), end to end from 0 to its
 * length; null when `s` holds a character this reader does not know.
 */
export function sentenceBreaks(s: string): [number, number][] | null {
  if (UNKNOWN.test(s)) return null;
  const out: [number, number][] = [];
  let start = 0;
  STOP_RUN.lastIndex = 0;
  for (let m = STOP_RUN.exec(s); m; m = STOP_RUN.exec(s)) {
    const i = m.index + m[0].length;
    if (i < s.length && breaksAt(s, m.index, i)) {
      out.push([start, i]);
      start = i;
    }
  }
  if (s.length > 0) out.push([start, s.length]);
  return out;
}
