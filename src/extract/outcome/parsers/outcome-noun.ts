// A counted noun that is itself an outcome: "12 bodies", "3 deaths", "five dead", "four injuries
// were reported" (but "he sustained two gunshot injuries" counts one body's wounds, no people).
import { OUTCOME_NOUNS } from "../../lexicon/groups.js";
import { ONE_BODYS_INJURIES } from "../../lexicon/outcome-lemmas.js";
import { set } from "../candidate.js";
import type { Triggers } from "../triggers.js";
import type { CountParser } from "./parser.js";

export const outcomeNounTriggers: Triggers = { words: [...OUTCOME_NOUNS.keys()] };

export const outcomeNoun: CountParser = (tokens, c) => {
  const outcome = c.np ? OUTCOME_NOUNS.get(c.np.head) : undefined;
  if (!c.np || !outcome) return false;
  if (c.np.head === "injuries" && ONE_BODYS_INJURIES.has(tokens[c.q.first - 1]?.norm ?? "")) return false;
  set(c, outcome, { first: c.np.first, last: c.np.last }, "noun");
  return true;
};
