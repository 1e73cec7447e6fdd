// A counted noun that is itself an outcome: "12 bodies", "3 deaths", "five dead", "four injuries
// were reported" (but "he sustained two gunshot injuries", "the victim had two injuries" and "died
// of multiple injuries" count one body's wounds, no people).
import { OUTCOME_NOUNS } from "../../lexicon/groups.js";
import { FIGURE_NOUNS } from "../../lexicon/none.js";
import { DEATH_FROM_INJURIES, ONE_BODYS_INJURIES } from "../../lexicon/outcome-lemmas.js";
import { matchWords } from "../../quantity/find-quantities.js";
import type { Token } from "../../tokens.js";
import { set } from "../candidate.js";
import type { Triggers } from "../triggers.js";
import type { CountParser } from "./parser.js";

export const outcomeNounTriggers: Triggers = { words: [...OUTCOME_NOUNS.keys()] };

export const outcomeNoun: CountParser = (tokens, c) => {
  const outcome = c.np ? OUTCOME_NOUNS.get(c.np.head) : undefined;
  if (!c.np || !outcome) return false;
  // "gave no death toll", "no casualty figures": the noun modifies a figure's noun, counting no one.
  if (FIGURE_NOUNS.has(tokens[c.np.last]?.norm ?? "")) return false;
  if (c.np.head === "injuries" && oneBodys(tokens, c.q.first)) return false;
  set(c, outcome, { first: c.np.first, last: c.np.last }, "noun");
  return true;
};

/** Whether the injuries counted from tokens[qFirst] are one body's: taken, had, or died of. */
function oneBodys(tokens: readonly Token[], qFirst: number): boolean {
  if (ONE_BODYS_INJURIES.has(tokens[qFirst - 1]?.norm ?? "")) return true;
  return DEATH_FROM_INJURIES.some((w) => matchWords(tokens, qFirst - w.length, w));
}
