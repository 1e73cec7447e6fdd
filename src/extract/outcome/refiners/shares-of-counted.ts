// A share of a figure counted in the same phrase: "Nine of the 13 people killed were civilians",
// "two of the 10 wounded were police officers", "All of the 148 people killed were civilians" (all
// of them, with no number of its own: kept apart from the whole's figure, as in "14 people, all of
// them civilians"). The share takes the whole's outcome and is a part of it (codebook §1c
// "Subsets", §3b: never added to it), counted by the group the copula after the whole names ("were
// civilians"), else by the whole's noun. A share with a verb of its own ("two of the 13 wounded
// later died") keeps it, and is no part.
import { OUTCOME_NOUNS } from "../../lexicon/groups.js";
import type { Token } from "../../tokens.js";
import { set, type Candidate } from "../candidate.js";
import { opensShareOf } from "../candidates.js";
import { phraseAt } from "../phrases.js";
import { groupAfterCopula, pastAdjunct } from "./copula-group.js";
import type { CountRefiner } from "./refiner.js";

export const sharesOfCounted: CountRefiner = (tokens, cands) => {
  for (const c of cands) {
    if (c.partOf !== null || (c.q.quantity.value === null && c.q.quantity.hedge !== "all")) continue;
    const w = cands.findIndex((o) => o.q.first < c.end && opensShareOf(tokens, c.q, o.q.first));
    const whole = cands[w];
    if (!whole) continue;
    ownReading(tokens, whole);
    if (!whole.outcome || !whole.trigger || !sameReading(c, whole)) continue;
    c.outcome = whole.outcome;
    c.trigger = whole.trigger;
    c.via = "subset";
    c.partOf = w;
    // ("Nine of the 13 people killed in the raid were civilians": past the participle's adjunct.)
    c.group =
      groupAfterCopula(tokens, pastAdjunct(tokens, Math.max(whole.end, whole.trigger.last))) ?? c.group;
  }
};

/** The share has no outcome of its own, or the whole's ("Nine of the 13 people killed"). */
function sameReading(c: Candidate, whole: Candidate): boolean {
  return c.outcome === null || c.outcome === whole.outcome;
}

/**
 * The whole inside a share ("of the 13 wounded", "of the 13 people killed") is counted by its own
 * outcome noun or participle: the verb after it is the share's ("Two of the 13 wounded later died").
 */
export function ownReading(tokens: readonly Token[], whole: Candidate): void {
  const np = whole.np;
  if (!np) return;
  const noun = OUTCOME_NOUNS.get(np.head);
  if (noun) return set(whole, noun, { first: np.first, last: np.last }, "noun");
  const p = phraseAt(tokens, np.last, "after");
  if (p) set(whole, p.outcome, { first: np.last, last: np.last + p.words.length }, "after");
}
