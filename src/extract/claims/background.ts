// Deaths mentioned as the background of another event: the killing a crowd protests, a funeral,
// a revenge attack's cause ("students protested the death of their colleague", "a funeral for a
// man killed by soldiers the day before"). They are kept, marked `otherIncident` (codebook §1c),
// and stay out of the tallies of this event.
import { BACKGROUND_CAUSES, BACKGROUND_EVENTS } from "../lexicon/context.js";
import type { Token } from "../tokens.js";

/** Whether the count whose words start at token `first` is background to a protest, funeral or revenge. */
export function isBackground(tokens: readonly Token[], first: number): boolean {
  // The cause must govern the figure: a few words before it, in the same clause ("protested the
  // killing of five people"; not "In retaliation for a killing the day before, herders killed 2").
  if (!BACKGROUND_EVENTS.anyIn(tokens, 0, tokens.length)) return false;
  for (let k = first - 1; k >= 0 && k >= first - 7; k--) {
    if (tokens[k]!.norm === "," || tokens[k]!.norm === ";") return false;
    if (BACKGROUND_CAUSES.at(tokens, k)) return true;
  }
  return false;
}
