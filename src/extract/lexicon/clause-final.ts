// Verbs that tell an outcome only where their clause ends right after them (codebook §1 `outcome`),
// read by outcome/parsers/clause-final.ts: "Around fifty of our men fell" (killed), "47 passengers
// had been taken," (abducted). Alone they say too little ("fell from the roof", "fell ill", "were
// taken to hospital", "taken into custody"); a verb of falling is a death also where a phrase of
// battle follows it ("fell in combat", "fell on the field of honour").
import type { Outcome } from "../../core/model.js";

/** The auxiliary a form needs before it: none, "have" ("have fallen") or "be" ("were taken"). */
export type Auxiliary = "none" | "have" | "be";

export interface ClauseFinalVerb {
  outcome: Outcome;
  auxiliary: Auxiliary;
  /** A phrase of battle after it keeps the reading ("fell in combat"). */
  battle: boolean;
}

export const CLAUSE_FINAL_VERBS: ReadonlyMap<string, ClauseFinalVerb> = new Map([
  ["fell", { outcome: "killed", auxiliary: "none", battle: true }],
  ["fallen", { outcome: "killed", auxiliary: "have", battle: true }],
  ["taken", { outcome: "abducted", auxiliary: "be", battle: false }],
]);

/** Auxiliaries of each kind between the people and the verb. */
export const HAVE_AUXILIARIES: ReadonlySet<string> = new Set(["have", "has", "had"]);
export const BE_AUXILIARIES: ReadonlySet<string> = new Set(["were", "was", "are", "is", "been", "being"]);

/** Other words that may stand between the people and the verb ("also", "all", "reportedly"). */
export const CLAUSE_FINAL_FILLERS: ReadonlySet<string> = new Set(
  "also all both now reportedly allegedly".split(" "),
);

/** Marks that end the verb's clause right after it ("fell,", "fell.", 'fell,"'). */
export const CLAUSE_END_MARKS: ReadonlySet<string> = new Set([
  ",",
  ".",
  ";",
  ":",
  '"',
  "”",
  "’",
  ")",
  "—",
  "–",
]);

/** Prepositions that open a phrase of battle after a verb of falling ("in combat", "on the battlefield"). */
export const BATTLE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "on", "at"]);

/** Nouns of battle after that preposition ("fell in combat", "in the fighting", "on the field of honour"). */
export const BATTLE_NOUNS: ReadonlySet<string> = new Set(
  (
    "battle battles battlefield combat action fighting clashes clash attack attacks assault defence defense " +
    "line duty field front frontline"
  ).split(" "),
);
