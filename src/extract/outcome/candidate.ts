// What the count parsers and refiners share: a candidate figure (or single person) while its
// outcome is being decided, and the count it becomes.
import type { Group, Outcome, Quantity } from "../../core/model.js";
import type { QuantityMention } from "../quantity/find-quantities.js";
import type { NounPhrase } from "./noun-phrase.js";

/**
 * How the outcome was found; "implied": a suicide bomber's own death, implied by the act, or a
 * death told by an adverb alone ("one fatally"); "part":
 * a figure of a breakdown of an earlier total ("the dead comprised 51 civilians, …").
 */
export type Via =
  "before" | "after" | "toll" | "noun" | "coordinated" | "subset" | "singular" | "implied" | "part";

/** A token range [first, last). */
export interface TokenRange {
  first: number;
  last: number;
}

export interface Count {
  quantity: Quantity;
  /** Token range of the quantity words. */
  qFirst: number;
  qLast: number;
  np: NounPhrase | null;
  group: Group;
  outcome: Outcome;
  /** Token range of the outcome words. */
  trigger: TokenRange | null;
  via: Via;
  /** Index (in the returned list) of the figure this one is a part of. */
  partOf: number | null;
  /** The phrase reads as a running total ("toll rose to", "brings the total to"). */
  cumulative: boolean;
  /** A definite plural ("the hostages") whose number is that of captives counted earlier. */
  anaphor: boolean;
  /** "Two of the dead": a part of a total the article gave before. */
  ofTotal: boolean;
}

export interface Candidate {
  q: QuantityMention;
  np: NounPhrase | null;
  /** First token after the quantity and its noun. */
  end: number;
  group: Group | null;
  outcome: Outcome | null;
  trigger: TokenRange | null;
  via: Via | null;
  /** Index (in the candidate list) of the figure this one is a part of. */
  partOf: number | null;
  cumulative: boolean;
  anaphor: boolean;
  /** A single person ("a driver", "Sabour"), not a figure. */
  singular: boolean;
  /** A part of a total the article gave before ("two of the dead", "the dead comprised …"). */
  ofTotal: boolean;
}

/** Decide a candidate's outcome. */
export function set(c: Candidate, outcome: Outcome, trigger: TokenRange, via: Via): void {
  c.outcome = outcome;
  c.trigger = { first: trigger.first, last: trigger.last };
  c.via = via;
}

/** A candidate shares the outcome of a figure it is coordinated with. */
export function inherit(c: Candidate, from: Candidate): void {
  c.outcome = from.outcome;
  c.trigger = from.trigger;
  c.via = "coordinated";
  c.cumulative = from.cumulative;
}
