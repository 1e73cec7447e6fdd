// The outcome verb of the figure: before it ("killing 5") or after its noun ("5 soldiers were killed").
import type { Token } from "../../tokens.js";
import { set, type Candidate } from "../candidate.js";
import { listGroup, pastCoordinatedNouns } from "../coordinated-nouns.js";
import { outcomeAfter } from "../outcome-after.js";
import { outcomeBefore, type PhraseMatch } from "../outcome-before.js";
import { onlyFillers } from "../phrases.js";
import { OUTCOME_PHRASES } from "../../lexicon/outcomes.js";
import type { Triggers } from "../triggers.js";
import type { CountParser } from "./parser.js";

/** An outcome phrase, before the figure or after its noun. */
export const verbPhraseTriggers: Triggers = { phrases: OUTCOME_PHRASES.map((p) => p.words) };

export const verbPhrase: CountParser = (tokens, c, cands) => {
  const b = outcomeBefore(tokens, c.q.first);
  const a = outcomeAfter(tokens, c.end) ?? outcomeAfterList(tokens, c);
  const after = a && !ownsObject(tokens, a, c, cands) ? a : null;
  // A presence before the figure ("carrying 400 passengers") yields to an outcome after its noun.
  if (b && !(after && b.p.outcome === "present")) set(c, b.p.outcome, b, "before");
  else if (after) set(c, after.p.outcome, after, "after");
  else return false;
  return true;
};

/**
 * "11 soldiers and auxiliaries were killed": the outcome after the nouns the figure counts too (a
 * harm, not a presence: "hundreds of pilgrims and clerics had gathered" counts no one), and the
 * group of them all.
 */
function outcomeAfterList(tokens: readonly Token[], c: Candidate): PhraseMatch | null {
  const end = c.np && !c.singular ? pastCoordinatedNouns(tokens, c.end) : c.end;
  const a = end > c.end ? outcomeAfter(tokens, end) : null;
  if (!a || a.p.outcome === "present") return null;
  c.group = listGroup(tokens, c.end, end, c.group);
  return a;
}

/** An after-phrase that has its own object ("5 people killed 10 soldiers") is not this figure's. */
function ownsObject(
  tokens: readonly Token[],
  a: PhraseMatch,
  c: Candidate,
  cands: readonly Candidate[],
): boolean {
  return (
    a.p.before && cands.some((o) => o !== c && o.q.first >= a.last && onlyFillers(tokens, a.last, o.q.first))
  );
}
