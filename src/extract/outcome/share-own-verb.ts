// A share of a counted whole with a verb of its own: "one of the four children injured has died",
// "two of the 12 people wounded later died". The whole's outcome ("injured") is a reduced relative
// on its noun; what befell the share is the verb after it ("has died").
import type { Token } from "../tokens.js";
import { phraseAt } from "./phrases.js";

/** Words that may stand between the whole's outcome and the share's verb ("has", "later", "since"). */
const BETWEEN = new Set([
  "has",
  "have",
  "had",
  "was",
  "were",
  "is",
  "are",
  "been",
  "later",
  "since",
  "subsequently",
  "also",
  "reportedly",
  "now",
]);

/**
 * Where the share's outcome is read: after the whole's outcome phrase at tokens[wholeEnd] when
 * another outcome follows it, else at wholeEnd (the whole's outcome is the share's too: "nine of
 * the 13 people killed were civilians").
 */
export function shareVerbFrom(tokens: readonly Token[], wholeEnd: number): number {
  const whole = phraseAt(tokens, wholeEnd, "after");
  if (!whole) return wholeEnd;
  const after = wholeEnd + whole.words.length;
  for (let j = after; j < Math.min(tokens.length, after + 3); j++) {
    const own = phraseAt(tokens, j, "after");
    if (own) return own.outcome !== whole.outcome ? after : wholeEnd;
    if (!BETWEEN.has(tokens[j]!.norm)) break;
  }
  return wholeEnd;
}
