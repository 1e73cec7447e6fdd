// The counted noun phrase after a quantity ("33 Baloch Liberation Army (BLA) members", "four
// Frontier Corps personnel", "dozens of terrorists") and the group its head noun names.
import type { Group } from "../../core/model.js";
import { forceAt, type NamedForce } from "../lexicon/forces.js";
import {
  CIVILIAN_SERVICE_MODIFIERS,
  COMMUNITY_MODIFIERS,
  GROUP_OF_COMPOUND,
  GROUP_OF_MODIFIER,
  GROUP_OF_NOUN,
  NOT_PEOPLE,
  SERVICE_HEADS,
} from "../lexicon/groups.js";
import { isNationality } from "../lexicon/nationalities.js";
import { NP_STOP, PUNCT_STOP, THE_THOSE } from "../lexicon/syntax.js";
import { typeOf } from "../speaker/claimant-type.js";
import { inAllegianceCompound, isAllegiantBody } from "./allegiance.js";
import { employeesOf } from "./employees-of.js";
import type { Token } from "../tokens.js";
import { startsLower, startsUpper } from "../letters.js";

// (Word lists tested token by token, as sets: one lookup where a pattern was run.)
const THE_THEM_THOSE_ETC: ReadonlySet<string> = new Set(
  "the them those these its their whom our his her my your".split(" "),
);
const BY_ON: ReadonlySet<string> = new Set(["by", "on"]);
const HOSTAGE_CAPTIVE_PRISONER: ReadonlySet<string> = new Set(["hostage", "captive", "prisoner"]);
const THE_A_AN_ITS_THEIR: ReadonlySet<string> = new Set(["the", "a", "an", "its", "their"]);

export interface NounPhrase {
  /** Token range [first, last) of the phrase after the quantity (modifiers and head). */
  first: number;
  last: number;
  head: string;
  group: Group;
}

/**
 * The result of reading after a quantity: a phrase of people, nothing ("30 were killed"), an
 * unknown noun ("7 Christian Copts": people only if an outcome of people follows at once), or a
 * noun that is not people ("3 vehicles", "48 hours").
 */
export type NounRead =
  | { kind: "phrase"; np: NounPhrase }
  | { kind: "elliptical"; next: number }
  | { kind: "unknown"; np: NounPhrase }
  | { kind: "not_people" };

const MAX_MODIFIERS = 5;
const OF_PARTICIPLES = new Set([
  "arrested",
  "detained",
  "abducted",
  "kidnapped",
  "killed",
  "missing",
  "rescued",
  "freed",
  "released",
]);
const ELLIPTICAL_OK = new Set(["more", "others", "other"]);
const CLOSING_QUOTES = new Set(['"', "”", "'", "’"]);

export function isPeopleNoun(norm: string): boolean {
  return GROUP_OF_NOUN.has(norm);
}

const NO_PEOPLE: NounRead = { kind: "not_people" };

function elliptical(next: number): NounRead {
  return { kind: "elliptical", next };
}

function phrase(first: number, last: number, head: string, group: Group): NounRead {
  return { kind: "phrase", np: { first, last, head, group } };
}

/**
 * Reads the noun phrase that starts at tokens[k], right after a quantity: past a closing quote or a
 * partitive "of (the)", its modifiers up to a named force or a run of people nouns, its head.
 */
export function readNounPhrase(tokens: readonly Token[], k: number, afterQuantity: boolean): NounRead {
  const t0 = tokens[k];
  if (!t0) return elliptical(k);
  if (afterQuantity && quotedFigureEnds(tokens, k)) return readNounPhrase(tokens, k + 1, afterQuantity);
  // 'neutralised 18 "PKK terrorists"': scare quotes open around the noun itself.
  if (afterQuantity && opensScareQuote(tokens, k)) return readNounPhrase(tokens, k + 1, afterQuantity);
  // "12-member team", "three-day siege": a number fused into a compound adjective.
  if (afterQuantity && t0.norm === "-" && tokens[k - 1] && tokens[k - 1]!.end === t0.start) return NO_PEOPLE;
  if (t0.norm === "the") return readModifiersAndHead(tokens, k, k + 1, afterQuantity);
  if (t0.norm !== "of") return readModifiersAndHead(tokens, k, k, afterQuantity);
  const next = pastOf(tokens, k);
  const pronoun = tokens[next - 1]!.norm;
  if (pronoun === "them" || pronoun === "whom") return elliptical(next);
  // "lost two of their own": the people of the subject's own side (outcome/own-losses.ts).
  // ("6 of its own men" is a phrase of men.)
  if (tokens[next]?.norm === "own" && next === k + 2 && !isPeopleNoun(tokens[next + 1]?.norm ?? ""))
    return phrase(k, next + 1, "own", "people");
  return partitiveParticiple(tokens, k, next) ?? readModifiersAndHead(tokens, k, next, afterQuantity);
}

/**
 * 'holding "more than 40" passengers', 'killed "up to 20" Tajik servicemen': a figure quoted alone,
 * its noun after the closing quote at k (a capitalised word only as a modifier of a person noun).
 */
function quotedFigureEnds(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!CLOSING_QUOTES.has(t.norm) || tokens[k - 1]?.end !== t.start) return false;
  const next = tokens[k + 1]?.text ?? "";
  return startsLower(next) || (startsUpper(next) && isPeopleNoun(tokens[k + 2]?.norm ?? ""));
}

/**
 * '20 "Crusader" soldiers', "12 ‘apostate’ policemen": a quote closing a label glued to the word
 * before it at k, a word after it: the label modifies the noun that follows.
 */
function closesLabel(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return (
    t !== undefined &&
    CLOSING_QUOTES.has(t.norm) &&
    tokens[k - 1]?.end === t.start &&
    tokens[k + 1]?.kind === "word" &&
    tokens[k + 1]!.start > t.end
  );
}

/** 'killed 18 "terrorists"': an opening quote at k, after a space and right before a lower-case or capitalised word. */
function opensScareQuote(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return (
    OPENING_QUOTES.has(t.norm) &&
    (tokens[k - 1]?.end ?? -1) < t.start &&
    next !== undefined &&
    next.start === t.end &&
    next.kind === "word"
  );
}
/** Marks that open a quotation ('"', "“", "'", "‘"). */
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', "“", "'", "‘"]);

/** The index after "of" at k and the determiner or pronoun after it ("of the", "of those", "of them"). */
function pastOf(tokens: readonly Token[], k: number): number {
  const next = tokens[k + 1];
  return next && THE_THEM_THOSE_ETC.has(next.norm) ? k + 2 : k + 1;
}

/**
 * "85 of those arrested", "two of the dead": the participle at k stands for the people; null before
 * a people noun ("137 of the abducted schoolchildren": it is the head).
 */
function partitiveParticiple(tokens: readonly Token[], start: number, k: number): NounRead | null {
  if (
    OF_PARTICIPLES.has(tokens[k]?.norm ?? "") &&
    THE_THOSE.has(tokens[k - 1]?.norm ?? "") &&
    !isPeopleNoun(tokens[k + 1]?.norm ?? "")
  )
    return phrase(start, k + 1, tokens[k]!.norm, "people");
  return null;
}

/**
 * The modifiers from tokens[k] up to the phrase's head: a named force or a run of people nouns ends
 * the phrase; a bracketed aside is passed over, a hyphenated compound is one modifier; a figure or
 * more than MAX_MODIFIERS words make it no phrase of people.
 */
function readModifiersAndHead(
  tokens: readonly Token[],
  start: number,
  k: number,
  afterQuantity: boolean,
): NounRead {
  let modifiers = 0;
  let inParens = false;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (inParens) {
      if (t.norm === ")") inParens = false;
      continue;
    }
    if (t.norm === "(") {
      inParens = true;
      continue;
    }
    const force = forcePhrase(tokens, start, k);
    if (force) return force;
    if (isPeopleNoun(t.norm) && !(t.norm === "security" && !isPeopleNoun(tokens[k + 1]?.norm ?? "")))
      return peoplePhrase(tokens, start, k);
    // "off-duty", "well-armed": a hyphenated compound is a modifier whatever its parts.
    if (
      tokens[k + 1]?.norm === "-" &&
      tokens[k + 1]!.start === t.end &&
      tokens[k + 2]?.start === tokens[k + 1]!.end
    ) {
      k += 2;
      modifiers++;
      continue;
    }
    if (afterQuantity && k > start && closesLabel(tokens, k)) continue;
    // "Iraqi or Kurdish personnel", "civilian and military staff": coordinated adjectives of one noun.
    if (k > start && coordinatesAdjectives(tokens, k)) continue;
    if (NP_STOP.has(t.norm) || PUNCT_STOP.has(t.norm)) break;
    if (t.kind === "num" || ++modifiers > MAX_MODIFIERS) return NO_PEOPLE;
  }
  return headless(tokens, start, k, modifiers, afterQuantity);
}

/** An adjective of nationality or group, or a capitalised word, that may modify a people noun. */
const groupAdjective = (t: Token | undefined): boolean =>
  t !== undefined &&
  t.kind === "word" &&
  (isNationality(t.norm) || GROUP_OF_MODIFIER.has(t.norm) || /^\p{Lu}/u.test(t.text)) &&
  !isPeopleNoun(t.norm);

/** "or"/"and" at k between two adjectives of nationality or group ("Iraqi or Kurdish personnel"). */
function coordinatesAdjectives(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.norm;
  return (w === "or" || w === "and") && groupAdjective(tokens[k - 1]) && groupAdjective(tokens[k + 1]);
}

/**
 * "killed 12 RSF", "15 FARDC were killed": a named force at k counts its members, unless a people
 * noun follows it, past a bracketed short form ("Afghan National Army (ANA) soldiers").
 */
function forcePhrase(tokens: readonly Token[], start: number, k: number): NounRead | null {
  const force = forceAt(tokens, k);
  if (
    !force ||
    // "RSF-affiliated fighters", "SDF-led militiamen": the force names a compound modifier.
    gluedHyphenAt(tokens, force.end) ||
    isPeopleNoun(tokens[force.end - 1]!.norm) ||
    isPeopleNoun(tokens[pastBrackets(tokens, force.end)]?.norm ?? "")
  )
    return null;
  return phrase(start, force.end, tokens[force.end - 1]!.norm, sideGroup(force.force));
}

/** A hyphen at k glued to the words on both sides ("RSF-affiliated"). */
function gluedHyphenAt(tokens: readonly Token[], k: number): boolean {
  const h = tokens[k];
  return h?.norm === "-" && tokens[k - 1]?.end === h.start && tokens[k + 1]?.start === h.end;
}

/**
 * The phrase whose head is the last of a run of people nouns from k ("police officers", "150 more
 * hostages"); "two Arab Israelis": a capitalised people noun before another capitalised plural
 * modifies it.
 */
function peoplePhrase(tokens: readonly Token[], start: number, k: number): NounRead {
  let h = lastOfPeopleRun(tokens, k);
  // "one Tajik border guard", "two Afghan police officers": a people's name modifies a compound.
  const mid = tokens[h + 1];
  if (
    isCapitalised(tokens[h]!) &&
    !/s$/.test(tokens[h]!.norm) &&
    mid?.kind === "word" &&
    !isCapitalised(mid) &&
    !NP_STOP.has(mid.norm) &&
    isPeopleNoun(tokens[h + 2]?.norm ?? "")
  )
    h = lastOfPeopleRun(tokens, h + 2);
  const next = tokens[h + 1];
  if (
    isCapitalised(tokens[h]!) &&
    next?.kind === "word" &&
    isCapitalised(next) &&
    /[^s]s$/.test(next.norm) &&
    !NOT_PEOPLE.has(next.norm)
  )
    return phrase(start, h + 2, next.norm, groupOf(tokens, start, h));
  return phrase(
    start,
    pastParticle(tokens, h + 1),
    tokens[h]!.norm,
    membersOf(tokens, h) ?? employeesOf(tokens, h) ?? groupOf(tokens, start, h),
  );
}

/** "passers-by", "lookers-on": a particle glued by a hyphen after the head at k - 1 is of the noun. */
function pastParticle(tokens: readonly Token[], k: number): number {
  return gluedHyphenAt(tokens, k) && BY_ON.has(tokens[k + 1]?.norm ?? "") ? k + 2 : k;
}

/**
 * The last people noun of the run from h ("two Kenya Defence Forces (KDF) soldiers": past an acronym
 * in brackets inside it); not a verb's complement ("took 38 people hostage", "taken 45 soldiers
 * prisoner").
 */
function lastOfPeopleRun(tokens: readonly Token[], h: number): number {
  for (;;) {
    const n = h + 1 + bracketed(tokens, h + 1) + (closesLabel(tokens, h + 1) ? 1 : 0);
    if (
      n < tokens.length &&
      isPeopleNoun(tokens[n]!.norm) &&
      !NP_STOP.has(tokens[n]!.norm) &&
      !HOSTAGE_CAPTIVE_PRISONER.has(tokens[n]!.norm)
    )
      h = n;
    else return h;
  }
}

/** A modifier among tokens[from, to) that names an armed side ("militia", "army"). */
function armedModifier(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const g = GROUP_OF_MODIFIER.get(tokens[k]!.norm);
    if (g === "militants" || g === "security_forces") return true;
  }
  return false;
}

/** A word of the set among tokens[from, to). */
function hasWordIn(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (words.has(tokens[k]!.norm)) return true;
  return false;
}

/**
 * A phrase that ended at k with no people noun: nothing ("30 were killed", "12 more"), a noun of
 * unknown kind after a quantity ("7 Christian Copts"), or no people.
 */
function headless(
  tokens: readonly Token[],
  start: number,
  k: number,
  modifiers: number,
  afterQuantity: boolean,
): NounRead {
  if (k === start) return elliptical(k);
  if (modifiers === 0 && ELLIPTICAL_OK.has(tokens[start]!.norm)) return elliptical(k);
  const head = tokens[k - 1]!;
  if (afterQuantity && head.kind === "word" && !NOT_PEOPLE.has(head.norm) && modifiers <= 3)
    return { kind: "unknown", np: { first: start, last: k, head: head.norm, group: "people" } };
  return NO_PEOPLE;
}

/** The group of a phrase from its head, unless a modifier decides it ("captive enemy personnel"). */
function groupOf(tokens: readonly Token[], first: number, head: number): Group {
  const headNorm = tokens[head]!.norm;
  // "enlisted men", "US service members", "drug traffickers": a compound noun names its own group.
  const compound = head > first ? GROUP_OF_COMPOUND.get(`${tokens[head - 1]!.norm} ${headNorm}`) : undefined;
  // "RSF troops", "IDF members", "Frontier Corps personnel": a named force's people are on its side.
  const force = namedForceIn(tokens, first, head);
  // "BLA members", "Shabaab fighters": a named organisation's members are its fighters.
  if (!compound && (headNorm === "members" || headNorm === "member" || headNorm === "cadres")) {
    if (force) return sideGroup(force);
    // ("14 Tigray ethnic group members", "Hazara community members": a community's, not a party's.)
    // (Not "clan militia members": an armed modifier keeps them fighters.)
    if (hasWordIn(tokens, first, head, COMMUNITY_MODIFIERS) && !armedModifier(tokens, first, head))
      return "civilians";
    if (hasProperModifier(tokens, first, head)) return "militants";
  }
  let group = compound ?? GROUP_OF_NOUN.get(headNorm)!;
  // ("9 CRPF men", "RSF men": a force's men are its members, not civilians.)
  const forcesMen = headNorm === "men" || headNorm === "man";
  if (force && (forcesMen || (group !== "civilians" && group !== "hostages"))) group = sideGroup(force);
  for (let k = head - 1; k >= first; k--) {
    const t = tokens[k]!;
    // "medical personnel", "aid workers", "health officers": a civilian service's people.
    if (!force && SERVICE_HEADS.has(headNorm) && CIVILIAN_SERVICE_MODIFIERS.has(t.norm)) return "civilians";
    const g = inAllegianceCompound(tokens, k) ? undefined : GROUP_OF_MODIFIER.get(t.norm);
    if (g === "hostages") return g;
    if (g && (group === "people" || group === "civilians") && headNorm !== "officials") group = g;
  }
  return group;
}

/**
 * The group of "members of X" / "cadres of X": an armed body's side, else the kind of a body named
 * after "of"; null when the head is no member noun, no "of" follows, or X decides neither.
 */
export function membersOf(tokens: readonly Token[], head: number): Group | null {
  if (!MEMBER_NOUNS.test(tokens[head]!.norm) || tokens[head + 1]?.norm !== "of") return null;
  return ofArmedBody(tokens, head) ?? ofNamedBody(tokens, head + 1);
}

/**
 * "members of the People's Defense Force", "a member of the CJTF", "cadres of a militia": a member
 * of an armed body is on that body's side (a named force's, or an armed group's by its noun); null
 * when what it is a member of names no armed body.
 */
function ofArmedBody(tokens: readonly Token[], head: number): Group | null {
  for (let k = head + 2; k < tokens.length && k < head + 9; k++) {
    const t = tokens[k]!;
    if (PUNCT_STOP.has(t.norm) || (NP_STOP.has(t.norm) && !THE_A_AN_ITS_THEIR.has(t.norm))) return null;
    const force = forceAt(tokens, k);
    if (force) return sideGroup(force.force);
    // "of a pro-Islamic State group", "of an al-Qaeda-linked faction": an armed party's body.
    if (isAllegiantBody(tokens, head + 2, k)) return "militants";
    // ("of a pro-government militia", "of the army-backed militia": the side it serves is not its own.)
    if (inAllegianceCompound(tokens, k)) continue;
    // "of the regime forces", "of a militia", "of the community": the first people noun or armed body's word.
    // (A capitalised word is of a name, "the Gran Grif gang", not a people noun.)
    const g = GROUP_OF_MODIFIER.get(t.norm) ?? (isCapitalised(t) ? undefined : GROUP_OF_NOUN.get(t.norm));
    if (g !== undefined) return g === "militants" || g === "security_forces" ? g : null;
  }
  return null;
}

const MEMBER_NOUNS = /^(members|member|cadres|cadre)$/;

/**
 * "members of the Abu Sayyaf", "members of Parliament", "members of the Red Cross" (where ofArmedBody
 * finds no armed body's word): the group of a body named after "of" (a name, capitalised to its
 * end), as "BLA members" has it before: a state's force gives security forces, a civil body (a parliament, a rescue service,
 * a ministry) civilians, an armed party or a name of no known kind militants.
 */
function ofNamedBody(tokens: readonly Token[], k: number): Group | null {
  if (tokens[k]?.norm !== "of") return null;
  let j = k + 1;
  if (tokens[j]?.norm === "the") j++;
  const first = j;
  while (j < tokens.length && (isCapitalised(tokens[j]!) || /^(['’]s|of|and|-)$/.test(tokens[j]!.norm))) j++;
  while (j > first && !isCapitalised(tokens[j - 1]!)) j--;
  if (j === first) return null;
  // A name that goes on as a common noun ("the Hazara community") names no body.
  const next = tokens[j];
  if (next && next.kind === "word" && !NP_STOP.has(next.norm) && !PUNCT_STOP.has(next.norm)) return null;
  const force = forceAt(tokens, first);
  if (force) return sideGroup(force.force);
  const words = tokens.slice(first, j);
  const type = typeOf(
    words.map((t) => t.norm),
    words.map((t) => t.text),
  );
  if (type === "state_military") return "security_forces";
  if (type === "armed_group" || type === null) return "militants";
  return "civilians";
}

/** The length of a short bracketed aside at tokens[k] ("(KDF)", "(ALP)"), or 0. */
function bracketed(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.norm !== "(") return 0;
  for (let j = k + 1; j < tokens.length && j <= k + 3; j++) if (tokens[j]!.norm === ")") return j + 1 - k;
  return 0;
}

const isCapitalised = (t: Token): boolean => startsUpper(t.text);

function hasProperModifier(tokens: readonly Token[], first: number, head: number): boolean {
  for (let k = first; k < head; k++) {
    const c = tokens[k]!.text.charCodeAt(0);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/**
 * The group of a named force's people: the state's forces, an armed party's fighters, or, for a
 * pro-government auxiliary of volunteers, civilians (as vigilantes are).
 */
export function sideGroup(force: NamedForce): Group {
  if (force.auxiliary) return "civilians";
  return force.side === "state" ? "security_forces" : "militants";
}

/** A named force among a phrase's words before its head, or ending at the head ("Rapid Support Forces"). */
function namedForceIn(tokens: readonly Token[], first: number, head: number): NamedForce | null {
  for (let k = first; k < head; k++) {
    const f = forceAt(tokens, k);
    if (f && f.end <= head + 1) return f.force;
  }
  return null;
}

/** The index after a bracketed aside that starts at k ("(ANA)"), or k. */
function pastBrackets(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.norm !== "(") return k;
  for (let j = k + 1; j < tokens.length && j < k + 8; j++) if (tokens[j]!.norm === ")") return j + 1;
  return k;
}
