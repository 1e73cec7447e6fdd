// "N of them" whose "them" is a plural people noun before it in the sentence and no figure:
// "carried out operations against the rebels in the district, killing 11 of them", "abducted the
// farmers and later freed five of them". The share is of those people, so it takes their group.
// Its antecedent is an object (after a preposition, or a determiner after a verb), never a
// clause's subject: in "The troops returned fire, killing 11 of them" "them" is not the troops.
// A share of a figure ("20 soldiers were wounded, eight of them critically") is subsets' work.
import type { Group } from "../../../core/model.js";
import { GROUP_OF_MODIFIER, GROUP_OF_NOUN } from "../../lexicon/groups.js";
import type { Token } from "../../tokens.js";
import type { CountRefiner } from "./refiner.js";
import { startsUpper } from "../../letters.js";

export const partitiveAntecedent: CountRefiner = (tokens, cands) => {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.np || c.group !== null || c.partOf !== null || !c.outcome) continue;
    if (tokens[c.q.last]?.norm !== "of" || tokens[c.q.last + 1]?.norm !== "them") continue;
    // A figure counted before it in the sentence is what "them" stands for.
    if (cands.slice(0, i).some((o) => !o.singular)) continue;
    c.group = antecedentGroup(tokens, c.q.first);
  }
};

/** Words a plural noun phrase may open with before its head ("the", "these", a quote). */
const DETERMINERS = /^(the|these|those|their|its|his|her|our|["“”'‘’])$/;
/** Prepositions whose object a noun phrase may be ("against the rebels", "a camp of the rebels"). */
const PREPOSITIONS = /^(of|against|on|at|among|with|from|to|into|upon|near|in|for|between|targeting)$/;
/** Words that open a clause, so that a noun phrase right after them is its subject. */
const CLAUSE_OPENERS = /^(that|,|;|:|and|but|while|as|when|after|before|who|which|[—–-])$/;

/** The group of the nearest plural people noun before tokens[k] that is an object; null: none. */
function antecedentGroup(tokens: readonly Token[], k: number): Group | null {
  for (let h = k - 1; h >= 0; h--) {
    const w = tokens[h]!.norm;
    if (w === "." || w === "?" || w === "!") return null;
    const g = GROUP_OF_NOUN.get(w);
    if (!g || !isPlural(w)) continue;
    const start = phraseStart(tokens, h);
    if (!isObject(tokens, start)) continue;
    const modifier = start < h ? GROUP_OF_MODIFIER.get(tokens[h - 1]!.norm) : undefined;
    return g === "people" || g === "civilians" ? (modifier ?? g) : g;
  }
  return null;
}

/** The first token of the phrase whose head is tokens[h]: back over modifiers, names and quotes. */
function phraseStart(tokens: readonly Token[], h: number): number {
  let s = h;
  for (let j = h - 1; j >= 0 && j >= h - 4; j--) {
    const t = tokens[j]!;
    if (DETERMINERS.test(t.norm) || startsUpper(t.text) || GROUP_OF_MODIFIER.has(t.norm)) s = j;
    else break;
  }
  return s;
}

/** The phrase at tokens[s] follows a preposition, or opens with a determiner after a verb. */
function isObject(tokens: readonly Token[], s: number): boolean {
  const before = tokens[s - 1];
  if (!before || CLAUSE_OPENERS.test(before.norm)) return false;
  if (PREPOSITIONS.test(before.norm)) return true;
  return DETERMINERS.test(tokens[s]!.norm) && before.kind === "word" && !startsUpper(before.text);
}

function isPlural(w: string): boolean {
  return /[^s]s$/.test(w) || /men$/.test(w) || /^(people|police|children|personnel|troops|militia)$/.test(w);
}
