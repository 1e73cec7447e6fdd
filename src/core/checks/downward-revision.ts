// C003: a claimant gives a lower figure in a later report than it gave before ("the army said 18
// soldiers were killed" on Wednesday, 12 on Thursday). Only counts of things that cannot
// un-happen are compared (killed, injured, abducted, released, arrested; not those still held,
// missing or present, which fall as hostages are freed and the missing found), and only for
// claimants that are one voice across reports: not the outlets' own voices, unnamed sources or
// witnesses. A claimant's figure in a report is its total there (core/tally's claimant totals),
// compared with the highest it gave in an earlier report; figures about different days are
// different deaths, not revisions.
import type { Claim, ClaimantType, Outcome } from "../model.js";
import { claimantTotals, type ClaimantTotal } from "../tally/index.js";
import { fromFigures, groupBy, type Range, type Weighing } from "./figures.js";
import { finding, named, total, type Check } from "./message.js";

const RISING: readonly Outcome[] = ["killed", "injured", "abducted", "released", "arrested"];
const MANY_VOICES: readonly ClaimantType[] = ["media", "witness", "unknown"];

export function downwardRevision({ counted, order }: Weighing): Check[] {
  const eligible = counted.filter(
    (c) => c.partOf === null && RISING.includes(c.outcome) && !MANY_VOICES.includes(c.claimant.type),
  );
  const out: Check[] = [];
  for (const own of groupBy(eligible, (c) => `${c.claimant.name}|${c.outcome}|${c.group}`).values()) {
    const byArticle = [...groupBy([...own].sort(order), (c) => c.article).values()];
    if (byArticle.length < 2) continue;
    let highest: { total: ClaimantTotal; range: Range } | null = null;
    for (const report of byArticle) {
      const t = claimantTotals(report)[0]!;
      const range = fromFigures(t.figures);
      if (!range || !t.latest) continue;
      if (highest && range.high !== null && range.high < highest.range.low && sameDay(highest.total, t)) {
        const before = claimsOf(own, highest.total);
        const now = claimsOf(own, t);
        out.push(
          finding(
            "C003",
            `${before.map(named).join(" + ")} (${total(highest.range.low, highest.range.high)}), then ${now.map(named).join(" + ")} (${total(range.low, range.high)})`,
            [...before, ...now],
          ),
        );
      }
      if (!highest || range.low > highest.range.low) highest = { total: t, range };
    }
  }
  return out;
}

function claimsOf(own: readonly Claim[], t: ClaimantTotal): Claim[] {
  return own.filter((c) => t.claims.includes(c.id));
}

/** False when both figures are dated to different days: then they count different events. */
function sameDay(a: ClaimantTotal, b: ClaimantTotal): boolean {
  const da = a.latest?.time?.date ?? null;
  const db = b.latest?.time?.date ?? null;
  return da === null || db === null || da === db;
}
