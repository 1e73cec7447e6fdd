// A definite figure below a total said before ("… released six people they had held captive, …
// the ICRC said. … The three civilians freed included a contractor …, the Ombudsman's Office
// said"): "the three civilians" names people already counted, and fewer than the total, so they
// are a part of it (codebook §1c "Subsets", §3b), whoever speaks now, never added to it. The
// total is the latest of the outcome in a sentence before, itself no part, of this event, above
// the figure, of a group that holds the figure's; a definite figure equal to one before is that
// one named again (merge-claims.ts), not a part.
import type { Claim, Group } from "../../core/model.js";
import type { Built } from "./build-claims.js";
import { figure, loosePart } from "./breakdown-sums.js";

export function linkDefiniteParts(built: readonly Built[]): void {
  built.forEach((b, i) => {
    const c = b.claim;
    if (!b.definite || !loosePart(c)) return;
    const before = built.slice(0, i).filter((o) => o.sentence < b.sentence && o.claim.outcome === c.outcome);
    if (before.some((o) => o.claim.quantity.value === c.quantity.value)) return;
    const whole = before.reverse().find((o) => wholeLike(o.claim))?.claim;
    if (whole && whole.quantity.value! > c.quantity.value! && holds(whole.group, c.group))
      c.partOf = whole.id;
  });
}

function wholeLike(c: Claim): boolean {
  return figure(c) && c.partOf === null && c.modality === "asserted" && !c.otherIncident;
}

/** Whether a whole of group `whole` may hold people of group `part`: "people" holds any; hostages hold anyone taken. */
function holds(whole: Group, part: Group): boolean {
  return whole === part || whole === "people" || whole === "hostages";
}
