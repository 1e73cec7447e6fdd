// Scope and modality of a count, from the words around it (codebook §1 `scope`, `modality`).
import type { Modality, Scope } from "../../core/model.js";
import { matchWords } from "../quantity/find-quantities.js";
import type { Token } from "../tokens.js";
import {
  CUMULATIVE_CUES,
  DENIAL_CUES,
  INCREMENT_CUES,
  THREAT_CUES,
  UNCONFIRMED_CUES,
} from "../lexicon/context.js";

function anyCue(tokens: readonly Token[], from: number, to: number, cues: readonly string[][]): boolean {
  for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++)
    for (const c of cues) if (matchWords(tokens, k, c)) return true;
  return false;
}

/** Clause start: the nearest ";" or sentence start before the figure. */
function clauseStart(tokens: readonly Token[], k: number): number {
  for (let j = k - 1; j >= 0; j--)
    if (tokens[j]!.norm === ";" || tokens[j]!.norm === "“" || tokens[j]!.norm === "”") return j + 1;
  return 0;
}

export function scopeOf(tokens: readonly Token[], first: number, last: number, cumulative: boolean): Scope {
  if (cumulative) return "cumulative";
  // "another 10", "50 additional", "10 more"
  // Only the words around the figure, not its own hedge ("more than 450" is no increment).
  if (anyCue(tokens, first - 3, first, INCREMENT_CUES) || anyCue(tokens, last, last + 2, INCREMENT_CUES))
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
): Modality {
  const start = clauseStart(tokens, first);
  if (anyCue(tokens, start, last, THREAT_CUES)) return "threatened";
  if (anyCue(tokens, start, last, DENIAL_CUES)) return "denied";
  if (unconfirmed || anyCue(tokens, start, last + 2, UNCONFIRMED_CUES)) return "reported_unconfirmed";
  return "asserted";
}
