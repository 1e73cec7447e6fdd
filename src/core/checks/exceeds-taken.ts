// C006: those released, killed and still held outnumber the people said to have been taken
// (abducted 30; released 20, killed 5 and still held 10). Each claimant's own released, hostages
// killed and held figures are added (a hostage is in one of the three) and set against the
// largest figure of those taken that any source gives; when any source gives one with no
// ceiling ("more than 100 abducted"), nothing is exceeded. Only killed `hostages` count as
// killed captives: people killed in the attack itself were never taken.
import type { Group } from "../model.js";
import { exceeds, groupBy, larger, rangeOf, type Range, type Weighing } from "./figures.js";
import { finding, named, type Check } from "./message.js";
import { claimantFigure, combine } from "./claimant-figure.js";

const CAPTIVES: readonly Group[] = ["civilians", "hostages", "security_forces", "people"];

export function exceedsTaken({ counted }: Weighing): Check[] {
  // One taken ("seized the train", "abducted a chief") is as often a misreading as a count.
  const taken = counted.filter((c) => c.outcome === "abducted" && c.partOf === null && rangeOf(c)!.low >= 2);
  if (taken.length === 0) return [];
  const ranges = taken.map((c) => rangeOf(c)!);
  if (ranges.some((r) => r.high === null)) return [];
  const ceiling: Range = ranges.reduce(larger);
  const largest = taken[ranges.findIndex((r) => r.high === ceiling.high)]!;
  const out: Check[] = [];
  for (const own of groupBy(counted, (c) => c.claimant.name).values()) {
    const accounted = combine(
      combine(claimantFigure(own, "released", CAPTIVES), claimantFigure(own, "killed", ["hostages"])),
      claimantFigure(own, "held", CAPTIVES),
    );
    if (!exceeds(accounted.range, ceiling)) continue;
    out.push(
      finding(
        "C006",
        `${accounted.claims.map(named).join(" + ")} make at least ${accounted.range.low}, more than ${named(largest)}`,
        [largest, ...accounted.claims],
      ),
    );
  }
  return out;
}
