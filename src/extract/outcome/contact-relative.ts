// A relative clause with its own subject right after the counted noun, with no "who" or "that":
// "the names of 21 people it said had been killed" (a speaker's clause before the outcome: the
// people are the subject of "had been killed"), "freed 62 of the 87 worshippers they abducted" (an
// active verb of harm whose object is the noun: the people were abducted).
import type { Token } from "../tokens.js";
import type { PhraseMatch } from "./outcome-before.js";
import { phraseAt } from "./phrases.js";

/** Pronouns that open such a clause. */
const SUBJECTS = /^(it|they|he|she|we)$/;
/** Verbs of saying in it ("it said", "they claimed"). */
const SAYING = /^(said|says|say|claimed|claims|claim|believed|believes)$/;
/** The auxiliary of the reported outcome ("had been killed", "were killed"). */
const AUXILIARIES = /^(had|have|has|were|was|been|are|is)$/;

/** The outcome such a clause at tokens[from] gives the noun before it, or null. */
export function contactRelative(tokens: readonly Token[], from: number): PhraseMatch | null {
  if (!SUBJECTS.test(tokens[from]?.norm ?? "")) return null;
  let k = from + 1;
  if (SAYING.test(tokens[k]?.norm ?? "")) {
    k++;
    if (!AUXILIARIES.test(tokens[k]?.norm ?? "")) return null;
    while (AUXILIARIES.test(tokens[k]?.norm ?? "")) k++;
    const p = phraseAt(tokens, k, "after");
    return p ? { p, first: k, last: k + p.words.length } : null;
  }
  // ("the 87 worshippers they abducted": the verb's object is the noun, so nothing follows it.)
  const p = phraseAt(tokens, k, "before");
  const end = k + (p?.words.length ?? 0);
  if (!p || !/^(,|\.|;|from|in|on|at|during|last|)$/.test(tokens[end]?.norm ?? "")) return null;
  return { p, first: k, last: end };
}
