// A correction notice's withdrawn figure ("Correction: An earlier version of this article said 13
// people were killed. Police said three were killed."): the outlet no longer says it and no one
// else did, so it is no claim, as a counterfactual is none. Only the figures of the clause the
// withdrawn text governs: the notice's correct figure, in a clause or sentence of its own, stays.
import { RETRACTING_SUBJECTS } from "../lexicon/corrections.js";
import type { Token } from "../tokens.js";

/** Words that open another clause between the withdrawn text and a figure. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([";", "but", "while", "whereas", "instead"]);

/** Whether the figure at token `first` is governed by a withdrawn text named before it in its sentence. */
export function isRetracted(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0; k--) {
    if (CLAUSE_BREAKS.has(tokens[k]!.norm)) return false;
    if (RETRACTING_SUBJECTS.at(tokens, k)) return true;
  }
  return false;
}
