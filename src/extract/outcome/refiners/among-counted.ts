// A part said to be among a figure counted after it in the same clause: "Four foreigners were
// among the 20 people killed", "two soldiers were also among 11 people wounded in the ambush". The
// part takes the whole's outcome and is a part of it (codebook §1c "Subsets", §3b: never added to
// it), counted by its own noun's group.
import type { Token } from "../../tokens.js";
import type { CountRefiner } from "./refiner.js";

export const amongCounted: CountRefiner = (tokens, cands) => {
  for (let i = 0; i + 1 < cands.length; i++) {
    const c = cands[i]!;
    if (c.outcome !== null || c.partOf !== null) continue;
    const w = cands.findIndex((o) => o.q.first === amongEnd(tokens, c.end));
    const whole = cands[w];
    if (!whole?.outcome || !whole.trigger || whole.partOf !== null) continue;
    // A part is smaller than its whole, when both are numbers.
    const pv = c.q.quantity.value;
    const wv = whole.q.quantity.value;
    if (pv !== null && wv !== null && pv > wv) continue;
    c.outcome = whole.outcome;
    c.trigger = whole.trigger;
    c.via = "subset";
    c.partOf = w;
  }
};

/** After "were among the" (or "was also among", "are among") at tokens[k]: where the whole's figure may start. */
function amongEnd(tokens: readonly Token[], k: number): number {
  if (!/^(were|was|are|is)$/.test(tokens[k]?.norm ?? "")) return -1;
  let j = k + 1;
  if (/^(also|reportedly)$/.test(tokens[j]?.norm ?? "")) j++;
  if (tokens[j]?.norm !== "among") return -1;
  j++;
  if (/^(the|those)$/.test(tokens[j]?.norm ?? "")) j++;
  return j;
}
