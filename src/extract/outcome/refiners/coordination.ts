// Coordination, both ways, until nothing changes: "two people and four assailants were killed",
// "killed 5 soldiers and 3 civilians".
import { inherit } from "../candidate.js";
import { coordinates } from "../phrases.js";
import type { CountRefiner } from "./refiner.js";

export const coordination: CountRefiner = (tokens, cands) => {
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i]!;
      if (c.outcome) continue;
      const next = cands[i + 1];
      const prev = cands[i - 1];
      if (
        next?.outcome &&
        (next.via === "after" || next.via === "coordinated") &&
        coordinates(tokens, c.end, next.q.first)
      ) {
        inherit(c, next);
        changed = true;
      } else if (prev?.outcome && prev.via !== "toll" && coordinates(tokens, prev.end, c.q.first)) {
        inherit(c, prev);
        changed = true;
      }
    }
  }
};
