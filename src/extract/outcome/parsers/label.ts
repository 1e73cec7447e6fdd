// A figure after a label and a colon, as fact boxes, bulletins and infoboxes give them: "Death
// toll: 31", "Killed: 5, injured: 12", "Lives lost: 14", "Civilians killed: 12", or after a
// table row's dotted leader ("Soldiers killed ......... 4", segment/leaders.ts). The label is the
// words between the clause's start and the colon; its outcome noun, toll or outcome word gives the
// outcome, and a noun of people in it the group.
import type { Group, Outcome } from "../../../core/model.js";
import { forceAt } from "../../lexicon/forces.js";
import { GROUP_OF_NOUN, OUTCOME_NOUNS } from "../../lexicon/groups.js";
import { TENS, UNITS } from "../../lexicon/numbers.js";
import type { Token } from "../../tokens.js";
import { set, type TokenRange } from "../candidate.js";
import { sideGroup } from "../noun-phrase.js";
import { phraseAt } from "../phrases.js";
import { OUTCOME_PHRASES } from "../../lexicon/outcomes.js";
import type { Triggers } from "../triggers.js";
import type { CountParser } from "./parser.js";

/** A toll, an outcome noun or an outcome phrase in the label. */
export const labelTriggers: Triggers = {
  words: ["toll", "tally", ...OUTCOME_NOUNS.keys()],
  phrases: OUTCOME_PHRASES.map((p) => p.words),
};

/** A label is short: this many tokens at most before its colon. */
const MAX_LABEL = 4;
const CLAUSE_START = /^[,;(.]$/;
const TOLL = /^(toll|tally)$/;
const INJURY = /^(injur|wound|hurt)/;

/** A dotted leader is this many full stops at least ("...." and longer; "..." is an ellipsis). */
const MIN_LEADER = 4;

export const label: CountParser = (tokens, c) => {
  const colon = separatorBefore(tokens, c.q.first);
  if (colon === null) return false;
  let first = colon;
  while (first > 0 && !CLAUSE_START.test(tokens[first - 1]!.norm)) {
    first--;
    if (colon - first > MAX_LABEL) return false;
  }
  // "killing three policemen: two constables and a sergeant": words holding a figure are a count,
  // and the list after the colon its breakdown (refiners/subsets), not a figure under a label.
  if (first === colon || holdsFigure(tokens, first, colon)) return false;
  const read = labelOutcome(tokens, { first, last: colon });
  if (!read) return false;
  set(c, read.outcome, { first, last: colon }, read.toll ? "toll" : "before");
  c.cumulative ||= read.toll === true;
  if (!c.np) c.group = labelGroup(tokens, { first, last: colon }) ?? c.group;
  return true;
};

/** The colon right before the figure at tokens[q], or the first stop of a dotted leader there. */
function separatorBefore(tokens: readonly Token[], q: number): number | null {
  if (tokens[q - 1]?.norm === ":") return q - 1;
  let k = q;
  while (tokens[k - 1]?.norm === ".") k--;
  return q - k >= MIN_LEADER ? k : null;
}

/** The label's outcome; a toll ("Death toll: 31") is a running count, as the toll parser reads it. */
function labelOutcome(
  tokens: readonly Token[],
  label: TokenRange,
): { outcome: Outcome; toll?: boolean } | null {
  for (let k = label.first; k < label.last; k++) {
    if (!TOLL.test(tokens[k]!.norm)) continue;
    const injury = k > label.first && INJURY.test(tokens[k - 1]!.norm);
    return { outcome: injury ? "injured" : "killed", toll: true };
  }
  for (let k = label.first; k < label.last; k++) {
    const noun = OUTCOME_NOUNS.get(tokens[k]!.norm);
    if (noun) return { outcome: noun };
    const p = phraseAt(tokens, k, "after") ?? phraseAt(tokens, k, "before");
    if (p && p.words.length <= label.last - k) return { outcome: p.outcome };
  }
  return null;
}

/**
 * The group of the label's noun of people or named force ("SNA killed ..... 4"): a named group
 * before "people", which an outcome word used as a noun also gives ("Soldiers wounded: 9" counts
 * soldiers, "the wounded" people).
 */
function labelGroup(tokens: readonly Token[], label: TokenRange): Group | null {
  let group: Group | null = null;
  for (let k = label.first; k < label.last; k++) {
    const force = forceAt(tokens, k);
    const g = force ? sideGroup(force.force) : GROUP_OF_NOUN.get(tokens[k]!.norm);
    if (g && g !== "people") return g;
    group = g ?? group;
  }
  return group;
}

/** A figure among tokens [from, to): a number in digits or in words. */
function holdsFigure(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === "num" || UNITS.has(t.norm) || TENS.has(t.norm)) return true;
  }
  return false;
}
