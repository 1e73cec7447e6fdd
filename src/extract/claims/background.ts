// Deaths mentioned as the background of another event: the killing a crowd protests, a funeral,
// a revenge attack's cause ("students protested the death of their colleague", "a funeral for a
// man killed by soldiers the day before"). They are kept, marked `otherIncident` (codebook §1c),
// and stay out of the tallies of this event.
import { BACKGROUND_CAUSES, BACKGROUND_EVENTS } from "../lexicon/context.js";
import type { Token } from "../tokens.js";

/** Whether the count whose words start at token `first` is background to a protest, funeral or revenge. */
export function isBackground(tokens: readonly Token[], first: number): boolean {
  return BACKGROUND_EVENTS.anyIn(tokens, 0, tokens.length) && BACKGROUND_CAUSES.anyIn(tokens, 0, first);
}
