// C004: one claimant gives two figures for the same people in one article that cannot both be
// right ("police said 12 people were killed" … "police said 15 people were killed"). Within one
// article a claimant's distinct figures may be different people ("two police were killed in the
// first attack, three in the second"; "killing 18 residents … killing 36"), so only totals are
// compared: running totals, wholes that have parts, and figures of people unspecified named by a
// toll's noun or none ("12 people", "14 fatalities", "15 were killed"; ./lexicon.ts). A definite
// reference ("the wounded") points back to a figure and states none of its own. Figures dated to different days, increments, totals
// over several incidents and a later, larger running total (a toll that rose) are not
// disagreements; nor are figures whose hedges overlap ("at least 12" and "15").
import type { Claim } from "../model.js";
import { apart, groupBy, rangeOf, type Weighing } from "./figures.js";
import { namesTotal } from "./lexicon.js";
import { finding, named, type Check } from "./message.js";

export function oneVoiceDisagrees(
  { claims, counted, order }: Weighing,
  skip: ReadonlySet<string> = new Set(),
): Check[] {
  const wholes = new Set(claims.map((c) => c.partOf));
  const totals = counted.filter(
    (c) =>
      c.partOf === null &&
      c.scope !== "increment" &&
      c.acrossIncidents === null &&
      !/^the\b/i.test(c.quantity.text) &&
      (c.scope === "cumulative" || wholes.has(c.id) || (c.group === "people" && namesTotal(c.noun))),
  );
  const key = (c: Claim) => `${c.article}|${c.claimant.name}|${c.outcome}|${c.group}`;
  const out: Check[] = [];
  for (const own of groupBy(totals, key).values()) {
    const line = [...own].sort(order);
    for (let i = 1; i < line.length; i++) {
      const [a, b] = [line[i - 1]!, line[i]!];
      if (skip.has(pair(a, b)) || !disagree(a, b)) continue;
      out.push(finding("C004", `${named(a)} and ${named(b)}`, [a, b]));
    }
  }
  return out;
}

/** A key for a pair of claims, whichever comes first. */
export function pair(a: Claim, b: Claim): string {
  return [a.id, b.id].sort().join("|");
}

function disagree(earlier: Claim, later: Claim): boolean {
  const a = rangeOf(earlier)!;
  const b = rangeOf(later)!;
  if (!apart(a, b)) return false;
  const da = earlier.time?.date ?? null;
  const db = later.time?.date ?? null;
  if (da !== null && db !== null && da !== db) return false;
  // A toll that rose: the later running total is the larger.
  return !(later.scope === "cumulative" && b.low > (a.high ?? a.low));
}
