// A headline may name its source by a description alone ("…, rights network says", "…, lawyers
// group says", "…, locals say") while the body names it in full ("the National Human Rights Defense
// Network", "the Emergency Lawyers", "local officials and residents"), its words typing the two
// differently or not at all. The headline speaks in that source's voice (codebook §1c "Headlines,
// decks, ledes": one more span of its claim) when every word of the description but its kind nouns
// ("network", "group", "union") is a word of the body's name, in either number ("locals" of
// "local"): "rights network" of the Human Rights Defense Network, "lawyers group" of the Emergency
// Lawyers; not "sources" (kind nouns only), nor "activists" of the Darfur Bar Lawyers.
import type { Claim } from "../../core/model.js";
import { DEPENDENT_HEADS } from "../lexicon/claimants.js";
import { plural } from "../lexicon/morphology.js";
import { wordsOf } from "./headline.js";
import { hasUpper } from "../letters.js";

/** Nouns that name a body or a person by its kind or its relation to a body ("group", "spokesman"). */
const KIND_NOUNS: ReadonlySet<string> = new Set(DEPENDENT_HEADS);

/** Whether the headline's claimant `h`, a description, is the body's claimant `b` by its words. */
export function describedByKind(h: Claim, b: Claim): boolean {
  if (h.claimant.type === "media" || hasUpper(h.claimant.name)) return false;
  // The body's claimant is named: typed, or a proper name its words did not type ("the Darfur Bar Lawyers").
  if (b.claimant.type === "media" || (b.claimant.type === "unknown" && !hasUpper(b.claimant.name)))
    return false;
  const own = wordsOf(h.claimant.name).filter((w) => !KIND_NOUNS.has(w));
  const name = wordsOf(b.claimant.name);
  return own.length > 0 && own.every((w) => name.some((n) => n === w || plural(n) === w || plural(w) === n));
}
