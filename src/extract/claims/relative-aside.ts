// "two passengers who tried to run were shot dead": a relative clause on the counted people, between
// the figure and the verb of its outcome, tells something of those people ("who tried to run",
// "who had not been paid", "who would have turned 30"), not of the count; its cue of an attempt,
// a threat, a doubt or a negation is no modality of the figure (codebook §1 `modality`). The
// clause ends where the main verb's auxiliaries begin: "the 10 hostages who were seized on Monday
// will be executed" is a threat still.
import type { Token } from "../tokens.js";

const RELATIVES: ReadonlySet<string> = new Set(["who", "whom", "whose", "which", "that"]);
/** Auxiliaries, negations and adverbs that may open the main verb's group before its participle. */
const MAIN_VERB_WORDS: ReadonlySet<string> = new Set([
  ...["was", "were", "is", "are", "be", "been", "being", "has", "have", "had"],
  ...["will", "would", "shall", "may", "might", "could", "can", "should", "must", "'ll"],
  ...["not", "n't", "never", "later", "also", "all", "reportedly", "allegedly", "then"],
]);

/**
 * The tokens [from, to) of a relative clause between the figure's words (ending before token `end`)
 * and its outcome's first token `trigger`, or null: "who" within four words after the figure, up
 * to the main verb's group.
 */
export function relativeAside(
  tokens: readonly Token[],
  end: number,
  trigger: number,
): [number, number] | null {
  let from = -1;
  for (let k = end; k < Math.min(trigger, end + 5); k++) {
    if (RELATIVES.has(tokens[k]!.norm)) {
      from = k;
      break;
    }
    if (tokens[k]!.kind === "punct" && tokens[k]!.norm !== ",") return null;
  }
  if (from < 0) return null;
  let to = trigger;
  while (to - 1 > from + 1 && MAIN_VERB_WORDS.has(tokens[to - 1]!.norm)) to--;
  return to > from + 1 ? [from, to] : null;
}
