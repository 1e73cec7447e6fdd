// C002: a claimant's increments do not add up to its later running total (an earlier 50, then
// "another 40 … bringing the total to 100"). For each cumulative figure of a claimant, the
// figures it sums are read back from it: the increments stated since the claimant's previous
// running total, and the base they were added to (that total, or the claimant's figure stated
// before the first increment). Without a base or an increment there is nothing to add up. An
// elliptical figure ("another 40", no noun) joins the figures of any group of its claimant.
import type { Claim } from "../model.js";
import { claimantTotals, figures } from "../tally/index.js";
import { add, apart, fromFigures, groupBy, rangeOf, type Range, type Weighing } from "./figures.js";
import { finding, named, total, type Check } from "./message.js";

export function incrementsMismatch({ counted, order }: Weighing): Check[] {
  const out: Check[] = [];
  const seen = new Set<string>();
  const whole = counted.filter((c) => c.partOf === null);
  for (const own of groupBy(whole, (c) => `${c.claimant.name}|${c.outcome}`).values()) {
    if (!own.some((c) => c.scope === "increment")) continue;
    for (const group of new Set(own.map((c) => c.group))) {
      const line = own.filter((c) => c.group === group || (c.group === "people" && c.noun === null));
      for (const check of along([...line].sort(order))) {
        const key = check.claims.join(",");
        if (!seen.has(key)) out.push(check);
        seen.add(key);
      }
    }
  }
  return out;
}

/** The checks along one claimant's figures for one group, oldest first. */
function along(line: readonly Claim[]): Check[] {
  const out: Check[] = [];
  let since = 0;
  line.forEach((c, i) => {
    if (c.scope !== "cumulative") return;
    const window = line.slice(since, i);
    since = i;
    const first = window.findIndex((x) => x.scope === "increment");
    if (first <= 0) return;
    const base = window.slice(0, first);
    const increments = window.slice(first).filter((x) => x.scope === "increment");
    const baseTotal = claimantTotals(base)[0];
    const baseFigure = fromFigures(baseTotal?.figures ?? null);
    const stated = rangeOf(c);
    if (!baseFigure || !stated) return;
    const sum = increments.reduce((r: Range, x) => add(r, fromFigures(figures(x.quantity))!), baseFigure);
    if (!apart(sum, stated)) return;
    const behind = base.filter((x) => baseTotal!.claims.includes(x.id));
    out.push(
      finding(
        "C002",
        `${[...behind, ...increments].map(named).join(" + ")} make ${total(sum.low, sum.high)}, but ${named(c)} follows`,
        [...behind, ...increments, c],
      ),
    );
  });
  return out;
}
