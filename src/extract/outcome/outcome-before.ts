// The outcome phrase right before a figure: "killing 5", "killed another 40", "shot dead 3".
import { ACTIVE_FILLERS, type OutcomePhrase } from "../lexicon/outcomes.js";
import type { Token } from "../tokens.js";
import { phraseEndingAt } from "./phrases.js";

export interface PhraseMatch {
  p: OutcomePhrase;
  first: number;
  last: number;
}

/** The outcome phrase before the quantity that starts at tokens[qFirst]. */
export function outcomeBefore(tokens: readonly Token[], qFirst: number): PhraseMatch | null {
  let k = qFirst - 1;
  while (k >= 0 && ACTIVE_FILLERS.has(tokens[k]!.norm)) k--;
  const p = phraseEndingAt(tokens, k);
  if (!p) return null;
  // "who were killed 5 days ago" is not "killed 5": a passive auxiliary before means no object.
  const before = tokens[k - p.words.length]?.norm;
  // (A progressive is active: "was holding 150 hostages".)
  if (/^(were|was|been|be)$/.test(before ?? "") && !p.words[p.words.length - 1]!.endsWith("ing")) return null;
  return { p, first: k - p.words.length + 1, last: k + 1 };
}
