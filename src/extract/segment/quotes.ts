// Direct quotations: curly (“…”) and straight ("…") double quotes, which may span sentences and
// paragraphs. News style leaves a quote open at a paragraph's end and reopens it at the start of
// the next ("…the group said. / “We will…"), so an open quote continues into a paragraph that
// starts with a quote mark and is closed at the paragraph's end otherwise.
import type { Span } from "../../core/model.js";
import { paragraphs } from "./sentences.js";

export interface Quote extends Span {
  /** The words inside the marks. */
  inner: Span;
  /** Few words, inside a sentence: a partial quote (called it a “cowardly act”). */
  partial: boolean;
  /** The quotation goes on in the next paragraph (the next quote is its continuation). */
  continued: boolean;
}

const OPEN = new Set(["“", "«", "„"]);
const QUOTE_MARK = /[“«„”»"]/g;
const CLOSE = new Set(["”", "»"]);

export function quotes(text: string): Quote[] {
  const out: Quote[] = [];
  const paras = paragraphs(text);
  let open: number | null = null;
  for (let p = 0; p < paras.length; p++) {
    const { start, end } = paras[p]!;
    // Jump from quote mark to quote mark (most of a text has none).
    QUOTE_MARK.lastIndex = start;
    for (let m = QUOTE_MARK.exec(text); m && m.index < end; m = QUOTE_MARK.exec(text)) {
      const i = m.index;
      const ch = m[0];
      if (OPEN.has(ch)) {
        if (open === null) open = i;
      } else if (CLOSE.has(ch)) {
        if (open !== null) {
          out.push(make(text, open, i + 1));
          open = null;
        }
      } else if (ch === '"') {
        const prev = i > start ? text[i - 1]! : " ";
        const opening = open === null && (/[\s([—–-]/.test(prev) || i === start);
        if (opening) open = i;
        else if (open !== null) {
          out.push(make(text, open, i + 1));
          open = null;
        }
      }
    }
    if (open !== null) {
      // Closed at the paragraph's end; continued when the next paragraph reopens it.
      const next = paras[p + 1];
      const part = make(text, open, end);
      part.continued = next !== undefined && /^["“«]/.test(text.slice(next.start, next.start + 1));
      out.push(part);
      open = null;
    }
  }
  return out;
}

function make(text: string, start: number, end: number): Quote {
  const closed = /["”»]/.test(text[end - 1] ?? "");
  const inner = { start: start + 1, end: closed ? end - 1 : end };
  const words = text.slice(inner.start, inner.end).split(/\s+/).filter(Boolean).length;
  // A partial quote is a few words set in running text (called it a “cowardly act”); a short quote
  // that opens a sentence (“We killed 20 soldiers,” the group said) is a full one.
  const before = text.slice(Math.max(0, start - 2), start);
  const embedded = /[\p{L}\p{N},]\s?$/u.test(before) && !/[:]\s?$/.test(before);
  const partial = words <= 6 && embedded && !/[.!?…,]\s*$/.test(text.slice(inner.start, inner.end));
  return { start, end, inner, partial, continued: false };
}

/** The quote containing the offset, if any. */
export function quoteAt(list: readonly Quote[], offset: number): Quote | null {
  for (const q of list) if (offset >= q.inner.start && offset < q.inner.end) return q;
  return null;
}
