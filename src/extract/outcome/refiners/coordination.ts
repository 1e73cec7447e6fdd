// Coordination, both ways, until nothing changes: "two people and four assailants were killed",
// "killed 5 soldiers and 3 civilians", "were killed by the militants as well as four soldiers",
// "A policewoman and her daughter were among the dead".
import { matchWords } from "../../quantity/find-quantities.js";
import type { Token } from "../../tokens.js";
import { inherit, type Candidate } from "../candidate.js";
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
      // ("A policewoman and her daughter were among the dead": both are parts of the dead.)
      if (
        next?.outcome &&
        (next.via === "after" || next.via === "coordinated" || next.via === "part") &&
        coordinates(tokens, c.end, next.q.first)
      ) {
        inherit(c, next);
        if (next.via === "part") c.via = "part";
        c.ofTotal = next.ofTotal;
        changed = true;
      } else if (
        prev?.outcome &&
        prev.via !== "toll" &&
        (coordinates(tokens, prev.end, c.q.first) || afterAgent(tokens, prev, c.q.first))
      ) {
        inherit(c, prev);
        changed = true;
      }
    }
  }
};

/**
 * "21 hostages were killed by the militants as well as four soldiers": a figure added after the
 * agent of a passive shares its outcome (an agent is never counted by "as well as" or "along with").
 */
function afterAgent(tokens: readonly Token[], prev: Candidate, to: number): boolean {
  const t = prev.trigger;
  if (prev.via !== "after" || !t || tokens[t.last]?.norm !== "by") return false;
  for (let k = t.last + 1; k < to && k < t.last + 7; k++) {
    const w = tokens[k]!.norm;
    if (tokens[k]!.kind === "num" || /^[.;:(]$/.test(w)) return false;
    if (matchWords(tokens, k, ["as", "well", "as"]) && k + 3 === to) return true;
    if (matchWords(tokens, k, ["along", "with"]) && k + 2 === to) return true;
  }
  return false;
}
