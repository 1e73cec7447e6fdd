// Verbs of a running figure's change, as lemmas: every form of each is generated (verbForms), so
// no form is missed ("has surged to 40", "is climbing", "now stands at 22"). One lexicon for the
// toll's rise (outcome/parsers/toll.ts: "the death toll rose to 19") and for the change "from N to
// M" (quantity/changes.ts: "increased from 11 to 19", where N is superseded, no range).
import { verbForms } from "./morphology.js";

/** Every form of each lemma of a space-separated list. */
function formsOf(lemmas: string): string[] {
  return lemmas.split(" ").flatMap((lemma) => {
    const f = verbForms(lemma);
    return [f.base, f.third, ...f.past, ...f.participle, f.ing];
  });
}

/** Verbs by which a running figure goes up to, or stands at, its latest ("rose to", "now stands at"). */
const RISE_LEMMAS = "rise climb reach jump increase stand mount soar grow surge double triple top";

/** Verbs of a figure's change either way, before "from N to M" ("revised down from 11 to 9"). */
const CHANGE_LEMMAS =
  "rise increase climb jump grow soar surge revise raise double triple fall drop decline decrease lower go";

/** The forms of the rise verbs, and the particle of "went up to". */
export const RISE_WORDS: ReadonlySet<string> = new Set([...formsOf(RISE_LEMMAS), "up"]);

/**
 * Verbs (and particles) of a figure's change, right before "from" or "up to": every form of the
 * change lemmas, and words of change that are no form of them ("shot up", "moved up", "up", "down").
 */
export const CHANGE_WORDS: ReadonlySet<string> = new Set([
  ...formsOf(CHANGE_LEMMAS),
  ..."shot moved up down".split(" "),
]);

/** Every word of a toll's change, either list ("the toll has risen to", "was revised to", "hit"). */
export const TOLL_CHANGE_WORDS: ReadonlySet<string> = new Set([...RISE_WORDS, ...CHANGE_WORDS, "hit"]);
