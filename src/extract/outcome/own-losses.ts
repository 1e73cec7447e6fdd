// A side's own dead told by "lose" with a partitive of its subject: "Troops killed seven militants
// and lost two of their own", "the youths had lost nine of their own in the fighting". The figure
// counts the subject's people: the clause's subject gives the group when it names a side (security
// forces or militants); any other subject is a party whose kind the words do not tell: people.
import type { Group } from "../../core/model.js";
import { GROUP_OF_NOUN } from "../lexicon/groups.js";
import type { Token } from "../tokens.js";

/** Words after which a clause's subject starts ("He said the youths …", "; the army …"). */
const CLAUSE_STARTS = /^(said|says|told|added|that|;|:)$/;

/** The group of the people of "N of their own" after "lost" (or "losing") at tokens[lost]. */
export function ownSideGroup(tokens: readonly Token[], lost: number): Group {
  let start = lost;
  while (start > 0 && !CLAUSE_STARTS.test(tokens[start - 1]!.norm)) start--;
  for (let k = start; k < lost; k++) {
    const g = GROUP_OF_NOUN.get(tokens[k]!.norm);
    if (g) return g === "security_forces" || g === "militants" ? g : "people";
  }
  return "people";
}

/** Whether a count's noun phrase is "of their own" ("lost two of their own"). */
export function isOwn(np: { head: string } | null): boolean {
  return np?.head === "own";
}

/** The forms of "lose" that count a side's losses before the figure ("lost 12 soldiers", "…, losing two"). */
export const LOSE_FORMS: ReadonlySet<string> = new Set(["lost", "losing"]);

/** Nouns of a side's own people that name no side of their own ("men", "comrades", "members"). */
const OWN_PEOPLE: ReadonlySet<string> = new Set(
  "men man comrades comrade members member cadres cadre".split(" "),
);

/**
 * "losing more than ten of their men", "lost 12 of its men", 'had lost "only two" of their
 * comrades': people of the subject's side, by a possessive after "of" (the subject names the side;
 * "of their soldiers" names its own group).
 */
export function isOwnMen(tokens: readonly Token[], np: { first: number; head: string } | null): boolean {
  return (
    np !== null &&
    OWN_PEOPLE.has(np.head) &&
    tokens[np.first]?.norm === "of" &&
    /^(its|their|our|his)$/.test(tokens[np.first + 1]?.norm ?? "")
  );
}
