// The named actors of a sentence, wherever they stand ("The Kivu Liberation Front moved into Beni",
// "the attack was blamed on Al-Shabaab", "M23 rebels seized the town", "Lebanon's health ministry
// sent teams"): proper names of bodies that the claimant lexicons type as a party or an official
// body, so that the article remembers them and a later "the militia said", "the ministry said" or
// "it said" can refer back to them (speaker/reference.ts, speaker/entities.ts). People are left to
// the titled names and descriptions of attribute.ts and descriptions.ts.
import type { ClaimantType } from "../../core/model.js";
import { ROLE_NOUNS } from "../lexicon/claimants.js";
import { TITLES } from "../lexicon/titles.js";
import { isCountryName, isNationality } from "../lexicon/nationalities.js";
import { ENGLISH_FUNCTION_WORDS } from "../lexicon/english-function-words.js";
import { NAME_ONLY_HEADS, REFERRING_HEAD_TYPES } from "../lexicon/referring.js";
import type { Token } from "../tokens.js";
import { isNamedKeyword, typeOf } from "./claimant-type.js";
import { isAcronym, isCapitalsOrDigits, isLowerWord, startsLower, startsUpper } from "../letters.js";

export type Range = [number, number];

/** The types of actors remembered: parties to the violence and the bodies that count its victims. */
const ACTOR_TYPES: ReadonlySet<ClaimantType> = new Set([
  "armed_group",
  "state_military",
  "government",
  "official",
]);
/** Words joining the capitalised words of one name ("Movement for the Liberation of Congo", "Ahl al-Sunna"). */
const CONNECTORS: ReadonlySet<string> = new Set("of for the al el ad ash as wal de du la".split(" "));

/** Nouns of a body whose name goes on after "on" ("Commission on Human Rights", "Committee on …"). */
const BODIES_ON = /^(commission|committee|council|conference|panel|office)$/;

/** Prepositions capitalised inside a body's name, never a time's ("Doctors Without Borders", "Committee Against Torture"). */
const NAME_PREPOSITIONS: ReadonlySet<string> = new Set(["Without", "Against", "Beyond", "Across"]);

/** A capitalised word of a name, figures in it or not ("M23"); not a function word ("On", "In"). */
const nameWord = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === "word" && startsUpper(t.text) && !ENGLISH_FUNCTION_WORDS.has(t.norm);
/** A hyphen joining two words without spaces ("Al-Shabaab"). */
const joined = (tk: readonly Token[], k: number) =>
  tk[k]?.text === "-" && tk[k - 1]?.end === tk[k]!.start && tk[k + 1]?.start === tk[k]!.end;
const isHead = (norm: string) => REFERRING_HEAD_TYPES.has(norm) || NAME_ONLY_HEADS.has(norm);

/** The end of the name that starts at tk[k]: its capitalised words, joining words, hyphens and an acronym in brackets. */
function nameEnd(tk: readonly Token[], k: number): number {
  let j = k + 1;
  for (;;) {
    if (joined(tk, j) && tk[j + 1]?.kind === "word") j += 2;
    else if (nameWord(tk[j])) j++;
    else if (CONNECTORS.has(tk[j]?.norm ?? "") && (nameWord(tk[j + 1]) || joined(tk, j + 1))) j += 1;
    // ("the National Commission on Civil Liberties": "on" after a body's noun, inside its name.)
    else if (tk[j]?.norm === "on" && BODIES_ON.test(tk[j - 1]!.norm) && nameWord(tk[j + 1])) j += 1;
    // ("Doctors Without Borders", "Committee Against Torture": a function word in the name's capitals.)
    else if (NAME_PREPOSITIONS.has(tk[j]?.text ?? "") && nameWord(tk[j + 1])) j += 1;
    else if (tk[j]?.text === "(" && isAcronym(tk[j + 1]?.text ?? "") && tk[j + 2]?.text === ")") j += 3;
    else return j;
    if (j >= tk.length) return j;
  }
}

/** A word without its possessive "'s" ("lebanon's" → "lebanon"). */
const ownerWord = (norm: string) => (norm.endsWith("'s") ? norm.slice(0, -2) : norm);

/** A country's name or its people's adjective ("Lebanon's", "Nigerian"). */
const isPlace = (norm: string) => isNationality(norm) || isCountryName([ownerWord(norm)]);

/** Whether tk[k] opens the sentence or a clause of its own (after a dateline's dash, a colon, a quote mark). */
const opensClause = (tk: readonly Token[], k: number) =>
  k === 0 || (/^[-—–:"“‘(]$/.test(tk[k - 1]!.text) && !joined(tk, k - 1));

/** A sentence's named actors, read both ways in one pass (`namedActors`). */
export interface Actors {
  /** The named actors. */
  plain: Range[];
  /** The same, with initials alone opening the sentence or a clause ("MSF teams …") too. */
  withInitials: Range[];
}

/**
 * Token ranges of the named actors of a sentence, in order; with `initials`, also initials alone
 * opening it ("MSF teams …"), which a later sentence's "it" should not take for its subject.
 */
export function namedActors(tk: readonly Token[], initials = false): Range[] {
  const actors = readActors(tk);
  return initials ? actors.withInitials : actors.plain;
}

/** The named actors of a sentence without initials and with them (`namedActors`), in one pass. */
export function readActors(tk: readonly Token[]): Actors {
  const out: Actors = { plain: [], withInitials: [] };
  // A headline in title case ("Police Kill Five In Raid") capitalises words that name nothing: no
  // content word in lower case.
  if (!tk.some((t) => t.kind === "word" && isLowerWord(t.text) && !ENGLISH_FUNCTION_WORDS.has(t.norm)))
    return out;
  for (let k = 0; k < tk.length; k++) {
    if (!nameWord(tk[k])) continue;
    const e = actorEnd(tk, k);
    const from = k;
    k = e - 1;
    // (The cheap test of where the name stands first: the types are read only for a name.)
    const words = tk.slice(from, e);
    const plain = standsAsName(tk, from, words);
    // ("MSF teams treated 22 people, the medical charity said": initials opening the sentence name
    // a body, for a description that refers back in the same sentence.)
    const withInitials = plain || (words.length === 1 && isAcronym(words[0]!.text));
    if (!withInitials || !namesActor(words)) continue;
    if (plain) out.plain.push([from, e]);
    out.withInitials.push([from, e]);
  }
  return out;
}

/** The end of the actor's name that starts at tk[k], with a body's head noun after it. */
function actorEnd(tk: readonly Token[], k: number): number {
  const e = nameEnd(tk, k);
  // "M23 rebels", "Lebanon's health ministry", "Kasese police": a body's head noun after the name.
  let h = e;
  while (
    h < tk.length &&
    h < e + 3 &&
    tk[h]!.kind === "word" &&
    startsLower(tk[h]!.text) &&
    !ENGLISH_FUNCTION_WORDS.has(tk[h]!.norm) &&
    !isHead(tk[h]!.norm)
  )
    h++;
  return h < tk.length && isHead(tk[h]!.norm) && startsLower(tk[h]!.text) ? h + 1 : e;
}

/**
 * Whether the words at `from` stand as a name: a capitalised word inside the sentence ("the Kivu
 * Liberation Front", "Al-Shabaab"); the first word of a sentence or clause ("OWO, Nigeria - Gunmen
 * opened fire") only before another capitalised one ("Kivu Liberation Front fighters") or as a
 * country's ("Lebanon's health ministry", "Ugandan troops"): "Security forces" opening a sentence
 * names nothing.
 */
function standsAsName(tk: readonly Token[], from: number, words: readonly Token[]): boolean {
  return words.some(
    (t, i) =>
      nameWord(t) &&
      (!opensClause(tk, from + i) || (words[1] !== undefined && nameWord(words[1])) || isPlace(t.norm)),
  );
}

/** Whether a name's words are of an actor: a body the claimant lexicons type as a party or an official body. */
function namesActor(words: readonly Token[]): boolean {
  const norms = words.map((t) => t.norm);
  // A person's title or a role ("President Ruto", "Police Commissioner Ali") is no body's name.
  if (norms.some((w) => ROLE_NOUNS.has(w)) || (norms.length === 1 && TITLES.has(norms[0]!))) return false;
  // A body's name ends in a word of its kind ("… Liberation Front", "Al-Shabaab", "M23 rebels") or
  // in initials ("FARDC"), or is a name the lexicons give whole ("Amnesty International"); "DSP
  // Alabo Alfred" is a person's.
  const last = words.findLast((t) => t.kind === "word")!;
  const lastWord = ownerWord(last.norm);
  if (
    typeOf([lastWord]) === null &&
    !isHead(lastWord) &&
    !isCapitalsOrDigits(last.text) &&
    !isNamedKeyword(norms) &&
    // ("the Libyan Red Crescent", "Kenya's Red Cross": a country's national society of a named body.)
    !(norms.length > 2 && isPlace(norms[0]!) && isNamedKeyword(norms.slice(1)))
  )
    return false;
  const type = typeOf(
    norms,
    words.map((t) => t.text),
  );
  return type !== null && ACTOR_TYPES.has(type);
}
