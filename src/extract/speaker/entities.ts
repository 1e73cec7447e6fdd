// The claimants of one article: each speaker mention ("An army spokesperson", "lieutenant general
// Chaudhary", "the group", "he") resolved to an entity, with name variants merged (Chaudhry /
// Chaudhary, "Baloch Liberation Army (BLA)" / "BLA") and a type from the keyword lexicon.
import type { ClaimantType, Party } from "../../core/model.js";
import { ANAPHORS, PARTY_ROLES, ROLE_NOUNS } from "../lexicon/claimants.js";
import { GENERIC_BODY_HEADS, kindNounsOf, NAME_ONLY_HEADS } from "../lexicon/referring.js";
import { LEGISLATOR_NOUNS, LEGISLATOR_TITLES } from "../lexicon/titles.js";
import { isCountryName, isNationality } from "../lexicon/nationalities.js";
import type { Token } from "../tokens.js";
import { typeOf } from "./claimant-type.js";
import { governingType } from "./de-facto.js";
import { isBareRole } from "./party-role.js";
import { isPartitiveOfGroup, isPluralOfPeople, namesGroupOfPeople } from "./partitive.js";
import { referent, referringDescription } from "./reference.js";
import { compoundBody, representedBody } from "./representative.js";
import { hasUpper, isAsciiCapitals, startsLower, startsUpper } from "../letters.js";
import { ARTICLES } from "../lexicon/syntax.js";

// (Word lists tested token by token, as sets: one lookup where a pattern was run.)
const ANOTHER_OTHER: ReadonlySet<string> = new Set(["another", "other"]);
const FROM_OF_IN_ETC: ReadonlySet<string> = new Set("from of in at with near on".split(" "));
const OF_FOR_IN_ETC: ReadonlySet<string> = new Set("of for in at from with on who which that".split(" "));
const OF_THE_AND_FOR: ReadonlySet<string> = new Set(["of", "the", "and", "for"]);
const THE_A_AN_ETC: ReadonlySet<string> = new Set("the a an its their his her our".split(" "));

export { typeOf };

export interface Entity {
  id: number;
  name: string;
  type: ClaimantType;
  person: boolean;
  acronyms: Set<string>;
  surname: string | null;
  given: string | null;
  words: Set<string>;
  /** Named by a proper name or an acronym ("ISPR", "Pakistan Army"), not only by a description ("police"). */
  named: boolean;
  /** Has spoken in the article (the subject of a speech cue): "it" and "they" refer back to speakers first. */
  spoke: boolean;
  /** Named only as the one a speaker told ("told AFP"): an outlet, never the referent of "it". */
  addressee: boolean;
  /** Initials of a person's capitalised title ("Inspector General of Police" → "IGP"), for "the IGP". */
  titleInitials: string;
  /** Named only by a party's role ("a local commander"): typed by the party the report gives (party-role.ts). */
  roleOnly: boolean;
  /** A role with no party that spoke or was named before it: typed by the people the report names as acting. */
  noParty: boolean;
  /** The offset of its first mention. */
  since: number;
}

/**
 * Heads of a description that refers back to one person, source or body named before ("the source",
 * "the commander", "the ministry" after "the Health Ministry", "the network" after "the Sudan
 * Doctors Network": one name per claimant).
 */
const REFERRING_HEADS: ReadonlySet<string> = new Set([
  ...ROLE_NOUNS,
  ..."source witness eyewitness resident survivor villager".split(" "),
  ..."ministry command network agency hospital office department service council committee commission mission observatory centre center institute foundation".split(
    " ",
  ),
]);

/** Words of organisations' names: a mention with one names no person. */
const ORG_WORDS = new Set(
  (
    "services relations council committee commission department ministry agency office front army force forces " +
    "movement party union association organisation organization corps brigade authority institute society " +
    "directorate bureau network coalition alliance league group police hospital " +
    // units of the forces and bodies of other kinds ("the army's 6th Infantry Division", "the
    // Benghazi Medical Centre"): no surnames
    "division battalion regiment unit centre center institute foundation mission observatory service"
  ).split(" "),
);

const TITLE_WORDS = new Set([
  "lieutenant",
  "general",
  "gen",
  "lt",
  "major",
  "maj",
  "colonel",
  "col",
  "brigadier",
  "brig",
  "captain",
  "capt",
  "prime",
  "minister",
  "president",
  "governor",
  "gov",
  "dr",
  "doctor",
  "mr",
  "mrs",
  "ms",
  "director",
  "spokesman",
  "spokesperson",
  "spokeswoman",
  "chief",
  "inspector",
  "deputy",
  "commissioner",
  "senator",
  "sen",
  "interior",
  "state",
  "secretary",
  "superintendent",
  "officer",
  "sheikh",
  "mullah",
  "commander",
  "head",
  "police",
  "district",
  "provincial",
  "federal",
  "foreign",
  "defence",
  "defense",
  "information",
  "home",
  "the",
  "of",
  "for",
  "and",
  "pakistan",
  "pakistani",
  "kenyan",
  "ethiopian",
  "afghan",
  "army",
  "military",
  "public",
  "relations",
]);

/** Acronyms of titles, not of bodies: Director General, Inspector General (of Police), Chief Executive. */
const TITLE_ACRONYMS = new Set(["dg", "ig", "igp", "dig", "ceo", "coas", "pm", "cm", "dc", "ac"]);

/** Consonant skeleton of a surname, so that Chaudhry and Chaudhary match. */
function skeleton(word: string): string {
  return word
    .toLowerCase()
    .replace(/[^a-z]/g, "")
    .replace(/[aeiouy]/g, "")
    .replace(/(.)\1+/g, "$1");
}

export function partyOf(type: ClaimantType): Party {
  switch (type) {
    case "state_military":
    case "government":
      return "state";
    case "armed_group":
      return "non_state";
    case "official":
    case "media":
    case "witness":
    case "unknown":
      return "independent";
  }
}

/** Words before a name that are no part of it (a set: looked up for each word of each mention). */
const DETERMINER: ReadonlySet<string> = new Set(["the", "a", "an", "however", "but", "and", "its", "their"]);
/** Words left out of a body's name when it is matched with one named before. */
const NOT_OF_NAME = new Set(["the", "a", "an", "however", "but", "and"]);

/** The anaphors by their first word, each list in the lexicon's order (one lookup, not the whole list). */
const ANAPHORS_BY_FIRST = new Map<string, (typeof ANAPHORS)[number][]>();
for (const a of ANAPHORS) {
  const list = ANAPHORS_BY_FIRST.get(a[0][0]!) ?? [];
  list.push(a);
  ANAPHORS_BY_FIRST.set(a[0][0]!, list);
}
/** Adjectives of a body's reach or standing, which a later description of it may leave out ("a local rights group"). */
const SCOPE_ADJECTIVES: ReadonlySet<string> = new Set(
  "local international national regional independent prominent leading main small little-known".split(" "),
);

const isCap = (t: Token) => {
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
};

/** `/^[\p{Lu})]/u`: a capital or a closing bracket first. */
const startsUpperOrParen = (s: string) => s.charCodeAt(0) === 41 || startsUpper(s);

export class EntityRegistry {
  readonly entities: Entity[] = [];
  private lastPerson: Entity | null = null;
  /** Entities from the least to the most recently mentioned. */
  private readonly recent: Entity[] = [];
  private last: Entity | null = null;
  private lastOrg: Entity | null = null;
  /** The last entity that spoke: "He added…" continues its account. */
  private lastSpeaker: Entity | null = null;
  /** The last that spoke of a document it put out ("said in a report"): "the report said" is it. */
  private lastDocument: Entity | null = null;
  /** The paragraph and sentence being read, and the body named as the subject of the one before. */
  private place = { paragraph: -1, sentence: -1 };
  private subject: { entity: Entity; paragraph: number; sentence: number } | null = null;
  private personSubject: { entity: Entity; paragraph: number; sentence: number } | null = null;
  /** Whether the mention being resolved is the owner of an office or a spokesman (`bodyOf`): a body. */
  private owner = false;
  /** Whether the mention being resolved opens its sentence. */
  private opening = false;

  /** `day`: the report's publication day, which says whose offices a de facto government's are. */
  constructor(private readonly day: string | null = null) {}

  /** Starts reading sentence `sentence` of paragraph `paragraph`: "it" may refer to the subject before. */
  startSentence(sentence: number, paragraph: number): void {
    this.place = { paragraph, sentence };
  }

  /**
   * Notes the body a sentence opens with as its subject ("The Red Crescent sent ambulances."): an
   * "It said" in the next sentence of the paragraph refers to it before a body that spoke earlier.
   */
  noteSubject(
    subject: readonly Token[] | Entity,
    place: { paragraph: number; sentence: number } = this.place,
    person = false,
  ): void {
    const e = "id" in subject ? subject : this.find(subject, false);
    // (A person described by an office, "The mayor visited the hospital.": "She said" opening the
    // next sentence continues her, before one that spoke earlier.)
    if (e && person) this.personSubject = { entity: e, paragraph: place.paragraph, sentence: place.sentence };
    else if (e && !e.person && !e.addressee)
      this.subject = { entity: e, paragraph: place.paragraph, sentence: place.sentence };
  }

  /**
   * Resolves the speaker mention made of these tokens to an entity, registering it if new; a
   * mention that `opens` its sentence ("It said …") may refer to the subject of the one before.
   */
  resolve(tokens: readonly Token[], speaking = false, opens = false): Entity | null {
    this.opening = opens;
    const e = this.find(tokens);
    this.opening = false;
    if (e && speaking) {
      this.lastSpeaker = e;
      e.spoke = true;
      e.addressee = false;
    }
    return e;
  }

  /**
   * Registers a name with a description of it ("John Okello, Kasese district commissioner"): a new
   * entity takes the description's type, a known one only if it had none; `verb`, a relative clause's
   * ("who coordinates …"), says which role named before it may be (`roleNamed`).
   */
  describe(
    name: readonly Token[],
    description: readonly Token[],
    verb: readonly Token[] = [],
    /** The type the description's shape gives, whatever its words ("…, which claimed the attack"). */
    given?: ClaimantType,
  ): void {
    const count = this.entities.length;
    const found = this.find(name, false);
    if (!found) return;
    // Read as the mention "name, description": a description of a kind alone ("a neighbourhood
    // group") yields to a name of a specific type ("the Wad Madani Resistance Committee").
    const norms = [...name.map((t) => t.norm), ",", ...description.map((t) => t.norm)];
    const type =
      given ?? this.typed(norms, [...name.map((t) => t.text), ",", ...description.map((t) => t.text)]);
    // ("Commissioner Akol Mayen Kuol" after "the county commissioner said": the role, named now.)
    const e = this.roleNamed(found, [...norms, ...verb.map((t) => t.norm)], type);
    if (type && (this.entities.length > count || e.type === "unknown")) e.type = type;
    // "The Emergency Lawyers, a group documenting abuses": a name described as a body is no person's.
    if (description.some((t) => ORG_WORDS.has(t.norm))) e.person = false;
    // ("Zintan militiamen", "…, which claimed the attack": a party's name, no person's.)
    if (given === "armed_group") e.person = false;
    this.touch(e);
  }

  /**
   * Remembers a body named in passing (speaker/actors.ts: "the attack was blamed on Al-Shabaab"), as
   * a named body, so that a later description of its kind ("the militia") can refer back to it.
   */
  remember(tokens: readonly Token[]): void {
    const count = this.entities.length;
    const e = this.find(tokens);
    if (!e) return;
    e.named = true;
    // (A body's name, though its last word reads as a surname: "Amnesty International".)
    if (this.entities.length > count) [e.person, e.surname, e.given] = [false, null, null];
  }

  /** Notes a speaker that spoke of a document it put out ("the network said in a report"). */
  noteDocument(e: Entity): void {
    this.lastDocument = e;
  }

  /** Registers a name as an outlet (the one a speaker told): typed media unless it already has a type. */
  outlet(tokens: readonly Token[]): void {
    const e = this.find(tokens, false);
    if (e && e.type === "unknown") {
      e.type = "media";
      e.person = false;
    }
    if (e && !e.spoke) e.addressee = true;
  }

  private find(tokens: readonly Token[], touch = true): Entity | null {
    const e = this.lookUp(withoutPossessive(tokens));
    if (e && touch) this.touch(e);
    return e;
  }

  /**
   * The entity a mention names: the body a representative speaks for, one referred back to (a
   * pronoun, "the source", "the IGP", "its spokesman"), one named before (by acronym, surname or
   * name), a body described before and named now, or a new entity.
   */
  private lookUp(tokens: readonly Token[]): Entity | null {
    const words = tokens.filter((t) => t.kind !== "punct" || t.text === "-");
    if (words.length === 0) return null;
    const body = this.representedBy(tokens);
    if (body) return body;
    const norms = words.map((t) => t.norm);
    const type = this.typed(
      tokens.map((t) => t.norm),
      tokens.map((t) => t.text),
    );
    const before = this.referredBack(tokens, words, norms, type);
    if (before !== undefined) return before;
    const m = readMention(
      tokens,
      words,
      norms,
      genericBody(tokens)
        ? "unknown"
        : type === null || type === "unknown"
          ? (this.anotherOfKind(norms) ?? type)
          : (this.armedOwner(norms) ?? type),
    );
    const existing = this.match(m.acronyms, m.surname, m.given, m.titleWords, norms);
    if (existing) return this.namedAgain(existing, m);
    const text = shownText(tokens, m.person ? m.nameWords : null);
    // "a medical group said … said the Sudan Doctors Network, a group of medical professionals": the
    // body described before by its kind alone, named now with a description of that kind.
    const introduced = m.person ? null : this.describedBefore(tokens, type);
    if (introduced) return nameIntroduced(introduced, text, m);
    // "Halima Adam, 38, who reached the camp on foot": a person first named with an age and no
    // office, the way reports name private people (survivors, relatives, residents), a witness.
    if (this.owner && m.person && startsLower(words[words.length - 1]!.text))
      return this.register({ ...m, person: false, surname: null, given: null }, text);
    const aged =
      m.person &&
      m.type === null &&
      agedName(tokens.map((t) => t.norm)) &&
      // (Not one named before with more words: "Colonel Efraín Morales Castillo … Morales, 81,".)
      !this.entities.some((e) => e.person && m.nameWords.some((w) => e.words.has(w.norm)))
        ? { ...m, type: "witness" as const }
        : m;
    return this.roleNamed(this.register(aged, text), aged.norms, aged.type);
  }

  /**
   * A person (`e`), whose title or description (`norms`, of type
   * `type`) names a role that spoke before with no name ("the county commissioner said … Commissioner
   * Akol Mayen Kuol told"): that role, which takes the person's name; else `e`. One person, one voice.
   */
  private roleNamed(e: Entity, norms: readonly string[], type: ClaimantType | null): Entity {
    if (!e.person) return e;
    const role = roleNamedNow(this.recent, e.since, norms, type);
    if (!role) return e;
    // A person registered just now is the role; one that has spoken already keeps its entity, and
    // the role takes its name and the person the role's type: one voice either way.
    if (this.entities[this.entities.length - 1] === e && !e.spoke) {
      this.entities.pop();
      return namePerson(role, e);
    }
    namePerson(role, e);
    if (e.type === "unknown") e.type = role.type;
    return e;
  }

  /**
   * "Another source put the toll at 60" after "one security source said": one more of the kind
   * named before by the same head noun, of that one's type (a different voice, so no referent).
   */
  private anotherOfKind(norms: readonly string[]): ClaimantType | null {
    if (!ANOTHER_OTHER.has(norms[0]!)) return null;
    // "One farmer said … Another said …": one more of the kind the one named before ("one N") was.
    if (norms.length === 1) return this.recent.findLast((e) => e.words.has("one"))?.type ?? null;
    if (norms.length !== 2) return null;
    const head = norms[1]!;
    const before = this.recent.findLast((e) => e.words.has(head) && e.type !== "unknown");
    return before?.type ?? null;
  }

  /**
   * "Zintan commanders said" after "Zintan militiamen stormed …": a party's role ("commanders",
   * "spokesman") after a name the article gave an armed group is that group's, whatever the role's
   * own type (a commander is the state's with no one named).
   */
  private armedOwner(norms: readonly string[]): ClaimantType | null {
    const words = norms.filter((w) => !DETERMINER.has(w));
    if (words.length < 2 || !PARTY_ROLES.has(words[words.length - 1]!)) return null;
    const name = words.slice(0, -1);
    // (The whole name, not a word of it: "an army spokesperson" is no "Baloch Liberation Army"'s.)
    const key = name.join(" ");
    const owner = this.entities.find(
      (e) => !e.person && e.type === "armed_group" && e.name.toLowerCase().replace(/^the /, "") === key,
    );
    return owner ? "armed_group" : null;
  }

  /** Whether a mention names an office of a de facto government ("a spokesman for the Taliban"). */
  private governingOffice(tokens: readonly Token[]): boolean {
    const norms = tokens.map((t) => t.norm);
    return typeOf(norms) === "armed_group" && governingType("armed_group", norms, this.day) === "government";
  }

  /** A mention's type by its words (`typeOf`), an office of a de facto government a government's. */
  private typed(norms: readonly string[], texts: readonly string[]): ClaimantType | null {
    return governingType(typeOf(norms, texts), norms, this.day);
  }

  /**
   * "a spokesman for the police command", "the network's spokesperson": the body spoken for; not an
   * office of a movement that governs ("a spokesman for the Taliban" in 2025: the government's voice,
   * not the armed group's, de-facto.ts), which keeps its office and is read as its own mention.
   */
  private representedBy(tokens: readonly Token[]): Entity | null {
    const represented = representedBody(tokens);
    if (represented && this.governingOffice(tokens)) return null;
    // "A committee member said" after "the El Fasher Resistance Committee said": that committee.
    const compound = represented ? null : compoundBody(tokens, NAME_ONLY_HEADS);
    if (compound) {
      const body = referent({ head: compound.head, adjectives: [] }, tokens[0]!.start, this.recent);
      body?.words.add(compound.noun);
      return body;
    }
    const body = represented ? this.bodyOf(withoutPossessive(tokens.slice(...represented.body))) : null;
    if (body) body.words.add(represented!.noun);
    return body;
  }

  /**
   * The entity a mention refers back to: an anaphor's referent ("he", "the group", "the military's
   * media wing"), the latest with the same head ("the source"), a title's holder ("the IGP") or the
   * organisation named last ("its spokesman"). Null when the mention names no one (a pronoun with no
   * one before it), undefined when it refers back to no one and is read as a name or description.
   */
  private referredBack(
    tokens: readonly Token[],
    words: readonly Token[],
    norms: readonly string[],
    type: ClaimantType | null,
  ): Entity | null | undefined {
    // "One of them said" after "two health workers said": a member of the group named last.
    if (isPartitiveOfGroup(norms)) {
      const group = this.groupOfPeople();
      if (group) return group;
    }
    // "the military's media wing", "the group's spokesman": the one the possessive refers back to.
    const owner = norms[0] === "the" && norms[1]?.endsWith("'s") ? ["the", norms[1].slice(0, -2)] : norms;
    // "The militia said" after "The Kivu Liberation Front moved into Beni": the actor named before
    // (reference.ts); a description with none to refer to is of its own kind.
    const description = referringDescription(
      owner,
      words.slice(0, owner.length).map((t) => t.text),
    );
    const referred = description ? referent(description, tokens[0]!.start, this.recent) : null;
    if (referred) return referred;
    const anaphor = description ? undefined : this.anaphorReferent(owner, type);
    if (anaphor !== undefined) return anaphor;
    // "The source, who asked not to be named, said": the latest one named with that head noun.
    const described = this.sameHead(
      tokens.map((t) => t.norm),
      type,
    );
    // ("Hon. Umar Ali said … the lawmaker said": the description types the one it refers back to.)
    if (described && described.type === "unknown" && type !== null) described.type = type;
    if (described) return described;
    // "The IGP said", "the CP added": the person whose title these are the initials of.
    const bare = words.filter((t) => !DETERMINER.has(t.norm));
    const holder = bare.length === 1 ? this.titleHolder(bare[0]!.text) : null;
    if (holder) return holder;
    // "its spokesman", "their commander": the organisation named last.
    if ((norms[0] === "its" || norms[0] === "their") && norms.length <= 3 && this.lastOrg)
      return this.lastOrg;
    return undefined;
  }

  /**
   * The referent of an anaphor ("he", "it", "the group", "the official") that the mention's words
   * (or its possessive's owner) spell. Null when a pronoun has no one to refer to; undefined when
   * the mention is no anaphor, or a description ("the official") that names one of its kind when no
   * one came before.
   */
  private anaphorReferent(owner: readonly string[], type: ClaimantType | null): Entity | null | undefined {
    const anaphor = ANAPHORS_BY_FIRST.get(owner[0]!)?.find(
      ([w]) => w.length === owner.length && w.every((x, i) => x === owner[i]),
    );
    if (!anaphor) return undefined;
    const kind = anaphor[1];
    const found = this.referent(kind, owner, type);
    if (found) return found;
    if (kind === "person" || kind === "body") return null;
    if (kind === "document") return undefined;
    if ((kind === "any" || kind === "speaker") && (owner.length === 1 || type === null)) return null;
    return undefined;
  }

  /**
   * A known entity named again: it takes the mention's acronyms, title words and (if it had none) its
   * type; a body described before by its kind alone and defined by this acronym takes its name.
   */
  private namedAgain(existing: Entity, m: MentionReading): Entity {
    for (const a of m.acronyms) existing.acronyms.add(a);
    for (const w of m.titleWords) existing.words.add(w);
    if (existing.type === "unknown") existing.type = m.type ?? "unknown";
    const introduced = existing.person ? null : this.describedBefore(m.tokens, existing.type);
    if (introduced && introduced !== existing) {
      introduced.name = existing.name;
      introduced.named = true;
    }
    return existing;
  }

  /** A new entity for a mention that names no one known. */
  private register(m: MentionReading, text: string): Entity {
    // "A local commander said" after an armed group spoke or was named: that group's commander.
    const roleOnly = !m.person && isBareRole(m.norms);
    const party = roleOnly ? this.lastParty() : null;
    const entity: Entity = {
      id: this.entities.length,
      name: nameOf(text),
      // A country speaking is its government ("Kenya acknowledged the attack but said …").
      type: party?.type ?? m.type ?? (isCountryName(m.norms) ? "government" : "unknown"),
      person: m.person,
      acronyms: m.acronyms,
      surname: m.surname,
      given: m.given,
      // ("The agency said" after "the World Food Programme": a UN agency is an agency by its kind.)
      words: new Set([...m.titleWords, ...m.norms, ...kindNounsOf(m.norms)]),
      named: m.acronyms.size > 0 || hasProperName(m.words),
      spoke: false,
      addressee: false,
      titleInitials: m.person ? initials(m.words.slice(0, m.words.indexOf(m.nameWords[0]!))) : "",
      roleOnly,
      noParty: roleOnly && party === null,
      since: m.tokens[0]!.start,
    };
    this.entities.push(entity);
    return entity;
  }

  /**
   * The body a representative speaks for: a definite description ("the network", "the division")
   * refers back to the latest body named with that head noun (else the person whose description
   * had it); a typed one ("the state police
   * command", "the Congolese army") or one named before is looked up; anything else (a place: "the
   * town of Beni") is no body.
   */
  private bodyOf(tokens: readonly Token[]): Entity | null {
    const norms = tokens.filter((t) => t.kind === "word").map((t) => t.norm);
    if (norms.length === 0) return null;
    const head = norms[norms.length - 1]!;
    const description = referringDescription(
      norms,
      tokens.filter((t) => t.kind === "word").map((t) => t.text),
    );
    const referred = description ? referent(description, tokens[0]!.start, this.recent) : null;
    if (referred) return referred;
    if (norms[0] === "the" && norms.length <= 3) {
      const named = (person: boolean) =>
        this.recent.findLast((e) => e.person === person && e.words.has(head)) ?? null;
      // "Jose Santos, a spokesman for the army's 2nd Division … The division's spokesperson": him.
      const found = named(false) ?? named(true);
      if (found) return found;
    }
    const key = norms.filter((w) => !DETERMINER.has(w)).join(" ");
    const known = this.entities.find((e) => !e.person && e.name.toLowerCase() === key);
    if (known) return known;
    if (typeOf(tokens.map((t) => t.norm)) === null) return null;
    // ("the Sinaloa state prosecutor's office": what owns an office, ending in a role's noun, is a
    // body, never a person named by a role that spoke before, "prosecutor says"; "a spokesman for
    // Governor Ali Musa" is his.)
    this.owner = true;
    const e = this.lookUp(tokens);
    this.owner = false;
    return e && !e.person ? e : null;
  }

  /**
   * The body an earlier mention described by its kind alone ("a medical group"), when this mention
   * names a body in apposition with a description holding each of that kind's words ("the Sudan
   * Doctors Network, a group of medical professionals") and of the same type.
   */
  private describedBefore(tokens: readonly Token[], type: ClaimantType | null): Entity | null {
    const comma = tokens.findIndex((t) => t.norm === ",");
    if (comma < 1 || !type || !startsUpperOrParen(tokens[comma - 1]!.text)) return null;
    const description = new Set(tokens.slice(comma + 1).map((t) => t.norm));
    return (
      this.recent.findLast(
        (e) =>
          !e.person &&
          !e.named &&
          e.type === type &&
          !hasUpper(e.name) &&
          [...e.words].every((w) => DETERMINER.has(w) || SCOPE_ADJECTIVES.has(w) || description.has(w)),
      ) ?? null
    );
  }

  /** What an anaphor of this kind ("he", "it", "the statement", "the group") refers back to. */
  private referent(
    kind: (typeof ANAPHORS)[number][1],
    owner: readonly string[],
    type: ClaimantType | null,
  ): Entity | null {
    switch (kind) {
      case "person":
        return this.continued(this.personSubject) ?? this.lastSpeaker ?? this.lastPerson ?? this.last;
      case "body":
        // "they" may be people too; "it" never is.
        return this.nearestBody() ?? (owner[0] === "it" ? null : this.last);
      case "speaker":
        return this.lastSpeaker ?? this.last;
      case "document":
        return this.lastDocument;
      case "any":
        // ("A relative said … The official said": a private person's account is no official's.)
        return (
          this.sameHead(owner, type) ??
          (type !== null && type !== "witness" && this.last?.type === "witness" ? null : this.last)
        );
      default:
        return this.fitting(kind, owner[owner.length - 1]!);
    }
  }

  /**
   * The entity a definite description of one person or source refers back to ("the source", "the
   * police commander"): the latest one whose mention had the same head noun; null for any other
   * mention, or when none had it.
   */
  private sameHead(mention: readonly string[], type: ClaimantType | null): Entity | null {
    // "The source, speaking on condition of anonymity,": the description before its aside.
    const comma = mention.indexOf(",");
    const norms = comma < 0 ? mention : mention.slice(0, comma);
    if (norms[0] !== "the" || norms.length > 3 || norms.length < 2) return null;
    const head = norms[norms.length - 1]!;
    if (!REFERRING_HEADS.has(head)) return null;
    const modifiers = norms.slice(1, -1);
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const e = this.recent[i]!;
      // ("relatives and a local official said … The official, who …, said": one of a joint source of
      // two kinds is no longer the pair, but the one its description types.)
      if (type !== null && e.type !== type && e.words.has("and")) continue;
      if (e.words.has(head) && modifiers.every((w) => e.words.has(w))) return e;
    }
    return null;
  }

  /** The group of people that spoke last, else the one named last ("two health workers", "residents"). */
  private groupOfPeople(): Entity | null {
    if (this.lastSpeaker && namesGroupOfPeople(this.lastSpeaker)) return this.lastSpeaker;
    return this.recent.findLast(namesGroupOfPeople) ?? null;
  }

  /** The party to the violence (an armed group or the state's forces) spoken of or heard last. */
  private lastParty(): Entity | null {
    return this.recent.findLast((e) => e.type === "armed_group" || e.type === "state_military") ?? null;
  }

  /** The latest person whose capitalised title has these initials ("IGP": Inspector General of Police). */
  private titleHolder(acronym: string): Entity | null {
    if (!/^[A-Z]{2,6}$/.test(acronym) || this.entities.some((e) => e.acronyms.has(acronym))) return null;
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const e = this.recent[i]!;
      if (e.person && e.titleInitials.includes(acronym)) return e;
    }
    return null;
  }

  /**
   * What "it" or "they" refers back to: when it opens its sentence, the body that opened the one
   * before in its paragraph (the subject is what a pronoun most likely continues), else the nearest body (no named person)
   * that has spoken, else the nearest body mentioned; never an outlet named only as the one told
   * ("told AFP").
   */
  private nearestBody(): Entity | null {
    const subject = this.continued(this.subject);
    if (subject) return subject;
    const bodies = this.recent.filter((e) => !e.person && !e.addressee);
    for (let i = bodies.length - 1; i >= 0; i--) if (bodies[i]!.spoke) return bodies[i]!;
    return bodies[bodies.length - 1] ?? null;
  }

  /** A subject noted in the sentence before, in this paragraph, when the mention opens its sentence. */
  private continued(subject: { entity: Entity; paragraph: number; sentence: number } | null): Entity | null {
    const before =
      this.opening &&
      subject !== null &&
      subject.paragraph === this.place.paragraph &&
      subject.sentence === this.place.sentence - 1;
    return before ? subject.entity : null;
  }

  /**
   * The speaker a typed description refers back to ("the military" → ISPR): the latest one of its
   * type that has a name, or that the same head word described ("the army" is not the police).
   */
  private fitting(type: ClaimantType, head: string): Entity | null {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const e = this.recent[i]!;
      if (e.type === type && (e.named || e.words.has(head))) return e;
    }
    return null;
  }

  private match(
    acronyms: Set<string>,
    surname: string | null,
    given: string | null,
    titles: Set<string>,
    norms: readonly string[],
  ): Entity | null {
    for (const a of acronyms) {
      const e = this.entities.find((x) => x.acronyms.has(a));
      if (e) return e;
    }
    if (surname) {
      const same = this.entities.filter(
        (e) => e.surname === surname && (!given || !e.given || e.given === given),
      );
      if (same.length === 1) return same[0]!;
      if (same.length > 1) {
        const byTitle = same.find((e) => [...titles].some((t) => e.words.has(t)));
        return byTitle ?? same[same.length - 1]!;
      }
      return null;
    }
    const key = norms.filter((w) => !NOT_OF_NAME.has(w)).join(" ");
    return this.entities.find((e) => !e.person && sameBodyName(e.name.toLowerCase(), key)) ?? null;
  }

  private touch(e: Entity): Entity {
    const i = this.recent.indexOf(e);
    if (i >= 0) this.recent.splice(i, 1);
    this.recent.push(e);
    this.last = e;
    if (!e.person) this.lastOrg = e;
    if (e.person) this.lastPerson = e;
    return e;
  }
}

/** What a mention's words say of whom it names, read once for the steps of `lookUp`. */
interface MentionReading {
  tokens: readonly Token[];
  /** The mention's words and hyphens (no other punctuation), and their lower-case forms. */
  words: readonly Token[];
  norms: readonly string[];
  type: ClaimantType | null;
  acronyms: Set<string>;
  /** The words of the name in the mention ("Farid Chaudhry"), empty when it has none. */
  nameWords: readonly Token[];
  /** Whether the name is a person's. */
  person: boolean;
  /** A person's surname as a consonant skeleton, and given name. */
  surname: string | null;
  given: string | null;
  /** The mention's title words ("lieutenant", "general", "spokesman", "police"). */
  titleWords: Set<string>;
}

function readMention(
  tokens: readonly Token[],
  words: readonly Token[],
  norms: readonly string[],
  type: ClaimantType | null,
): MentionReading {
  const acronyms = acronymsOf(tokens);
  const nameWords = nameWordsOf(tokens, words, acronyms);
  const person = isPersonName(tokens, nameWords, acronyms);
  return {
    tokens,
    words,
    norms,
    type,
    acronyms,
    nameWords,
    person,
    surname: person ? skeleton(nameWords[nameWords.length - 1]!.text) : null,
    given: person && nameWords.length > 1 ? nameWords[0]!.norm : null,
    titleWords: new Set([
      ...norms.filter((w) => TITLE_WORDS.has(w) && w !== "the" && w !== "of"),
      // ("Hon. Umar Ali … the lawmaker said": a legislator's title, and so the nouns of his office.)
      ...(norms.some((w) => LEGISLATOR_TITLES.has(w)) ? LEGISLATOR_NOUNS : []),
    ]),
  };
}

/** The words that begin the part of a mention about the one spoken to ("An army official, speaking to AFP"). */
const TO_ONE_SPOKEN_TO: ReadonlySet<string> = new Set(["speaking", "talking", "told", "telling"]);

/**
 * The acronyms a mention names a body by ("ISPR", "BLA" of "Baloch Liberation Army (BLA)"), before
 * any words of the one spoken to ("An army official, speaking to AFP"); not the acronyms of titles
 * ("DG ISPR", "IGP Punjab": an office, not the body).
 */
function acronymsOf(tokens: readonly Token[]): Set<string> {
  const acronyms = new Set<string>();
  let own = tokens.findIndex((t) => TO_ONE_SPOKEN_TO.has(t.norm));
  if (own < 0) own = tokens.length;
  for (let i = 0; i < own; i++) {
    const t = tokens[i]!;
    if (isAsciiCapitals(t.text, 2, 6) && !TITLE_ACRONYMS.has(t.norm) && !inCountryName(tokens, i))
      acronyms.add(t.text);
    if (definesAcronym(tokens, i)) acronyms.add(tokens[i + 1]!.text);
  }
  return acronyms;
}

/**
 * Whether tokens[i] is a word of a country's name with the word before or after it, or alone ("DR
 * Congo", "Kenya"): no acronym of a body and no person's name ("DR Congo's army" is no Dr. Congo's).
 */
function inCountryName(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]?.norm;
  if (w === undefined) return false;
  return (
    isCountryName([w]) ||
    (i > 0 && isCountryName([tokens[i - 1]!.norm, w])) ||
    isCountryName([w, tokens[i + 1]?.norm ?? ""])
  );
}

/** "Baloch Liberation Army (BLA)": a bracketed acronym at tokens[i] that the capitalised words before spell. */
function definesAcronym(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.text !== "(" || tokens[i + 2]?.text !== ")" || !/^[A-Z]{2,7}$/.test(tokens[i + 1]!.text))
    return false;
  const initials = tokens
    .slice(Math.max(0, i - 6), i)
    .filter(isCap)
    .map((x) => x.text[0])
    .join("");
  return initials.endsWith(tokens[i + 1]!.text);
}

/** A capitalised word that is neither a title's nor an acronym. */
function isNameWord(t: Token, acronyms: ReadonlySet<string>): boolean {
  return isCap(t) && !TITLE_WORDS.has(t.norm) && !acronyms.has(t.text);
}

/** Prepositions that open a name's complement ("Juergen Henningsen from the nearby city of Flensburg"). */
const NAME_COMPLEMENTS: ReadonlySet<string> = new Set(["from", "in", "at", "near", "of"]);

/**
 * The words of the name in a mention: the last run of capitalised words that are not titles
 * ("Farid Chaudhry" in "Lt. Gen. Farid Chaudhry, the military spokesman"), unless it is the
 * mention's lone first word; of a name with a description in apposition ("Antoine Kambale, an
 * official in the town of Beni"; "the police spokesman, Ali Raza"), looked for in the part that is
 * a name.
 */
function nameWordsOf(
  tokens: readonly Token[],
  words: readonly Token[],
  acronyms: ReadonlySet<string>,
): Token[] {
  const nameSegment = namePart(tokens);
  const segment = nameSegment ? nameSegment.filter((t) => t.kind !== "punct" || t.text === "-") : words;
  // "Juergen Henningsen from the nearby city of Flensburg": the name ends before its complement.
  const complement = segment.findIndex(
    (t, j) =>
      j >= 2 &&
      NAME_COMPLEMENTS.has(t.norm) &&
      segment[j + 1]?.norm === "the" &&
      startsLower(segment[j + 2]?.text ?? "") &&
      isNameWord(segment[j - 1]!, acronyms) &&
      isNameWord(segment[j - 2]!, acronyms),
  );
  const part = complement > 0 ? segment.slice(0, complement) : segment;
  let end = part.length;
  while (end > 0 && !isNameWord(part[end - 1]!, acronyms)) end--;
  let start = end;
  while (start > 0 && isNameWord(part[start - 1]!, acronyms)) start--;
  // "Cuernavaca Mayor Jose Luis Uriostegui": the name starts after the last capitalised role word.
  for (let k = end - 2; k >= start; k--)
    if (ROLE_NOUNS.has(part[k]!.norm) || typeOf([part[k]!.norm]) !== null) {
      start = k + 1;
      break;
    }
  return end - start >= 2 || (end > start && (start > 0 || end === part.length))
    ? part.slice(start, end)
    : [];
}

/**
 * Whether the name in a mention is a person's: not an organisation's ("Inter-Services Public
 * Relations (ISPR)"), a typed description's, an acronym, a nationality adjective ("The Lebanese
 * health ministry") or a name described as a body ("The Emergency Jurists, a network …").
 */
function isPersonName(
  tokens: readonly Token[],
  nameWords: readonly Token[],
  acronyms: ReadonlySet<string>,
): boolean {
  return (
    nameWords.length >= 1 &&
    !typeOf(nameWords.map((t) => t.norm)) &&
    !acronyms.has(nameWords[0]!.text) &&
    !nameWords.some((t) => ORG_WORDS.has(t.norm)) &&
    !nameWords.every((t) => isNationality(t.norm)) &&
    // ("Activists said": a sentence's capital on a plural noun of people names no one.)
    !(nameWords.length === 1 && isPluralOfPeople(nameWords[0]!.norm)) &&
    tokens[tokens.indexOf(nameWords[nameWords.length - 1]!) + 1]?.text !== "(" &&
    !describedAsBody(tokens) &&
    !inCountryName(tokens, tokens.indexOf(nameWords[0]!))
  );
}

/**
 * Whether a mention's words hold a proper name: a capitalised word that is no description's
 * ("Security forces said": a sentence's capital on a description names nothing).
 */
function hasProperName(words: readonly Token[]): boolean {
  return words.some(
    (t, i) =>
      isCap(t) &&
      typeOf([t.norm]) === null &&
      !DETERMINER.has(t.norm) &&
      !(i === 0 && words[1] !== undefined && !isCap(words[1])),
  );
}

/**
 * The mention as written, spaced as in the text, without the leading article; a person's without
 * the complement after the name ("Juergen Henningsen from the nearby city of Flensburg").
 */
function shownText(tokens: readonly Token[], personName: readonly Token[] | null): string {
  const nameEnd = personName ? tokens.indexOf(personName[personName.length - 1]!) + 1 : 0;
  const shown =
    personName && FROM_OF_IN_ETC.has(tokens[nameEnd]?.norm ?? "") ? tokens.slice(0, nameEnd) : tokens;
  return shown
    .map((t, i) => (i > 0 && t.start > shown[i - 1]!.end ? " " : "") + t.text)
    .join("")
    .replace(/^[,"“”]+|[,"“”]+$/g, "")
    .trim();
}

/**
 * A role that spoke with no name ("the county commissioner said", "a civil society coordinator
 * said"), named now by a person whose title or description holds the role's noun or a word of its
 * stem ("Commissioner Akol Mayen Kuol", "Kambale Sikuli, who coordinates civil society groups"): the
 * latest such role, first mentioned before `before` (an offset), of a type the person's words do not
 * contradict. One person, one voice (§1c).
 */
function roleNamedNow(
  recent: readonly Entity[],
  before: number,
  norms: readonly string[],
  type: ClaimantType | null,
): Entity | null {
  for (let i = recent.length - 1; i >= 0; i--) {
    const e = recent[i]!;
    if (!e.spoke || e.person || e.named || e.roleOnly || e.since >= before) continue;
    const head = e.name.toLowerCase().split(" ").pop()!;
    if (!ROLE_NOUNS.has(head) || (type !== null && e.type !== type && e.type !== "unknown")) continue;
    if (norms.some((w) => sameStem(w, head))) return e;
  }
  return null;
}

/** Whether a name is given with an age in apposition ("Halima Adam, 38"). */
function agedName(norms: readonly string[]): boolean {
  const comma = norms.indexOf(",");
  const age = /^\d{1,3}$/.test(norms[comma + 1] ?? "") ? Number(norms[comma + 1]) : 0;
  return comma > 0 && age >= 1 && age <= 110 && (norms[comma + 2] ?? ",") === ",";
}

/** Whether a word is a noun or a word of its stem ("coordinates" of "coordinator"). */
function sameStem(w: string, noun: string): boolean {
  if (w === noun) return true;
  if (w.length < 6 || noun.length < 6) return false;
  let k = 0;
  while (k < w.length && w[k] === noun[k]) k++;
  return k >= noun.length - 3;
}

/**
 * A role that spoke with no name, named now by a person: one entity, named by both ("Oleh
 * Syniehubov, regional governor"), with the person's surname and words, so a later "Syniehubov
 * said" is the same voice.
 */
function namePerson(role: Entity, person: Entity): Entity {
  role.name = `${person.name}, ${role.name}`;
  role.named = true;
  role.person = true;
  role.surname = person.surname;
  role.given = person.given;
  role.titleInitials = person.titleInitials;
  for (const w of person.words) role.words.add(w);
  if (role.type === "unknown") role.type = person.type;
  return role;
}

/** A body described before by its kind alone ("a medical group"), named now: it takes the name. */
function nameIntroduced(introduced: Entity, text: string, m: MentionReading): Entity {
  introduced.name = nameOf(text);
  introduced.named = true;
  for (const w of m.norms) introduced.words.add(w);
  for (const a of m.acronyms) introduced.acronyms.add(a);
  return introduced;
}

/**
 * Whether two bodies' names are one: the same words, a country's name and its nationality adjective
 * counting as one ("Lebanon's health ministry", "the Lebanese health ministry").
 */
function sameBodyName(a: string, b: string): boolean {
  if (a === b) return true;
  // (Names of as many words only: counted by their spaces before any is split.)
  if (spaces(a) !== spaces(b)) return false;
  const wa = a.split(" ").map((w) => w.replace(/['’]s$/, ""));
  const wb = b.split(" ").map((w) => w.replace(/['’]s$/, ""));
  return (
    wa.length === wb.length &&
    wa.some((w, i) => w !== wb[i]) &&
    wa.every(
      (w, i) =>
        w === wb[i] || (w.slice(0, 4) === wb[i]!.slice(0, 4) && isNationality(w) && isNationality(wb[i]!)),
    )
  );
}

function spaces(s: string): number {
  let n = 0;
  for (let i = s.indexOf(" "); i >= 0; i = s.indexOf(" ", i + 1)) n++;
  return n;
}

/**
 * Whether a mention gives its name a description in apposition whose head is a body's noun ("The
 * Emergency Jurists, a network documenting abuses"), not a person's ("Ali Khan, a police spokesman").
 */
function describedAsBody(tokens: readonly Token[]): boolean {
  const comma = tokens.findIndex((t) => t.text === ",");
  if (comma < 0 || !ARTICLES.has(tokens[comma + 1]?.norm ?? "")) return false;
  let head = comma + 2;
  while (
    head + 1 < tokens.length &&
    tokens[head + 1]!.kind === "word" &&
    !OF_FOR_IN_ETC.has(tokens[head + 1]!.norm) &&
    !tokens[head + 1]!.norm.endsWith("ing")
  )
    head++;
  return ORG_WORDS.has(tokens[head]?.norm ?? "");
}

/** The initials of the capitalised words of a title, without "of", "the", "and": "Commissioner of Police" → "CP". */
function initials(title: readonly Token[]): string {
  return title
    .filter((t) => isCap(t) && !OF_THE_AND_FOR.has(t.norm))
    .map((t) => t.text[0])
    .join("");
}

/** `/^['’]s$/` of its last two code units: "'s" or "’s" ends it. */
function endsPossessive(text: string): boolean {
  const n = text.length;
  return n >= 2 && text[n - 1] === "s" && (text[n - 2] === "'" || text[n - 2] === "’");
}

/** A mention ending in a possessive ("the group's" of "the group's claim that …") names its owner. */
function withoutPossessive(tokens: readonly Token[]): readonly Token[] {
  const last = tokens[tokens.length - 1];
  if (!last || last.text.length < 3 || !endsPossessive(last.text)) return tokens;
  const cut = { ...last, text: last.text.slice(0, -2), norm: last.norm.slice(0, -2), end: last.end - 2 };
  return [...tokens.slice(0, -1), cut];
}

/**
 * Of a mention with an apposition ("Ali Khan, a police spokesman"), the part that is a name: the
 * first comma-separated part that starts with a capital and no article or possessive; null when there is no
 * apposition or no such part.
 */
function namePart(tokens: readonly Token[]): readonly Token[] | null {
  const parts: Token[][] = [[]];
  for (const t of tokens) {
    if (t.text === ",") parts.push([]);
    else parts[parts.length - 1]!.push(t);
  }
  if (parts.length < 2) return null;
  // ("Its spokesman for the Sokola 1 operations, Captain Marc Elongo": a possessive opens a description.)
  return parts.find((p) => p.length > 0 && isCap(p[0]!) && !THE_A_AN_ETC.has(p[0]!.norm)) ?? null;
}

/**
 * The name of a mention as written, without a leading article; of a name and a description in
 * apposition ("a little-known armed group, the Hill Front"; "Antoine Kambale, an official in …"),
 * the name.
 */
function nameOf(text: string): string {
  // "An army official, speaking to AFP on condition of anonymity": the aside is not the name.
  const bare = text
    .replace(/^(the|an?|however|but|and)\s+/i, "")
    .replace(/,\s+(speaking|talking|who|which)\b.*$/, "");
  const before = /^(\p{Ll}[^,]*),\s+(?:the\s+)?(\p{Lu}[^,]*)$/u.exec(bare);
  if (before) return before[2]!.trim();
  const after = /^(\p{Lu}[^,]*?),\s+(?:(?:the|an?)\s|\p{Ll})/u.exec(bare);
  return after ? after[1]!.trim() : bare;
}

/**
 * Whether a mention is a generic description of a body ("the organisation", "the group") that
 * referred back to no one: a body of no known kind, `unknown`, not the type of its word.
 */
function genericBody(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === "word");
  const description = referringDescription(
    words.map((t) => t.norm),
    words.map((t) => t.text),
  );
  return (
    description !== null && description.adjectives.length === 0 && GENERIC_BODY_HEADS.has(description.head)
  );
}
