// C007: a total equals the sum of the stated parts, but the text also gives a different total
// ("three soldiers and four civilians were killed … seven people died … the death toll stood at
// nine"). Within one article and outcome, the stated parts are either the parts of a whole
// (`partOf`) or one claimant's figures for the disjoint groups (civilians, security forces,
// militants; two or more). A total is a figure of people unspecified. When one total agrees
// with the parts' sum and another total cannot be right beside it, the check names the parts and
// both totals. Bounded figures only: "at least 7" agrees with any sum above it, so it proves
// nothing. A later, larger running total (a toll that rose) is no contradiction.
import type { Claim } from "../model.js";
import { add, apart, DISJOINT_GROUPS, groupBy, rangeOf, type Range, type Weighing } from "./figures.js";
import { finding, named, total, type Check } from "./message.js";
import { pair } from "./one-voice.js";

export function twoTotals({ counted, order }: Weighing): Check[] {
  const out: Check[] = [];
  for (const row of groupBy(counted, (c) => `${c.article}|${c.outcome}`).values()) {
    const totals = row.filter((c) => c.group === "people" && c.partOf === null && c.scope !== "increment");
    if (totals.length < 2) continue;
    const reported = new Set<string>();
    for (const parts of partSets(row)) {
      const sum = parts.map((c) => rangeOf(c)!).reduce(add);
      if (sum.high === null) continue;
      const agreeing = totals.find((t) => bounded(t) && !apart(rangeOf(t)!, sum) && !parts.includes(t));
      if (!agreeing) continue;
      for (const other of totals) {
        if (other === agreeing || !apart(rangeOf(other)!, rangeOf(agreeing)!)) continue;
        const [a, b] = order(agreeing, other) < 0 ? [agreeing, other] : [other, agreeing];
        if (rose(a, b) || reported.has(pair(a, b))) continue;
        reported.add(pair(a, b));
        out.push(
          finding(
            "C007",
            `${parts.map(named).join(" + ")} make ${total(sum.low, sum.high)}, as ${named(agreeing)} says, but ${named(other)} differs`,
            [...parts, agreeing, other],
          ),
        );
      }
    }
  }
  return out;
}

/** The stated parts in one article's figures for one outcome: sets of two or more. */
function partSets(row: readonly Claim[]): Claim[][] {
  const sets: Claim[][] = [];
  for (const parts of groupBy(
    row.filter((c) => c.partOf !== null),
    (c) => c.partOf!,
  ).values())
    if (parts.length >= 2 && distinctGroups(parts)) sets.push(parts);
  const named = row.filter(
    (c) => c.partOf === null && c.scope === "single" && DISJOINT_GROUPS.includes(c.group),
  );
  for (const own of groupBy(named, (c) => c.claimant.name).values())
    if (own.length >= 2 && distinctGroups(own)) sets.push(own);
  return sets;
}

function distinctGroups(claims: readonly Claim[]): boolean {
  return (
    claims.every((c) => DISJOINT_GROUPS.includes(c.group)) &&
    new Set(claims.map((c) => c.group)).size === claims.length
  );
}

function bounded(c: Claim): boolean {
  const r: Range = rangeOf(c)!;
  return r.high !== null;
}

/** The later is a running total above the earlier: a toll that rose. */
function rose(earlier: Claim, later: Claim): boolean {
  return later.scope === "cumulative" && rangeOf(later)!.low > (rangeOf(earlier)!.high ?? Infinity);
}
