// How far a tally row can be trusted (CODEBOOK §3): one grade from the claimants behind it.
//
// Each claimant's total (claimant-totals.ts) gives a range [low, high] under figures.ts, open at
// the top where the wording is ("over 100" → [101, ∞), "dozens" → [24, ∞), "about 150" →
// [135, 165]). Two claimants agree when their ranges overlap. The rules look at the claimants
// that give a figure; claimants giving no number ("all the hostages") count only where no one
// gives a number (two outlets saying "all were freed" are two sources).
//
// Precedence, first that applies:
//   1. single_source  one claimant only gives a figure (nothing to agree or disagree with);
//   2. contested      some two claimants' ranges do not overlap (the army's 4 soldiers killed vs
//                     the group's "over 100"): a dispute outranks everything else;
//   3. confirmed      a party conceded a figure against its own interest — the state side its own
//                     security_forces, or a non-state party its own militants, killed, injured,
//                     abducted, held or missing — and an independent claimant agrees;
//   4. fair           two or more independent claimants agree;
//   5. party_only     only parties to the violence gave figures, and they agree;
//   6. fair           otherwise: an independent claimant agrees with a party's figure that was not
//                     against that party's interest — two sources agree, one of them independent.
import { TallyError } from "../errors.js";
import type { Claim, Grade, Group, Outcome } from "../model.js";
import { claimantTotals, type ClaimantTotal } from "./claimant-totals.js";

/** Outcomes that are losses to the side they befall: conceding them is against interest. */
export const LOSSES: readonly Outcome[] = ["killed", "injured", "abducted", "held", "missing"];

/**
 * Whether two claimant totals' ranges overlap; totals without a number overlap everything, and a
 * running count ("27 so far") is open at the top: a larger figure agrees with it.
 */
export function agree(a: ClaimantTotal, b: ClaimantTotal): boolean {
  if (a.figures === null || b.figures === null || a.figures.low === null || b.figures.low === null)
    return true;
  const open = (t: ClaimantTotal) => (t.running ? null : t.figures!.high);
  const aHigh = open(a) ?? Number.POSITIVE_INFINITY;
  const bHigh = open(b) ?? Number.POSITIVE_INFINITY;
  return a.figures.low <= bHigh && b.figures.low <= aHigh;
}

/** Whether a claimant's figure for (outcome, group) is a loss of its own side. */
export function againstInterest(total: ClaimantTotal, outcome: Outcome, group: Group): boolean {
  if (total.figures === null || !LOSSES.includes(outcome)) return false;
  return (
    (total.party === "state" && group === "security_forces") ||
    (total.party === "non_state" && group === "militants")
  );
}

/** The grade of the claims of ONE (outcome, group); untallied claims are ignored. */
export function grade(claims: readonly Claim[]): Grade {
  const totals = claimantTotals(claims);
  const first = claims.find((c) => totals.some((t) => t.considered.includes(c.id)));
  if (!first)
    throw new TallyError("USAGE", "grade() needs at least one tallied claim of one (outcome, group).");
  return gradeTotals(totals, first.outcome, first.group);
}

/** The grade of some claimant totals for (outcome, group), by the precedence above. */
export function gradeTotals(totals: readonly ClaimantTotal[], outcome: Outcome, group: Group): Grade {
  const givers = totals.filter((t) => t.figures !== null);
  const pool = givers.length > 0 ? givers : totals;
  if (pool.length <= 1) return "single_source";
  const contested = pool.some((a, i) => pool.slice(i + 1).some((b) => !agree(a, b)));
  if (contested) return "contested";
  const independent = pool.filter((t) => t.party === "independent");
  if (independent.length > 0 && pool.some((t) => againstInterest(t, outcome, group))) return "confirmed";
  if (independent.length >= 2) return "fair";
  if (independent.length === 0) return "party_only";
  return "fair";
}
