// The fallen: "Around fifty of our men fell", "12 soldiers have fallen in combat" — killed, a verb
// of falling after its people where its clause ends right after it or a phrase of battle follows
// (not "fell from the roof", "fell ill", "fell back"). The words are data in lexicon/falling.ts.
import { BATTLE_NOUNS, CLAUSE_END_MARKS, FALLING_FILLERS, FALLING_FORMS } from "../../lexicon/falling.js";
import type { Token } from "../../tokens.js";
import { set } from "../candidate.js";
import type { Triggers } from "../triggers.js";
import type { CountParser } from "./parser.js";

export const fallenTriggers: Triggers = { words: FALLING_FORMS };

/** "in combat", "in the fighting", "in battle against …" from tokens[k]. */
function inBattle(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.norm !== "in") return false;
  const j = tokens[k + 1]?.norm === "the" ? k + 2 : k + 1;
  return BATTLE_NOUNS.has(tokens[j]?.norm ?? "");
}

export const fallen: CountParser = (tokens, c) => {
  if (!c.np) return false;
  let k = c.end;
  let auxiliary = false;
  for (; k < c.end + 3 && FALLING_FILLERS.has(tokens[k]?.norm ?? ""); k++)
    if (/^(have|has|had)$/.test(tokens[k]!.norm)) auxiliary = true;
  const w = tokens[k]?.norm;
  if (w !== "fell" && !(w === "fallen" && auxiliary)) return false;
  const next = tokens[k + 1];
  if (next && !CLAUSE_END_MARKS.has(next.norm) && !inBattle(tokens, k + 1)) return false;
  set(c, "killed", { first: k, last: k + 1 }, "after");
  return true;
};
