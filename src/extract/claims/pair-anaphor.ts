// "Both" and "the two" with no noun of their own stand for two people named or counted before
// (issue 9 §4): "A farmer and his son were caught in the crossfire. Both died" — the pair the
// sentence before names, without a figure, by two person nouns; else "Two journalists were
// abducted in Goma on Friday. Both were released on Sunday" — the two counted before, of their
// group. With no such pair before, they stay people.
import type { Claim, Group } from "../../core/model.js";
import { GROUP_OF_NOUN } from "../lexicon/groups.js";
import type { Count } from "../outcome/find-counts.js";
import type { Token } from "../tokens.js";

/** The words that stand for a pair counted before, as the quantity's text. */
const PAIR_WORDS = /^(both|the two|the pair)$/i;

/** Words that open each noun of a named pair: "a farmer and his son", "a policeman and a soldier". */
const PAIR_OPENERS: ReadonlySet<string> = new Set(["a", "an", "one", "the", "his", "her", "their"]);

/**
 * The group of a pair word in count `c` of a sentence of `tokens`, from the pair named in `before`
 * (the sentence before), else counted earlier.
 */
export function pairGroup(
  c: Count,
  tokens: readonly Token[],
  earlier: readonly Claim[],
  before: readonly Token[] | undefined,
): Group | null {
  if (c.np !== null || c.group !== "people" || c.quantity.value !== 2) return null;
  if (!isPairWord(c, tokens)) return null;
  const named = before ? namedPairGroup(before) : null;
  if (named !== null) return named === "people" ? null : named;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const x = earlier[i]!;
    if (x.quantity.value === 2 && x.partOf === null) return x.group === "people" ? null : x.group;
  }
  return null;
}

/** "Both", "the pair", or "the two" whose article stands before the figure's words ("The two were shot dead"). */
function isPairWord(c: Count, tokens: readonly Token[]): boolean {
  const text = c.quantity.text.trim();
  return PAIR_WORDS.test(text) || (/^two$/i.test(text) && tokens[c.qFirst - 1]?.norm === "the");
}

/** The group of the last pair of person nouns joined by "and" in `tokens`, when both nouns are of one group. */
function namedPairGroup(tokens: readonly Token[]): Group | null {
  let found: Group | null = null;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.norm !== "and") continue;
    const left = personBefore(tokens, k);
    const right = personAfter(tokens, k);
    if (left && right) found = left === right ? left : "people";
  }
  return found;
}

/** The group of "a farmer" or "a young farmer" right before token `k`. */
function personBefore(tokens: readonly Token[], k: number): Group | null {
  const group = GROUP_OF_NOUN.get(tokens[k - 1]?.norm ?? "");
  if (!group) return null;
  const opener = PAIR_OPENERS.has(tokens[k - 2]?.norm ?? "") || PAIR_OPENERS.has(tokens[k - 3]?.norm ?? "");
  return opener ? group : null;
}

/** The group of "his son" or "a local teacher" right after token `k`. */
function personAfter(tokens: readonly Token[], k: number): Group | null {
  if (!PAIR_OPENERS.has(tokens[k + 1]?.norm ?? "")) return null;
  return GROUP_OF_NOUN.get(tokens[k + 2]?.norm ?? "") ?? GROUP_OF_NOUN.get(tokens[k + 3]?.norm ?? "") ?? null;
}
