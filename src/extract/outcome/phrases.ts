// Outcome phrases looked up by their first and last word, and small token tests the count
// parsers share.
import { SPEECH_VERBS } from "../lexicon/claimants.js";
import { OUTCOME_NOUNS } from "../lexicon/groups.js";
import { ACTIVE_FILLERS, OUTCOME_PHRASES, type OutcomePhrase } from "../lexicon/outcomes.js";
import { SUBSET_CUES } from "../lexicon/syntax.js";
import { matchWords } from "../quantity/find-quantities.js";
import type { Token } from "../tokens.js";

const BY_FIRST_WORD = new Map<string, OutcomePhrase[]>();
const BY_LAST_WORD = new Map<string, OutcomePhrase[]>();
for (const p of OUTCOME_PHRASES) {
  const f = p.words[0]!;
  const l = p.words[p.words.length - 1]!;
  if (!BY_FIRST_WORD.has(f)) BY_FIRST_WORD.set(f, []);
  if (!BY_LAST_WORD.has(l)) BY_LAST_WORD.set(l, []);
  BY_FIRST_WORD.get(f)!.push(p);
  BY_LAST_WORD.get(l)!.push(p);
}

/** An outcome phrase that can follow (or precede) its counted noun, starting at tokens[k]. */
export function phraseAt(
  tokens: readonly Token[],
  k: number,
  role: "after" | "before",
): OutcomePhrase | null {
  const list = BY_FIRST_WORD.get(tokens[k]?.norm ?? "");
  if (!list) return null;
  for (const p of list) if (p[role] && matchWords(tokens, k, p.words)) return p;
  return null;
}

/** An outcome phrase that can precede its counted noun, ending at tokens[k] (inclusive). */
export function phraseEndingAt(tokens: readonly Token[], k: number): OutcomePhrase | null {
  const list = BY_LAST_WORD.get(tokens[k]?.norm ?? "");
  if (!list) return null;
  for (const p of list) if (p.before && matchWords(tokens, k - p.words.length + 1, p.words)) return p;
  return null;
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
