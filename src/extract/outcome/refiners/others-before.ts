// "N others" opening what a sentence counts, with no one named before it in the sentence: the
// others are of the people the sentences before counted last ("The toll has risen to seven SDF
// fighters after two of the wounded died. Three others are in critical condition": SDF fighters),
// when the totals of the two sentences before name that one group; else people, as before.
import type { CountRefiner } from "./refiner.js";

export const othersBefore: CountRefiner = (_tokens, cands, ctx) => {
  const latest = ctx.recent[0];
  // (Totals of several groups before name none: "killed 14 civilians and a police officer. 19 others
  // were injured".)
  if (!latest || latest.group === "people" || ctx.recent.some((t) => t.group !== latest.group)) return;
  // (Anyone named before it in its sentence is whom the others are other than: "two people and the
  // assailant were killed and 12 others were injured".)
  const c = cands[0];
  if (c?.np?.head === "others" && c.group === null && c.outcome !== null) c.group = latest.group;
};
