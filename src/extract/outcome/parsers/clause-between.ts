// Whether a toll's words and a figure after them are in different clauses: a contrast ("declined
// to give a toll but said 12 people were arrested") or a verb of saying coordinated after the toll
// ("confirmed the toll and said 14 soldiers had been wounded", "gave the toll, adding that …"),
// whose complement is a report of its own. A figure whose own clause tells its outcome keeps it.
import { SPEECH_VERBS } from "../../lexicon/claimants.js";
import type { Token } from "../../tokens.js";

/** Conjunctions that open a clause contrasting with the one before ("… a toll, but …", "while"). */
const CONTRASTS = /^(but|yet|while|whereas|although|though|however)$/;
/** Words that coordinate a second verb with the toll's clause ("and said", ", adding"). */
const COORDINATORS = /^(and|,)$/;
const SAYING: ReadonlySet<string> = new Set(SPEECH_VERBS.map((p) => p.join(" ")));

/** A contrasting conjunction between tokens[from] and tokens[to]. */
export function contrastBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CONTRASTS.test(tokens[k]!.norm)) return true;
  return false;
}

/**
 * A contrast, or a verb of saying coordinated after the toll's word ("and said", "and told
 * reporters", ", adding"), between tokens[from] (the toll's first word) and tokens[to] (the figure).
 */
export function otherClauseBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (contrastBetween(tokens, from, to)) return true;
  for (let k = from + 1; k < to - 1; k++)
    if (COORDINATORS.test(tokens[k]!.norm) && SAYING.has(tokens[k + 1]!.norm)) return true;
  return false;
}
