// The subject of a correction notice: the outlet's own withdrawn text ("An earlier version of this
// article said 13 people were killed", "This story incorrectly reported 40 dead", "We mistakenly
// said 12 soldiers died"). A figure it governs is withdrawn, no claim (claims/retracted.ts).
import { PhraseSet } from "./phrase-set.js";

/** Adjectives of a superseded version: "an earlier version", "the original version". */
const VERSION_ADJECTIVES = ["earlier", "previous", "prior", "original", "initial", "first"];

/** The outlet's texts that a notice corrects. */
const DOCUMENT_NOUNS = [
  "article",
  "story",
  "report",
  "item",
  "post",
  "piece",
  "dispatch",
  "headline",
  "caption",
];

/** Adverbs that say the text was wrong: "This story incorrectly said". */
export const ERROR_ADVERBS = ["incorrectly", "wrongly", "mistakenly", "erroneously", "inaccurately"];

/** Adverbs of an earlier text that say only when ("This article originally said"): with a document noun only. */
const EARLIER_ADVERBS = ["originally", "previously", "initially"];

/** Verbs that are a mistake in themselves: "This article misstated the toll". */
const ERROR_VERBS = ["misstated", "misreported", "misquoted", "overstated", "understated"];

function phrases(): string[] {
  const out: string[] = [];
  for (const det of ["this", "the", "its"])
    for (const doc of DOCUMENT_NOUNS) {
      for (const adj of VERSION_ADJECTIVES)
        for (const version of ["version", "versions"]) out.push(`${adj} ${version} of ${det} ${doc}`);
      for (const word of [...ERROR_ADVERBS, ...EARLIER_ADVERBS, ...ERROR_VERBS]) {
        out.push(`${det} ${doc} ${word}`);
        for (const aux of ["had", "has"]) out.push(`${det} ${doc} ${aux} ${word}`);
      }
    }
  // The outlet speaking of itself: only a word of error ("We previously reported" may be a true
  // figure of an earlier day).
  for (const word of [...ERROR_ADVERBS, ...ERROR_VERBS]) out.push(`we ${word}`, `we had ${word}`);
  return out;
}

/** The withdrawn text as a subject, as token sequences. */
export const RETRACTING_SUBJECTS = new PhraseSet(phrases().map((p) => p.split(" ")));

/** Participles of putting people in a register or a toll, the base both readers below share. */
const PUT_IN_A_COUNT = ["counted", "recorded", "registered", "listed", "included"];

/**
 * Words after a figure that say its people were counted twice in a register, the reason a toll is
 * lowered ("two bodies were counted twice", "three victims had been double-counted", "were
 * duplicates"): the figure is of records, not of people harmed (outcome/refiners/counted-twice.ts).
 * A verb of counting and a word of repetition after it, or a word of duplication alone.
 */
export const COUNTING_VERBS: ReadonlySet<string> = new Set([...PUT_IN_A_COUNT, "reported"]);
/** Words of repetition after a verb of counting ("counted twice", "two times", "more than once"). */
export const TWICE_PHRASES: readonly (readonly string[])[] = [
  ["twice"],
  ["two", "times"],
  ["more", "than", "once"],
  ["double"],
];
/** Words of duplication: "double-counted" (before the verb), "were duplicates" (alone). */
export const DOUBLE_BEFORE: ReadonlySet<string> = new Set(["double"]);
export const DUPLICATES: ReadonlySet<string> = new Set(["duplicated", "duplicates", "duplicate"]);

/** The words one of which a sentence holds where a figure may be counted twice (the refiner's gate). */
export const COUNTED_TWICE_WORDS: readonly string[] = ["twice", "times", "once", "double", ...DUPLICATES];

/**
 * Verbs of putting people in a count: "the figure had wrongly included four people who died in a
 * traffic accident" (claims/counted-in-error.ts, after an adverb of error).
 */
export const ERROR_COUNTING_VERBS: ReadonlySet<string> = new Set([
  ...PUT_IN_A_COUNT,
  "added",
  "registering",
  "including",
  "counting",
]);
