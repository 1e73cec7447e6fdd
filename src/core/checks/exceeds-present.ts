// C005: those killed, injured and taken outnumber the people said to be present ("450
// passengers were aboard" and a claimant's 300 killed and 200 injured). Each claimant's own
// figures are set against each figure of those present (from any source). Killed, injured and
// captives may overlap (a hostage may be killed, a captive injured), so the least they add up to
// is the largest of: killed + injured, killed + still held, those taken. Who is counted follows
// the group present: passengers and residents (civilians) are set against civilians, hostages
// and people unspecified; troops against security forces; attackers against militants (killed,
// injured, arrested); people against all but the attackers. A figure with no ceiling ("more
// than 450 aboard", "hundreds of troops") is never exceeded.
import type { Group, Outcome } from "../model.js";
import { exceeds, groupBy, rangeOf, type Range, type Weighing } from "./figures.js";
import { finding, named, type Check } from "./message.js";
import { claimantFigure, combine, type Counted } from "./claimant-figure.js";

const COUNTED: Record<Group, readonly Group[]> = {
  civilians: ["civilians", "hostages", "people"],
  hostages: ["hostages", "people"],
  security_forces: ["security_forces"],
  militants: ["militants"],
  people: ["civilians", "hostages", "security_forces", "people"],
};

export function exceedsPresent({ counted }: Weighing): Check[] {
  // A figure of one present ("a bus carrying a minister") is a person, not a count of those there.
  const present = counted.filter((c) => {
    const r = rangeOf(c);
    return c.outcome === "present" && r !== null && r.high !== null && r.low >= 2;
  });
  if (present.length === 0) return [];
  const byClaimant = groupBy(
    counted.filter((c) => c.outcome !== "present"),
    (c) => c.claimant.name,
  );
  const out: Check[] = [];
  for (const p of present) {
    const ceiling: Range = rangeOf(p)!;
    for (const own of byClaimant.values()) {
      const of = (outcome: Outcome) => claimantFigure(own, outcome, COUNTED[p.group]);
      const killed = of("killed");
      const taken = p.group === "militants" ? of("arrested") : of("abducted");
      const options: Counted[] = [combine(killed, of("injured")), combine(killed, of("held")), taken];
      const least = options.reduce((a, b) => (b.range.low > a.range.low ? b : a));
      if (!exceeds(least.range, ceiling)) continue;
      out.push(
        finding(
          "C005",
          `${least.claims.map(named).join(" + ")} make at least ${least.range.low}, more than ${named(p)}`,
          [p, ...least.claims],
        ),
      );
    }
  }
  return out;
}
