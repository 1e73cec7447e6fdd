// A partitive that names one member of a group of people named before ("Two health workers at the
// hospital said … One of them said the hospital had received 26 bodies", "another of those",
// "one of the three"): the speaker is of that group, so it speaks with the group's voice and type.
// A partitive with a noun of its own ("one of the doctors") names its kind and needs no referent.
import { NOT_WITNESSES } from "../lexicon/claimants.js";
import { GROUP_OF_NOUN } from "../lexicon/groups.js";
import { UNITS } from "../lexicon/numbers.js";

/** Words that take one or some members out of a group ("one of", "another of", "two of"). */
const MEMBERS = /^(one|another|two|three|some|several|each|both|either|neither|none)$/;
/** Words after "of" that stand for a group named before ("them", "those", "the three"). */
const STANDS_FOR_GROUP = /^(them|those|these|whom)$/;

/**
 * Whether a speaker mention's words are a partitive of a group named before: "one of them",
 * "another of those", "one of the two"; a leading determiner is allowed ("the one of them").
 */
export function isPartitiveOfGroup(norms: readonly string[]): boolean {
  const from = norms[0] === "the" ? 1 : 0;
  const rest = norms.slice(from);
  if (rest.length < 3 || !MEMBERS.test(rest[0]!) || rest[1] !== "of") return false;
  if (rest.length === 3) return STANDS_FOR_GROUP.test(rest[2]!);
  return rest.length === 4 && rest[2] === "the" && (UNITS.has(rest[3]!) || /^\d+$/.test(rest[3]!));
}

/** Plural nouns of people that take no "-s" ("police", "staff"). */
const PLURAL_WITHOUT_S = /^(police|people|staff|personnel|clergy|youth|crew)$/;

/** Whether a word is a noun of people: a group's (lexicon/groups.ts), an expert's or a source's. */
const ofPeople = (w: string) => GROUP_OF_NOUN.has(w) || NOT_WITNESSES.has(w) || w === "sources";

/**
 * Whether an entity's words name a group of people ("two health workers at the hospital",
 * "residents", "police", "security sources"): a plural noun of people, no one person.
 */
export function namesGroupOfPeople(e: { person: boolean; words: ReadonlySet<string> }): boolean {
  if (e.person) return false;
  for (const w of e.words) if (isPluralOfPeople(w)) return true;
  return false;
}

/** A plural noun of people ("activists", "workers", "police"): no one person's name, even capitalised. */
export function isPluralOfPeople(w: string): boolean {
  return ofPeople(w) && (w.endsWith("s") || PLURAL_WITHOUT_S.test(w));
}
