// The outcome phrase right before a figure: "killing 5", "killed another 40", "shot dead 3".
import {
  ACTIVE_FILLERS,
  FIGURE_QUOTES,
  QUOTED_FOCUS_ADVERBS,
  SUM_OPENERS,
  type OutcomePhrase,
} from "../lexicon/outcomes.js";
import { matchWords } from "../quantity/find-quantities.js";
import { startsUpper } from "../letters.js";
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
  // ("killing a total of 10 soldiers": the words of a sum stand between the verb and its figure.)
  const sum = SUM_OPENERS.find((w) => matchWords(tokens, k - w.length + 1, w));
  if (sum) k -= sum.length;
  // ('had lost "only two" of their comrades': the adverb quoted with its figure.)
  if (QUOTED_FOCUS_ADVERBS.has(tokens[k]?.norm ?? "") && FIGURE_QUOTES.has(tokens[k - 1]?.norm ?? "")) k--;
  while (k >= 0 && ACTIVE_FILLERS.has(tokens[k]!.norm)) k--;
  // "killing himself and three worshippers": the attacker's own death comes first in the object.
  if (tokens[k]?.norm === "and" && REFLEXIVES.has(tokens[k - 1]?.norm ?? "")) k -= 2;
  const p = phraseEndingAt(tokens, k);
  if (!p) return null;
  // "who were killed 5 days ago" is not "killed 5": a passive auxiliary before means no object.
  const before = tokens[k - p.words.length]?.norm;
  // (A progressive is active: "was holding 150 hostages", "were still looking for five people".)
  if (/^(were|was|been|be)$/.test(before ?? "") && !p.words.some((w) => w.endsWith("ing"))) return null;
  // "Rescue 1122 has shifted the injured", "according to Rescue 1122": a capitalised base form is a
  // name (or an order), unless the words before it are capitalised too ("Troops Rescue 80 Passengers").
  const first = k - p.words.length + 1;
  if (p.base && isCapitalised(tokens[first]) && !isCapitalised(tokens[first - 1])) return null;
  // "claimed 21 lives", "took 21 innocent lives": a verb that counts only lives.
  if (p.object && !objectFollows(tokens, qFirst, p.object)) return null;
  return { p, first: k - p.words.length + 1, last: k + 1 };
}

/** The head noun a phrase requires, within a few words after the figure. */
function objectFollows(tokens: readonly Token[], qFirst: number, object: string): boolean {
  for (let k = qFirst + 1; k < tokens.length && k <= qFirst + 4; k++)
    if (tokens[k]!.norm === object) return true;
  return false;
}

const REFLEXIVES: ReadonlySet<string> = new Set(["himself", "herself", "themselves"]);

function isCapitalised(t: Token | undefined): boolean {
  return t?.kind === "word" && startsUpper(t.text);
}
