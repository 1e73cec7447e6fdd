// A figure before coordinated person nouns: "11 soldiers and auxiliaries were killed", "47 men,
// women and children died". The nouns after the first have no figure of their own; the one figure
// counts them all, and the outcome follows the last of them; its group is theirs, or people when
// they are of two (codebook §1: a total mixing groups may be people).
import type { Group } from "../../core/model.js";
import { GROUP_OF_NOUN } from "../lexicon/groups.js";
import { VAGUE } from "../lexicon/numbers.js";
import { NP_STOP, POSSESSIVE_DETERMINERS } from "../lexicon/syntax.js";
import { isNumberWord } from "../quantity/find-quantities.js";
import type { Token } from "../tokens.js";
import { isPeopleNoun, readNounPhrase } from "./noun-phrase.js";

/**
 * The index after a list of bare person nouns that opens at tokens[k] with "and", "or" or a comma
 * and closes with "and" or "or" ("and auxiliaries", ", women and children", "or militiamen"), or k
 * when none does: a conjunct with a determiner or a figure ("and the driver", "and two guards") is
 * a noun phrase of its own, and a comma with no "and" after it closes no list (", police said").
 */
export function pastCoordinatedNouns(tokens: readonly Token[], k: number): number {
  let j = k;
  let closed = false;
  while (!closed) {
    const link = tokens[j]?.norm ?? "";
    const next = tokens[j + 1]?.norm ?? "";
    // (", and" closes a list of three or more, never one of two: "both gunmen, and his son was hurt".)
    if (link === "," && /^(and|or)$/.test(next) && j > k) j++;
    else if (link !== "," && !/^(and|or)$/.test(link)) break;
    closed = tokens[j]!.norm !== ",";
    const end = conjunctEnd(tokens, j + 1);
    if (end === null) return k;
    j = end;
  }
  return closed ? j : k;
}

/** A plural person noun ("auxiliaries", "policemen", "children", "police"), no singular ("son"). */
const PLURAL = /(s|men|children|people|police|personnel|staff)$/;

const DETERMINERS: ReadonlySet<string> = new Set([
  ...POSSESSIVE_DETERMINERS,
  ..."the a an this that these those some another other others".split(" "),
]);

/** The index after a bare person noun at k, or after one modifier and the noun ("young children"). */
function conjunctEnd(tokens: readonly Token[], k: number): number | null {
  for (let i = k; i < k + 2; i++) {
    const t = tokens[i];
    if (!t || t.kind !== "word" || NP_STOP.has(t.norm) || DETERMINERS.has(t.norm)) return null;
    // ("and four assailants", "and dozens of villagers": a figure of their own.)
    if (isNumberWord(t.norm) || VAGUE.has(t.norm)) return null;
    // ("and police officers": a run of person nouns is one noun.)
    if (!isPeopleNoun(t.norm)) continue;
    const end = isPeopleNoun(tokens[i + 1]?.norm ?? "") ? i + 2 : i + 1;
    return PLURAL.test(tokens[end - 1]!.norm) ? end : null;
  }
  return null;
}

/**
 * The group of the first noun's figure when the nouns of tokens[from, to) share it, else people.
 * Each conjunct is read as a noun phrase, so a force's members are the force's ("25 soldiers and
 * National Guard members": security forces), and its words one by one where it reads as none.
 */
export function listGroup(
  tokens: readonly Token[],
  from: number,
  to: number,
  group: Group | null,
): Group | null {
  for (let k = from; k < to; k++) {
    if (!/^(,|and|or)$/.test(tokens[k]!.norm)) continue;
    const r = readNounPhrase(tokens, k + 1, false);
    const g = r.kind === "phrase" && r.np.last <= to ? r.np.group : wordGroup(tokens, k + 1, to);
    if (g && g !== group) return "people";
  }
  return group;
}

/** The group of the first word of tokens[from, to) that names one, up to the next link. */
function wordGroup(tokens: readonly Token[], from: number, to: number): Group | null {
  for (let k = from; k < to && !/^(,|and|or)$/.test(tokens[k]!.norm); k++) {
    const g = GROUP_OF_NOUN.get(tokens[k]!.norm);
    if (g) return g;
  }
  return null;
}
