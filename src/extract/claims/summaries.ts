// A figure that is the sum of others the same voice gives for the same people is their summary
// ("the BLA said it killed 60 captives" … "executed 50 additional captives … 10 … were executed"):
// a running total (codebook §1 scope `cumulative`), so that a tally does not add it to its parts.
// One summary per voice, outcome and group: once a figure sums the others, they are its parts, and
// a part that happens to equal the sum of the rest ("14 killed this week": 2 + 4 + 1 + 7, where
// 7 = 2 + 4 + 1) is not a second summary.
import type { Claim } from "../../core/model.js";

const key = (c: Claim) => `${c.claimant.name}|${c.outcome}|${c.group}`;

export function markSummaries(claims: Claim[]): Claim[] {
  const byKey = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.quantity.value === null || c.partOf !== null || c.modality !== "asserted") continue;
    const list = byKey.get(key(c)) ?? [];
    list.push(c);
    byKey.set(key(c), list);
  }
  for (const list of byKey.values()) {
    if (list.length < 3) continue;
    for (const whole of list) {
      if (whole.scope !== "single") continue;
      const parts = list.filter((c) => c !== whole && c.scope !== "cumulative");
      const sum = parts.reduce((n, c) => n + (c.quantity.value ?? 0), 0);
      if (parts.length >= 2 && sum === whole.quantity.value) {
        whole.scope = "cumulative";
        break;
      }
    }
  }
  return claims;
}
