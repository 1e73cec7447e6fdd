// Outcome phrases looked up by their first and last word, and small token tests the count
// parsers share.
import { SPEECH_VERBS } from "../lexicon/claimants.js";
import { OUTCOME_NOUNS } from "../lexicon/groups.js";
import { ACTIVE_FILLERS, OUTCOME_PHRASES, type OutcomePhrase } from "../lexicon/outcomes.js";
import { SUBSET_CUES } from "../lexicon/syntax.js";
import { matchWords } from "../quantity/find-quantities.js";
import type { Token } from "../tokens.js";

/**
 * Phrases of one role by an end word, then by the word next to it inward ("" for a phrase of one
 * word), each list in the order of OUTCOME_PHRASES: a look-up compares only the phrases whose two
 * end words the tokens hold ("injuries" ends 320 phrases, "of" 96), not every phrase of the word.
 */
type PhraseIndex = Map<string, Map<string, OutcomePhrase[]>>;

/** Each phrase's place in OUTCOME_PHRASES: of two that match, the earlier is the one given. */
const ORDER = new Map<OutcomePhrase, number>(OUTCOME_PHRASES.map((p, i) => [p, i]));

function phraseIndex(role: "after" | "before", fromEnd: boolean): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const p of OUTCOME_PHRASES) {
    if (!p[role]) continue;
    const w = fromEnd ? [...p.words].reverse() : p.words;
    const byNext = index.get(w[0]!) ?? index.set(w[0]!, new Map()).get(w[0]!)!;
    const list = byNext.get(w[1] ?? "") ?? byNext.set(w[1] ?? "", []).get(w[1] ?? "")!;
    list.push(p);
  }
  return index;
}

const AFTER_BY_FIRST = phraseIndex("after", false);
const BEFORE_BY_FIRST = phraseIndex("before", false);
const BEFORE_BY_LAST = phraseIndex("before", true);

/**
 * The first phrase (in list order) of `byNext` that the tokens spell starting, or with `ending`
 * ending, at tokens[k]: of those filed under the next word inward (`next`), and of the one-word
 * ones, which the end word alone spells.
 */
function firstSpelling(
  byNext: ReadonlyMap<string, OutcomePhrase[]> | undefined,
  next: string | undefined,
  tokens: readonly Token[],
  k: number,
  ending: boolean,
): OutcomePhrase | null {
  if (!byNext) return null;
  const single = byNext.get("")?.[0] ?? null;
  const longer = next === undefined ? undefined : byNext.get(next);
  if (longer)
    for (const p of longer)
      if (matchWords(tokens, ending ? k - p.words.length + 1 : k, p.words))
        return single !== null && ORDER.get(single)! < ORDER.get(p)! ? single : p;
  return single;
}

/** An outcome phrase that can follow (or precede) its counted noun, starting at tokens[k]. */
export function phraseAt(
  tokens: readonly Token[],
  k: number,
  role: "after" | "before",
): OutcomePhrase | null {
  const index = role === "after" ? AFTER_BY_FIRST : BEFORE_BY_FIRST;
  return firstSpelling(index.get(tokens[k]?.norm ?? ""), tokens[k + 1]?.norm, tokens, k, false);
}

/** An outcome phrase that can precede its counted noun, ending at tokens[k] (inclusive). */
export function phraseEndingAt(tokens: readonly Token[], k: number): OutcomePhrase | null {
  return firstSpelling(BEFORE_BY_LAST.get(tokens[k]?.norm ?? ""), tokens[k - 1]?.norm, tokens, k, true);
}

/** An outcome phrase or outcome noun in tokens [from, to). */
export function hasOutcomeWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++)
    if (phraseAt(tokens, j, "after") || OUTCOME_NOUNS.has(tokens[j]!.norm)) return true;
  return false;
}

export function hasWord(tokens: readonly Token[], from: number, to: number, word: string): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.norm === word) return true;
  return false;
}

/** Only words that may stand between an active verb and its object ("killed at least"). */
export function onlyFillers(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!ACTIVE_FILLERS.has(tokens[k]!.norm)) return false;
  return true;
}

/** "including", "among them": a cue that a part of a whole follows, at tokens[k]. */
export function isSubsetCue(tokens: readonly Token[], k: number): boolean {
  return SUBSET_CUES.some((c) => matchWords(tokens, k, c));
}

/** Words between a figure and the next one that coordinate them ("and", ",", "as well as"). */
export function coordinates(tokens: readonly Token[], from: number, to: number): boolean {
  // (No coordinator below is longer than three tokens: a longer stretch is not joined to test it.)
  if (to <= from || to - from > 3) return false;
  const words = tokens.slice(from, to).map((t) => t.norm);
  const joined = words.join(" ");
  return /^(,|and|, and|and the|, the|and their|and his|and her|as well as|along with|plus|and another|, another|and an additional|and a further|and at least|, at least|and over|and more than|and some|and about|and nearly)$/.test(
    joined,
  );
}

const SPEECH: ReadonlySet<string> = new Set(SPEECH_VERBS.map((v) => v[0]!));

/**
 * Whether the noun phrase ending at tokens[end] is the subject of a speech verb that closes the
 * sentence ("killed at least 30 people, a health worker who asked not to be named told Reuters",
 * "…, two witnesses said"): the speaker of a cue, never one more of the people counted. The verb
 * comes before any comma, "and" or sentence end.
 */
export function speaksAfter(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k < tokens.length && k < end + 12; k++) {
    const w = tokens[k]!.norm;
    if (SPEECH.has(w)) return true;
    if (/^[,.;:()]$/.test(w) || w === "and" || tokens[k]!.kind === "num") return false;
  }
  return false;
}
