// Verbs that tell an outcome only where their clause ends right after them: "Around fifty of our
// men fell" (killed), "47 passengers had been taken, among them …" (abducted); a verb of falling
// also before a phrase of battle ("12 soldiers have fallen in combat", "fell on the field of
// honour"). Not "fell from the roof", "fell ill", "were taken to hospital". The words are data in
// lexicon/clause-final.ts.
import {
  BATTLE_NOUNS,
  BATTLE_PREPOSITIONS,
  BE_AUXILIARIES,
  CLAUSE_END_MARKS,
  CLAUSE_FINAL_FILLERS,
  CLAUSE_FINAL_VERBS,
  HAVE_AUXILIARIES,
  type Auxiliary,
} from "../../lexicon/clause-final.js";
import type { Token } from "../../tokens.js";
import { set } from "../candidate.js";
import type { Triggers } from "../triggers.js";
import type { CountParser } from "./parser.js";

export const clauseFinalTriggers: Triggers = { words: [...CLAUSE_FINAL_VERBS.keys()] };

/** "in combat", "in the fighting", "on the field of honour" from tokens[k]. */
function battleAt(tokens: readonly Token[], k: number): boolean {
  if (!BATTLE_PREPOSITIONS.has(tokens[k]?.norm ?? "")) return false;
  const j = tokens[k + 1]?.norm === "the" ? k + 2 : k + 1;
  return BATTLE_NOUNS.has(tokens[j]?.norm ?? "");
}

export const clauseFinal: CountParser = (tokens, c) => {
  if (!c.np) return false;
  let k = c.end;
  let auxiliary: Auxiliary = "none";
  for (; k < c.end + 4; k++) {
    const w = tokens[k]?.norm ?? "";
    if (HAVE_AUXILIARIES.has(w) && auxiliary === "none") auxiliary = "have";
    else if (BE_AUXILIARIES.has(w)) auxiliary = "be";
    else if (!CLAUSE_FINAL_FILLERS.has(w)) break;
  }
  const verb = CLAUSE_FINAL_VERBS.get(tokens[k]?.norm ?? "");
  if (!verb || verb.auxiliary !== auxiliary) return false;
  const next = tokens[k + 1];
  if (next && !CLAUSE_END_MARKS.has(next.norm) && !(verb.battle && battleAt(tokens, k + 1))) return false;
  set(c, verb.outcome, { first: k, last: k + 1 }, "after");
  return true;
};
