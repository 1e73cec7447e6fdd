// A breakdown of a total given before: "the dead comprised 51 civilians, 30 fighters and 17
// soldiers", "Deceased were identified as 19 soldiers, one police officer and one railway
// official", "Among the dead were five children". Each figure of the list takes the outcome of the
// noun that stands for the total and is a part of the article's latest total of that outcome.
import { BREAKDOWN_LINKS, WHOLE_NOUNS } from "../../lexicon/breakdowns.js";
import { matchWords } from "../../quantity/find-quantities.js";
import type { Token } from "../../tokens.js";
import { set, type Candidate, type TokenRange } from "../candidate.js";
import { coordinates } from "../phrases.js";
import type { Triggers } from "../triggers.js";
import type { CountParser } from "./parser.js";
import { startsUpper } from "../../letters.js";

/** The noun that stands for the whole ("the dead comprised"). */
export const breakdownTriggers: Triggers = { words: [...WHOLE_NOUNS.keys()] };

export const breakdown: CountParser = (tokens, c, cands) => {
  const first = firstOfList(tokens, cands, cands.indexOf(c));
  const whole = wholeBefore(tokens, first.q.first);
  if (!whole) return false;
  set(c, WHOLE_NOUNS.get(tokens[whole.last - 1]!.norm)!, whole, "part");
  c.ofTotal = true;
  return true;
};

/** The first figure of the coordinated list that `cands[i]` belongs to. */
export function firstOfList(tokens: readonly Token[], cands: readonly Candidate[], i: number): Candidate {
  let j = i;
  while (j > 0 && coordinates(tokens, cands[j - 1]!.end, cands[j]!.q.first)) j--;
  return cands[j]!;
}

/** "the dead comprised", "among the dead were" right before the figure at qFirst: the whole's words. */
function wholeBefore(tokens: readonly Token[], qFirst: number): TokenRange | null {
  for (const link of BREAKDOWN_LINKS) {
    const at = qFirst - link.length;
    if (!matchWords(tokens, at, link)) continue;
    const head = at - 1;
    if (!WHOLE_NOUNS.has(tokens[head]?.norm ?? "")) continue;
    const before = tokens[head - 1]?.norm ?? "";
    // "the dead", "those killed", "Deceased" opening the clause; not "were killed were" or "5 dead are".
    const opens =
      /^(the|those|among|that|,|:|;|and)$/.test(before) || head === 0 || startsUpper(tokens[head]!.text);
    if (!opens || tokens[head - 1]?.kind === "num") continue;
    let start = head;
    while (start > 0 && /^(the|those|among)$/.test(tokens[start - 1]!.norm)) start--;
    // ("One of the dead was a fighter": the share is the subject, the noun after it its predicate.)
    if (tokens[start - 1]?.norm === "of") continue;
    return { first: start, last: head + 1 };
  }
  return null;
}
