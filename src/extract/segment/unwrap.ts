// Hard line breaks inside paragraphs. Wire copy wrapped at a fixed width and text taken from a PDF
// break lines mid-sentence; the rest of the pipeline reads one paragraph a line. A break judged to
// be a wrap is turned into spaces of the same length, so the paragraph becomes one line and every
// offset stays an offset into the untouched text.
//
// A break is a wrap when the line before ends mid-sentence and the next goes on in lower case
// ("seven people were\nkilled"), in any text. In text that is wrapped at a width (most of its
// breaks fall mid-sentence, on lines close to the longest), a break is also a wrap when the next
// line's first word would not have fitted on the line before, or when the line before ends
// mid-sentence close to the width (proportional fonts of PDFs); a short line, a blank line or an
// indented line starts a new paragraph.
import { isLeaderRow } from "./leaders.js";

interface Line {
  /** Offset of the line's first character and of its line break (text.length for the last). */
  start: number;
  end: number;
  /** Length of the line break: 1 ("\n", "\r") or 2 ("\r\n"); 0 for the last line. */
  breakLength: number;
  /** Leading blanks, and the length up to the last non-blank character. */
  indent: number;
  width: number;
  body: string;
}

/** Lines this wide or wider are paragraphs written on one line, not copy wrapped at a width. */
const MAX_WRAP_WIDTH = 160;
/** A line ends a sentence (or a heading) at terminal punctuation, perhaps closed by a quote or bracket. */
const ENDS_SENTENCE = /[.!?…:;]["'”’)\]]*$/;

export function unwrapLines(text: string): string {
  if (!/[\n\r]/.test(text)) return text;
  const lines = splitLines(text);
  const width = wrapWidth(lines);
  let out: string[] | null = null;
  let from = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (!isWrap(line, lines[i + 1]!, width)) continue;
    out ??= [];
    out.push(text.slice(from, line.end), " ".repeat(line.breakLength));
    from = line.end + line.breakLength;
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join("");
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (;;) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    const raw = text.slice(start, end);
    const body = raw.trim();
    const indent = body ? raw.length - raw.trimStart().length : 0;
    lines.push({ start, end, breakLength: m ? m[0].length : 0, indent, width: raw.trimEnd().length, body });
    if (!m) return lines;
    start = end + m[0].length;
  }
}

/**
 * The width the text is wrapped at, or 0 when it is not wrapped: the longest line, when it is short
 * enough, when at least two breaks between lines of text fall mid-sentence and are a third of them,
 * and when most such breaks follow a line close to the longest.
 */
function wrapWidth(lines: readonly Line[]): number {
  let max = 0;
  for (const l of lines) max = Math.max(max, l.width);
  if (max === 0 || max > MAX_WRAP_WIDTH) return 0;
  let inner = 0;
  let midSentence = 0;
  let full = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    if (!a.body || !lines[i + 1]!.body) continue;
    inner++;
    if (!ENDS_SENTENCE.test(a.body)) midSentence++;
    if (a.width >= 0.8 * max) full++;
  }
  return midSentence >= 2 && midSentence * 3 >= inner && full * 2 >= inner ? max : 0;
}

function isWrap(a: Line, b: Line, width: number): boolean {
  // (A table row of a label, a dotted leader and a figure is a line of its own: "Killed ....... 4".)
  if (!a.body || !b.body || isLeaderRow(a.body) || isLeaderRow(b.body)) return false;
  const midSentence = !ENDS_SENTENCE.test(a.body);
  if (midSentence && /^[a-z]/.test(b.body)) return true;
  if (width === 0 || b.indent > a.indent) return false;
  const firstWord = /^\S+/.exec(b.body)![0];
  if (a.width + 1 + firstWord.length > width) return true;
  return midSentence && a.width >= 0.7 * width;
}
