// Outcomes stated with no figure (issue 9, dataset fields; model.ts `Mention`): the nouns that say
// people died without saying how many, and the words that assert them. "The army suffered heavy
// losses", "unspecified casualties were inflicted", "casualties were reported", "there were
// fatalities", "resulting in deaths". A figure ("12 casualties", "several deaths") makes a claim
// instead (outcome/), "no casualties" a none (lexicon/none.ts), and "the casualties" refers back.
import type { Outcome } from "../../core/model.js";

/**
 * Plural nouns of an outcome, with the outcome they state. "casualties" as in lexicon/none.ts: the
 * dead are what coders ask for. "losses" counts only with an adjective of size (below), never with
 * a verb alone ("the traders suffered losses" is money).
 */
export const NUMBERLESS_NOUNS: ReadonlyMap<string, Outcome> = new Map<string, Outcome>([
  ["casualties", "killed"],
  ["fatalities", "killed"],
  ["deaths", "killed"],
  ["losses", "killed"],
]);

/**
 * Nouns that need an adjective of size or of an unknown amount (a verb alone does not make them
 * people), and a party to the fighting in the sentence: "the army suffered heavy losses", not
 * "the traders suffered heavy losses" (money).
 */
export const NEEDS_ADJECTIVE: ReadonlySet<string> = new Set(["losses"]);

/**
 * Words of a party to fighting that GROUP_OF_NOUN (lexicon/groups.ts) does not give a fighting
 * group (bodies and sides): besides any noun of security forces or militants, or a named force.
 */
export const PARTY_WORDS: ReadonlySet<string> = new Set("army enemy regime side sides forces".split(" "));

/**
 * Adjectives before the noun that assert the outcome by themselves: of size ("heavy losses",
 * "massive casualties") or of an amount not given ("unspecified casualties", "unconfirmed deaths").
 */
export const ASSERTING_ADJECTIVES: ReadonlySet<string> = new Set(
  (
    "heavy huge massive severe significant considerable serious substantial major untold " +
    "unspecified unknown undisclosed undetermined unconfirmed unreported uncounted"
  ).split(" "),
);

/**
 * Verbs before the noun that assert it ("suffered casualties", "inflicted heavy losses on",
 * "resulting in deaths", "there were fatalities"), each as its base and its inflected forms.
 */
export const VERBS_BEFORE: ReadonlySet<string> = new Set(
  (
    "suffer suffers suffered suffering sustain sustains sustained sustaining inflict inflicts " +
    "inflicted inflicting cause causes caused causing incur incurs incurred incurring " +
    "take took taken taking report reports reported reporting result results resulted resulting " +
    "lead leads led leading leave leaves left leaving"
  ).split(" "),
);

/** Words that may stand between such a verb and the noun ("resulting in heavy casualties", "there were some"). */
export const BETWEEN_VERB_AND_NOUN: ReadonlySet<string> = new Set("in to its their his her".split(" "));

/** Verbs after the noun, passive ("casualties were reported", "deaths were recorded"), after was/were/have been. */
export const VERBS_AFTER: ReadonlySet<string> = new Set(
  "reported recorded inflicted caused sustained suffered confirmed registered feared occurred".split(" "),
);

/** Between the noun and its passive verb ("casualties were also reported", "deaths have been recorded"). */
export const AUXILIARIES: ReadonlySet<string> = new Set(
  "was were have has had been also later reportedly".split(" "),
);

/** "there were casualties", "there have been deaths". */
export const EXISTENTIAL: readonly (readonly string[])[] = [
  ["there", "were"],
  ["there", "have", "been"],
  ["there", "had", "been"],
  ["there", "are"],
];

/**
 * Words right before the noun phrase that make it no statement of an unknown number: a count
 * ("no", "any", "few"), a reference back ("the", "these", "such") or a possessive of counted
 * people; a number before it is a claim's and stops the match anyway.
 */
export const NOT_NUMBERLESS_BEFORE: ReadonlySet<string> = new Set(
  "no any the these those such few fewer less minimal minor light zero some more other further additional a an".split(
    " ",
  ),
);

/** A complement that asks rather than states ("it was unclear whether there were casualties"). */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(["whether", "if"]);

/** A negation a few words before the noun phrase ("no reports of fatalities", "did not suffer casualties"). */
export const NEGATIONS: ReadonlySet<string> = new Set(["no", "not", "n't", "never", "without", "nor"]);
