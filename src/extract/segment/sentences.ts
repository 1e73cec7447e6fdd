// Paragraphs and sentences of the untouched text, as spans. Sentence boundaries are ICU's
// (Intl.Segmenter's, or the same read by ./sentence-breaks.ts where it can), run per paragraph
// (ICU slows down sharply on very long strings), split again
// where a sentence starts with a digit (ICU reads "killed. 12 people" as one sentence, UAX #29
// rule SB8), then a re-join pass undoes splits after abbreviations ("Lt. Gen.", "Gov.", "Dr.",
// "Jan. 12"), initials and a table row's dotted leader ("Killed ....... 4").
import type { Span } from "../../core/model.js";
import {
  ABBREVIATIONS,
  CLOSING_ABBREVIATIONS,
  INSTITUTION_WORDS,
  NAME_FINAL_ABBREVIATIONS,
  TIME_ZONES,
} from "../lexicon/abbreviations.js";
import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS } from "../time/lexicon.js";
import { endsInLeader } from "./leaders.js";
import { sentenceBreaks } from "./sentence-breaks.js";

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

/** ICU's segmenter, made on first use: the first `Intl` service costs a process ~92 M instructions. */
let sentenceSegmenter: Intl.Segmenter | null = null;

/** ICU's sentences of `s`, each [start, end): read by ./sentence-breaks.ts, else by ICU itself. */
function icuSentences(s: string): [number, number][] {
  const read = sentenceBreaks(s);
  if (read !== null) return read;
  sentenceSegmenter ??= new Intl.Segmenter("en", { granularity: "sentence" });
  return Array.from(sentenceSegmenter.segment(s), (g): [number, number] => [
    g.index,
    g.index + g.segment.length,
  ]);
}

/** Paragraphs: runs of text separated by line breaks (news copy puts one paragraph a line). */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n\r]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].trimEnd().length;
    if (end > start) out.push({ start, end });
  }
  return out;
}

const LAST_WORD = /([A-Za-z][A-Za-z.]*)\.\s*$/;

const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS, ...MONTH_ABBREVIATIONS]);

/** Whether the piece ends in an abbreviation or an initial, so the next piece continues it. */
function endsInAbbreviation(piece: string, next: string): boolean {
  const m = LAST_WORD.exec(piece);
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  const nextWord = /^[A-Za-z]+/.exec(next)?.[0].toLowerCase() ?? "";
  if (/^[a-z(]/.test(next))
    return (
      ABBREVIATIONS.has(word) ||
      CLOSING_ABBREVIATIONS.has(word) ||
      NAME_FINAL_ABBREVIATIONS.has(word) ||
      isInitial(m[1]!)
    );
  if (CLOSING_ABBREVIATIONS.has(word)) return CALENDAR_WORDS.has(nextWord) || TIME_ZONES.has(nextWord);
  if (NAME_FINAL_ABBREVIATIONS.has(word))
    return (
      /^\d+(st|nd|rd|th)\b/.test(next) ||
      INSTITUTION_WORDS.has(nextWord) ||
      NAME_FINAL_ABBREVIATIONS.has(nextWord)
    );
  return ABBREVIATIONS.has(word) || isInitial(m[1]!);
}

/** A single capital initial ("John F. Kennedy"), but not the pronoun-like "I." */
const isInitial = (word: string) => /^[A-Z]$/.test(word) && word !== "I";

/** A full stop, question or exclamation mark followed by a space inside a paragraph. */
const INNER_BREAK = /[.!?…]["'”’)\]]*\s/;
/** The same, where the next sentence starts with a digit. */
const BEFORE_DIGIT = /[.!?…]["'”’)\]]*\s+(?=\d)/g;

/** An ICU segment [start, end) of text cut again before each sentence that starts with a digit. */
function splitBeforeDigits(text: string, start: number, end: number): Span[] {
  const piece = text.slice(start, end);
  const out: Span[] = [];
  let from = 0;
  BEFORE_DIGIT.lastIndex = 0;
  for (let m = BEFORE_DIGIT.exec(piece); m; m = BEFORE_DIGIT.exec(piece)) {
    const stop = m.index + m[0].trimEnd().length;
    out.push({ start: start + from, end: start + stop });
    from = m.index + m[0].length;
  }
  out.push({ start: start + from, end });
  return out;
}

/**
 * ICU's segmenter slows down sharply on long strings (one 200,000-character paragraph: 2.9 s,
 * the same in pieces: 17 ms), so a longer paragraph is given to it in pieces of at most this
 * many characters, each cut where ICU breaks a sentence anyway (see `cutAt`).
 */
const PIECE = 8_000;
/**
 * A sentence longer than this (a list of hundreds of figures, a page without full stops) is cut
 * at a space into parts no longer: every later stage works a sentence at a time, and sentences of
 * news copy are far shorter (the longest in the evaluation data is 1,064 characters).
 */
export const MAX_SENTENCE = 2_000;

/** A sentence's end followed by a capital: ICU breaks there (rules SB9–SB11). */
const SURE_BREAK = /[.!?]["'”’)\]]*\s+(?=["“‘(]?[A-Z])/g;

/**
 * Where to cut `body` at or before `limit` (and after `from + limit / 2`): after the last sure
 * sentence break, else after the last space, else at `limit` (never inside a surrogate pair).
 */
function cutAt(body: string, from: number, limit: number, breaks: boolean): number {
  const lo = from + Math.floor(limit / 2);
  const window = body.slice(lo, from + limit);
  if (breaks) {
    let last = -1;
    for (const m of window.matchAll(SURE_BREAK)) last = m.index + m[0].length;
    if (last > 0) return lo + last;
  }
  const space = window.search(/\s\S*$/);
  if (space > 0) return lo + space + 1;
  const cut = from + limit;
  return /[\uDC00-\uDFFF]/.test(body[cut] ?? "") ? cut - 1 : cut;
}

/** [start, end) pieces of `body`, each at most `limit` long, cut by `cutAt`. */
function piecesOf(body: string, limit: number, breaks: boolean): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  while (body.length - from > limit) {
    const to = cutAt(body, from, limit, breaks);
    out.push([from, to]);
    from = to;
  }
  out.push([from, body.length]);
  return out;
}

/** Pushes the sentence [start, end) onto `out`, in parts of at most MAX_SENTENCE characters. */
function push(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  for (const [a, b] of piecesOf(text.slice(start, end), MAX_SENTENCE, false)) {
    const piece = text.slice(start + a, start + b);
    const s = start + a + (piece.length - piece.trimStart().length);
    const e = start + a + piece.trimEnd().length;
    if (e > s) out.push({ start: s, end: e, index: out.length, paragraph });
  }
}

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  paragraphs(text).forEach((para, p) => {
    const body = text.slice(para.start, para.end);
    // A paragraph with no sentence break inside (a headline, a one-sentence note) is one sentence:
    // no need to run the segmenter.
    if (!INNER_BREAK.test(body)) {
      push(out, text, para.start, para.end, p);
      return;
    }
    let pending: Span | null = null;
    for (const [from, to] of piecesOf(body, PIECE, true)) {
      const at = para.start + from;
      const chunk = body.slice(from, to);
      for (const [a, b] of icuSentences(chunk)) {
        const segment = chunk.slice(a, b);
        const lead = segment.length - segment.trimStart().length;
        const start = at + a + lead;
        const end = at + a + segment.trimEnd().length;
        if (end <= start) continue;
        for (const piece of splitBeforeDigits(text, start, end)) {
          // (the last words of the sentence before, and the start of this one, are enough)
          const tail = text.slice(Math.max(pending?.start ?? 0, (pending?.end ?? 0) - 64), pending?.end ?? 0);
          // ("Soldiers killed ....... 4": a table row's dotted leader is no sentence's end.)
          if (
            pending &&
            (endsInAbbreviation(tail, text.slice(piece.start, Math.min(piece.end, piece.start + 16))) ||
              endsInLeader(tail))
          ) {
            pending.end = piece.end;
            continue;
          }
          if (pending) push(out, text, pending.start, pending.end, p);
          pending = piece;
        }
      }
    }
    if (pending) push(out, text, pending.start, pending.end, p);
  });
  return out;
}
