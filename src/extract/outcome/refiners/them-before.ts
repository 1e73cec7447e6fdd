// "N of them" opening what a sentence counts, with no one named before it in the sentence: "them"
// are the people the sentences before counted last ("… killing at least 18 civilians. My Office has
// verified the deaths of 14 of them"): told with the same outcome, the figure takes their group and
// is a part of that total (claims/build-claims: ofTotal). (Of another outcome, "them" may be of
// another total: "14 were abducted. Seven of them escaped" keeps its own reading.)
import type { CountRefiner } from "./refiner.js";

export const themBefore: CountRefiner = (tokens, cands, ctx) => {
  const latest = ctx.recent[0];
  const c = cands[0];
  if (!latest || !c || c.np !== null || c.outcome !== latest.outcome) return;
  if (tokens[c.q.last]?.norm !== "of" || tokens[c.q.last + 1]?.norm !== "them") return;
  c.group ??= latest.group;
  c.ofTotal = true;
};
