// Words that place people somewhere, for counts of those present stated with no verb of their own
// (outcome/parsers/presence.ts): after the people ("passengers aboard", "travelling to"), or after
// "those" and an existential's noun ("of those on the train", "there were 30 people on board").
import { verbForms } from "./morphology.js";
import { OUTCOME_LEMMAS } from "./outcome-lemmas.js";

/** Right after the people's noun: a reduced relative of being on board or travelling. */
export const PRESENCE_AFTER: readonly (readonly string[])[] = [
  ["aboard"],
  ["on", "board"],
  ["onboard"],
  ["travelling"],
  ["traveling"],
  ["who", "were", "travelling"],
  ["who", "were", "traveling"],
  ["who", "were", "aboard"],
  ["who", "were", "on", "board"],
];

/** Prepositions of place after "those" or an existential's noun ("on the train", "inside the hall"). */
export const PRESENCE_PLACES: ReadonlySet<string> = new Set(["on", "in", "inside", "at"]);

/**
 * The simple present of the verbs of presence that take no object ("attend", "gathers"): after a
 * figure it tells a population as it habitually is ("About 900 pupils attend the school"), no
 * count of those at the event (codebook §1: a population is no claim).
 */
export const HABITUAL_PRESENCE: ReadonlySet<string> = new Set(
  OUTCOME_LEMMAS.present
    .intransitive!.filter((l) => !l.includes(" "))
    .flatMap((l) => {
      const f = verbForms(l);
      return [f.base, f.third];
    }),
);
