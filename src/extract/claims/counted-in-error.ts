// People a toll is said to have counted in error ("On Sunday a ministry official said the figure
// had wrongly included four people who died in a traffic accident the same night"): they are no
// dead of this event, whatever befell them, so the figure is kept, marked `otherIncident`
// (codebook §1c "Other incidents"), and stays out of the event's tallies. The adverb of error
// must stand just before a verb of counting that governs the figure in its clause.
import { ERROR_ADVERBS, ERROR_COUNTING_VERBS } from "../lexicon/corrections.js";
import type { Token } from "../tokens.js";

/** At most this many words between the verb of counting and the figure ("included the bodies of four"). */
const REACH = 4;

const CLAUSE_BREAKS = new Set([",", ";", ":", ".", "but", "while", "and"]);

/** Whether the count at token `first` is the object of "wrongly included", "mistakenly counted", …. */
export function countedInError(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 1 - REACH; k--) {
    const w = tokens[k]!.norm;
    if (CLAUSE_BREAKS.has(w)) return false;
    if (!ERROR_COUNTING_VERBS.has(w)) continue;
    const before = tokens[k - 1]?.norm ?? "";
    const after = tokens.slice(first, first + 12).map((t) => t.norm);
    return ERROR_ADVERBS.includes(before) || inError(after);
  }
  return false;
}

/** "counted four people twice in error", "included … by mistake": the error said after the figure. */
function inError(words: readonly string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    if (CLAUSE_BREAKS.has(words[i]!)) return false;
    if ((words[i] === "in" && words[i + 1] === "error") || (words[i] === "by" && words[i + 1] === "mistake"))
      return true;
  }
  return false;
}
