// The type of a claimant mention (codebook §1 `claimant.type`), read from the structure of the
// noun phrase rather than from any word in it: "villagers and the head of a local pro-democracy
// group" is the villagers; "the spokesman of the state police command" is the police; "the Sudan
// Doctors Network, a group of medical professionals" is a medical network, not an armed group.
//
// 1. An apposition ("Ali Khan, a police spokesman") is read part by part: the first typed part.
// 2. A coordination ("villagers and the head of …") is read conjunct by conjunct: the first typed.
// 3. A phrase is its pre-modifiers and head, then a complement after a preposition or relative
//    word ("of the state police command", "close to the group", "in the town"). A head's own
//    keyword decides, unless it is a dependent head (`DEPENDENT_HEADS`: spokesman, head, group,
//    network, army …), whose type comes first from a typed modifier ("medical group", "Liberation
//    Army", "police spokesman"), then from its complement ("head of the militia"), then its own.
// The keywords and their priority are data in `lexicon/claimants.ts`.
import { BoundedCache } from "../../core/bounded-cache.js";
import type { ClaimantType } from "../../core/model.js";
import {
  ACTIVITY_HEADS,
  CIVIC_BODY_HEADS as CIVIC_BODIES,
  CLAIMANT_KEYWORDS,
  COLLECTIVE_HEADS,
  COMPLEMENT_WORDS,
  DEPENDENT_HEADS,
  ARM_WORDS,
  FORCE_HEADS,
  FORMATION_HEADS,
  GOVERNING_HEADS,
  NEWSPAPER_NAME_NOUNS,
  NON_STATE_FORCE_WORDS,
  NOT_WITNESSES,
  OUTLET_NAME_NOUNS,
  STATE_FORCE_WORDS,
} from "../lexicon/claimants.js";
import { MEMBER_STATES } from "../lexicon/authorities.js";
import { ORDINALS } from "../lexicon/numbers.js";
import { GROUP_OF_MODIFIER, GROUP_OF_NOUN } from "../lexicon/groups.js";
import { forceKeywords, type ForceSide } from "../lexicon/forces.js";
import { organisationKeywords } from "../lexicon/organisations.js";
import { WORDNET_ARMED_COMPOUNDS } from "../lexicon/generated/wordnet-persons.js";
import { WORDNET_CLAIMANT_ROLES } from "../lexicon/generated/wordnet-claimant-roles.js";
import { plural } from "../lexicon/morphology.js";
import { isCountryName, isNationality, opensCountryName } from "../lexicon/nationalities.js";
import { SECURITY_TITLES } from "../lexicon/titles.js";
import { namesStateBody } from "./state-body.js";
import { isPlaceLeader } from "./place-leader.js";
import { startsLower } from "../letters.js";
import { ARTICLES, INDEFINITE_ARTICLES } from "../lexicon/syntax.js";

// (Word lists tested token by token, as sets: one lookup where a pattern was run.)
const THE_OF_S_DASH: ReadonlySet<string> = new Set(["the", "of", "'s", "-"]);
const THE_A_AN_ETC: ReadonlySet<string> = new Set("the a an its their his her".split(" "));

interface Keyword {
  words: string[];
  type: ClaimantType;
  rank: number;
  /** A named force's name or short form (lexicon/forces.ts), whose side its entry gives. */
  named?: boolean;
}

/** The keywords by their first word, each with its type and its rank in the priority list. */
const KEYWORDS = new Map<string, Keyword[]>();
const WRITTEN = new Set(CLAIMANT_KEYWORDS.flatMap(([, phrases]) => phrases));

/** Files a keyword under its first word; its rank is its type's in the priority list unless given. */
function addKeyword(
  words: string[],
  type: ClaimantType,
  { named = false, rank = CLAIMANT_KEYWORDS.findIndex(([t]) => t === type) } = {},
): void {
  const list = KEYWORDS.get(words[0]!) ?? [];
  list.push(named ? { words, type, rank, named } : { words, type, rank });
  KEYWORDS.set(words[0]!, list);
}

CLAIMANT_KEYWORDS.forEach(([type, phrases], rank) => {
  for (const phrase of phrases) {
    // Each keyword in the number the lexicon gives it and in the other: "monitor" and "monitors",
    // "rights group" and "rights groups" (a plural derived, unless written for another type).
    const many = pluralPhrase(phrase);
    for (const p of many && !WRITTEN.has(many) ? [phrase, many] : [phrase])
      addKeyword(p.replace(/'s\b/g, "").split(" "), type, { rank });
  }
});

/** A keyword phrase with its last word in the plural, for a last word that is a count noun's singular. */
function pluralPhrase(phrase: string): string | null {
  const words = phrase.split(" ");
  const last = words[words.length - 1]!;
  if (!/^[a-z]{4,}$/.test(last) || last.endsWith("s")) return null;
  return [...words.slice(0, -1), plural(last)].join(" ");
}
// Named forces and their short forms ("IDF", "Rapid Support Forces"): the state's, or an armed group.
for (const [phrase, side] of forceKeywords())
  addKeyword(phrase.replace(/'s\b/g, "").replace(/ - /g, "-").split(" "), sideType(side), { named: true });
// Organisations that are no party ("IOM", "World Food Programme", "VOA"): their kind's type, as a
// name of several words is specific ("World Health Organization" is no armed "organization").
for (const [phrase, type] of organisationKeywords()) addKeyword(phrase.split(" "), type, { named: true });
// A two-word noun of the armed forces or an armed group in WordNet is one noun ("Group Captain
// X" is an air force officer, not a "group"; "a storm trooper"), read before its words' keywords;
// a keyword the lexicon writes keeps its own type.
for (const [phrase, group] of WORDNET_ARMED_COMPOUNDS)
  if (!WRITTEN.has(phrase))
    addKeyword(phrase.split(" "), sideType(group === "security_forces" ? "state" : "non_state"));

/**
 * Whether words[from, cut) name a regular army's formation: a formation's noun after an ordinal or a
 * word of an arm ("the 47th Mechanized Brigade", "the 3rd Infantry Division"), with no armed party's
 * word or named force before it ("the rebels' 5th Brigade", lexicon `FORMATION_HEADS`).
 */
function armyFormation(words: readonly string[], from: number, cut: number, ms: readonly Match[]): boolean {
  if (!FORMATION_HEADS.has(words[cut - 1]!) || cut - from < 2) return false;
  if (ms.some((m) => m.end < cut && (m.kw.named || m.kw.type === "armed_group"))) return false;
  const before = words.slice(from, cut - 1);
  // ("the rebels' 5th Brigade": an owner of an armed party's word says whose it is.)
  if (before.some((w) => /'s?$/.test(w) && typeOfWord(w.replace(/'s?$/, "")) === "armed_group")) return false;
  // (An ordinal in figures is two tokens, "47" "th".)
  return before.some(
    (w, i) => isOrdinal(w) || ARM_WORDS.has(w) || (SUFFIX.has(w) && /^\d+$/.test(before[i - 1] ?? "")),
  );
}
const isOrdinal = (w: string): boolean => /^\d+(st|nd|rd|th)$/.test(w) || w === "first" || ORDINALS.has(w);
const SUFFIX: ReadonlySet<string> = new Set(["st", "nd", "rd", "th"]);

/** The claimant type of an armed side: the state's forces, or an armed group. */
function sideType(side: ForceSide): ClaimantType {
  return side === "state" ? "state_military" : "armed_group";
}
const DEPENDENT: ReadonlySet<string> = new Set(DEPENDENT_HEADS);
const ACTIVITIES: ReadonlySet<string> = new Set(ACTIVITY_HEADS);
const COLLECTIVES: ReadonlySet<string> = new Set(COLLECTIVE_HEADS);
const COMPLEMENT: ReadonlySet<string> = new Set(COMPLEMENT_WORDS);
const DETERMINERS = /^(the|a|an|its|their|his|her|this|that|these|those|one|some|however|but|also)$/;

interface Match {
  start: number;
  end: number;
  kw: Keyword;
}

/** The longest keyword starting at each word, in order, not overlapping. */
function matches(words: readonly string[], from: number, to: number): Match[] {
  const out: Match[] = [];
  for (let k = from; k < to; k++) {
    const listed = KEYWORDS.get(words[k]!);
    if (!listed) continue;
    // ("DR Congo's army": the words of a country's name are no keyword, "DR" no doctor.)
    const country = countryAt(words, k, to);
    if (country > 0) {
      k += country - 1;
      continue;
    }
    let best: Keyword | null = null;
    for (const kw of listed) {
      const n = kw.words.length;
      if (k + n > to || (best && n < best.words.length)) continue;
      let ok = true;
      for (let i = 1; ok && i < n; i++) ok = words[k + i] === kw.words[i];
      if (ok && (!best || n > best.words.length || kw.rank < best.rank)) best = kw;
    }
    if (best) {
      out.push({ start: k, end: k + best.words.length, kw: best });
      k += best.words.length - 1;
    }
  }
  return out;
}

/** The number of words of a country's name of two or three words at k ("dr congo"), else 0. */
function countryAt(words: readonly string[], k: number, to: number): number {
  if (!opensCountryName(words[k]!)) return 0;
  for (let n = Math.min(3, to - k); n >= 2; n--) if (isCountryName(words.slice(k, k + n))) return n;
  return 0;
}

/** Of several keywords, the one of most words; on a tie, the earlier type in the priority list. */
function strongest(ms: readonly Match[]): ClaimantType | null {
  let best: Keyword | null = null;
  for (const { kw } of ms)
    if (
      !best ||
      kw.words.length > best.words.length ||
      (kw.words.length === best.words.length && kw.rank < best.rank)
    )
      best = kw;
  return best?.type ?? null;
}

/** Of the modifiers' keywords, the one nearest the head: the classifier ("District hospital authorities"). */
function nearest(ms: readonly Match[]): ClaimantType | null {
  // A dependent keyword ("ministry spokesman Ibrahim Sani", "Energy minister Dr. Lina Haddad")
  // yields to a modifier before it.
  for (let i = ms.length - 1; i >= 0; i--) {
    const { words } = ms[i]!.kw;
    if (words.length > 1 || !DEPENDENT.has(words[0]!)) return whose(ms[i]!.kw.type, ms.slice(0, i));
  }
  // A chain of dependents ("Army spokesman Ali Khan"): each yields to the one before it, the
  // first to none, so the first decides.
  return ms[0]?.kw.type ?? null;
}

/**
 * The type of a keyword of the state's forces after an armed group's keyword, which says whose
 * forces they are ("Houthi military spokesman Yahya Saree", "the Hamas military wing"): the armed
 * group's; any other keyword's own type.
 */
function whose(type: ClaimantType, before: readonly Match[]): ClaimantType {
  return type === "state_military" && before.some((m) => m.kw.type === "armed_group") ? "armed_group" : type;
}

/**
 * A named army, force or coalition ("Arakan Army", "Rapid Support Forces", "the Saudi-led coalition"): the
 * state's when a country or nationality or a word of the state's forces names it, an armed group's
 * when other words do or a word of insurgent names ("Syrian Democratic Forces", "Free Syrian Army");
 * a typed modifier decides as for any head ("National Liberation Army").
 */
function namedForce(
  words: readonly string[],
  from: number,
  cut: number,
  ms: readonly Match[],
): ClaimantType | null {
  if (!(FORCE_HEADS.has(words[cut - 1]!) || words[cut - 1] === "coalition") || cut - from < 2) return null;
  // "Tigray Defense Forces", "Ambazonia Defence Forces": a force the lexicon names has its side.
  const named = ms.find((m) => m.kw.named && m.end === cut && m.start === from);
  if (named) return named.kw.type;
  const modifiers = words.slice(from, cut - 1).filter((w) => !THE_OF_S_DASH.has(w));
  if (modifiers.length === 0) return null;
  const typed = ms.filter((m) => m.end < cut && m.kw.type !== "unknown");
  // "government forces" are the state's armed forces; "Houthi forces", "Wagner forces" an armed party's.
  if (typed.length > 0)
    return typed.every((m) => m.kw.type === "government")
      ? "state_military"
      : typed.some((m) => m.kw.type === "armed_group")
        ? "armed_group"
        : null;
  if (modifiers.some((w) => NON_STATE_FORCE_WORDS.has(w))) return "armed_group";
  // ("the Saudi-led coalition", "the U.S.-led coalition": a nation that leads it; "US-backed forces"
  // are not the backer's.)
  // ("Jubaland forces", "Puntland forces": a federal member state's forces are the state's.)
  return modifiers.some((w) => ledByNation(w) || STATE_FORCE_WORDS.has(w) || MEMBER_STATES.has(w))
    ? "state_military"
    : "armed_group";
}

/** A nationality or a country's name, alone or leading ("Saudi-led", "U.S.-led", "DRC"). */
function ledByNation(w: string): boolean {
  const nation = w.replace(/-led$/, "");
  // ("the DRC army", "the Kenya army": a country's name before the force's noun, as its adjective.)
  return isNationality(nation) || isCountryName([nation]);
}

/**
 * An "-ing" participle followed by its object's determiner ("fighting the", "investigating an"), or
 * a past participle followed by its agent ("interviewed by", "reached by"): a reduced relative
 * clause after the head, whose words are no modifier of it.
 */
function participleWithObject(words: readonly string[], k: number): boolean {
  const w = words[k]!;
  if (w.length > 5 && w.endsWith("ed") && words[k + 1] === "by") return true;
  return w.length > 5 && w.endsWith("ing") && THE_A_AN_ETC.has(words[k + 1] ?? "");
}

/**
 * Whether a modifier before `to` names an armed group as the owner: its keyword ("the group's",
 * "Islamic State"), or such a keyword before a hyphen ("Houthi-run", "Taliban-controlled").
 */
function armedOwner(words: readonly string[], from: number, to: number, ms: readonly Match[]): boolean {
  if (ms.some((m) => m.end <= to && m.kw.type === "armed_group")) return true;
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    const dash = w.indexOf("-");
    if (dash <= 0 || !OWNED_BY.test(w.slice(dash + 1))) continue;
    if (
      (KEYWORDS.get(w.slice(0, dash)) ?? []).some((kw) => kw.words.length === 1 && kw.type === "armed_group")
    )
      return true;
  }
  return false;
}
const OWNED_BY = /^(run|led|controlled|owned|affiliated|linked|backed|operated|held)$/;

/**
 * Where a phrase's words start: past determiners and a preposition, and past a participle and its
 * "by" ("The statement, issued by the army": an aside of a participle and its agent is the agent's).
 */
function phraseStart(words: readonly string[], from: number, to: number): number {
  while (from < to && (DETERMINERS.test(words[from]!) || COMPLEMENT.has(words[from]!))) from++;
  if (from + 2 < to && words[from + 1] === "by" && participleWithObject(words, from)) from += 2;
  while (from < to && DETERMINERS.test(words[from]!)) from++;
  return from;
}

/** A phrase without commas or "and": pre-modifiers, head, and a complement after a preposition. */
function typeOfPhrase(words: readonly string[], from: number, to: number): ClaimantType | null {
  from = phraseStart(words, from, to);
  if (from >= to) return null;
  let cut = from + 1;
  // The head ends before a complement, or before a participle with its object ("the Front fighting
  // the regime", "officials investigating the attack"): the object is no modifier of the head.
  while (cut < to && !COMPLEMENT.has(words[cut]!) && !participleWithObject(words, cut)) cut++;
  // "The Star", "the Standard": a newspaper named by a common noun alone.
  if (cut === from + 1 && NEWSPAPER_NAME_NOUNS.has(words[from]!)) return "media";
  // "Volunteers for the Defence of the Homeland": a name that runs on past a word of complement is
  // one name, of its entry's type, not a head ("volunteers") with a complement ("the Defence …").
  const through = namedThrough(words, from, cut, to);
  if (through) return through;
  const ms = matches(words, from, cut);
  const last = ms[ms.length - 1];
  const complement = () =>
    cut < to && COMPLEMENT.has(words[cut]!) ? typeOfPhrase(words, cut + 1, to) : null;
  // The head is the phrase's last word before the complement: a keyword ending there names it.
  const force = namedForce(words, from, cut, ms);
  if (force) return force;
  if (armyFormation(words, from, cut, ms)) return "state_military";
  // "a group of local activists", "a team of doctors": a collective of people is of its members' kind.
  // (A typed modifier still decides: "a rebel group of 50 fighters", "a medical team".)
  if (
    COLLECTIVES.has(words[cut - 1]!) &&
    words[cut] === "of" &&
    GROUP_OF_NOUN.has(words[to - 1]!) &&
    !ms.some((m) => m.end < cut)
  )
    return complement() ?? "unknown";
  // "a lawyers' group", "a women's group": a collective named by its members is "a group of
  // lawyers", of the members' kind; no armed group by the word "group" (a typed modifier still
  // decides: "a rebel group").
  // ("a paramilitary group", "a rights group": a keyword of several words ending at the head names the
  // kind, no members.)
  if (
    COLLECTIVES.has(words[cut - 1]!) &&
    cut - from > 1 &&
    !ms.some((m) => m.end < cut || (m.end === cut && m.start < cut - 1))
  ) {
    const members = words[cut - 2]!;
    if (GROUP_OF_NOUN.has(members)) return typeOfPhrase(words, cut - 2, cut - 1) ?? "unknown";
  }
  // "the Nigeria Union of Teachers", "the national police union": a union or association named by
  // its members is civil society, not its members ("police") nor a body of theirs; an armed party's
  // union or a named force is its own.
  if (CIVIC_BODIES.has(words[cut - 1]!) && !ms.some((m) => m.kw.named || m.kw.type === "armed_group"))
    return "official";
  // "displaced people", "stranded people": people named by a civilians' word speak as witnesses.
  if (last?.end === cut && words[cut - 1] === "people" && civiliansWord(words[cut - 2])) return "witness";
  if (last && last.end === cut) return keywordHead(words, from, cut, ms, complement);
  // A person noun after the noun of an outlet's name ("a daily wage labourer", "a news vendor"):
  // the occupation, not the outlet, types it.
  const byOccupation = personHead(words[cut - 1]!)
    ? ms.filter((m) => m.kw.words.length > 1 || !OUTLET_NAMES.has(m.kw.words[0]!))
    : ms;
  if (byOccupation.length < ms.length && byOccupation.length === 0)
    return complement() ?? occupation(words.slice(from, cut));
  // A head with no keyword ("Network", a person's name after its titles): the typed modifier
  // nearest to it ("Defense Minister Luis Villegas"), else its complement; an outlet's name owned
  // by an armed party ("al-Shabaab's Radio Andalus") speaks for the party, as its agency does.
  const modifier = nearest(byOccupation);
  const outlet = modifier === "media" ? byOccupation.findLast((m) => m.kw.type === "media") : undefined;
  if (outlet && armedOwner(words, from, outlet.start, byOccupation)) return "armed_group";
  // "Sgt. Ann Justus", "Captain Ali Musa", "spokesman Major Ali Khan": a rank before the name
  // says the state's forces, unless a modifier of a type of its own says whose ("Fire Capt. X").
  // ("Commander Ibrahim Yaro of the Dawn Brigades": a complement says whose rank it is.)
  if (securityRank(words, from, cut - 1) && byOccupation.every((m) => dependentOnly(m.kw)))
    return complement() ?? "state_military";
  // "the National Anti-Terrorism Committee", "the Federal Migration Service": a public body's noun
  // with a word of the state and no typed word is a state body (state-body.ts).
  return modifier ?? complement() ?? (namesStateBody(words, from, cut) ? "government" : null);
}

/**
 * The type of a phrase whose head (words[cut - 1]) ends its last keyword (`ms`): that keyword's, or
 * for a dependent head its nearest typed modifier's, else its complement's.
 */
function keywordHead(
  words: readonly string[],
  from: number,
  cut: number,
  ms: readonly Match[],
  complement: () => ClaimantType | null,
): ClaimantType | null {
  const last = ms[ms.length - 1]!;
  const head = last.kw;
  // "(the Network for) the Defence of Human Rights": defending is an activity, whose object decides.
  if (head.words.length === 1 && ACTIVITIES.has(head.words[0]!) && words[cut] === "of")
    return complement() ?? head.type;
  // "the Islamic State group's Amaq news agency", "the Houthi-run Saba news agency": an armed
  // party's own outlet speaks for the party.
  if (head.type === "media" && armedOwner(words, from, last.start, ms)) return "armed_group";
  // A keyword of several words ("police spokesman", "armed group") is specific; so is a head
  // that takes no type from elsewhere ("soldiers", "residents", "ministry").
  if (head.words.length > 1 || !DEPENDENT.has(head.words[0]!)) return whose(head.type, ms.slice(0, -1));
  // ("the chief spokesman of the army": modifiers that are dependent heads themselves, "chief",
  // yield to the complement, and decide only failing it.)
  const modifiers = ms.slice(0, -1);
  const chain = modifiers.every((m) => dependentOnly(m.kw)) ? nearest(modifiers) : null;
  const modifier = chain === null ? nearest(modifiers) : null;
  // "the regional military administration": an administration run by soldiers still governs.
  if (modifier === "state_military" && GOVERNING_HEADS.has(head.words[0]!)) return "government";
  // ("the Dawn Brigades": an outlet's name noun before a force's noun names the force, no outlet.)
  if (modifier === "media" && (head.type === "armed_group" || head.type === "state_military"))
    return complement() ?? head.type;
  // "a probation officer", "the returning officer": a compound noun of WordNet's roles is one
  // noun of its own class, not its head's ("officer" alone is the police's or the army's).
  const compound = cut - from > 1 ? ROLE_TYPES.get(`${words[cut - 2]} ${words[cut - 1]}`) : undefined;
  // ("the National Security Agency": a public body of the state, no news agency, state-body.ts.)
  const own = head.type === "media" && namesStateBody(words, from, cut) ? "government" : head.type;
  return modifier ?? complement() ?? compound ?? chain ?? own;
}

/** The type of the longest named force or organisation starting before `cut` and ending after it, within `to`. */
function namedThrough(words: readonly string[], from: number, cut: number, to: number): ClaimantType | null {
  let best: Keyword | null = null;
  for (let k = from; k < cut; k++)
    for (const kw of KEYWORDS.get(words[k]!) ?? []) {
      const n = kw.words.length;
      if (!kw.named || k + n <= cut || k + n > to || (best && best.words.length >= n)) continue;
      if (kw.words.every((w, i) => words[k + i] === w)) best = kw;
    }
  return best?.type ?? null;
}

/** A keyword that is a dependent head of one word ("spokesman", "army"): it says no one's kind alone. */
function dependentOnly(kw: Keyword): boolean {
  return kw.words.length === 1 && DEPENDENT.has(kw.words[0]!);
}

/**
 * Whether a word of [from, to) is a rank of the armed forces or the police (lexicon/titles.ts, and
 * WordNet's nouns of the state's forces: "Trooper", "Detective", "Admiral"), as a title before a name.
 */
function securityRank(words: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (SECURITY_TITLES.has(words[k]!) || ROLE_TYPES.get(words[k]!) === "state_military") return true;
  return false;
}

/**
 * A description of a person by an office, a profession or an occupation ("an anaesthetist at the
 * clinic", "a congressman", "constables", "a trader who fled", "gravediggers"). A head noun of an
 * office's class in WordNet (`ROLE_TYPES`, two words first: "civil servant") speaks for that office's
 * kind of body; any other person noun of the civilians' class (lexicon/groups.ts, WordNet's person
 * nouns) speaks as a witness, save the nouns of those who speak from expertise or advocacy, not
 * from what they saw (`NOT_WITNESSES`).
 */
function occupation(words: readonly string[]): ClaimantType | null {
  let from = 0;
  while (from < words.length && DETERMINERS.test(words[from]!)) from++;
  let cut = from;
  while (cut < words.length && !COMPLEMENT.has(words[cut]!)) cut++;
  const head = words[cut - 1];
  if (head === undefined || cut === from) return null;
  const role =
    (cut - from > 1 ? ROLE_TYPES.get(`${words[cut - 2]} ${head}`) : undefined) ?? ROLE_TYPES.get(head);
  if (role) return role;
  if (NOT_WITNESSES.has(head)) return null;
  // ("Maria Silva, a 54-year-old cleaner": an age describes a private person, as reports give
  // witnesses, whatever the occupation's word; an office's holder is typed by the office above.)
  return GROUP_OF_NOUN.get(head) === "civilians" || words.some((w) => AGED.test(w)) ? "witness" : null;
}

const OUTLET_NAMES: ReadonlySet<string> = new Set(OUTLET_NAME_NOUNS);
/** An age as a description writes it, joined by its hyphens ("54-year-old"). */
const AGED = /^\d+-years?-old$/;

/** Whether a word before "people" names them as civilians ("displaced", "villagers"). */
function civiliansWord(w: string | undefined): boolean {
  return w !== undefined && (GROUP_OF_MODIFIER.get(w) ?? GROUP_OF_NOUN.get(w)) === "civilians";
}

/** Whether a word is a noun of a person's occupation or class (WordNet's person nouns, its roles). */
function personHead(w: string): boolean {
  return ROLE_TYPES.has(w) || GROUP_OF_NOUN.has(w);
}

/** WordNet's role nouns by the claimant type of their class, singular and plural (lexicon/generated). */
const ROLE_TYPES: ReadonlyMap<string, ClaimantType> = new Map(
  Object.entries(WORDNET_CLAIMANT_ROLES).flatMap(([type, nouns]) =>
    nouns.flatMap((n) => {
      const words = n.split(" ");
      const many = [...words.slice(0, -1), plural(words[words.length - 1]!)].join(" ");
      return [
        [n, type as ClaimantType],
        [many, type as ClaimantType],
      ] as Array<[string, ClaimantType]>;
    }),
  ),
);

/** Marks that are no words of a mention: quotes, and a plural's possessive ("lawyers' group"). */
const NOT_WORDS = new Set(["", ".", '"', "“", "”", "'", "’"]);

/** The words of a mention, possessives and hyphens joined as the keywords write them, initials as one word ("U.S." → "us"). */
function normalise(norms: readonly string[]): string[] {
  const joined = norms.join(" ");
  // (Read for initials only where a point stands alone: most mentions have none.)
  return (joined.includes(" . ") ? joined.replace(INITIALS, (m) => m.replace(/ \.| /g, "")) : joined)
    .replace(/ - /g, "-")
    .replace(/'s\b/g, "")
    .split(" ")
    .filter((w) => !NOT_WORDS.has(w));
}

const INITIALS = /\b[a-z](?: \. [a-z])+ \.(?= |$)/g;

/** Splits [from, to) at a separator word outside brackets. */
function parts(words: readonly string[], from: number, to: number, sep: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let a = from;
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    if (w === "(") depth++;
    else if (w === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && sep.test(w)) {
      if (k > a) out.push([a, k]);
      a = k + 1;
    }
  }
  if (to > a) out.push([a, to]);
  return out;
}

/**
 * The type a mention's words name, or null when none does. `norms` are lower-case tokens; `texts`,
 * the same tokens as written, tell a description in apposition ("the rebel group") from a name
 * ("The Unity Defence Forces"): a description speaks of the claimant's kind, so it is read first.
 */
export function typeOf(norms: readonly string[], texts?: readonly string[]): ClaimantType | null {
  if (norms.length > 1) return typeOfPhraseWords(norms, texts);
  // ("Gravediggers said": a plural is no one's name, so a plural occupation describes witnesses.)
  // ("Fishermen said": a plural in "-men" is as plural as one in "-s".)
  return typeOfWord(norms[0]!) ?? (/(s|men)$/.test(norms[0]!) ? occupation(norms) : null);
}

/**
 * The type one word names ("police", "Reuters" as a name is no type), kept by the word: a lookup in
 * the fixed lexicon, asked for each capitalised word of every mention. (With one word, the written
 * form cannot change the reading order, so the word alone decides.)
 */
const WORD_TYPES = new BoundedCache<ClaimantType | null>(50_000);

function typeOfWord(norm: string): ClaimantType | null {
  return WORD_TYPES.get(norm, () => readType([norm]));
}

/**
 * The type a mention of several words names, kept by its words: the same mentions come back in
 * every report ("the police spokesman", "the health ministry"), and each is typed several times over
 * as its article is read (its cue, its entity, its description). The written form counts only by
 * which words open in lower case (`readType`'s `isDescription`), so that is all of it in the key.
 */
const PHRASE_TYPES = new BoundedCache<ClaimantType | null>(50_000);

function typeOfPhraseWords(norms: readonly string[], texts?: readonly string[]): ClaimantType | null {
  let key = norms.join("\u0001");
  if (texts !== undefined) {
    key += "\u0002";
    for (let k = 0; k < norms.length; k++) key += startsLower(texts[k] ?? "") ? "l" : "u";
  }
  return PHRASE_TYPES.get(key, () => readType(norms, texts));
}

function readType(norms: readonly string[], texts?: readonly string[]): ClaimantType | null {
  const segments = parts(norms, 0, norms.length, /^[,;—–]$/);
  // (A name takes no indefinite article: "an FDLR commander" describes, "The Unity Defence Forces" names.)
  const isDescription = ([a]: [number, number]) => {
    if (texts !== undefined && INDEFINITE_ARTICLES.has(norms[a]!) && a + 1 < norms.length) return true;
    const k = ARTICLES.has(norms[a]!) ? a + 1 : a;
    return texts !== undefined && startsLower(texts[k] ?? "");
  };
  const ordered = [...segments.filter(isDescription), ...segments.filter((x) => !isDescription(x))];
  // A description that names only a kind ("a neighbourhood group", "a spokesman") yields to a
  // name of a specific type in the same mention ("the Kibera Resistance Committee, a neighbourhood
  // group that documents abuses"); it types the mention only when nothing else does.
  let kindOnly: ClaimantType | null = null;
  for (const [a, b] of ordered) {
    const words = normalise(norms.slice(a, b));
    for (const [c, d] of parts(words, 0, words.length, /^(and|&)$/)) {
      // Brackets hold an acronym or an aside: read without them, and by them only when nothing else names a type.
      const plain: string[] = [];
      for (let k = c, depth = 0; k < d; k++) {
        const w = words[k]!;
        if (w === "(") depth++;
        else if (w === ")") depth = Math.max(0, depth - 1);
        else if (depth === 0) plain.push(w);
      }
      // ("A trooper interviewed by the BBC": a reduced relative clause after the head names someone else.)
      const relative = reducedRelative(plain);
      const head = relative > 0 ? plain.slice(0, relative) : plain;
      const t =
        typeOfPhrase(head, 0, head.length) ??
        strongest(relative > 0 ? matches(head, 0, head.length) : matches(words, c, d)) ??
        (isDescription([a, b]) ? occupation(head) : null);
      if (t && segments.length > 1 && isDescription([a, b]) && bareKind(plain)) kindOnly ??= t;
      else if (t) return t;
    }
  }
  // "Dagestan's head, Sergei Melikov": a place's leader, the head of its government (place-leader.ts).
  if (
    kindOnly === null &&
    texts !== undefined &&
    isPlaceLeader(norms, texts, (owner) => typeOf(owner) !== null)
  )
    return "government";
  return kindOnly;
}

/** Where a reduced relative clause ("interviewed by the BBC", "fighting the regime") opens after a phrase's first word, else -1. */
function reducedRelative(words: readonly string[]): number {
  for (let k = 1; k < words.length; k++) if (participleWithObject(words, k)) return k;
  return -1;
}

/**
 * A description whose only keyword is a dependent head of no type of its own ("a neighbourhood
 * group", "a spokesman", "an official with the committee"): it says what kind of body or person,
 * not whose.
 */
function bareKind(words: readonly string[]): boolean {
  let from = 0;
  while (from < words.length && DETERMINERS.test(words[from]!)) from++;
  let cut = from;
  while (cut < words.length && !COMPLEMENT.has(words[cut]!) && !participleWithObject(words, cut)) cut++;
  const ms = matches(words, from, cut);
  if (ms.length !== 1 || ms[0]!.start !== cut - 1 || ms[0]!.end !== cut) return false;
  if (!DEPENDENT.has(words[cut - 1]!)) return false;
  return cut >= words.length || typeOfPhrase(words, cut + 1, words.length) === null;
}

const NAMED_KEYWORDS = new BoundedCache<boolean>(50_000);

/**
 * Whether a phrase is one name the lexicons give whole ("Amnesty International", "Human Rights
 * Watch", "Rapid Support Forces", "Red Crescent"): a named force's or organisation's keyword, or a
 * keyword of several words none of which is a dependent head, spanning all its words.
 */
export function isNamedKeyword(norms: readonly string[]): boolean {
  // (Asked of every capitalised run of every sentence, by speaker/actors.ts: kept by its words.)
  return NAMED_KEYWORDS.get(norms.join("\u0001"), () => {
    const words = normalise(norms);
    const ms = matches(words, 0, words.length);
    if (ms.length !== 1 || ms[0]!.start !== 0 || ms[0]!.end !== words.length) return false;
    // A body's name the claimant lexicon writes whole, of several words ("Red Crescent", "White Helmets").
    return ms[0]!.kw.named === true || (words.length > 1 && !words.some((w) => DEPENDENT.has(w)));
  });
}
