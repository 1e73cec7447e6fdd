// A toll of a whole conflict, given as background to the report's event ("More than 7,000 people
// have been killed in the insurgency, according to a monitoring group", "The war has killed 15,000
// civilians"): a perfect-tense outcome whose place, or whose subject, is the conflict itself. It
// counts from the conflict's start up to now (codebook §1c "Scope": cumulative) and is not the
// report's incident (§1c "Other incidents"), wherever the conflict's start is given.
import { CONFLICT_COMPOUND_NEXT, WHOLE_CONFLICT_NOUNS } from "../lexicon/conflicts.js";
import type { Token } from "../tokens.js";

const PERFECT = new Set(["have", "has", "'ve"]);
const PLACE_WORDS = new Set(["in", "during", "throughout"]);
const BREAKS = new Set([",", ";", ":", ".", "and", "but", "while"]);

/** Whether the count whose words are tokens [first, last) is a whole conflict's toll. */
export function isConflictToll(tokens: readonly Token[], first: number, last: number): boolean {
  return placedInConflict(tokens, first, last) || conflictAsSubject(tokens, first);
}

/** "N have been killed / have died in the (…) conflict": a perfect outcome, then the conflict as its place. */
function placedInConflict(tokens: readonly Token[], first: number, last: number): boolean {
  let perfect = false;
  for (let k = first; k < last; k++) if (PERFECT.has(tokens[k]!.norm)) perfect = true;
  if (!perfect) return false;
  for (let k = last; k < Math.min(tokens.length, last + 4); k++) {
    if (BREAKS.has(tokens[k]!.norm)) return false;
    if (PLACE_WORDS.has(tokens[k]!.norm)) return conflictNounAfter(tokens, k + 1) !== null;
  }
  return false;
}

/**
 * "the (…) war has killed N": the conflict, then "has", right before the outcome and its figure;
 * the conflict may be named before a relative clause set off by commas ("The insurgency in Cabo
 * Delgado, which began in 2017, has killed …").
 */
function conflictAsSubject(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 5); k--) {
    if (BREAKS.has(tokens[k]!.norm)) return false;
    if (!PERFECT.has(tokens[k]!.norm)) continue;
    const noun = tokens[k - 1];
    if (noun?.norm === ",") return conflictBeforeAside(tokens, k - 1);
    return noun !== undefined && WHOLE_CONFLICT_NOUNS.has(noun.norm) && definiteBefore(tokens, k - 1);
  }
  return false;
}

const RELATIVES = new Set(["which", "that", "who"]);

/**
 * Whether the comma at `close` ends a relative clause (", which began in 2017,") opened after a
 * conflict noun with a determiner, the head of its phrase, a place of at most three words between
 * ("the insurgency in Cabo Delgado").
 */
function conflictBeforeAside(tokens: readonly Token[], close: number): boolean {
  let open = close - 1;
  while (open > 0 && open > close - 12 && tokens[open]!.norm !== ",") open--;
  if (tokens[open]?.norm !== "," || !RELATIVES.has(tokens[open + 1]?.norm ?? "")) return false;
  for (let j = open - 1; j >= Math.max(0, open - 5); j--) {
    if (tokens[j]!.kind === "punct" && tokens[j]!.norm !== "-") return false;
    if (WHOLE_CONFLICT_NOUNS.has(tokens[j]!.norm))
      return HEAD_AFTER.has(tokens[j + 1]!.norm) && definiteBefore(tokens, j);
  }
  return false;
}

/** Words after a conflict noun that make it the head of its phrase ("the insurgency in …", not "the war museum"). */
const HEAD_AFTER = new Set([",", "in", "of", "against", "across", "on"]);

/**
 * The index of a conflict noun opened at token `k` by a determiner or a possessive ("the war",
 * "Sudan's civil war", "the decades-long insurgency"), with at most four words of its own before it;
 * null when there is none or it modifies another noun ("the war zone").
 */
function conflictNounAfter(tokens: readonly Token[], k: number): number | null {
  const opener = tokens[k]?.norm ?? "";
  if (!isDeterminer(opener)) return null;
  for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++) {
    const t = tokens[j]!;
    if (WHOLE_CONFLICT_NOUNS.has(t.norm))
      return CONFLICT_COMPOUND_NEXT.has(tokens[j + 1]?.norm ?? "") ? null : j;
    if (t.kind === "punct" && t.norm !== "-") return null;
  }
  return null;
}

/** Whether the conflict noun at `k` is opened by a determiner or possessive within four words before it. */
function definiteBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    if (isDeterminer(tokens[j]!.norm)) return true;
    if (tokens[j]!.kind === "punct" && tokens[j]!.norm !== "-") return false;
  }
  return false;
}

const isDeterminer = (w: string): boolean => w === "the" || w === "this" || w === "its" || w.endsWith("'s");
