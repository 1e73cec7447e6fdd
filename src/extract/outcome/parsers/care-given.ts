// Care given as a noun to people tells their outcome: "medics gave first aid to 30 residents",
// 'its teams provided medical treatment to "scores" of people' (injured). The care noun must be
// medical ("first aid", "medical care", "emergency treatment"; "aid" alone may be food), and the
// verb one of giving; the words are data in lexicon/care.ts.
import { CARE_MODIFIERS, CARE_NOUNS, GIVING_FORMS } from "../../lexicon/care.js";
import { OPENING_QUOTES } from "../noun-phrase.js";
import type { Token } from "../../tokens.js";
import { set } from "../candidate.js";
import type { Triggers } from "../triggers.js";
import type { CountParser } from "./parser.js";

/** A verb of giving care. */
export const careGivenTriggers: Triggers = { words: [...GIVING_FORMS] };

/** The verb of "gave first aid to" ending at the "to" at k, or -1: verb, modifier(s), care noun, "to". */
function careBefore(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.norm !== "to" || !CARE_NOUNS.has(tokens[k - 1]?.norm ?? "")) return -1;
  const noun = tokens[k - 1]!.norm;
  let j = k - 2;
  let medical = noun === "treatment";
  for (; j >= 0 && j >= k - 4 && CARE_MODIFIERS.has(tokens[j]!.norm); j--) medical = true;
  return medical && GIVING_FORMS.has(tokens[j]?.norm ?? "") ? j : -1;
}

export const careGiven: CountParser = (tokens, c) => {
  if (!c.np || c.np.group === "hostages") return false;
  // 'gave first aid to "dozens" of residents': the figure quoted as the source gave it.
  let k = c.q.first - 1;
  if (OPENING_QUOTES.has(tokens[k]?.norm ?? "")) k--;
  const v = careBefore(tokens, k);
  if (v < 0) return false;
  set(c, "injured", { first: v, last: k + 1 }, "before");
  return true;
};
