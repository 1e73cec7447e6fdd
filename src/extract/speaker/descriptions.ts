// People and bodies described where they are named, anywhere in the article, so that a later (or
// earlier) bare "Okello said" has the type the description gives. Each form is a phrasing class:
//   "Willem Drost, chief of the district administration, …"      name, lower-case description,
//   "John Okello, Kasese district commissioner, …"               name, capitalised role description,
//   "…, said John Okello, head of the provincial police."         the same closed by the sentence's end,
//   "Okello, who heads the county disaster office, …"             name, relative clause of office,
//   "Okello is the district commissioner for Kasese."             name, copula, description,
//   "Kasese district commissioner John Okello visited …"          role words before the name,
//   "Ansar Front, which claimed responsibility for the attack, …" a party that claims the attack.
// Each returns the token ranges of the name and of its description.
import {
  ARMED_MEMBER_NOUNS,
  ASIDE_PARTICIPLES,
  NAMING_PHRASES,
  NAMING_WORDS,
  ROLE_NOUNS,
  RELATIVE_OF_OFFICE,
} from "../lexicon/claimants.js";
import { isCountryName, isNationality } from "../lexicon/nationalities.js";
import { ENGLISH_FUNCTION_WORDS } from "../lexicon/english-function-words.js";
import { EVENT_NOUNS } from "../lexicon/context.js";
import type { ClaimantType } from "../../core/model.js";
import type { Token } from "../tokens.js";
import { typeOf } from "./claimant-type.js";
import { isLowerEd, startsCapitalThenLower, startsLower } from "../letters.js";
import { ARTICLES } from "../lexicon/syntax.js";
import {
  APPOSITION,
  CLAIM,
  COPULA,
  EVERY_READER,
  MEMBERS,
  NAMED_AS,
  RELATIVE,
  ROLES,
  SPOKEN_FOR,
} from "./passing-words.js";

// (Word lists tested token by token, as sets: one lookup where a pattern was run.)
const ST_ND_RD_TH: ReadonlySet<string> = new Set(["st", "nd", "rd", "th"]);
const WHO_WHICH_WHOSE_THAT: ReadonlySet<string> = new Set(["who", "which", "whose", "that"]);
const WHICH_WHO_THAT: ReadonlySet<string> = new Set(["which", "who", "that"]);
const HAS_HAD_HAVE_ETC: ReadonlySet<string> = new Set("has had have later also quickly".split(" "));
const RESPONSIBILITY_CREDIT: ReadonlySet<string> = new Set(["responsibility", "credit"]);
const THE_A_AN_ETC: ReadonlySet<string> = new Set("the a an and said told by of to says".split(" "));

export type Range = [number, number];

export interface Described {
  name: Range;
  description: Range;
  /** The verb of a relative clause that gives the office ("who coordinates …"), its token's index. */
  verb?: number;
  /** The type the description's shape gives, whatever its words ("…, which claimed the attack"). */
  type?: ClaimantType;
}

// (Word lists as sets: a lookup, where a pattern of alternatives is run for every token.)
const BE: ReadonlySet<string> = new Set(["is", "was"]);
const AUXILIARY: ReadonlySet<string> = new Set(
  "is are was were be been has have had will would did does".split(" "),
);
/** Words that open a complement in a description ("head of the police", "spokesman for the army"). */
/** Verbs that open the clause after a name's comma (", said …"), never a description. */
const CLAUSE_START: ReadonlySet<string> = new Set(
  "said says told tells added adds confirmed stated announced explained noted".split(" "),
);
const COMPLEMENT: ReadonlySet<string> = new Set(["of", "for", "in", "at", "to", "with", "on"]);
/** Marks that end a description. */
const DESCRIPTION_ENDS: ReadonlySet<string> = new Set([",", ".", ";", ":"]);

const norms = (tk: readonly Token[], [a, b]: Range) => tk.slice(a, b).map((t) => t.norm);
const texts = (tk: readonly Token[], [a, b]: Range) => tk.slice(a, b).map((t) => t.text);

/** Whether [a, b) is a description of an office: no verb, a type, and a role noun as its head. */
function isRoleDescription(tk: readonly Token[], [a, b]: Range): boolean {
  if (b <= a || tk.slice(a, b).some((t) => AUXILIARY.has(t.norm) || t.kind === "num")) return false;
  let head = a;
  while (head < b && !COMPLEMENT.has(tk[head]!.norm)) head++;
  return ROLE_NOUNS.has(tk[head - 1]?.norm ?? "") && typeOf(norms(tk, [a, b]), texts(tk, [a, b])) !== null;
}

/** The end of a description that opens at tk[d]: the next comma or stop within a few words. */
function descriptionEnd(tk: readonly Token[], d: number): number {
  let e = d;
  while (e < tk.length && e < d + 12 && !DESCRIPTION_ENDS.has(tk[e]!.norm)) e++;
  return e;
}

/** A capitalised word of a name: not a function word ("On Monday", "In Beni") save a leading "The". */
const nameWord = (t: Token) =>
  startsCapitalThenLower(t.text) && (t.norm === "the" || !ENGLISH_FUNCTION_WORDS.has(t.norm));

/** The capitalised words of a name ending before tk[j], at most five. */
function nameBefore(tk: readonly Token[], j: number): number {
  let k = j;
  while (k > 0 && j - k < 5 && nameWord(tk[k - 1]!)) {
    k--;
    // "Jamaat-ul-Ahrar", "Ahl al-Sunna": parts joined by hyphens are one word of the name.
    let h = k;
    while (
      h > 1 &&
      tk[h - 1]!.text === "-" &&
      tk[h - 1]!.start === tk[h - 2]!.end &&
      tk[h - 1]!.end === tk[h]!.start
    )
      h -= 2;
    if (h < k && nameWord(tk[h]!)) k = h;
  }
  return k;
}

/** Whether [d, e) holds a figure, not an ordinal ("202nd Brigade" describes; "killed 11 farmers" does not). */
function holdsFigure(tk: readonly Token[], d: number, e: number): boolean {
  for (let k = d; k < e; k++) {
    const next = tk[k + 1];
    if (tk[k]!.kind === "num" && !(next && next.start === tk[k]!.end && ST_ND_RD_TH.has(next.norm)))
      return true;
  }
  return false;
}

/** "Name, (a|the) description," and "Name, Capitalised role description," (or at the sentence's end). */
function appositions(tk: readonly Token[], out: Described[]): void {
  for (let j = 1; j + 1 < tk.length; j++) {
    if (tk[j]!.norm !== ",") continue;
    const k = nameBefore(tk, j);
    if (k === j || (k > 0 && /^[A-Z]/.test(tk[k - 1]!.text))) continue;
    let d = j + 1;
    if (WHO_WHICH_WHOSE_THAT.has(tk[d]?.norm ?? "")) continue;
    if (ARTICLES.has(tk[d]?.norm ?? "")) d++;
    const e = descriptionEnd(tk, d);
    // "Aa,, 1 killed": nothing between the commas describes no one.
    if (e <= d) continue;
    const closed = tk[e]?.norm === "," || (tk[e]?.norm === "." && e === tk.length - 1);
    // "Musa Danladi, said the officers were on patrol.": a clause after the comma describes no one;
    // nor does one that gives a figure ("According to the Red Cross, gunmen killed 11 farmers.").
    if (
      !closed ||
      CLAUSE_START.has(tk[d]?.norm ?? "") ||
      tk.slice(d, e).some((t) => AUXILIARY.has(t.norm)) ||
      holdsFigure(tk, d, e) ||
      // (", quoted by the state news agency,", ", speaking to reporters,": an aside, not what the name is.)
      (isLowerEd(tk[d]!.text) && tk[d + 1]?.norm === "by") ||
      ASIDE_PARTICIPLES.has(tk[d]!.norm)
    )
      continue;
    // Two capitalised words, a lower-case typed description ("Willem Drost, chief of …"); or any
    // name with a description whose head is an office ("Okello, Kasese district commissioner,").
    // (The description's type is read only where its case and the name's length let it count.)
    const typed =
      startsLower(tk[d]?.text ?? "") && j - k >= 2 && typeOf(norms(tk, [d, e]), texts(tk, [d, e])) !== null;
    if (typed || isRoleDescription(tk, [d, e])) out.push({ name: [k, j], description: [d, e] });
  }
}

/** "Okello, who heads the county disaster office," and "Okello, who is the police chief,". */
function relatives(tk: readonly Token[], out: Described[]): void {
  for (let j = 1; j + 3 < tk.length; j++) {
    if (tk[j]!.norm !== "," || tk[j + 1]!.norm !== "who") continue;
    const k = nameBefore(tk, j);
    if (k === j || !RELATIVE_OF_OFFICE.has(tk[j + 2]!.norm)) continue;
    let d = j + 3;
    if (tk[d - 1]!.norm === "serves" || tk[d - 1]!.norm === "served") d++;
    const e = descriptionEnd(tk, d);
    if (typeOf(norms(tk, [d, e])) !== null) out.push({ name: [k, j], description: [d, e], verb: j + 2 });
  }
}

/**
 * "Ansar Front, which claimed responsibility for the attack, said": a body that claims an attack is
 * a party to it, an armed group (its description is the claim).
 */
function claimsOfAttack(tk: readonly Token[], out: Described[]): void {
  for (let j = 1; j + 3 < tk.length; j++) {
    if (tk[j]!.norm !== "," || !WHICH_WHO_THAT.has(tk[j + 1]!.norm)) continue;
    let d = j + 2;
    if (HAS_HAD_HAVE_ETC.has(tk[d]!.norm)) d++;
    if (tk[d]?.norm !== "claimed") continue;
    // ("…, which claimed the attack,", "…, which claimed Sunday's ambush,": the claim by its event.)
    const e = RESPONSIBILITY_CREDIT.has(tk[d + 1]?.norm ?? "") ? d + 2 : claimedEventEnd(tk, d + 1);
    if (e < 0) continue;
    const k = nameBefore(tk, j);
    if (k < j) out.push({ name: [k, j], description: [d, e], type: "armed_group" });
  }
}

/**
 * The end of an attack claimed by its noun after "claimed" ("the attack", "Sunday's bombing", "an
 * ambush"; lexicon/context.ts EVENT_NOUNS), from `k`, else -1: "claimed the attack" says what
 * "claimed responsibility for the attack" says.
 */
function claimedEventEnd(tk: readonly Token[], k: number): number {
  // (An article, a day's possessive or an adjective may come first: "the deadly attack".)
  for (let n = k; n < k + 3 && tk[n]?.kind === "word"; n++) if (EVENT_NOUNS.has(tk[n]!.norm)) return n + 1;
  return -1;
}

/**
 * "The militia known as the Jebel Guardians said", "rebels calling themselves the Sons of Light": a
 * name introduced by a verb of naming after a description of its kind (lexicon NAMING_PHRASES) is of
 * that kind. The description is the typed noun phrase right before the verb (past "which"/"that"/
 * "who"), the name the capitalised words after it.
 */
function namedAs(tk: readonly Token[], out: Described[]): void {
  for (let j = 1; j + 1 < tk.length; j++) {
    // (Only at a word that opens a phrase of naming: one lookup, where each phrase was compared.)
    if (!NAMING_FIRST.has(tk[j]!.norm)) continue;
    const phrase = NAMING_PHRASES.find((p) => p.every((w, i) => tk[j + i]?.norm === w));
    if (!phrase) continue;
    const d = WHICH_WHO_THAT.has(tk[j - 1]!.norm) ? j - 1 : j;
    let from = d;
    while (from > 0 && d - from < 5 && tk[from - 1]!.kind === "word" && !ARTICLES.has(tk[from - 1]!.norm))
      from--;
    if (from > 0 && ARTICLES.has(tk[from - 1]!.norm)) from--;
    let n = j + phrase.length;
    if (tk[n]?.norm === "the") n++;
    let e = n;
    while (
      e < tk.length &&
      (nameWord(tk[e]!) || (NAME_JOINERS.has(tk[e]!.norm) && tk[e + 1] !== undefined && nameWord(tk[e + 1]!)))
    )
      e++;
    if (e === n || from === d || typeOf(norms(tk, [from, d]), texts(tk, [from, d])) === null) continue;
    out.push({ name: [j + phrase.length, e], description: [from, d] });
  }
}
const NAME_JOINERS: ReadonlySet<string> = new Set(["of", "the", "for"]);
const NAMING_FIRST: ReadonlySet<string> = new Set(NAMING_WORDS);

/**
 * "Speaking for the Malian Red Cross, Moussa Traore said", "On behalf of the council, its chairman
 * said": one who opens a sentence speaking for a body speaks as that body's; the body describes the
 * name after the comma.
 */
function spokenFor(tk: readonly Token[], out: Described[]): void {
  let k = 0;
  if (tk[0]?.norm === "speaking") k = 1;
  if (tk[k]?.norm === "for") k++;
  else if (tk[k]?.norm === "on" && tk[k + 1]?.norm === "behalf" && tk[k + 2]?.norm === "of") k += 3;
  else return;
  const comma = tk.findIndex((t, i) => i > k && t.norm === ",");
  if (comma < 0 || comma - k > 8) return;
  let e = comma + 1;
  while (e < tk.length && e - comma <= 5 && nameWord(tk[e]!)) e++;
  if (e === comma + 1 || typeOf(norms(tk, [k, comma]), texts(tk, [k, comma])) === null) return;
  out.push({ name: [comma + 1, e], description: [k, comma] });
}

/**
 * "Fighters of the Kivu Patriots attacked …", "gunmen from the Tiger Squad", "Zintan militiamen": a
 * name whose members are named by an armed party's noun (lexicon ARMED_MEMBER_NOUNS) is an armed
 * group's, so that "the Kivu Patriots said" later speaks for one. Not a country's name or its
 * people's adjective ("Sudanese fighters"), nor a name the lexicon types already.
 */
function membersOf(tk: readonly Token[], out: Described[]): void {
  for (let j = 0; j < tk.length; j++) {
    if (!ARMED_MEMBER_NOUNS.has(tk[j]!.norm)) continue;
    let n = j + 1;
    if (FROM_OF.has(tk[n]?.norm ?? "")) {
      n++;
      if (tk[n]?.norm === "the") n++;
      let e = n;
      while (e < tk.length && e - n < 5 && nameWord(tk[e]!)) e++;
      if (e > n && ownName(tk, [n, e]))
        out.push({ name: [n, e], description: [j, j + 1], type: "armed_group" });
    } else if (j > 0 && startsLower(tk[j]!.text)) {
      const k = nameBefore(tk, j);
      if (k < j && ownName(tk, [k, j]))
        out.push({ name: [k, j], description: [j, j + 1], type: "armed_group" });
    }
  }
}
const FROM_OF: ReadonlySet<string> = new Set(["of", "from"]);

/** A name of no place, no people and no kind the lexicon knows ("Kivu Patriots", not "Sudanese", not "Army"). */
function ownName(tk: readonly Token[], range: Range): boolean {
  const words = norms(tk, range).filter((w) => w !== "the");
  if (words.length === 0 || words.some((w) => isNationality(w) || isCountryName([w]))) return false;
  return typeOf(words) === null;
}

/** "Okello is the district commissioner for Kasese." */
function copulas(tk: readonly Token[], out: Described[]): void {
  for (let j = 1; j + 2 < tk.length; j++) {
    if (!BE.has(tk[j]!.norm) || !ARTICLES.has(tk[j + 1]!.norm)) continue;
    const k = nameBefore(tk, j);
    if (k !== 0 || k === j) continue;
    const e = descriptionEnd(tk, j + 2);
    if (isRoleDescription(tk, [j + 2, e])) out.push({ name: [k, j], description: [j + 2, e] });
  }
}

/** "Kasese district commissioner John Okello", "police spokesman Ali Raza": role words, then the name. */
function rolesBeforeNames(tk: readonly Token[], out: Described[]): void {
  for (let r = 0; r + 1 < tk.length; r++) {
    // (The name's capital first: a code unit's test spares most tokens the lexicon's lookup.)
    if (!startsCapitalThenLower(tk[r + 1]!.text) || !ROLE_NOUNS.has(tk[r]!.norm)) continue;
    let n = r + 1;
    while (n < tk.length && n - r <= 4 && nameWord(tk[n]!) && !ROLE_NOUNS.has(tk[n]!.norm)) n++;
    if (n === r + 1 || typeOf(norms(tk, [r + 1, n])) !== null) continue;
    let from = r;
    while (from > 0 && r - from < 3 && tk[from - 1]!.kind === "word" && !THE_A_AN_ETC.has(tk[from - 1]!.norm))
      from--;
    if (typeOf(norms(tk, [from, r + 1]), texts(tk, [from, r + 1])) !== null)
      out.push({ name: [r + 1, n], description: [from, r + 1] });
    r = n - 1;
  }
}

/**
 * Every name of a sentence given with a description of its office or kind; `readers`: those of the
 * readers whose words the sentence holds (passing-words.ts), the others finding nothing.
 */
export function describedNames(tk: readonly Token[], readers = EVERY_READER): Described[] {
  const out: Described[] = [];
  if (readers & APPOSITION) appositions(tk, out);
  if (readers & RELATIVE) relatives(tk, out);
  if (readers & CLAIM) claimsOfAttack(tk, out);
  if (readers & COPULA) copulas(tk, out);
  if (readers & ROLES) rolesBeforeNames(tk, out);
  if (readers & NAMED_AS) namedAs(tk, out);
  if (readers & SPOKEN_FOR) spokenFor(tk, out);
  if (readers & MEMBERS) membersOf(tk, out);
  return out;
}
