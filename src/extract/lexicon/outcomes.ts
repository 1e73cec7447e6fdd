// The ways of saying each outcome (codebook §1 `outcome`), as token sequences (lower-case),
// derived from the base entries of outcome-lemmas.ts and WordNet's reviewed synonyms
// (generated/wordnet-outcomes.ts) by their class and the inflection of morphology.ts.
// `after`: the phrase follows the counted noun ("33 were killed", "four soldiers died").
// `before`: the phrase precedes it ("killing 5", "shot dead another 40 personnel").
// Only data is exported here: the bundle replaces this module by its exports' values
// (scripts/build/snapshot-data.mjs), so nothing is derived at start-up.
import { POSSESSIVE_DETERMINERS } from "./syntax.js";
import { outcomePhrases, splitPhrases, type OutcomePhrase, type SplitPhrase } from "./outcome-forms.js";

export type { OutcomePhrase, SplitPhrase } from "./outcome-forms.js";

export const OUTCOME_PHRASES: readonly OutcomePhrase[] = outcomePhrases();

export const SPLIT_PHRASES: ReadonlyMap<string, readonly SplitPhrase[]> = splitPhrases();

/** Words that may stand between a counted noun and its outcome phrase ("33 were reportedly killed"). */
export const PASSIVE_FILLERS: ReadonlySet<string> = new Set(
  (
    "were was are is have has had been being be became become becomes will would may got get also all both later subsequently reportedly " +
    "allegedly reported confirmed believed feared said to each as well then eventually initially either who " +
    "that since already now so far just still critically seriously severely slightly fatally mortally " +
    'grievously badly earlier likely apparently presumed thought known understood estimated themselves immediately instantly “ ” "'
  ).split(" "),
);

/** Words of a sum between an outcome phrase and its figure ("killing a total of 10 soldiers"). */
export const SUM_OPENERS: readonly (readonly string[])[] = [
  ["a", "total", "of"],
  ["a", "combined"],
  ["in", "total"],
];

/**
 * Focus adverbs a source's figure is quoted with ('had lost "only two" of their men'): read between
 * the verb and its figure only inside the quotes (outcome-before.ts), the words as the source gave
 * them; bare, "killed only three" is left as it was read.
 */
export const QUOTED_FOCUS_ADVERBS: ReadonlySet<string> = new Set(["only", "just", "merely"]);
/** Marks that open a quoted figure. */
export const FIGURE_QUOTES: ReadonlySet<string> = new Set(['"', "“", "‘", "'"]);

/** Words that may stand between an outcome phrase and its counted noun ("killed another 40"). */
export const ACTIVE_FILLERS: ReadonlySet<string> = new Set([
  ..."another an additional the a further at least some remaining all over nearly about approximately".split(
    " ",
  ),
  ...POSSESSIVE_DETERMINERS,
  ...`" “ ‘ '`.split(" "),
]);
