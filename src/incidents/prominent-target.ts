// GTD's assassination rule as constructions: an attack on a prominent person (an official, a
// commander, a judge, an elder, a cleric, a journalist …) is an assassination, whatever the
// weapon. The role nouns, titles, verbs and belongings are data in ./lexicon/event-types.ts.
import { ASSASSINATION } from "./lexicon/event-types.js";
import { alternation, NOT_AFTER_LETTER, NOT_LETTER } from "./phrase-pattern.js";

const KILLED_PASSIVE = `(?:was|were)\\s+(?:(?:\\p{L}+ly|later|then|also|soon)\\s+)?(?:${alternation(ASSASSINATION.killed)})${NOT_LETTER}`;
const KILLED = new RegExp(`${NOT_AFTER_LETTER}${KILLED_PASSIVE}`, "iu");
/** A role noun or its plural. */
const ROLE = new RegExp(
  `${NOT_AFTER_LETTER}(?:${alternation(ASSASSINATION.roles)})(?:s|es)?${NOT_LETTER}`,
  "giu",
);
/** A rank that is a role only before a name. */
const TITLE = new RegExp(`${NOT_AFTER_LETTER}(?:${alternation(ASSASSINATION.titles)})${NOT_LETTER}`, "giu");
/** After a role noun that heads its phrase: the end, "of …", "for …", "and …", an abbreviation. */
const ROLE_HEAD = /^(?:\s*$|\s*\(|\s+(?:of|for|and|or)\s)/u;
/** "'s" and a belonging: "the governor's convoy". */
const POSSESSIVE = new RegExp(`^['’]s\\s+(?:${alternation(ASSASSINATION.belongings)})`, "iu");
/** Capitalised words after a title: "General X Y". */
const TITLE_NAME = /^\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/u;
const PLACES: ReadonlySet<string> = new Set(ASSASSINATION.places);
const OF = /\sof\s/u;
/** The noun phrase after a verb, up to a comma or a preposition. */
const NP = `([^,.;:]{1,100}?)(?=\\s*[,.;:]|\\s+(?:${alternation(ASSASSINATION.after)})${NOT_LETTER}|$)`;
const NOT_NP = /^(?:and|or|but|by|to|for|him|her|them|himself|themselves|it)(?![\p{L}])/iu;
const BELONGING = `(?:(?:the|a|an|his|her|their)\\s+(?:${alternation(ASSASSINATION.belongings)})s?\\s+of\\s+)?`;
/** An attack verb, not in a passive ("was shot") nor told as background ("has previously targeted"). */
const ATTACK = new RegExp(
  NOT_AFTER_LETTER +
    `(?<!${NOT_AFTER_LETTER}(?:was|were|been|being|be)\\s)` +
    `(?<!${NOT_AFTER_LETTER}(?:has|have|had)\\s+(?:${alternation(ASSASSINATION.background)})\\s+)` +
    `(?:${alternation(ASSASSINATION.attacks)})\\s+${BELONGING}${NP}`,
  "giu",
);
const TAKE = new RegExp(`${NOT_AFTER_LETTER}(?:${alternation(ASSASSINATION.takes)})\\s+${NP}`, "giu");
/** "Name, a/the <phrase>" (the phrase up to the next comma). */
const APPOSITIVE =
  /(?<![\p{L}])(\p{Lu}[\p{L}'’-]*)(?:\s+\([^)]{1,20}\))?,\s+((?:a|an|the|former|then)\s[^,.;]{1,100})/gu;
/** After an appositive: ", … was killed". */
const APPOSITIVE_KILLED = new RegExp(`,(?:[^.;]{0,60}?\\s)?${KILLED_PASSIVE}`, "uy");

/** A title's holder, unless the capitalised words name a place ("Imam Z Mosque"). */
function titleName(rest: string): boolean {
  const name = TITLE_NAME.exec(rest)?.[0];
  return name !== undefined && !PLACES.has(name.slice(name.search(/\S+$/u)).toLowerCase());
}

/**
 * Whether a phrase names a prominent person by a role noun that heads it ("the head of a
 * council", "a district police chief", "Governor X", "the minister's convoy"), with no "of"
 * before it ("the relatives of a commander" are not the commander).
 */
function hasRole(phrase: string): boolean {
  const of = phrase.search(OF);
  for (const m of phrase.matchAll(ROLE)) {
    if (of >= 0 && m.index > of) break;
    const rest = phrase.slice(m.index + m[0].length);
    if (ROLE_HEAD.test(rest) || titleName(rest) || POSSESSIVE.test(rest)) return true;
  }
  for (const m of phrase.matchAll(TITLE)) {
    if (of >= 0 && m.index > of) break;
    if (titleName(phrase.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/** Whether the phrase is, or names one of, the people the text describes by a role. */
function isProminent(np: string, named: ReadonlySet<string>): boolean {
  if (NOT_NP.test(np)) return false;
  if (hasRole(np)) return true;
  if (named.size === 0) return false;
  const of = np.search(OF);
  for (const w of (of >= 0 ? np.slice(0, of) : np).split(/\s+/)) {
    if (named.has(w.replace(/['’]s$/u, ""))) return true;
  }
  return false;
}

/**
 * The words that tell of an attack on a prominent person, if the text has them (GTD: an
 * assassination, by any means): "<Name>, the <role phrase>, was killed"; "shot and killed <role
 * phrase>" or "opened fire on (the vehicle of) <Name>" where "<Name>, a <role phrase>" is written;
 * or such a person abducted, when the text says a victim was killed.
 */
export function prominentTarget(text: string): string | null {
  const named = new Set<string>();
  for (const m of text.matchAll(APPOSITIVE)) {
    if (!hasRole(m[2]!)) continue;
    APPOSITIVE_KILLED.lastIndex = m.index + m[0].length;
    const killed = APPOSITIVE_KILLED.exec(text);
    if (killed) return m[0] + killed[0];
    named.add(m[1]!);
  }
  for (const m of text.matchAll(ATTACK)) if (isProminent(m[1]!, named)) return m[0];
  if (KILLED.test(text)) for (const m of text.matchAll(TAKE)) if (isProminent(m[1]!, named)) return m[0];
  return null;
}
