// A headline may name its source by the kind of outlet ("… - local paper", "…, state TV says")
// while the body names the outlet ("the Portuguese-language weekly Canal Norte reported"): the
// headline speaks in that outlet's voice, one more span of its claims (codebook §1c "Headlines,
// decks, ledes"), not in the voice of the outlet that publishes the article. The body's outlet is
// the first claimant of the media type the text names (a mention of its own) after the head.
import type { Claimant } from "../../core/model.js";
import { OUTLET_KIND_NOUNS } from "../lexicon/claimants.js";
import type { Built } from "./build-claims.js";

const KINDS: ReadonlySet<string> = new Set(OUTLET_KIND_NOUNS);

/** Whether a headline's source of a few words names an outlet by its kind ("local paper"). */
export function outletKind(words: string): boolean {
  const w = words.toLowerCase().split(/\s+/);
  return w.length <= 3 && KINDS.has(w[w.length - 1]!);
}

/** The outlet the body names after `after`, as the claimant of its figures. */
export function outletNamedInBody(built: readonly Built[], after: number): Claimant | null {
  for (const { claim } of built) {
    const { type, mention } = claim.claimant;
    if (claim.evidence[0]!.start >= after && type === "media" && mention !== null) return claim.claimant;
  }
  return null;
}
