// A verb whose complement follows its object, the lemma split around the counted people: "burned
// 20 villagers alive", "took 45 Russian soldiers prisoner", "shot two men dead", "set 12 hostages
// free" (lexicon/outcome-lemmas.ts RESULTATIVE_COMPLEMENTS, outcomes.ts SPLIT_PHRASES).
import { RESULTATIVE_COMPLEMENTS } from "../../lexicon/outcome-lemmas.js";
import { ACTIVE_FILLERS, SPLIT_PHRASES } from "../../lexicon/outcomes.js";
import { matchWords } from "../../quantity/find-quantities.js";
import { set } from "../candidate.js";
import type { Triggers } from "../triggers.js";
import type { CountParser } from "./parser.js";

/** The complement after the people is always there. */
export const resultativeTriggers: Triggers = { phrases: RESULTATIVE_COMPLEMENTS.map((c) => c.split(" ")) };

export const resultative: CountParser = (tokens, c) => {
  if (!c.np) return false;
  let k = c.q.first - 1;
  while (k >= 0 && ACTIVE_FILLERS.has(tokens[k]!.norm)) k--;
  const splits = SPLIT_PHRASES.get(tokens[k]?.norm ?? "");
  const s = splits?.find((p) => matchWords(tokens, c.end, p.complement));
  if (!s) return false;
  // "was taken 45 minutes" is no taking of people: a passive auxiliary before means no object.
  if (/^(were|was|been|be|being)$/.test(tokens[k - 1]?.norm ?? "")) return false;
  set(c, s.outcome, { first: k, last: c.end + s.complement.length }, "before");
  return true;
};
