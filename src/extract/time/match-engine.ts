// A small backtracking matcher with the semantics of a JavaScript regular expression (ECMA-262
// §22.2.2, without the `u` flag), for the few constructs chrono-node's counted-unit patterns use:
// words matched with ASCII case folding (the `i` flag), single characters of a class, sequences,
// ordered alternatives, greedy quantifiers, lookahead, `^`, `$`, `\b` and capture groups outside
// quantifiers. Each piece tries its ways of matching in the order the regex engine tries them
// and hands each end to the rest of the pattern (a continuation), so the first complete match
// is the one the regex finds.
//
// Why: V8 compiles a pattern on first use, per process, per worker thread and per string width;
// chrono's "N units ago" patterns are its costliest to compile (./unit-phrases.ts). Pieces built
// from plain functions cost nothing to compile.

/** Where a match is: the text and the capture groups' [start, end) pairs (-1 when unset). */
export interface MatchState {
  readonly text: string;
  readonly groups: number[];
}

/** The rest of the pattern, from index `i`: true when the whole pattern matched. */
type Next = (i: number) => boolean;

/** A piece of pattern at `i`: each way it matches, in the regex's order, handed to `next`. */
export type Piece = (m: MatchState, i: number, next: Next) => boolean;

/** `[A-Za-z0-9_]`: what `\w` matches without the `u` flag. */
export function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95
  );
}

/** What `\s` matches: ECMAScript white space and line terminators. */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The ASCII lower case of an ASCII letter, any other code unit as it is (the `i` flag's folding here). */
const fold = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

/** `word` literally, its ASCII letters in either case. */
export function word(text: string): Piece {
  const codes = [...text].map((c) => fold(c.charCodeAt(0)));
  return (m, i, next) => {
    if (i + codes.length > m.text.length) return false;
    for (let k = 0; k < codes.length; k++) if (fold(m.text.charCodeAt(i + k)) !== codes[k]) return false;
    return next(i + codes.length);
  };
}

/** One code unit for which `test` holds. */
export function char(test: (code: number) => boolean): Piece {
  return (m, i, next) => i < m.text.length && test(m.text.charCodeAt(i)) && next(i + 1);
}

/** The pieces one after another. */
export function seq(...pieces: Piece[]): Piece {
  return pieces.reduceRight<Piece>(
    (rest, piece) => (m, i, next) => piece(m, i, (j) => rest(m, j, next)),
    (_m, i, next) => next(i),
  );
}

/** The first of the alternatives with which the rest matches. */
export function alt(...pieces: Piece[]): Piece {
  return (m, i, next) => pieces.some((piece) => piece(m, i, next));
}

/**
 * `piece{min,max}`, greedy: as many as can be, then fewer. Past `min`, a repetition that matches
 * nothing ends the loop (RepeatMatcher's empty check).
 */
export function repeat(piece: Piece, min: number, max = Infinity): Piece {
  const from = (m: MatchState, i: number, next: Next, least: number, most: number): boolean => {
    if (most === 0) return next(i);
    const more = (j: number) =>
      least === 0 && j === i ? false : from(m, j, next, Math.max(0, least - 1), most - 1);
    if (least > 0) return piece(m, i, more);
    return piece(m, i, more) || next(i);
  };
  return (m, i, next) => from(m, i, next, min, max);
}

export const optional = (piece: Piece): Piece => repeat(piece, 0, 1);

/** `(?=piece)`. */
export function ahead(piece: Piece): Piece {
  return (m, i, next) => piece(m, i, () => true) && next(i);
}

/** `^` and `$` (no `m` flag). */
export const atStart: Piece = (_m, i, next) => i === 0 && next(i);
export const atEnd: Piece = (m, i, next) => i === m.text.length && next(i);

/** `\b`. */
export const boundary: Piece = (m, i, next) => {
  const before = i > 0 && isWordChar(m.text.charCodeAt(i - 1));
  const after = i < m.text.length && isWordChar(m.text.charCodeAt(i));
  return before !== after && next(i);
};

/** Capture group `n` (1-based) around `piece`. */
export function group(n: number, piece: Piece): Piece {
  return (m, i, next) =>
    piece(m, i, (j) => {
      const [start, end] = [m.groups[2 * n], m.groups[2 * n + 1]];
      m.groups[2 * n] = i;
      m.groups[2 * n + 1] = j;
      if (next(j)) return true;
      m.groups[2 * n] = start!;
      m.groups[2 * n + 1] = end!;
      return false;
    });
}

/**
 * The first match of `pattern` (with `groupCount` groups) in `text` as `RegExp.prototype.exec`
 * gives it from index 0, or null. `mayStart(text, i)` must hold wherever the pattern can match at `i`.
 */
export function execPieces(
  pattern: Piece,
  groupCount: number,
  text: string,
  mayStart: (text: string, i: number) => boolean,
): RegExpExecArray | null {
  const m: MatchState = { text, groups: new Array<number>(2 * groupCount + 2).fill(-1) };
  for (let start = 0; start <= text.length; start++) {
    if (!mayStart(text, start)) continue;
    let end = -1;
    if (!pattern(m, start, (j) => ((end = j), true))) continue;
    const found: string[] = [text.slice(start, end)];
    for (let g = 1; g <= groupCount; g++) {
      const [s, e] = [m.groups[2 * g]!, m.groups[2 * g + 1]!];
      found.push(s < 0 ? (undefined as unknown as string) : text.slice(s, e));
    }
    return Object.assign(found, { index: start, input: text, groups: undefined }) as RegExpExecArray;
  }
  return null;
}
