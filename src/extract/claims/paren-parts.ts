// A share of the casualties broken down in parentheses ("Children made up 15 of the casualties
// (seven killed, eight injured) and women nine", after "63 civilian casualties …: 21 killed and
// 42 injured"): each figure in the parentheses is a part of the latest total of its own outcome
// before it (codebook §1c "Subsets", §3b), never added to it, where it fits inside that total.
// Only a parenthesis right after "of the" and a noun of the harmed ("casualties", "victims", "the
// dead", "the wounded") is such a breakdown.
import { CASUALTY_NOUNS, WHOLE_NOUNS } from "../lexicon/breakdowns.js";
import type { SentenceTokens } from "../speaker/attribute.js";
import type { Built } from "./build-claims.js";
import { figure, wholeBefore } from "./breakdown-sums.js";

/** "of the casualties (" at the end of the text before the parenthesis. */
const SHARE_BEFORE = /\bof\s+the\s+([a-z]+)\s*\($/i;

export function linkParenParts(
  built: readonly Built[],
  text: string,
  sentences: readonly SentenceTokens[],
): void {
  for (const b of built) {
    const c = b.claim;
    const at = c.evidence[0]?.start;
    if (c.partOf !== null || !figure(c) || c.otherIncident || at === undefined) continue;
    if (!afterShare(text, sentences[b.sentence]!.start, at)) continue;
    const whole = wholeBefore(built, b.sentence, c.outcome);
    if (whole && whole.quantity.value! >= c.quantity.value!) c.partOf = whole.id;
  }
}

/** Whether `at` lies in an open parenthesis of its sentence that follows a share of the harmed. */
function afterShare(text: string, from: number, at: number): boolean {
  const open = text.lastIndexOf("(", at);
  if (open < from || text.lastIndexOf(")", at) > open) return false;
  const noun = SHARE_BEFORE.exec(text.slice(Math.max(from, open - 40), open + 1))?.[1]?.toLowerCase();
  return noun !== undefined && (CASUALTY_NOUNS.has(noun) || WHOLE_NOUNS.has(noun));
}
