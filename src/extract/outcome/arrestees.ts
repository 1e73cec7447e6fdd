// Arrested people named only by sex or age ("a 22-year-old man was arrested", "police detained
// two youths") are suspects, not civilians harmed: the codebook's civilians are victims by their
// role (passengers, workers, residents). Such an arrest counts people, unspecified; a role noun
// keeps its group ("arrested 30 protesters": civilians; "arrested two suspects": militants).
import type { Group, Outcome } from "../../core/model.js";
import type { NounPhrase } from "./noun-phrase.js";

/** Nouns that name a person by sex or age alone. */
const BARE_PERSONS: ReadonlySet<string> = new Set(
  (
    "man men woman women boy boys girl girls youth youths teenager teenagers teen teens juvenile " +
    "juveniles minor minors male males female females adult adults"
  ).split(" "),
);

/** An arrest's reading: people when its noun names a person by sex or age alone. */
export function arresteesAreNoVictims<R extends { group: Group; outcome: Outcome }>(
  _tokens: unknown,
  c: { np: NounPhrase | null },
  r: R,
): R {
  return r.outcome === "arrested" && r.group === "civilians" && c.np && BARE_PERSONS.has(c.np.head)
    ? { ...r, group: "people" }
    : r;
}
