// An outcome participle inside the counted noun phrase, when no verb gives one: "Two wounded rebels
// were brought to hospital", "the 5 slain officers", "17 injured passengers". (A verb wins: in
// "two abducted girls were freed" the girls count as released, by verbPhrase.)
import type { Outcome } from "../../../core/model.js";
import { set } from "../candidate.js";
import { phraseAt } from "../phrases.js";
import { OUTCOME_PHRASES } from "../../lexicon/outcomes.js";
import type { Triggers } from "../triggers.js";
import type { CountParser } from "./parser.js";

/** A one-word outcome phrase inside the noun phrase. */
export const adjectivalTriggers: Triggers = {
  words: OUTCOME_PHRASES.filter((p) => p.words.length === 1).map((p) => p.words[0]!),
};

/** Outcomes a participle before a noun of people states ("missing children" may since be found). */
const ADJECTIVAL: ReadonlySet<Outcome> = new Set(["killed", "injured", "abducted", "arrested", "released"]);

export const adjectival: CountParser = (tokens, c) => {
  if (!c.np) return false;
  // "Arslan, one of the rescued hostages, said": one picked out of a group describes a person
  // (a verb of its own still counts them: "one of the injured passengers died").
  if (c.q.quantity.value === 1 && tokens[c.q.last]?.norm === "of") return false;
  for (let k = c.np.first; k < c.np.last - 1; k++) {
    const p = phraseAt(tokens, k, "after");
    if (!p || p.words.length !== 1 || !ADJECTIVAL.has(p.outcome)) continue;
    set(c, p.outcome, { first: k, last: k + 1 }, "noun");
    return true;
  }
  return false;
};
