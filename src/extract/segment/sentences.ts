// Paragraphs and sentences of the untouched text, as spans. Sentence boundaries come from ICU
// (Intl.Segmenter), run per paragraph (it slows down sharply on very long strings), split again
// where a sentence starts with a digit (ICU reads "killed. 12 people" as one sentence, UAX #29
// rule SB8), then a re-join pass undoes splits after abbreviations ("Lt. Gen.", "Gov.", "Dr.",
// "Jan. 12") and initials.
import type { Span } from "../../core/model.js";
import { ABBREVIATIONS } from "../lexicon/abbreviations.js";

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

const sentenceSegmenter = new Intl.Segmenter("en", { granularity: "sentence" });

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

/** Whether the piece ends in an abbreviation or an initial, so the next piece continues it. */
function endsInAbbreviation(piece: string, next: string): boolean {
  const m = LAST_WORD.exec(piece);
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  if (ABBREVIATIONS.has(word)) {
    // "in Jan. 2020" continues; "...was killed in the U.S. The next day" does not, unless lower-case follows.
    return !/^(u\.s|u\.n|u\.k|etc)$/.test(word) || /^[a-z0-9(]/.test(next);
  }
  // A single capital initial ("John F. Kennedy"), but not the pronoun-like "I."
  return /^[A-Z]$/.test(m[1]!) && m[1] !== "I";
}

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

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  paragraphs(text).forEach((para, p) => {
    const body = text.slice(para.start, para.end);
    // A paragraph with no sentence break inside (a headline, a one-sentence note) is one sentence:
    // no need to run the segmenter.
    if (!INNER_BREAK.test(body)) {
      out.push({ start: para.start, end: para.end, index: out.length, paragraph: p });
      return;
    }
    let pending: Span | null = null;
    for (const seg of sentenceSegmenter.segment(body)) {
      const lead = seg.segment.length - seg.segment.trimStart().length;
      const start = para.start + seg.index + lead;
      const end = para.start + seg.index + seg.segment.trimEnd().length;
      if (end <= start) continue;
      for (const piece of splitBeforeDigits(text, start, end)) {
        if (
          pending &&
          endsInAbbreviation(text.slice(pending.start, pending.end), text.slice(piece.start, piece.end))
        ) {
          pending.end = piece.end;
          continue;
        }
        if (pending) out.push({ ...pending, index: out.length, paragraph: p });
        pending = piece;
      }
    }
    if (pending) out.push({ ...pending, index: out.length, paragraph: p });
  });
  return out;
}
