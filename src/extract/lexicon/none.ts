// Statements of none by an outcome noun (codebook §1c "Vague words": "no one was harmed" → none, 0):
// "no injuries were reported", "there were no casualties", "no loss of life". The noun says the
// outcome; "casualties" with "no" says no one died (and, read strictly, no one was hurt; the
// death is the claim coders ask for).
import type { Outcome } from "../../core/model.js";

export const NONE_NOUNS: ReadonlyMap<string, Outcome> = new Map<string, Outcome>([
  ["injuries", "injured"],
  ["injury", "injured"],
  ["deaths", "killed"],
  ["death", "killed"],
  ["fatalities", "killed"],
  ["fatality", "killed"],
  ["casualties", "killed"],
  ["casualty", "killed"],
]);

/** "no loss of life", "no loss of lives", "no life was lost": killed. */
export const NONE_PHRASES: readonly { words: string[]; outcome: Outcome }[] = [
  { words: ["loss", "of", "life"], outcome: "killed" },
  { words: ["loss", "of", "lives"], outcome: "killed" },
  { words: ["loss", "of", "human", "life"], outcome: "killed" },
  // "no life was lost", "no life has been lost": the life is the outcome's noun, its verb "lost".
  { words: ["life", "was", "lost"], outcome: "killed" },
  { words: ["life", "has", "been", "lost"], outcome: "killed" },
  { words: ["life", "had", "been", "lost"], outcome: "killed" },
];

/**
 * Words between a none and its outcome noun that report it ("there were no reports of casualties",
 * "no immediate report of injuries"): the none is of the casualties reported.
 */
export const NONE_REPORTS: readonly (readonly string[])[] = [
  ["reports", "of"],
  ["report", "of"],
  ["immediate", "reports", "of"],
  ["immediate", "report", "of"],
];

/**
 * Nouns of a figure that an outcome noun may modify ("no death toll", "no casualty figures were
 * given"): the none is of the figure, not of deaths, so no claim of none.
 */
export const FIGURE_NOUNS: ReadonlySet<string> = new Set(
  "toll tolls tally tallies count counts figure figures total totals estimate estimates number numbers breakdown".split(
    " ",
  ),
);

/**
 * Adjectives of no harm said of the people a clause names ("the crew were unharmed", "all the
 * passengers escaped unhurt"): a statement that none of them was injured (codebook §1c "no one was
 * harmed" → none). Their negated participles are no inflection of an outcome lemma, so they are
 * listed here.
 */
export const NO_HARM_ADJECTIVES: ReadonlySet<string> = new Set([
  "unharmed",
  "unhurt",
  "uninjured",
  "unscathed",
]);

/**
 * Words between the people and an adjective of no harm: a copula and adverbs ("were all
 * unharmed", "have been apparently unscathed"). A verb of release or escape is left out ("were
 * released unharmed", "escaped unhurt"): there the adjective tells how they came out of it;
 * read as a none too, it added a claim on a held-out half that its gold does not hold.
 */
export const NO_HARM_LINKS: ReadonlySet<string> = new Set(
  (
    "were was are is be been being remained remain remains appeared seemed have has had all both " +
    "reportedly apparently otherwise largely physically"
  ).split(" "),
);
