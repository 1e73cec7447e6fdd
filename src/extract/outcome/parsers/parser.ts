import type { Group, Outcome } from "../../../core/model.js";
import type { Token } from "../../tokens.js";
import type { Candidate } from "../candidate.js";

/** What the sentences before tell the parsers of this one. */
export interface CountContext {
  /**
   * The outcome of the latest total the sentence before (or the one before it) gave, or null:
   * "Twelve villagers died. Among them were five children" — the five died.
   */
  earlier: Outcome | null;
  /**
   * The totals (no parts, no nones) the two sentences before gave, latest first: what "the
   * number" ("The rebels put the number at 40") and "the passengers" ("Twelve of the passengers
   * were soldiers") of this one may stand for.
   */
  recent: readonly EarlierTotal[];
  /**
   * The totals (no parts, no nones) the article gave in any sentence before, by outcome and value:
   * what an ordinal numbers ("killing five people. … a sixth man had been wounded": one more).
   */
  counted: readonly CountedTotal[];
}

/** A total the article gave before: its outcome, value and group. */
export interface CountedTotal {
  outcome: Outcome;
  value: number;
  group: Group;
}

/** A total an earlier sentence gave: its outcome, group and counted noun's head ("passengers"). */
export interface EarlierTotal {
  outcome: Outcome;
  group: Group;
  head: string | null;
}

/** No sentence before (a sentence read on its own). */
export const NO_CONTEXT: CountContext = { earlier: null, recent: [], counted: [] };

/**
 * A parser reads one phrasing class of outcome for one candidate: when the phrase is there it sets
 * the candidate's outcome, trigger and via (and may set its group or mark it cumulative) and
 * returns true; otherwise it changes nothing that decides and returns false.
 */
export type CountParser = (
  tokens: readonly Token[],
  c: Candidate,
  cands: readonly Candidate[],
  ctx: CountContext,
) => boolean;
