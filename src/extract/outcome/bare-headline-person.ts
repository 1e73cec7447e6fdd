// A headline's single person with no determiner: "Soldier killed in roadside blast", "UN
// peacekeeper killed, two wounded", "Pakistani journalist shot dead". Headline style drops the
// article; in running text a singular noun of a person opening the sentence right before an outcome
// is no other reading. The person's words may carry a few modifiers of name or kind before the noun.
// Only a harm or a fate: "Retired colonel jailed for 1982 massacre" tells a sentence, no arrest in
// the event.
import type { Outcome } from "../../core/model.js";
import { isNationality } from "../lexicon/nationalities.js";
import { NP_STOP, PUNCT_STOP } from "../lexicon/syntax.js";
import { startsUpper } from "../letters.js";
import type { Token } from "../tokens.js";
import { groupOfSingular, isSingularPerson, mention, type Singular } from "./singulars.js";

/** Words that open a phrase of their own (singulars.ts reads "Another person dies", "One soldier …"). */
const OPENERS: ReadonlySet<string> = new Set(["a", "an", "another", "one", "no", "every", "each", "any"]);

const HARMS: ReadonlySet<Outcome> = new Set(["killed", "injured", "abducted", "missing", "released"]);

/** Modifiers before the noun at most ("Senior UN police officer"). */
const MAX_MODIFIERS = 3;

/** The person opening the sentence without a determiner, right before an outcome phrase; or null. */
export function bareHeadlinePerson(
  tokens: readonly Token[],
  outcomeAt: (k: number) => Outcome | null,
): Singular | null {
  const first = tokens[0];
  if (!first || first.kind !== "word" || !startsUpper(first.text)) return null;
  for (let j = 0; j <= MAX_MODIFIERS && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (isSingularPerson(t.norm) && HARMS.has(outcomeAt(j + 1) ?? "present")) {
      const np = { first: 0, last: j + 1, head: t.norm, group: groupOfSingular(tokens, 0, j) };
      return { q: mention(tokens, j, j + 1), np, end: j + 1, group: np.group };
    }
    if (!isModifier(t)) return null;
  }
  return null;
}

/** A word that may stand before the noun: a name's ("UN", "Afghan"), or a lower-case adjective. */
function isModifier(t: Token): boolean {
  if (t.kind !== "word" || NP_STOP.has(t.norm) || PUNCT_STOP.has(t.norm) || OPENERS.has(t.norm)) return false;
  return startsUpper(t.text) || isNationality(t.norm) || /^[a-z]+$/.test(t.text);
}
