// A total broken down over the sentences after it by the voice that gave it, one figure a
// sentence ("Nine people were killed …, the prosecutor's office said. … the bodies of six men were
// found …. Two more men were shot dead …, the statement said. According to the office, a woman was
// killed …"): where two or more such figures of the total's outcome, each the only one of that
// outcome in its sentence and none yet a part, come next after it and add up to it exactly, each
// is a part of it (codebook §1c "Subsets", §3b), never added to it. "Two more" among them counts
// on from the part before, not from the total: a part, not an increment. A run that does not add
// up is left as it is: figures of later events in the same voice are no breakdown.
import type { Claim } from "../../core/model.js";
import type { Built } from "./build-claims.js";
import { wordsOf } from "./headline.js";

/** At most this many sentences from the total to its last part. */
const REACH = 8;

export function linkSequenceSums(built: readonly Built[]): void {
  for (let i = 0; i < built.length; i++) {
    const whole = built[i]!;
    const run = partsAfter(built, i);
    if (run.length < 2) continue;
    const sum = run.reduce((n, b) => n + b.claim.quantity.value!, 0);
    if (sum !== whole.claim.quantity.value) continue;
    for (const { claim } of run) {
      claim.partOf = whole.claim.id;
      claim.scope = "single";
    }
  }
}

/**
 * The figures of the total's outcome in the sentences after it, in the same voice, up to the
 * first that cannot be a part (another voice, a hedge, a figure not below the total, a second
 * figure of the outcome in one sentence, a part already tied, the total's own noun: "four people
 * had been killed … another eight people" under "12 people" is the toll as it grew, not a
 * breakdown); [] when the total is no total.
 */
function partsAfter(built: readonly Built[], i: number): Built[] {
  const { claim: w, sentence } = built[i]!;
  const v = w.quantity.value;
  if (!wholeLike(w) || v === null || v < 2) return [];
  const run: Built[] = [];
  for (let k = i + 1; k < built.length; k++) {
    const b = built[k]!;
    if (b.sentence === sentence) continue;
    if (b.sentence - sentence > REACH) break;
    if (b.claim.outcome !== w.outcome) continue;
    const again = b.nounHead != null && b.nounHead === built[i]!.nounHead;
    if (again || !partLike(b, w) || run.some((r) => r.sentence === b.sentence))
      return run.length > 1 ? run : [];
    run.push(b);
    if (run.reduce((n, r) => n + r.claim.quantity.value!, 0) >= v) break;
  }
  return run;
}

/** A stated total: exact or at least, asserted, of this event, no part of another. */
function wholeLike(c: Claim): boolean {
  return (
    c.partOf === null &&
    c.scope !== "increment" &&
    c.modality === "asserted" &&
    !c.otherIncident &&
    (c.quantity.hedge === "exact" || c.quantity.hedge === "at_least")
  );
}

/**
 * A figure that may be a part of `w`: exact, below it, asserted, of this event, in its voice, not
 * yet a part, and no step of a running toll ("four had been killed … By midday the number of dead
 * had risen to eight" under 12 is how the toll grew, not who died where).
 */
function partLike({ claim: c }: Built, w: Claim): boolean {
  const v = c.quantity.value;
  return (
    c.partOf === null &&
    c.scope !== "cumulative" &&
    !c.running &&
    c.quantity.hedge === "exact" &&
    v !== null &&
    v > 0 &&
    v < w.quantity.value! &&
    c.modality === "asserted" &&
    !c.otherIncident &&
    sameVoice(c, w)
  );
}

/** One voice: one name, or one type and the words of one name within the other's ("the prosecutor's office"). */
export function sameVoice(a: Claim, b: Claim): boolean {
  if (a.claimant.name === b.claimant.name) return true;
  if (a.claimant.type !== b.claimant.type || a.claimant.type === "media" || a.claimant.type === "unknown")
    return false;
  const wa = wordsOf(a.claimant.name);
  const wb = wordsOf(b.claimant.name);
  const within = (x: string[], y: string[]) => x.length > 0 && x.every((w) => y.includes(w));
  return within(wa, wb) || within(wb, wa);
}
