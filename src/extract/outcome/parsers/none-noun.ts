// A statement of none by its noun: "no injuries were reported", "there were no casualties", "no loss
// of life", with the group it is among ("no casualties among the police"). (A none figure with a
// verb, "no one was hurt", is read by the verb phrase.)
import type { Group, Outcome } from "../../../core/model.js";
import { FIGURE_NOUNS, NONE_NOUNS, NONE_PHRASES, NONE_REPORTS } from "../../lexicon/none.js";
import { matchWords } from "../../quantity/find-quantities.js";
import type { Token } from "../../tokens.js";
import { set, type TokenRange } from "../candidate.js";
import { readNounPhrase } from "../noun-phrase.js";
import type { Triggers } from "../triggers.js";
import type { CountParser } from "./parser.js";

export const noneNounTriggers: Triggers = {
  words: [...NONE_NOUNS.keys()],
  phrases: NONE_PHRASES.map((p) => p.words),
};

export const noneNoun: CountParser = (tokens, c) => {
  if (c.q.quantity.hedge !== "none") return false;
  const n = noneNounAt(tokens, c.q.last);
  if (!n) return false;
  set(c, n.outcome, n.range, "noun");
  return true;
};

const AMONG_DETERMINERS: ReadonlySet<string> = new Set("the its their our his her".split(" "));

/** Words that report a none between its noun and "among" ("no casualties were reported among"). */
const REPORTED = /^(were|was|have|has|been|reported)$/;

/**
 * The group of the people a none is among, named after its noun ("no reports of casualties among
 * the police", "no casualties were reported among the soldiers"), or null.
 */
export function amongGroup(tokens: readonly Token[], from: number): Group | null {
  let k = from;
  while (k < from + 3 && REPORTED.test(tokens[k]?.norm ?? "")) k++;
  if (tokens[k]?.norm !== "among") return null;
  // ("no casualties among its troops": a possessive determines the noun as "the" does.)
  const r = readNounPhrase(tokens, AMONG_DETERMINERS.has(tokens[k + 1]?.norm ?? "") ? k + 2 : k + 1, false);
  return r.kind === "phrase" && r.np.group !== "people" ? r.np.group : null;
}

/** The index past "reports of" at k ("no reports of casualties"), or k. */
function pastReports(tokens: readonly Token[], k: number): number {
  const words = NONE_REPORTS.find((w) => matchWords(tokens, k, w));
  return words ? k + words.length : k;
}

/** The outcome noun right after a none quantity ("no injuries", "no loss of life", "no reports of casualties"). */
export function noneNounAt(
  tokens: readonly Token[],
  from: number,
): { outcome: Outcome; range: TokenRange } | null {
  const k = pastReports(tokens, from);
  for (const p of NONE_PHRASES)
    if (matchWords(tokens, k, p.words))
      return { outcome: p.outcome, range: { first: k, last: k + p.words.length } };
  const outcome = NONE_NOUNS.get(tokens[k]?.norm ?? "");
  // "gave no death toll": the noun modifies a figure's noun; it is the figure that is missing.
  if (FIGURE_NOUNS.has(tokens[k + 1]?.norm ?? "")) return null;
  return outcome ? { outcome, range: { first: k, last: k + 1 } } : null;
}
