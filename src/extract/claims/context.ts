// Scope and modality of a count, from the words around it (codebook §1 `scope`, `modality`).
import type { Modality, Scope } from "../../core/model.js";
import { isNumberWord } from "../quantity/find-quantities.js";
import type { PhraseSet } from "../lexicon/phrase-set.js";
import type { Token } from "../tokens.js";
import { clauseWindow } from "./clause-window.js";
import { instrumentInfinitive } from "./instrument-infinitive.js";
import { relativeAside } from "./relative-aside.js";
import {
  COUNTERFACTUAL_CUES,
  CUMULATIVE_CUES,
  DENIAL_CUES,
  IMPLICATIVE_CUES,
  INCREMENT_CUES,
  LATER_TOTAL_CUES,
  NEGATED_INFERENCE_CUES,
  NEGATED_OUTCOME_CUES,
  THREAT_CUES,
  UNCERTAIN_CUES,
  UNCONFIRMED_CUES,
} from "../lexicon/context.js";

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
  if (INCREMENT_CUES.anyIn(tokens, first - 2, first) || INCREMENT_CUES.anyIn(tokens, last, last + 1))
    return "increment";
  // (Within the figure's clause: "21 bodies so far, and several others are missing".)
  const [from, to] = clauseWindow(tokens, first, last, 6);
  if (CUMULATIVE_CUES.anyIn(tokens, from, first) || cumulativeAfter(tokens, last, to)) return "cumulative";
  return "single";
}

/**
 * A cue of a running total in tokens [last, to) after the figure, before any that opens a later
 * figure's toll ("killed 8, bringing the toll to 10": the 8 are the day's dead, the 10 the total).
 */
function cumulativeAfter(tokens: readonly Token[], last: number, to: number): boolean {
  for (let k = last; k < to; k++) {
    // (What follows such a cue is the later toll's: "bringing the total dead so far to 55".)
    const later = LATER_TOTAL_CUES.at(tokens, k);
    if (later && figureAfter(tokens, k + later.length, k + 10)) return false;
    if (CUMULATIVE_CUES.at(tokens, k)) return true;
  }
  return false;
}

/** A figure among tokens [from, to) ("the toll to 10", "the total to twelve"). */
function figureAfter(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < tokens.length; k++)
    if (tokens[k]!.kind === "num" || isNumberWord(tokens[k]!.norm)) return true;
  return false;
}

export function modalityOf(
  tokens: readonly Token[],
  first: number,
  last: number,
  unconfirmed: boolean,
  none = false,
  relative: Relative | null = null,
): Modality | null {
  const start = clauseStart(tokens, first);
  // "the toll would have been in the dozens": a counterfactual is no claim at all.
  if (cueIn(COUNTERFACTUAL_CUES, tokens, start, last, relative)) return null;
  // A threat governs the words right before the figure or its verb ("will execute all the
  // captives", "10 hostages will be eliminated"), not a far clause ("would pay compensation to
  // families of 3 villagers killed").
  if (cueIn(UNCERTAIN_CUES, tokens, Math.max(start, first - 5), last, relative))
    return "reported_unconfirmed";
  if (cueIn(THREAT_CUES, tokens, Math.max(start, first - 5), last, relative)) return "threatened";
  // "forced their way into the station to lynch two women": a purpose, not an outcome.
  // ("managed to rescue 80 passengers", "were able to free 23 hostages": it happened.)
  if (
    tokens[first - 1]?.norm === "to" &&
    /^[a-z]+$/.test(tokens[first]!.norm) &&
    !/(ed|ing|s)$/.test(tokens[first]!.norm) &&
    !implicative(tokens, first - 1) &&
    !instrumentInfinitive(tokens, first - 1)
  )
    return "threatened";
  if (cueIn(DENIAL_CUES, tokens, Math.max(start, first - 6), last, relative)) return "denied";
  if (!none && cueIn(NEGATED_OUTCOME_CUES, tokens, Math.max(start, first - 6), last, relative))
    return "denied";
  if (unconfirmed || UNCONFIRMED_CUES.anyIn(tokens, start, last + 2)) return "reported_unconfirmed";
  return "asserted";
}

/** Where a relative clause on the counted people may stand: after the figure's words, before its outcome's. */
export interface Relative {
  /** The token after the figure's words. */
  end: number;
  /** The first token of its outcome's words. */
  trigger: number;
}

/**
 * A cue among tokens [from, to), outside a relative clause on the counted people ("two passengers
 * who tried to run were shot dead": relative-aside.ts), which is no part of the figure's modality;
 * the clause is looked for only where a cue is found.
 */
function cueIn(
  set: PhraseSet,
  tokens: readonly Token[],
  from: number,
  to: number,
  relative: Relative | null,
): boolean {
  if (!set.anyIn(tokens, from, to)) return false;
  const aside = relative ? relativeAside(tokens, relative.end, relative.trigger) : null;
  if (aside === null) return true;
  return set.anyIn(tokens, from, Math.min(to, aside[0])) || set.anyIn(tokens, Math.max(from, aside[1]), to);
}

/**
 * "that does not imply that 150 people were killed": the figure is in the complement of a negated
 * verb of inference, a hypothesis the speaker refuses to draw (build-claims keeps it only as the
 * rebuttal of the same figure given before).
 */
export function negatedInference(tokens: readonly Token[], first: number): boolean {
  return NEGATED_INFERENCE_CUES.anyIn(tokens, Math.max(clauseStart(tokens, first), first - 8), first);
}

/** An implicative verb ("managed to", "were able to") ends at tokens[to], not negated ("not able to"). */
function implicative(tokens: readonly Token[], to: number): boolean {
  // The longest cue has four words ("made it possible to").
  for (let k = Math.max(0, to - 3); k < to; k++) {
    const p = IMPLICATIVE_CUES.at(tokens, k);
    if (p && k + p.length === to + 1) return !/^(not|n't|never)$/.test(tokens[k - 1]?.norm ?? "");
  }
  return false;
}
