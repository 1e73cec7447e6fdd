// What the checks read from claims: a claim's figure as a range (low..high, high null when the
// wording sets no ceiling), sums of ranges, and whether two ranges can both be true. Ranges come
// from core/tally's readings (`low` and `high`), so hedges are respected everywhere: "more than
// 450" is 451..open and can exceed any count, "about 150" is 135..165, "dozens" is 24..open.
import type { Claim, Group } from "../model.js";
import { chronology, figures, hasNumber, isTallied, type Chronology, type Figures } from "../tally/index.js";

export interface Range {
  low: number;
  /** Null when the wording sets no ceiling ("more than 450", "dozens"). */
  high: number | null;
}

export const ZERO: Range = { low: 0, high: 0 };

/** A claim's figure as a range; null when it gives no number ("all the hostages"). */
export function rangeOf(c: Claim): Range | null {
  return fromFigures(figures(c.quantity));
}

export function fromFigures(f: Figures | null): Range | null {
  if (f === null) return null;
  const low = f.low ?? f.best;
  return low === null ? null : { low, high: f.high };
}

export function add(a: Range, b: Range): Range {
  return { low: a.low + b.low, high: a.high === null || b.high === null ? null : a.high + b.high };
}

/** The larger of two lower bounds, and of their ceilings (for "the largest of"). */
export function larger(a: Range, b: Range): Range {
  return {
    low: Math.max(a.low, b.low),
    high: a.high === null || b.high === null ? null : Math.max(a.high, b.high),
  };
}

/** Whether no number satisfies both ranges: the figures cannot both be right. */
export function apart(a: Range, b: Range): boolean {
  return (a.high !== null && a.high < b.low) || (b.high !== null && b.high < a.low);
}

/** Whether `r` is surely above `ceiling` (a figure with no ceiling is never exceeded). */
export function exceeds(r: Range, ceiling: Range): boolean {
  return ceiling.high !== null && r.low > ceiling.high;
}

/** Claims that enter tallies and give a number: the only ones the checks weigh. */
export function weighed(claims: readonly Claim[]): Claim[] {
  return claims.filter((c) => isTallied(c) && hasNumber(c.quantity));
}

/** What every check reads of some claims, worked out once for all of them (./index.ts). */
export interface Weighing {
  claims: readonly Claim[];
  /** The claims the checks weigh (`weighed`), in input order. */
  counted: readonly Claim[];
  /** `chronology(claims)`. */
  order: Chronology;
}

export function weighing(claims: readonly Claim[], counted: readonly Claim[] = weighed(claims)): Weighing {
  return { claims, counted, order: chronology(claims) };
}

/** Groups that never share a person (codebook §3b): hostages and people overlap them all. */
export const DISJOINT_GROUPS: readonly Group[] = ["civilians", "security_forces", "militants"];

/**
 * The least number of people that figures by group must add up to, given that groups may overlap:
 * the disjoint groups added up, or the largest single figure (hostages, people), whichever is more;
 * with the groups it rests on.
 */
export function leastAcrossGroups(
  byGroup: ReadonlyMap<Group, Range>,
): { range: Range; groups: Group[] } | null {
  let disjoint: { range: Range; groups: Group[] } | null = null;
  let largest: { range: Range; groups: Group[] } | null = null;
  for (const [group, r] of byGroup) {
    if (DISJOINT_GROUPS.includes(group))
      disjoint = disjoint
        ? { range: add(disjoint.range, r), groups: [...disjoint.groups, group] }
        : { range: r, groups: [group] };
    if (!largest || r.low > largest.range.low) largest = { range: r, groups: [group] };
  }
  return disjoint && largest && disjoint.range.low > largest.range.low ? disjoint : largest;
}

/** Groups by a key, keeping input order within each group. */
export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}
