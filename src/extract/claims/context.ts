// Scope and modality of a count, from the words around it (codebook §1 `scope`, `modality`).
import type { Modality, Scope } from "../../core/model.js";
import type { PhraseSet } from "../lexicon/phrase-set.js";
import type { Token } from "../tokens.js";
import {
  COUNTERFACTUAL_CUES,
  CUMULATIVE_CUES,
  DENIAL_CUES,
  INCREMENT_CUES,
  THREAT_CUES,
  UNCERTAIN_CUES,
  UNCONFIRMED_CUES,
} from "../lexicon/context.js";

function anyCue(tokens: readonly Token[], from: number, to: number, cues: PhraseSet): boolean {
  return cues.anyIn(tokens, from, to);
}

/** Clause start: the nearest ";" or sentence start before the figure. */
function clauseStart(tokens: readonly Token[], k: number): number {
  for (let j = k - 1; j >= 0; j--)
    if (tokens[j]!.norm === ";" || tokens[j]!.norm === "“" || tokens[j]!.norm === "”") return j + 1;
  return 0;
}

export function scopeOf(tokens: readonly Token[], first: number, last: number, cumulative: boolean): Scope {
  if (cumulative) return "cumulative";
  // "another 10", "an additional 50", "50 additional", "10 more": right at the figure, not its own
  // hedge ("more than 450") nor a word further off ("another survivor said multiple guards…").
  if (anyCue(tokens, first - 2, first, INCREMENT_CUES) || anyCue(tokens, last, last + 1, INCREMENT_CUES))
    return "increment";
  if (anyCue(tokens, first - 6, first, CUMULATIVE_CUES) || anyCue(tokens, last, last + 6, CUMULATIVE_CUES))
    return "cumulative";
  return "single";
}

export function modalityOf(
  tokens: readonly Token[],
  first: number,
  last: number,
  unconfirmed: boolean,
): Modality | null {
  const start = clauseStart(tokens, first);
  // "the toll would have been in the dozens": a counterfactual is no claim at all.
  if (anyCue(tokens, start, last, COUNTERFACTUAL_CUES)) return null;
  // A threat governs the words right before the figure or its verb ("will execute all the
  // captives", "10 hostages will be eliminated"), not a far clause ("would pay compensation to
  // families of 3 villagers killed").
  if (anyCue(tokens, Math.max(start, first - 5), last, UNCERTAIN_CUES)) return "reported_unconfirmed";
  if (anyCue(tokens, Math.max(start, first - 5), last, THREAT_CUES)) return "threatened";
  // "forced their way into the station to lynch two women": a purpose, not an outcome.
  if (
    tokens[first - 1]?.norm === "to" &&
    /^[a-z]+$/.test(tokens[first]!.norm) &&
    !/(ed|ing|s)$/.test(tokens[first]!.norm)
  )
    return "threatened";
  if (anyCue(tokens, Math.max(start, first - 6), last, DENIAL_CUES)) return "denied";
  if (unconfirmed || anyCue(tokens, start, last + 2, UNCONFIRMED_CUES)) return "reported_unconfirmed";
  return "asserted";
}
