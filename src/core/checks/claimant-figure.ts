// One claimant's least figure for an outcome over several groups (for C005 and C006): its total
// in each group (core/tally's claimant totals: increments summed, running totals kept, parts
// never added), then the groups combined as they may overlap (./figures.ts).
import type { Claim, Group, Outcome } from "../model.js";
import { claimantTotals } from "../tally/index.js";
import { add, fromFigures, leastAcrossGroups, ZERO, type Range } from "./figures.js";

export interface Counted {
  range: Range;
  /** The claims the figure rests on. */
  claims: Claim[];
}

export const NOTHING: Counted = { range: ZERO, claims: [] };

export function claimantFigure(own: readonly Claim[], outcome: Outcome, groups: readonly Group[]): Counted {
  const byGroup = new Map<Group, Range>();
  const behind = new Map<Group, Claim[]>();
  for (const group of groups) {
    const row = own.filter((c) => c.outcome === outcome && c.group === group && c.partOf === null);
    const t = claimantTotals(row)[0];
    const r = fromFigures(t?.figures ?? null);
    if (!t || !r) continue;
    byGroup.set(group, r);
    behind.set(
      group,
      row.filter((c) => t.claims.includes(c.id)),
    );
  }
  const least = leastAcrossGroups(byGroup);
  return least ? { range: least.range, claims: least.groups.flatMap((g) => behind.get(g)!) } : NOTHING;
}

/** Two figures of people who cannot be the same (killed and injured), added. */
export function combine(a: Counted, b: Counted): Counted {
  return { range: add(a.range, b.range), claims: [...a.claims, ...b.claims] };
}
