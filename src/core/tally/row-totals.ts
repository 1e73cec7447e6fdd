// One row's claimant totals (the claims of one (outcome, group): claimant-totals.ts), worked out
// once however many readers weigh them. An article's tally rows read each row under one strategy
// and grade it; its dataset fields read each outcome's groups under up to three strategies
// (datasets.ts, totals.ts), mostly the same claims: without parts ("including 6 fighters") or
// figures shared over several incidents, a group's whole claims are its tally row's. A strategy
// reconciles a row from its basis (`Strategy.reconcileRow`), so each reader asks `RowTotals` for
// the basis instead of building claimant totals itself.
import type { Claim } from "../model.js";
import { chronology, claimantTotals, type Chronology, type ClaimantTotal } from "./claimant-totals.js";

/** A row's claims, their chronology and each claimant's total over them. */
export interface RowBasis {
  claims: readonly Claim[];
  order: Chronology;
  totals: readonly ClaimantTotal[];
}

/** Gives the basis of a row's claims (read-only: a basis may be handed to several readers). */
export type RowTotals = (claims: readonly Claim[]) => RowBasis;

/** The basis of a row, worked out now. */
export function rowBasis(claims: readonly Claim[]): RowBasis {
  const order = chronology(claims);
  return { claims, order, totals: claimantTotals(claims, order) };
}

/**
 * A `RowTotals` that works a row out once and hands the same basis to every later call with the
 * same claim objects in the same order (claim objects, not equal copies: a figure shared over
 * incidents is a new object, and a new row). For one reading of claims that do not change while
 * it lasts, such as an article's tally and dataset fields.
 */
export function sharedRowTotals(): RowTotals {
  const byFirst = new Map<Claim | undefined, RowBasis[]>();
  return (claims) => {
    const seen = byFirst.get(claims[0]);
    const hit = seen?.find(
      (b) => b.claims.length === claims.length && b.claims.every((c, i) => c === claims[i]),
    );
    if (hit) return hit;
    const made = rowBasis(claims);
    if (seen) seen.push(made);
    else byFirst.set(claims[0], [made]);
    return made;
  };
}
