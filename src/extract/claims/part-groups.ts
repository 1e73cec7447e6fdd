// A part whose own words name no group is of its whole's group (codebook §1c "Subsets"): "The army
// said it had killed 31 rebels … Among the dead were two commanders", "killed 18 militants,
// including five" — the commanders and the five are rebels too. A part whose noun names a group
// keeps it ("26 hostages were killed, including 18 soldiers").
import type { Claim } from "../../core/model.js";

export function partsTakeTheirWholesGroup(claims: readonly Claim[]): void {
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const part of claims) {
    if (part.partOf === null || part.group !== "people") continue;
    const whole = byId.get(part.partOf);
    if (whole && whole.group !== "people") part.group = whole.group;
  }
}
