// C001: the parts of a figure add up to more than the figure ("20 people were killed, including
// 15 soldiers and 9 civilians"). Parts are the claims whose `partOf` names the whole. Parts of
// one group may overlap ("five women and three foreigners"), so within a group only the largest
// counts; only the disjoint groups (civilians, security forces, militants) are added. A whole
// with no ceiling ("at least 20", "dozens") is never exceeded.
import type { Claim, Group } from "../model.js";
import { exceeds, larger, leastAcrossGroups, rangeOf, type Range, type Weighing } from "./figures.js";
import { finding, named, total, type Check } from "./message.js";

export function partsExceedWhole({ counted }: Weighing): Check[] {
  const partsOf = new Map<string, Claim[]>();
  for (const c of counted)
    if (c.partOf !== null) partsOf.set(c.partOf, [...(partsOf.get(c.partOf) ?? []), c]);
  const out: Check[] = [];
  for (const whole of counted) {
    const parts = partsOf.get(whole.id);
    const ceiling = rangeOf(whole);
    if (!parts || !ceiling) continue;
    const byGroup = new Map<Group, Range>();
    for (const p of parts) {
      const r = rangeOf(p)!;
      const had = byGroup.get(p.group);
      byGroup.set(p.group, had ? larger(had, r) : r);
    }
    const least = leastAcrossGroups(byGroup);
    if (!least || !exceeds(least.range, ceiling)) continue;
    out.push(
      finding(
        "C001",
        `${parts.map(named).join(" and ")} add up to ${total(least.range.low, least.range.high)}, more than ${named(whole)}`,
        [whole, ...parts],
      ),
    );
  }
  return out;
}
