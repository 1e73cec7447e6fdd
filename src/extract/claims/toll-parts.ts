// A voice that tells its dead one by one and then gives their toll ('"Eight jawans were martyred
// on the spot. One injured constable succumbed on the way to the hospital, taking the toll to
// nine," he said'): the figures before the toll, in that voice, that add up to it exactly are its
// parts (codebook §1c "Subsets", §3b), never added to it. The run goes back from the toll over the
// voice's exact figures of its outcome, two or more, and stops at another voice's figure of that
// outcome, a hedge, a part already tied or a figure not below the toll; a run that does not add up
// is left as it is.
import type { Claim } from "../../core/model.js";
import type { Built } from "./build-claims.js";
import { loosePart } from "./breakdown-sums.js";
import { sameVoice } from "./sequence-sums.js";

/** At most this many sentences from the first part to the toll. */
const REACH = 4;

export function linkTollParts(built: readonly Built[]): void {
  built.forEach(({ claim: toll }, i) => {
    if (!tollLike(toll)) return;
    const run = partsBefore(built, i);
    if (run.length < 2 || run.reduce((n, c) => n + c.quantity.value!, 0) !== toll.quantity.value) return;
    for (const c of run) c.partOf = toll.id;
  });
}

/** A running toll of this event, exact, of two or more. */
function tollLike(c: Claim): boolean {
  return (
    c.scope === "cumulative" &&
    c.partOf === null &&
    c.modality === "asserted" &&
    !c.otherIncident &&
    c.quantity.hedge === "exact" &&
    (c.quantity.value ?? 0) >= 2
  );
}

/** The voice's figures of the toll's outcome right before it, latest first, until they reach it. */
function partsBefore(built: readonly Built[], i: number): Claim[] {
  const { claim: toll, sentence } = built[i]!;
  const run: Claim[] = [];
  for (let k = i - 1; k >= 0; k--) {
    const { claim: c, sentence: at } = built[k]!;
    if (sentence - at > REACH) break;
    if (c.outcome !== toll.outcome) continue;
    if (!partLike(c, toll)) break;
    run.push(c);
    if (run.reduce((n, r) => n + r.quantity.value!, 0) >= toll.quantity.value!) break;
  }
  return run;
}

function partLike(c: Claim, toll: Claim): boolean {
  return loosePart(c) && c.quantity.value! < toll.quantity.value! && sameVoice(c, toll);
}
