// One voice's figure, first given bare and then as the count so far (codebook §1c "Scope": running
// counts are cumulative; "One claim, several spans"): "Tribal fighting claims 26 lives, police say"
// in the headline, "has claimed at least 26 lives since Friday" in the lede and "We have recovered
// 26 bodies so far" in the commander's quote are one claim, and a running one. The merged claim
// takes the running scope of any mention of the same incident; a background toll ("since 2017")
// gives nothing to a figure of the report's own event.
import type { Claim } from "../../core/model.js";

/** Gives `merged` the running scope of its restatement `c`, where `c` is of the same incident. */
export function takeRunningScope(merged: Claim, c: Claim): void {
  if (c.scope !== "cumulative" || merged.scope !== "single") return;
  if (c.otherIncident !== merged.otherIncident) return;
  merged.scope = "cumulative";
  if (c.running) merged.running = true;
}
