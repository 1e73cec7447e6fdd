// A round-up's paragraphs labelled by place ("Kharkiv Oblast: … killing two people …", "Donetsk
// Oblast: Two people were killed …"): each label scopes its paragraph's figures to that place, so
// the same figure under two labels is told of two events, never one claim said twice
// (merge-claims). A paragraph with no label, or a headline led by its source ("Police: 3 dead"),
// is under none and keeps merging as before.
import type { SentenceTokens } from "../speaker/attribute.js";

/** A label of one to four words, the first capitalised, then a colon and the paragraph's text. */
const LABEL = /^([A-Z][\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3}):\s+\S/u;

/** The label of each paragraph (by its index) that opens with one. */
export function paragraphLabels(text: string, sentences: readonly SentenceTokens[]): Map<number, string> {
  const out = new Map<number, string>();
  const seen = new Set<number>();
  for (const s of sentences) {
    if (seen.has(s.paragraph)) continue;
    seen.add(s.paragraph);
    const m = LABEL.exec(text.slice(s.start, Math.min(s.end, s.start + 80)));
    if (m) out.set(s.paragraph, m[1]!.toLowerCase());
  }
  return out;
}
