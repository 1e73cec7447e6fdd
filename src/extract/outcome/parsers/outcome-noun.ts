// A counted noun that is itself an outcome: "12 bodies", "30 casualties", "five dead".
import { OUTCOME_NOUNS } from "../../lexicon/groups.js";
import { set } from "../candidate.js";
import type { Triggers } from "../triggers.js";
import type { CountParser } from "./parser.js";

export const outcomeNounTriggers: Triggers = { words: [...OUTCOME_NOUNS.keys()] };

export const outcomeNoun: CountParser = (_tokens, c) => {
  const outcome = c.np ? OUTCOME_NOUNS.get(c.np.head) : undefined;
  if (!c.np || !outcome) return false;
  set(c, outcome, { first: c.np.first, last: c.np.last }, "noun");
  return true;
};
