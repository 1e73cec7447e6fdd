// Counts of the people present stated by a share, a membership or an existential rather than by a
// verb (codebook §1 `present`): "at least 100 of those on the train were members of the security
// forces", "he was one of more than 400 passengers travelling to Peshawar", "150 passengers aboard
// the train", "there were 30 people on board". Tried last: a figure any verb reads is not here. The
// copula's noun gives a share its group (refiners/copula-group).
import { COPULAS } from "../../lexicon/breakdowns.js";
import { PRESENCE_AFTER, PRESENCE_PLACES } from "../../lexicon/presence.js";
import type { Token } from "../../tokens.js";
import { set, type Candidate, type TokenRange } from "../candidate.js";
import type { Triggers } from "../triggers.js";
import type { CountParser } from "./parser.js";

/** Presence words after the noun; "those" of a share, "passengers" of a share of them; "there" of an existential. */
export const presenceTriggers: Triggers = {
  words: ["those", "passengers", "there"],
  phrases: PRESENCE_AFTER,
};

export const presence: CountParser = (tokens, c) => {
  if (c.outcome !== null || c.singular) return false;
  const trigger = shareOfThoseThere(tokens, c) ?? presentAfterNoun(tokens, c) ?? existential(tokens, c);
  if (!trigger) return false;
  set(c, "present", trigger, "after");
  // "60 of the passengers were soldiers": the predicate names the share's group, not the whole's noun.
  if (COPULAS.has(tokens[trigger.last - 1]!.norm)) {
    c.group = null;
    c.end = trigger.last - 1;
  }
  return true;
};

/** The presence words at tokens[k] ("aboard", "on board", "travelling"), as a range, or null. */
function presenceAt(tokens: readonly Token[], k: number): TokenRange | null {
  const w = PRESENCE_AFTER.find((p) => p.every((x, i) => tokens[k + i]?.norm === x));
  return w ? { first: k, last: k + w.length } : null;
}

/** "100 of those on the train were …", "60 of the passengers were soldiers": a share, then a copula. */
function shareOfThoseThere(tokens: readonly Token[], c: Candidate): TokenRange | null {
  const k = c.q.last;
  if (tokens[k]?.norm !== "of" || !/^(those|the)$/.test(tokens[k + 1]?.norm ?? "")) return null;
  // "of those on the train", "of those aboard"; or "of the passengers"
  const there =
    tokens[k + 1]!.norm === "those"
      ? (presenceAt(tokens, k + 2) ??
        (PRESENCE_PLACES.has(tokens[k + 2]?.norm ?? "") ? { first: k + 2, last: k + 3 } : null))
      : c.np && c.np.head === "passengers"
        ? { first: c.np.first, last: c.np.last }
        : null;
  if (!there) return null;
  // the copula within a few words: "of those on the train were", "of those on board the train were"
  for (let j = there.last; j < tokens.length && j <= there.last + 5; j++) {
    if (COPULAS.has(tokens[j]!.norm) && tokens[j]!.norm !== "included" && tokens[j]!.norm !== "include")
      return { first: k, last: j + 1 };
    if (tokens[j]!.kind === "punct") return null;
  }
  return null;
}

/** "400 passengers travelling from Quetta", "150 people aboard the train": presence right after the noun. */
function presentAfterNoun(tokens: readonly Token[], c: Candidate): TokenRange | null {
  return c.np ? presenceAt(tokens, c.np.last) : null;
}

/** "There were 30 people on the bus": an existential with a place of those there. */
function existential(tokens: readonly Token[], c: Candidate): TokenRange | null {
  const first = c.q.first;
  if (!/^(were|are)$/.test(tokens[first - 1]?.norm ?? "") || tokens[first - 2]?.norm !== "there") return null;
  const end = c.np ? c.np.last : c.q.last;
  const at =
    presenceAt(tokens, end) ??
    (PRESENCE_PLACES.has(tokens[end]?.norm ?? "") ? { first: end, last: end + 1 } : null);
  return at ? { first: first - 2, last: at.last } : null;
}
