// "N others" opening what a sentence counts, after a definite plural subject that names a side in
// the same sentence: the others are more of that side ('the army said the attackers had come from
// the river and that "three others were captured alive"': three more attackers). Only a subject
// ("the raiders had …", "the gunmen fled"), and only a side's noun (security forces or militants):
// "others" after civilians or an object stay people, as others-before.ts leaves them, and so do
// others that are the object of a verb ("the attackers … killed three others").
import type { Group } from "../../../core/model.js";
import { GROUP_OF_NOUN } from "../../lexicon/groups.js";
import type { Token } from "../../tokens.js";
import type { CountRefiner } from "./refiner.js";

/** Words after a plural noun that make it the subject of its clause ("the attackers had come"). */
const SUBJECT_VERBS: ReadonlySet<string> = new Set("had have were are fled came escaped".split(" "));

export const othersOfSubject: CountRefiner = (tokens, cands) => {
  // (The first figure read: "killed two guards and three others" are others of the guards.)
  const c = cands.find((o) => o.outcome !== null);
  // (Only others that are the subject of their own verb: "the attackers returned and killed three
  // others" are others than the attackers.)
  if (c?.np?.head !== "others" || c.group !== null || c.via !== "after") return;
  const g = subjectSide(tokens, c.q.first);
  if (g) c.group = g;
};

/** The side a definite plural subject before tokens[end] names, the nearest first, or null. */
function subjectSide(tokens: readonly Token[], end: number): Group | null {
  for (let k = end - 2; k >= 1; k--) {
    if (tokens[k - 1]!.norm !== "the" || !SUBJECT_VERBS.has(tokens[k + 1]!.norm)) continue;
    const g = GROUP_OF_NOUN.get(tokens[k]!.norm);
    if (g === "militants" || g === "security_forces") return g;
    if (g) return null;
  }
  return null;
}
