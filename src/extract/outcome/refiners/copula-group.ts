// A group given by a copula after the figure: "five of the dead were children", "of whom four were
// women", "one of the dead was a fighter", "the two others were civilians"; or by the noun right
// after a share of a figure: "eight people were killed, three of them children". The figure's own noun
// names no group ("the dead", "them", none at all), so the predicate noun does.
import type { Group } from "../../../core/model.js";
import { COPULAS, SHARE_VERBS } from "../../lexicon/breakdowns.js";
import { matchWords } from "../../quantity/find-quantities.js";
import { GROUP_OF_NOUN, SEX_AGE_NOUNS } from "../../lexicon/groups.js";
import { NP_STOP, PLACE_PREPOSITIONS } from "../../lexicon/syntax.js";
import type { Token } from "../../tokens.js";
import { inherit, type Candidate } from "../candidate.js";
import { readNounPhrase } from "../noun-phrase.js";
import { phraseAt } from "../phrases.js";
import type { CountRefiner } from "./refiner.js";

/** Words that may stand between the copula and its noun ("were all young men", "was “a fighter"). */
const BEFORE_NOUN = /^(all|both|mostly|also|a|an|the|["“”'‘’])$/;

export const copulaGroup: CountRefiner = (tokens, cands) => {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.group !== null && c.group !== "people") continue;
    // ("Nine of the 13 people killed were civilians": the copula names the share's group.)
    if (cands.some((o) => o.partOf === i && o.via === "subset" && o.q.first < c.q.first)) continue;
    const group =
      groupAfterCopula(tokens, c.end) ?? groupAfterOfThem(tokens, c.q.last) ?? groupOfShareSubject(tokens, c);
    if (!group) continue;
    c.group = sideOfWhole(tokens, cands, c) ?? group;
    // "One of the dead was a fighter and the two others were civilians": the rest of that total.
    if (c.outcome || c.np?.head !== "others") continue;
    const sibling = cands.slice(0, i).find((o) => o.ofTotal && o.outcome);
    if (!sibling) continue;
    inherit(c, sibling);
    c.ofTotal = true;
  }
};

/** Groups that are a side of the violence or its captives: a noun of sex or age does not undo them. */
const SIDES: ReadonlySet<Group | null> = new Set<Group | null>(["militants", "security_forces", "hostages"]);

/**
 * "killed two Maoists, one of them a woman cadre", "five soldiers, two of them women": a share of a
 * side's whole described by sex or age only (lexicon SEX_AGE_NOUNS) is of its whole's side; null
 * when the share is no part, its whole is of no side, or the noun after "of them" says more.
 */
function sideOfWhole(tokens: readonly Token[], cands: readonly Candidate[], c: Candidate): Group | null {
  const whole = c.partOf === null ? undefined : cands[c.partOf];
  if (!whole || !SIDES.has(whole.group) || tokens[c.q.last]?.norm !== "of") return null;
  // ("one of them a young woman", "two of whom were women"; not "one of them a woman's son")
  for (let k = c.q.last + 2; k < tokens.length && k < c.q.last + 6; k++) {
    const t = tokens[k]!;
    if (SEX_AGE_NOUNS.has(t.norm) && tokens[k + 1]?.norm !== "'s") return whole.group;
    if (t.kind !== "word" || GROUP_OF_NOUN.has(t.norm)) return null;
  }
  return null;
}

/**
 * "Children made up five of the dead", "Women and children accounted for 12 of those killed": a
 * share of a total ("of …") after a verb of sharing, its subject a run of person nouns right
 * before the verb; their group (people when they differ).
 */
function groupOfShareSubject(tokens: readonly Token[], c: Candidate): Group | null {
  if (tokens[c.np?.first ?? -1]?.norm !== "of") return null;
  const verb = SHARE_VERBS.find((w) => matchWords(tokens, c.q.first - w.length, w));
  if (!verb) return null;
  let group: Group | null = null;
  for (let k = c.q.first - verb.length - 1; k >= 0; k--) {
    const w = tokens[k]!.norm;
    if (w === "and" || w === ",") continue;
    const g = GROUP_OF_NOUN.get(w);
    if (!g) return k === c.q.first - verb.length - 1 ? null : opensClause(tokens, k) ? group : null;
    group = group === null || group === g ? g : "people";
  }
  return group;
}

/** Whether tokens[k] ends what comes before a clause's subject (the sentence's start is one too). */
function opensClause(tokens: readonly Token[], k: number): boolean {
  return /^(that|;|:|,|the|and)$/.test(tokens[k]!.norm);
}

/** "three of them children", "three of whom were soldiers": the noun right after the share names its group. */
function groupAfterOfThem(tokens: readonly Token[], k: number): Group | null {
  if (tokens[k]?.norm !== "of" || !/^(them|whom)$/.test(tokens[k + 1]?.norm ?? "")) return null;
  // "three of whom were soldiers": a copula may stand between.
  return groupOfNounAfter(tokens, COPULAS.has(tokens[k + 2]?.norm ?? "") ? k + 2 : k + 1);
}

/** The group of the noun after a copula at tokens[k] ("were children", "was “a fighter in …"). */
export function groupAfterCopula(tokens: readonly Token[], k: number): Group | null {
  // "The 9 dead included two police officers": what a whole includes is a part of it, not its group.
  const w = tokens[k]?.norm ?? "";
  return COPULAS.has(w) && w !== "included" && w !== "include" ? groupOfNounAfter(tokens, k) : null;
}

/** Words that open an adjunct of a participle ("killed in the attack", "wounded during the raid"). */
const ADJUNCT_OPENERS = new Set([...PLACE_PREPOSITIONS, "during", "when", "after", "since", "over"]);

/**
 * The copula after an adjunct that opens at tokens[k] ("killed in the attack on the market were
 * soldiers"): its index, or k when no adjunct runs to one (a verb, a figure or a mark stops it).
 */
export function pastAdjunct(tokens: readonly Token[], k: number): number {
  if (!ADJUNCT_OPENERS.has(tokens[k]?.norm ?? "")) return k;
  for (let j = k + 1; j < tokens.length && j < k + 9; j++) {
    const t = tokens[j]!;
    if (COPULAS.has(t.norm)) return j;
    if (t.kind !== "word" || /ed$/.test(t.norm) || phraseAt(tokens, j, "after")) return k;
  }
  return k;
}

/** The group of a noun that starts within a few words after tokens[k]. */
function groupOfNounAfter(tokens: readonly Token[], k: number): Group | null {
  for (let j = k + 1; j < tokens.length && j < k + 6; j++) {
    const w = tokens[j]!.norm;
    if (BEFORE_NOUN.test(w)) continue;
    // "were members of the security forces", "was a member of the militia": the body's group.
    if (/^(members|member|part)$/.test(w) && tokens[j + 1]?.norm === "of")
      return groupOfNounAfter(tokens, j + 1);
    // "were SDF members", "were pro-government militiamen": the phrase as a counted noun reads it.
    const np = readNounPhrase(tokens, j, false);
    if (np.kind === "phrase" && np.np.group !== "people") return np.np.group;
    const g = GROUP_OF_NOUN.get(w);
    if (g) return g === "people" ? null : g;
    // A modifier or two before the noun ("were unarmed civilians", "were off-duty soldiers"); a
    // verb or a preposition ends it ("were killed by the assailants").
    const t = tokens[j]!;
    // ("off-duty": the hyphen of a compound modifier, and the word before it)
    if (w === "-" && t.start === tokens[j - 1]!.end) continue;
    if (tokens[j + 1]?.norm === "-" && tokens[j + 1]!.start === t.end) continue;
    if (t.kind !== "word" || j > k + 4 || NP_STOP.has(w) || phraseAt(tokens, j, "after") || /ed$/.test(w))
      return null;
  }
  return null;
}
