// Outcome nouns with no figure (model.ts `Mention`; words in lexicon/numberless.ts): "the army
// suffered heavy losses", "unspecified casualties were inflicted", "casualties were reported",
// "there were fatalities", "resulting in deaths". Each is found where its noun is plural, has no
// number, determiner or reference before it, and an adjective of size or of an unknown amount, a
// verb of suffering or causing before it, a passive verb of reporting after it, or "there were"
// asserts it. Whether it is asked about, denied or threatened is claims/mentions.ts's concern.
import type { Outcome } from "../../core/model.js";
import { forceAt } from "../lexicon/forces.js";
import { GROUP_OF_NOUN } from "../lexicon/groups.js";
import { MULTIPLIERS, TENS, UNITS, VAGUE } from "../lexicon/numbers.js";
import {
  ASSERTING_ADJECTIVES,
  AUXILIARIES,
  BETWEEN_VERB_AND_NOUN,
  EXISTENTIAL,
  NEEDS_ADJECTIVE,
  NEGATIONS,
  NOT_NUMBERLESS_BEFORE,
  NUMBERLESS_NOUNS,
  PARTY_WORDS,
  VERBS_AFTER,
  VERBS_BEFORE,
} from "../lexicon/numberless.js";
import type { Token } from "../tokens.js";

export interface NumberlessNoun {
  outcome: Outcome;
  /** Tokens [first, last) of the words that state it (adjectives and noun). */
  first: number;
  last: number;
}

/** The outcome nouns of a sentence that state an outcome with no figure. */
export function numberlessNouns(tokens: readonly Token[]): NumberlessNoun[] {
  const out: NumberlessNoun[] = [];
  tokens.forEach((t, k) => {
    const outcome = NUMBERLESS_NOUNS.get(t.norm);
    if (!outcome || hasFigureAfter(tokens, k)) return;
    let first = k;
    while (first > 0 && ASSERTING_ADJECTIVES.has(tokens[first - 1]!.norm)) first--;
    const before = tokens[first - 1];
    if (before && (before.kind === "num" || NOT_NUMBERLESS_BEFORE.has(before.norm) || isQuantity(before)))
      return;
    for (let j = Math.max(0, first - 4); j < first; j++) if (NEGATIONS.has(tokens[j]!.norm)) return;
    const sized = first < k;
    if (
      NEEDS_ADJECTIVE.has(t.norm)
        ? !sized || !fightingParty(tokens)
        : !sized && !verbBefore(tokens, first) && !verbAfter(tokens, k)
    )
      return;
    out.push({ outcome, first, last: k + 1 });
  });
  return out;
}

/** A party to fighting named in the sentence: a noun of security forces or militants, or a named force. */
function fightingParty(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => {
    const g = GROUP_OF_NOUN.get(t.norm);
    return (
      g === "security_forces" || g === "militants" || PARTY_WORDS.has(t.norm) || forceAt(tokens, k) !== null
    );
  });
}

/** "deaths of 12 people": the figure after it is a claim's. */
function hasFigureAfter(tokens: readonly Token[], k: number): boolean {
  return tokens[k + 1]?.norm === "of" && (tokens[k + 2]?.kind === "num" || tokens[k + 3]?.kind === "num");
}

/** A vague or number word is a figure ("several deaths", "many casualties", "two deaths"): a claim's. */
function isQuantity(t: Token): boolean {
  return [VAGUE, UNITS, TENS, MULTIPLIERS].some((words) => words.has(t.norm));
}

/** "suffered casualties", "resulting in deaths", "there were fatalities" right before the noun phrase. */
function verbBefore(tokens: readonly Token[], first: number): boolean {
  let j = first - 1;
  while (j >= 0 && BETWEEN_VERB_AND_NOUN.has(tokens[j]!.norm) && first - j < 3) j--;
  if (j >= 0 && VERBS_BEFORE.has(tokens[j]!.norm)) return true;
  return EXISTENTIAL.some((p) => p.every((w, i) => tokens[first - p.length + i]?.norm === w));
}

/** "casualties were reported", "deaths have been recorded". */
function verbAfter(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (j < tokens.length && j - k <= 3 && AUXILIARIES.has(tokens[j]!.norm)) j++;
  return j > k + 1 && VERBS_AFTER.has(tokens[j]?.norm ?? "");
}
