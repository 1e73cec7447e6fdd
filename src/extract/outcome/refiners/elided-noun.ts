// A noun said once for two coordinated clauses: "Two soldiers were killed and five wounded" (the
// five are soldiers, as in "and five were wounded"), and its mirror "killed five and wounded 12
// soldiers" (the noun after the second verb is the first figure's too).
import { PARTICIPLE_NOUNS } from "../../lexicon/groups.js";
import type { Token } from "../../tokens.js";
import type { Candidate } from "../candidate.js";
import type { CountRefiner } from "./refiner.js";

export const elidedNoun: CountRefiner = (tokens, cands) => {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    // (The group a figure with none is given when its count is emitted: that of the counted
    // figure before it, or people when two groups were counted there.)
    if (gappedParticiple(tokens, c, cands[i - 1])) c.group = null;
    else if (raisedObject(tokens, c, cands[i + 1], cands[i + 2])) c.group = cands[i + 1]!.group;
  }
};

/**
 * "five wounded" after "and" or a comma, a clause with a counted noun before it: the participle
 * stands for "were wounded", not for a noun of its own ("the wounded").
 */
function gappedParticiple(tokens: readonly Token[], c: Candidate, prev: Candidate | undefined): boolean {
  if (!c.np || c.np.first !== c.q.last || c.np.last !== c.np.first + 1) return false;
  if (!PARTICIPLE_NOUNS.has(c.np.head) || c.group !== "people") return false;
  if (!/^(and|,)$/.test(tokens[c.q.first - 1]?.norm ?? "")) return false;
  return (
    prev !== undefined &&
    prev.outcome !== null &&
    prev.np !== null &&
    (prev.via === "after" || prev.via === "coordinated")
  );
}

/**
 * "killed five and wounded 12 soldiers": a figure with no noun, right before "and", the second
 * verb and its figure with a noun of one group (not a list of two: "and wounded 12 soldiers and
 * three civilians" says nothing of the five; nor a single person: "killing herself and injuring
 * five guards").
 */
function raisedObject(
  tokens: readonly Token[],
  c: Candidate,
  next: Candidate | undefined,
  after: Candidate | undefined,
): boolean {
  if (
    c.singular ||
    c.np !== null ||
    c.via !== "before" ||
    !next?.np ||
    next.via !== "before" ||
    !next.trigger
  )
    return false;
  if (tokens[c.end]?.norm !== "and" || next.trigger.first !== c.end + 1) return false;
  if (next.trigger.last !== next.q.first || next.group === null || next.group === "people") return false;
  return !(after?.trigger && after.trigger.first === next.trigger.first);
}
