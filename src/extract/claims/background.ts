// Deaths mentioned as the background of another event: the killing a crowd protests, a funeral,
// a revenge attack's cause ("students protested the death of their colleague", "a funeral for a
// man killed by soldiers the day before"). They are kept, marked `otherIncident` (codebook §1c),
// and stay out of the tallies of this event.
import { BACKGROUND_CAUSES, BACKGROUND_EVENTS } from "../lexicon/context.js";
import { matchWords } from "../quantity/find-quantities.js";
import type { Token } from "../tokens.js";

function hasAny(tokens: readonly Token[], from: number, to: number, cues: readonly string[][]): boolean {
  for (let k = Math.max(0, from); k < to; k++)
    for (const c of cues) if (matchWords(tokens, k, c)) return true;
  return false;
}

/** Whether the count whose words start at token `first` is background to a protest, funeral or revenge. */
export function isBackground(tokens: readonly Token[], first: number): boolean {
  return hasAny(tokens, 0, tokens.length, BACKGROUND_EVENTS) && hasAny(tokens, 0, first, BACKGROUND_CAUSES);
}
