// Single persons counted as one (codebook §1c, "Implied and named persons"): "a driver was
// killed", "the assailant was also killed", "killed a local official", "shot and killed Focas
// Bakana", "Sabour, a contractor, was killed". They join the figures of a sentence as candidates
// of value 1, so that "Himmat, a district police chief, and an assailant were killed" counts two.
import type { Group } from "../../core/model.js";
import {
  ADJECTIVE_PERSONS,
  BASE_GROUP_OF_NOUN,
  GROUP_OF_MODIFIER,
  GROUP_OF_NOUN,
  HEAD_OF_COMMUNITY,
  PEOPLE_ADJECTIVES,
  SINGULARS_IN_S,
} from "../lexicon/groups.js";
import { isNationality } from "../lexicon/nationalities.js";
import { ORDINALS, TENS, UNITS } from "../lexicon/numbers.js";
import {
  ARTICLES,
  INDEFINITE_ARTICLES,
  NP_STOP,
  POSSESSIVE_DETERMINERS,
  PUNCT_STOP,
  VERBS_AFTER_OF_PHRASE,
} from "../lexicon/syntax.js";
import { BODY_HEADS, isInitials } from "../lexicon/bodies.js";
import { PLACE_HEADS, PLACE_VERBS } from "../lexicon/places.js";
import { inAllegianceCompound } from "./allegiance.js";
import { isDateMonth } from "./month-names.js";
import { ABBREVIATIONS } from "../lexicon/abbreviations.js";
import { reflexiveRestated } from "./reflexive-restated.js";
import { SECURITY_TITLES, TITLES } from "../lexicon/titles.js";
import { WEEKDAYS } from "../time/lexicon.js";
import { isNumberWord, type QuantityMention } from "../quantity/find-quantities.js";
import type { Token } from "../tokens.js";
import { membersOf, type NounPhrase } from "./noun-phrase.js";

// (Word lists tested token by token, as sets: one lookup where a pattern was run.)
const BY_TO_TOLD_TELL_TELLS: ReadonlySet<string> = new Set(["by", "to", "told", "tell", "tells"]);
const AT_IN_ON_ETC: ReadonlySet<string> = new Set(
  "at in on of from near with for by inside outside to".split(" "),
);
const WERE_ARE_HAVE: ReadonlySet<string> = new Set(["were", "are", "have"]);
const AND_OR_A_ETC: ReadonlySet<string> = new Set("and or a an the two three four five".split(" "));
const WAS_IS_HAS: ReadonlySet<string> = new Set(["was", "is", "has"]);
const DASH_YEAR_YEARS: ReadonlySet<string> = new Set(["-", "year", "years"]);
const THE_A_AN_ETC: ReadonlySet<string> = new Set("the a an of and for".split(" "));
const HIS_HER_THEIR_ETC: ReadonlySet<string> = new Set(
  "his her their its a an another two three four five six".split(" "),
);
const WAS_IS_HAD_HAS: ReadonlySet<string> = new Set(["was", "is", "had", "has"]);
const WERE_HAD: ReadonlySet<string> = new Set(["were", "had"]);

export interface Singular {
  q: QuantityMention;
  np: NounPhrase | null;
  /** First token after the person's words. */
  end: number;
  /** null: the group of the figure before ("another was wounded"). */
  group: Group | null;
  /** "the hostages": a definite plural referring back to captives counted earlier. */
  anaphor?: boolean;
}

/** Words that open a postmodifier of an appositive's noun ("a man who …", "a citizen known to police"). */
const APPOSITIVE_MODIFIERS = new Set("who whose known wanted originally living described".split(" "));

/** Words that may follow a person's noun without making it a modifier ("a cleric known as", "a man dies"). */
const AFTER_PERSON = new Set(
  "was is has had known named called aged along near dies died claims says said spy".split(" "),
);

/** Speech verbs after a person ("said", "tells us"): that person is a speaker, not a casualty. */
const SPEAKS = new Set([
  "said",
  "says",
  "told",
  "added",
  "stated",
  "confirmed",
  "reported",
  "claimed",
  "spoke",
  "tells",
  "tell",
  "wrote",
  "writes",
]);

/** The outlet's own staff, named with "our" ("seen by our reporter", "told our correspondent"). */
const OUTLET_STAFF = new Set(["reporter", "correspondent", "journalist", "photographer", "team", "crew"]);

/** "seen by our reporter", "told our correspondent": the outlet's staff hearing or seeing, no casualty. */
function outletStaffHearing(tokens: readonly Token[], k: number, det: Singular): boolean {
  return (
    tokens[k]!.norm === "our" &&
    OUTLET_STAFF.has(det.np?.head ?? "") &&
    BY_TO_TOLD_TELL_TELLS.has(tokens[k - 1]?.norm ?? "")
  );
}

/** Nouns that are plural or mass although they do not end in -s. */
const NOT_SINGULAR = new Set([
  "death",
  "fatality",
  "injury",
  "people",
  "police",
  "personnel",
  "children",
  "men",
  "women",
  "militia",
  "staff",
  "crew",
  "security",
  "fc",
  "dead",
  "injured",
  "wounded",
  "more",
  "taliban",
  "shabaab",
  "mujahideen",
  "family",
  "aid",
  "army",
  "lives",
  "bodies",
  "others",
  "kids",
  "humans",
  "khawarij",
  "khwarij",
  "paramilitary",
  "militiamen",
  "policemen",
  "gunmen",
  "servicemen",
  "fishermen",
  "businessmen",
  "watchmen",
  "guardsmen",
  "body",
]);
const DETERMINERS = new Set(["a", "an", "the", "another", ...POSSESSIVE_DETERMINERS]);

/**
 * Mass nouns of people that reports use for one person after "a"/"another" with a singular verb
 * (codebook §1c: "another FC personnel" → 1; "a police personnel was injured").
 */
const ONE_OF_MASS = new Set(["personnel"]);

const NOT_NAMES = new Set([
  ...WEEKDAYS,
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "he",
  "she",
  "it",
  "they",
  "we",
  "i",
  "no",
  "there",
  "in",
  "on",
  "at",
  "security",
  "police",
  "assailants",
  "attackers",
  "militants",
  "gunmen",
  "sources",
  "officials",
  "authorities",
  "however",
  "meanwhile",
  "additionally",
  "earlier",
  "later",
  "both",
  "one",
  "two",
  "three",
]);

/** A speech verb at tokens[k], or after a comma-enclosed name in apposition there. */
function speaks(tokens: readonly Token[], k: number): boolean {
  if (SPEAKS.has(tokens[k]?.norm ?? "")) return true;
  // "A local journalist in Hasakah tells us": past a place in capitals.
  if (tokens[k]?.norm === "in" && isCap(tokens[k + 1])) {
    let j = k + 1;
    while (isCap(tokens[j])) j++;
    return SPEAKS.has(tokens[j]?.norm ?? "");
  }
  if (tokens[k]?.norm !== ",") return false;
  for (let j = k + 1; j < tokens.length && j <= k + 8; j++) {
    if (tokens[j]!.norm === ",") return SPEAKS.has(tokens[j + 1]?.norm ?? "");
    if (!isCap(tokens[j])) return false;
  }
  return false;
}

/**
 * "deployed at a railway picket were martyred": an indefinite singular after a preposition, with a
 * plural verb after it, ends a postmodifier ("a driver and 15 policemen were killed" is no such case).
 */
function isPluralAfterSingular(tokens: readonly Token[], k: number, end: number): boolean {
  return (
    INDEFINITE_ARTICLES.has(tokens[k]!.norm) &&
    AT_IN_ON_ETC.has(tokens[k - 1]?.norm ?? "") &&
    WERE_ARE_HAVE.has(tokens[end]?.norm ?? "")
  );
}

/**
 * "two sons of Semh Mbinglo, a traditional ruler, in Kumbo": the singular describes the name before
 * it; "The gunman, a 29-year-old man, was shot dead by police", "the attacker, a former soldier,
 * blew himself up": it describes the attacker named before it, the same person (not one more).
 */
function describesName(tokens: readonly Token[], k: number, end: number): boolean {
  if (
    !INDEFINITE_ARTICLES.has(tokens[k]!.norm) ||
    tokens[k - 1]?.norm !== "," ||
    !appositiveCloses(tokens, end)
  )
    return false;
  const name = tokens[k - 2];
  return (
    (isCap(name) && !isDateMonth(tokens, k - 2) && !(WEEKDAYS as readonly string[]).includes(name!.norm)) ||
    (definitePerson(tokens, k - 2) && !listGoesOn(tokens[end + 1]))
  );
}

/**
 * "a sixth man, the driver of a second car, had been wounded", "A farmer, the owner of the orchard,
 * was hurt": a definite description set off by commas after an indefinite person is that person
 * (the mirror of describesName); not where a list goes on ("a soldier, the driver and two
 * passengers").
 */
function describesIndefinite(tokens: readonly Token[], k: number): boolean {
  if (
    tokens[k]!.norm !== "the" ||
    tokens[k - 1]?.norm !== "," ||
    !isSingularPerson(tokens[k - 2]?.norm ?? "")
  )
    return false;
  let a = k - 3;
  while (a >= k - 5 && a >= 0 && tokens[a]!.kind === "word" && !INDEFINITE_ARTICLES.has(tokens[a]!.norm)) a--;
  if (a < 0 || !INDEFINITE_ARTICLES.has(tokens[a]!.norm)) return false;
  for (let j = k + 1; j < tokens.length && j <= k + 8; j++) {
    const w = tokens[j]!.norm;
    if (w === ",") return !listGoesOn(tokens[j + 1]);
    if (w === "and" || w === "or" || tokens[j]!.kind !== "word") return false;
  }
  return false;
}

/**
 * An appositive's noun at `end` is followed by its closing comma, or by a postmodifier that runs to
 * one ("The suspect, a 29-year-old man who was on a watch list, …", "a citizen known to police
 * for …, was arrested").
 */
function appositiveCloses(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.norm === ",") return true;
  if (!APPOSITIVE_MODIFIERS.has(tokens[end]?.norm ?? "")) return false;
  for (let j = end + 1; j < tokens.length && j < end + 25; j++) {
    if (tokens[j]!.norm === ",") return true;
    if (tokens[j]!.norm === "." || tokens[j]!.norm === ";") return false;
  }
  return false;
}

/** "wounding the driver, a passenger, and two soldiers": after the comma a list goes on (no apposition). */
function listGoesOn(next: Token | undefined): boolean {
  return next !== undefined && (next.kind === "num" || AND_OR_A_ETC.has(next.norm));
}

/** The end of "another" or "a third" / "the second" standing for one more person at tokens[k], else k. */
function oneMore(tokens: readonly Token[], k: number): number {
  const w = tokens[k]!.norm;
  if (w === "another") return k + 1;
  return (w === "a" || w === "the") && ORDINALS.has(tokens[k + 1]?.norm ?? "") ? k + 2 : k;
}

/** Words that make the noun phrase they open refer to one known person ("the gunman", "his brother"). */
const DEFINITE = new Set(["the", "this", "that", ...POSSESSIVE_DETERMINERS]);

/**
 * An attacker's singular noun at tokens[head] ("the lone gunman", "the bomber"), opened by a definite
 * word a few words before: the one the report described before and describes again.
 */
function definitePerson(tokens: readonly Token[], head: number): boolean {
  const noun = tokens[head]?.norm ?? "";
  if (!isSingularPerson(noun) || GROUP_OF_NOUN.get(noun) !== "militants") return false;
  for (let j = head - 1; j >= Math.max(0, head - 4); j--) {
    if (DEFINITE.has(tokens[j]!.norm)) return true;
    if (tokens[j]!.kind !== "word" && tokens[j]!.norm !== "-") return false;
  }
  return false;
}

/** "in addition to the bomber", "aside from the assailant", "including the bomber": the word before such a person. */
const ASIDE_OPENERS = new Set(["to", "from", "besides", "including"]);

/** Definite plurals that refer back to captives counted before ("the hostages were killed"). */
const ANAPHORIC = new Set(["hostages", "captives", "abductees", "victims"]);

export function isSingularPerson(norm: string): boolean {
  return (
    GROUP_OF_NOUN.has(norm) && !NOT_SINGULAR.has(norm) && (!norm.endsWith("s") || SINGULARS_IN_S.has(norm))
  );
}

const isCap = (t: Token | undefined) =>
  t !== undefined && t.kind === "word" && t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90;

export function mention(tokens: readonly Token[], first: number, last: number): QuantityMention {
  const text = tokens
    .slice(first, last)
    .map((t) => t.text)
    .join(" ")
    .replace(/ \./g, "."); // "Dr. Amina Yusuf", as written
  return {
    kind: "number",
    quantity: { value: 1, min: 1, max: 1, hedge: "exact", text },
    first,
    last,
    numFirst: first,
    numLast: last,
  };
}

/** "a driver", "the assailant", "his wife", "one member of …" read from a determiner at tokens[k]. */
function determinerPhrase(
  tokens: readonly Token[],
  k: number,
  isOutcomeStart: (k: number) => boolean,
): Singular | null {
  if (!DETERMINERS.has(tokens[k]!.norm)) return null;
  let j = k + 1;
  for (let mods = 0; j < tokens.length && mods <= 4; j++) {
    // "a Border Security Force (BSF) soldier": a body's name and its initials before the noun.
    // ("an African American": the second word of a people's name heads it.)
    if (isCap(tokens[j]) && j > k + 1 && isCap(tokens[j - 1]) && !personHeadOnly(tokens, j)) continue;
    if (
      tokens[j]!.text === "(" &&
      isCap(tokens[j - 1]) &&
      tokens[j + 2]?.text === ")" &&
      j + 3 < tokens.length
    ) {
      j += 2;
      continue;
    }
    if (tokens[j]!.kind === "word") mods++;
    const t = tokens[j]!;
    const next = tokens[j + 1];
    const oneOfMass =
      ONE_OF_MASS.has(t.norm) && tokens[k]!.norm !== "the" && WAS_IS_HAS.has(next?.norm ?? "");
    // (Whether the phrase closes here is asked only of a word that may head it.)
    const headOnly = personHeadOnly(tokens, j);
    if ((isSingularPerson(t.norm) || oneOfMass || headOnly) && closesAt(tokens, j, isOutcomeStart)) {
      const np: NounPhrase = {
        first: k + 1,
        last: j + 1,
        head: t.norm,
        group: headOnly ?? armedBodysMember(tokens, j) ?? groupOfSingular(tokens, k + 1, j),
      };
      return { q: mention(tokens, k, k + 1), np, end: skipOfPhrase(tokens, j + 1), group: np.group };
    }
    // "a 38-year-old suspected gangster": an age before the noun is a modifier.
    if (t.kind === "num" && DASH_YEAR_YEARS.has(tokens[j + 1]?.norm ?? "")) continue;
    if (NP_STOP.has(t.norm) || PUNCT_STOP.has(t.norm) || t.kind === "num") return null;
  }
  return null;
}

/**
 * Whether a person's noun at tokens[j] closes its phrase: not a modifier of a noun after it ("a
 * passenger train", "a police station") nor of another person's noun ("a police officer"); a
 * person's outcome word after it, though "dead" and "injured" are nouns of people too, is no
 * compound ("left a policeman dead", "left a soldier injured").
 */
function closesAt(tokens: readonly Token[], j: number, isOutcomeStart: (k: number) => boolean): boolean {
  const next = tokens[j + 1];
  if (next === undefined) return true;
  // ("a Haitian human-rights network", "a soldier-run checkpoint": the first word of a hyphened
  // compound; not "a passer-by", "the runner-up", whose particle closes the person's noun.)
  const particle = /^(by|up|in|on)$/.test(tokens[j + 2]?.norm ?? "");
  if (next.norm === "-" && next.start === tokens[j]!.end && !particle) return false;
  const modifiesNoun =
    next.kind === "word" &&
    !NP_STOP.has(next.norm) &&
    !AFTER_PERSON.has(next.norm) &&
    !/(ed|ing)$/.test(next.norm) &&
    !isOutcomeStart(j + 1);
  const compound = GROUP_OF_NOUN.has(next.norm) && !isOutcomeStart(j + 1);
  return !compound && !modifiesNoun;
}

/**
 * A word that names a person only as the last word of its phrase: an adjective heading it ("a
 * Chinese national", "a local") or "head" after a community's name ("a village head").
 */
function personHeadOnly(tokens: readonly Token[], j: number): Group | null {
  const w = tokens[j]!.norm;
  if (w === "head") return HEAD_OF_COMMUNITY.has(tokens[j - 1]?.norm ?? "") ? "civilians" : null;
  if (isCap(tokens[j]) && (PEOPLE_ADJECTIVES.has(w) || isNationality(w))) return "people";
  return ADJECTIVE_PERSONS.get(w) ?? null;
}

/**
 * "and daughter" after "his wife", "and son" after "a father": a person's noun with no determiner
 * of its own, closing the phrase (a verb, a stop or an outcome follows), is one more person.
 */
function bareConjunct(
  tokens: readonly Token[],
  end: number,
  isOutcomeStart: (k: number) => boolean,
): Singular | null {
  const noun = tokens[end + 1];
  if (tokens[end]?.norm !== "and" || !noun || !isSingularPerson(noun.norm) || isCap(noun)) return null;
  const next = tokens[end + 2];
  const closes =
    next === undefined ||
    PUNCT_STOP.has(next.norm) ||
    NP_STOP.has(next.norm) ||
    AFTER_PERSON.has(next.norm) ||
    WERE_ARE_HAVE.has(next.norm) ||
    isOutcomeStart(end + 2);
  if (!closes) return null;
  const group = GROUP_OF_NOUN.get(noun.norm)!;
  const np: NounPhrase = { first: end + 1, last: end + 2, head: noun.norm, group };
  return { q: mention(tokens, end + 1, end + 2), np, end: end + 2, group };
}

export function groupOfSingular(tokens: readonly Token[], first: number, head: number): Group {
  for (let k = first; k < head; k++) {
    const w = tokens[k]!.norm;
    if (w === "police" || w === "security" || w === "army" || w === "military" || w === "border")
      return "security_forces";
    if (w === "suicide") return "militants";
  }
  return memberOfArmedKind(tokens, first, head) ?? GROUP_OF_NOUN.get(tokens[head]!.norm)!;
}

/**
 * "a member of a militia", "a member of a pro-government militia": a member of an armed party's
 * body is its fighter, as "members of a militia" are. (A member of a state's force, "a member of
 * the Federal Police", is left as before, civilians: reading it so counted one more death than a
 * readable ACLED row's gold holds.)
 */
function armedBodysMember(tokens: readonly Token[], j: number): Group | null {
  return membersOf(tokens, j) === "militants" ? "militants" : null;
}

/**
 * "a militia member", "a pro-government militia member", "a gang member": an armed body's word
 * before a member noun types the member, as it does the plural ("militia members") and "a member
 * of a militia"; the side of a compound of allegiance ("pro-government") is not the body's own.
 */
function memberOfArmedKind(tokens: readonly Token[], first: number, head: number): Group | null {
  if (!/^(member|cadre)$/.test(tokens[head]!.norm)) return null;
  for (let k = head - 1; k >= first; k--) {
    if (inAllegianceCompound(tokens, k)) continue;
    const g = GROUP_OF_MODIFIER.get(tokens[k]!.norm);
    if (g === "militants" || g === "security_forces") return g;
  }
  return null;
}

/** "member of a vigilance committee", "members of his family": a short of-phrase after the head belongs to it. */
export function skipOfPhrase(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.norm !== "of") return k;
  let j = k + 1;
  let depth = 0;
  while (j < tokens.length && j < k + 12) {
    const t = tokens[j]!;
    if (t.text === "(") depth++;
    else if (t.text === ")") depth--;
    else if (
      depth === 0 &&
      (PUNCT_STOP.has(t.norm) ||
        (NP_STOP.has(t.norm) &&
          !THE_A_AN_ETC.has(t.norm) &&
          // ("members of his family", "residents of their village")
          !(j === k + 1 && POSSESSIVE_DETERMINERS.includes(t.norm))) ||
        opensAnotherPerson(tokens, j) ||
        VERBS_AFTER_OF_PHRASE.has(t.norm))
    )
      break;
    j++;
  }
  return j;
}

/**
 * "a commander of the group and his two bodyguards", "a member of the militia and a civilian": an
 * "and" before a possessive, an article or a figure opens another person, not a name's next word.
 */
function opensAnotherPerson(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  return (
    tokens[j]!.norm === "and" &&
    next !== undefined &&
    (next.kind === "num" || HIS_HER_THEIR_ETC.has(next.norm))
  );
}

/** A proper name (with titles) starting at tokens[k]: "Captain Elie Mugabonuwundi", "Sabour". */
function nameAt(tokens: readonly Token[], k: number): { last: number; group: Group } | null {
  let j = k;
  let group: Group = "people";
  while (j < tokens.length && TITLES.has(tokens[j]!.norm) && isCap(tokens[j])) {
    if (SECURITY_TITLES.has(tokens[j]!.norm)) group = "security_forces";
    j++;
    // A title abbreviated with its stop ("Dr. Amina Yusuf", "Gen. Musa", "Capt. Diallo").
    if (tokens[j]?.norm === "." && ABBREVIATIONS.has(tokens[j - 1]!.norm)) j++;
  }
  const start = j;
  while (
    j < tokens.length &&
    isCap(tokens[j]) &&
    !NOT_NAMES.has(tokens[j]!.norm) &&
    !isDateMonth(tokens, j) &&
    !UNITS.has(tokens[j]!.norm) &&
    !TENS.has(tokens[j]!.norm) &&
    // (Only the base lists: WordNet's role nouns are surnames too: Baker, Mason, Hunter.)
    !BASE_GROUP_OF_NOUN.has(tokens[j]!.norm)
  )
    j++;
  if (j === start || j - start > 4) return null;
  return { last: j, group };
}

/** Marks that close a quote ("“liberated”", "‘freed’", '"freed"'). */
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', "”", "’"]);

/**
 * A name with no person's mark (a title, an appositive "a teacher") that names a place or a thing:
 * its first or last word is a place ("Kabul Polytechnic College", "Hill 304"), it follows "the"
 * ("seized the Jaffar Express") or "control of", or a verb that takes places as well as people
 * ("recaptured Bakhmut").
 */
function isPlaceName(tokens: readonly Token[], first: number, last: number): boolean {
  if (PLACE_HEADS.has(tokens[last - 1]!.norm) || PLACE_HEADS.has(tokens[first]!.norm)) return true;
  // ('had "liberated" Nyabiondo': the verb in scare quotes.)
  const at = CLOSING_QUOTES.has(tokens[first - 1]?.norm ?? "") ? first - 1 : first;
  const before = tokens[at - 1]?.norm ?? "";
  // ("took control of Bakhmut")
  if (before === "the" || (before === "of" && tokens[first - 2]?.norm === "control")) return true;
  return PLACE_VERBS.has(before);
}

/**
 * A name that is a body, not a person: a unit, service or organisation ("Air Force", "Coast
 * Guard", "Special Services Group") or initials ("CRPF"), as listed among those who took part in an
 * operation ("conducted by the Army, Air Force, Frontier Corps and SSG commandos"). A body's name
 * before a noun, perhaps with its initials, names one of its members ("killed a Rapid Intervention
 * Battalion (BIR) soldier"). A text written all in capitals (a shouted headline) has no initials
 * to tell apart.
 */
function isBodyName(tokens: readonly Token[], first: number, last: number): boolean {
  let j = last;
  // ("National Directorate of Security officer")
  if (tokens[j]?.norm === "of") while (isCap(tokens[j + 1])) j++;
  if (j > last) j++;
  if (tokens[j]?.text === "(" && tokens[j + 2]?.text === ")") j += 3;
  const noun = tokens[j];
  if (noun?.kind === "word" && !isCap(noun) && !NP_STOP.has(noun.norm) && !AFTER_PERSON.has(noun.norm))
    return false;
  if (BODY_HEADS.has(tokens[last - 1]!.norm)) return true;
  const shouted = !tokens.some((t) => t.kind === "word" && /[a-z]/.test(t.text));
  return last - first === 1 && !shouted && isInitials(tokens[first]!.text);
}

/** ", a Burundian Army doctor," after a name: the appositive's end, and its noun's group. */
function appositive(
  tokens: readonly Token[],
  k: number,
): { end: number; group: Group | null; closed: boolean; scanned: number } | null {
  if (tokens[k]?.norm !== ",") return null;
  // ("sent to Bogota, that one of the attackers had been killed and another arrested,": a clause
  // after the comma, no description of the name.)
  if (CLAUSE_OPENERS.has(tokens[k + 1]?.norm ?? "")) return null;
  let j = k + 1;
  let group: Group | null = null;
  while (j < tokens.length && j < k + 16 && tokens[j]!.norm !== ",") {
    const w = tokens[j]!.norm;
    if (w === "." || w === ";") break;
    if (GROUP_OF_NOUN.has(w) && group === null) group = GROUP_OF_NOUN.get(w)!;
    if (SECURITY_APPOSITIVE_WORDS.has(w)) group = "security_forces";
    j++;
  }
  // "beheaded Mahamat, a soldier it said had been captured.": an open appositive names the group too.
  const closed = tokens[j]?.norm === ",";
  return closed || ARTICLES.has(tokens[k + 1]?.norm ?? "")
    ? { end: closed ? j + 1 : k, group, closed, scanned: j }
    : null;
}

/** Words of an appositive that make the person named one of the security forces ("a police officer"). */
const SECURITY_APPOSITIVE_WORDS: ReadonlySet<string> = new Set(
  "police army military soldier officer commander colonel general captain lieutenant sergeant".split(" "),
);
/** Words before "the" that make a definite plural a part or a place, not the people counted ("most of the hostages"). */
const AMONG_OF: ReadonlySet<string> = new Set(["among", "of"]);
/** Words after a name that make it a subject ("Sabour was killed", "Sabour and his son were killed"). */
const WAS_AND: ReadonlySet<string> = new Set(["was", "and"]);

/** Words that open a clause, not an appositive, after a name's comma. */
const CLAUSE_OPENERS = new Set("that which when where while as if because but and or".split(" "));

type At = (k: number) => boolean;

/**
 * Single persons in a sentence: after an outcome phrase ending at `activeEnds` ("killed a civilian",
 * "shot and killed Focas Bakana") and before an auxiliary "was"/"and" ("a driver was killed",
 * "Sabour, a contractor, was killed").
 */
export function findSingulars(
  tokens: readonly Token[],
  isOutcomeEnd: At,
  isOutcomeStart: At,
  /** Read every token, not only a capitalised one or one of SINGULAR_OPENERS: the reading the gate must equal (its test). */
  everyToken = false,
): Singular[] {
  const out: Singular[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (everyToken || SINGULAR_OPENERS.has(tokens[k]!.norm))
      k = readSingularAt(tokens, k, isOutcomeEnd, isOutcomeStart, out);
    // (At a capitalised word no opener, only a name can be read: the other readers are not asked.)
    else if (isCap(tokens[k])) k = namedPerson(tokens, k, isOutcomeEnd, out);
  }
  return out;
}

/**
 * The words at which readSingularAt can read a person, besides a capitalised word (a name): a
 * determiner (its phrase, a definite plural, "another", "a third"), a pronoun. At any other token
 * each of its readers finds nothing, so findSingulars skips it unread; singular-openers.test.ts
 * checks the gate against reading every token.
 */
export const SINGULAR_OPENERS: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...["him", "her", "he", "she", "himself", "herself"],
]);

/**
 * The single persons that begin at tokens[k], each phrasing class in turn: a determiner's phrase
 * ("a driver", "his wife and daughter"), a pronoun, a definite plural referring back, "another", a
 * name. Pushes what it reads to `out` and returns the last token it read (k when it read nothing).
 */
function readSingularAt(
  tokens: readonly Token[],
  k: number,
  isOutcomeEnd: At,
  isOutcomeStart: At,
  out: Singular[],
): number {
  const det = determinerPhrase(tokens, k, isOutcomeStart);
  if (det) return determinedPersons(tokens, k, det, isOutcomeEnd, isOutcomeStart, out);
  const pronoun = pronounPerson(tokens, k, isOutcomeEnd, isOutcomeStart);
  if (pronoun) {
    out.push(pronoun);
    return k;
  }
  const plural = definitePlural(tokens, k);
  if (plural) {
    out.push(plural);
    return k + 1;
  }
  const more = oneMoreOfSame(tokens, k, isOutcomeEnd, isOutcomeStart);
  if (more) {
    out.push(more);
    return more.end - 1;
  }
  return namedPerson(tokens, k, isOutcomeEnd, out);
}

/**
 * The person of a determiner's phrase at k ("a driver was killed", "killed the officer") and a
 * second under the same determiner ("his wife and daughter", "a father and son"); none when the
 * phrase is a speaker's ("…, a provincial health official said"; after a name in apposition: "the
 * chief secretary of the province, Nadeem Aslam, said") or a modifier's noun before a plural verb
 * ("a railway picket were martyred"). "the officer" and "another" count only as the subject or
 * object of an outcome. Returns the last token read.
 */
function determinedPersons(
  tokens: readonly Token[],
  k: number,
  det: Singular,
  isOutcomeEnd: At,
  isOutcomeStart: At,
  out: Singular[],
): number {
  if (
    speaks(tokens, det.end) ||
    outletStaffHearing(tokens, k, det) ||
    isPluralAfterSingular(tokens, k, det.end) ||
    describesName(tokens, k, det.end) ||
    describesIndefinite(tokens, k)
  )
    return det.end - 1;
  const the = tokens[k]!.norm === "the" || tokens[k]!.norm === "another";
  const aside = ASIDE_OPENERS.has(tokens[k - 1]?.norm ?? "");
  if (
    !the ||
    aside ||
    isOutcomeEnd(k - 1) ||
    /^(was|is|has|and|had|,)$/.test(tokens[det.end]?.norm ?? "") ||
    isOutcomeStart(det.end) ||
    lastConjunct(tokens, k, det.end)
  ) {
    out.push(det);
    const second = bareConjunct(tokens, det.end, isOutcomeStart);
    if (second) {
      out.push(second);
      return second.end - 1;
    }
  }
  return det.end - 1;
}

/**
 * "At least two people and the assailant were killed": the person closes a coordinated subject
 * ("and" before it), the plural verb after it the whole subject's.
 */
function lastConjunct(tokens: readonly Token[], k: number, end: number): boolean {
  return tokens[k - 1]?.norm === "and" && /^(were|are|have)$/.test(tokens[end]?.norm ?? "");
}

/**
 * A person as a pronoun: an object ("attacked a man, killed him"); a subject ("He was later shot
 * dead by police", counted only where it refers to an attacker: claims/pronoun-person.ts); the
 * attacker's own death ("killing herself and injuring five").
 */
function pronounPerson(
  tokens: readonly Token[],
  k: number,
  isOutcomeEnd: At,
  isOutcomeStart: At,
): Singular | null {
  const w = tokens[k]!.norm;
  if ((w === "him" || w === "her") && isOutcomeEnd(k - 1) && tokens[k - 1]!.norm !== "her")
    return { q: mention(tokens, k, k + 1), np: null, end: k + 1, group: "people" };
  if ((w === "he" || w === "she") && (WAS_IS_HAD_HAS.has(tokens[k + 1]?.norm ?? "") || isOutcomeStart(k + 1)))
    return { q: mention(tokens, k, k + 1), np: null, end: k + 1, group: "people" };
  if (
    (w === "himself" || w === "herself") &&
    isOutcomeEnd(k - 1) &&
    !reflexiveRestated(tokens, k, isOutcomeEnd, isOutcomeStart)
  )
    return { q: mention(tokens, k, k + 1), np: null, end: k + 1, group: "militants" };
  return null;
}

/**
 * "The hostages were executed", "The soldiers were killed shortly after the abduction", "The
 * hostages, all aid workers, were killed": the people counted earlier in the article (resolved when
 * claims are built); not "the toll among the passengers had risen" nor "most of the hostages".
 */
function definitePlural(tokens: readonly Token[], k: number): Singular | null {
  const plural = tokens[k + 1]?.norm ?? "";
  if (
    tokens[k]!.norm !== "the" ||
    AMONG_OF.has(tokens[k - 1]?.norm ?? "") ||
    !GROUP_OF_NOUN.has(plural) ||
    isSingularPerson(plural) ||
    !WERE_HAD.has(tokens[pastDescription(tokens, k + 2)]?.norm ?? "")
  )
    return null;
  const q = mention(tokens, k, k + 2);
  q.quantity = { value: null, min: null, max: null, hedge: "all", text: q.quantity.text };
  const group = ANAPHORIC.has(plural) ? "hostages" : GROUP_OF_NOUN.get(plural)!;
  return { q, np: { first: k + 1, last: k + 2, head: plural, group }, end: k + 2, group, anaphor: true };
}

/**
 * Past an aside of a few words that describes the people before it (", all aid workers,"), up to
 * the comma that closes it; `j` itself where none stands there (no figure may stand in it).
 */
function pastDescription(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.norm !== ",") return j;
  for (let m = j + 1; m < tokens.length && m <= j + MAX_DESCRIPTION + 1; m++) {
    const t = tokens[m]!;
    if (t.norm === ",") return m > j + 1 ? m + 1 : j;
    if (t.kind !== "word" || isNumberWord(t.norm)) return j;
  }
  return j;
}
const MAX_DESCRIPTION = 5;

/**
 * "another was injured", "killed one person and injured another", "one was killed and another
 * wounded", "two died and a third was wounded": one more of the same (its group is that of the
 * figure before: "Fourteen rebels were killed and another was wounded").
 */
function oneMoreOfSame(
  tokens: readonly Token[],
  k: number,
  isOutcomeEnd: At,
  isOutcomeStart: At,
): Singular | null {
  const more = oneMore(tokens, k);
  if (
    more > k &&
    (WAS_IS_HAS.has(tokens[more]?.norm ?? "") ||
      (tokens[k]!.norm === "another" && isOutcomeStart(more)) ||
      (more > k + 1 && isOutcomeStart(more)) ||
      (isOutcomeEnd(k - 1) &&
        (tokens[more] === undefined ||
          PUNCT_STOP.has(tokens[more]!.norm) ||
          NP_STOP.has(tokens[more]!.norm))))
  )
    return { q: mention(tokens, k, more), np: null, end: more, group: null };
  return null;
}

/** As an object, a name ends the phrase: "the release of “Baloch political prisoners”" is no person. */
function endsPhrase(t: Token | undefined): boolean {
  return !t || t.kind !== "word" || NP_STOP.has(t.norm) || isCap(t);
}

/**
 * A person's name at k, as the object of an outcome ("shot and killed Focas Bakana") or a subject
 * ("Sabour, a contractor, was killed"), with the group its appositive gives; not a body's or a
 * place's name. Pushes it to `out` and returns the last token read (k when none).
 */
function namedPerson(tokens: readonly Token[], k: number, isOutcomeEnd: At, out: Singular[]): number {
  if (!isCap(tokens[k]) || isCap(tokens[k - 1]) || (tokens[k - 1] && tokens[k - 1]!.norm === "-")) return k;
  const name = nameAt(tokens, k);
  if (!name) return k;
  const object = endsPhrase(tokens[name.last]) && isOutcomeEnd(k - 1);
  const app = appositive(tokens, name.last);
  const after = app?.closed ? app.end : name.last;
  const subject =
    WAS_AND.has(tokens[after]?.norm ?? "") &&
    (app?.closed === true || k === 0 || tokens[k - 1]!.norm === "," || tokens[k - 1]!.norm === "and");
  if ((!object && !subject) || isBodyName(tokens, k, name.last)) return k;
  const group = app?.group && app.group !== "people" ? app.group : name.group;
  if (group === "people" && isPlaceName(tokens, k, name.last)) return k;
  out.push({ q: mention(tokens, k, name.last), np: null, end: after, group });
  // An open appositive ("Mahamat, a soldier it said…") is the same person: skip it.
  return app && !app.closed ? app.scanned - 1 : after - 1;
}
