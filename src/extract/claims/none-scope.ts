// A statement of none about everyone ("no casualties were reported", "no one was hurt") in an
// article that counts people of that outcome elsewhere is about another event or a moment of this
// one ("Meanwhile, a car bomb exploded near the airport but no casualties were reported"), not the
// incident's total: it is marked `otherIncident` (codebook §1c), so that no tally sets a figure of
// none against the dead the article counts. A party's none against another party's figure ("the
// army said no one was killed", after the rebels' "20 soldiers killed") is a contested figure and
// stays.
import type { Claim } from "../../core/model.js";
import type { Built } from "./build-claims.js";

export function scopeNoneStatements(built: readonly Built[]): void {
  for (const { claim, sentence } of built) {
    if (claim.quantity.hedge !== "none" || claim.group !== "people" || claim.otherIncident) continue;
    const counted = built.some(
      (o) => o.sentence !== sentence && isCount(o.claim, claim) && !contests(claim, o.claim),
    );
    if (counted) claim.otherIncident = true;
  }
}

/** A figure of people of the same outcome that is this event's: some were, in fact, counted. */
function isCount(o: Claim, none: Claim): boolean {
  return (
    o.outcome === none.outcome &&
    o.quantity.hedge !== "none" &&
    (o.quantity.value ?? o.quantity.min ?? 0) > 0 &&
    o.modality === "asserted" &&
    !o.otherIncident
  );
}

/** One party answering another's figure: both parties to the violence, not the same side. */
function contests(none: Claim, figure: Claim): boolean {
  const a = none.claimant.party;
  const b = figure.claimant.party;
  return a !== "independent" && b !== "independent" && a !== b;
}
