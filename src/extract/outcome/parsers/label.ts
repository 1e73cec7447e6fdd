// A figure after a label and a colon, as fact boxes, bulletins and infoboxes give them: "Death
// toll: 31", "Killed: 5, injured: 12", "Lives lost: 14", "Civilians killed: 12". The label is the
// words between the clause's start and the colon; its outcome noun, toll or outcome word gives the
// outcome, and a noun of people in it the group.
import type { Outcome } from "../../../core/model.js";
import { GROUP_OF_NOUN, OUTCOME_NOUNS } from "../../lexicon/groups.js";
import { TENS, UNITS } from "../../lexicon/numbers.js";
import type { Token } from "../../tokens.js";
import { set, type TokenRange } from "../candidate.js";
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

export const label: CountParser = (tokens, c) => {
  const colon = c.q.first - 1;
  if (tokens[colon]?.norm !== ":") return false;
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
  if (!c.np) for (let k = first; k < colon; k++) c.group = GROUP_OF_NOUN.get(tokens[k]!.norm) ?? c.group;
  return true;
};

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

/** A figure among tokens [from, to): a number in digits or in words. */
function holdsFigure(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === "num" || t.norm in UNITS || t.norm in TENS) return true;
  }
  return false;
}
