// Chained outcomes: one group of people to whom several things happened in turn, said with verbs
// joined by "and" (or a list: "abducted, tortured and killed"). Each outcome of the chain that the
// codebook counts is its own claim about the same people ("were kidnapped and killed": abducted
// and killed), except an injury followed by death, where the death is the claim (codebook §1c:
// "Injured who later died: the death is the claim, the injury optional").
import type { Outcome } from "../../core/model.js";
import type { Token } from "../tokens.js";
import type { PhraseMatch } from "./outcome-before.js";
import { phraseAt, phraseEndingAt } from "./phrases.js";

/** What may befall people taken or arrested next (an outcome that follows the first for the same people). */
const NEXT_IN_CAPTIVITY: Readonly<Record<string, readonly Outcome[]>> = {
  abducted: ["released", "killed"],
  arrested: ["released", "killed"],
};

/** Adverbs and auxiliaries between "and" and the next verb of a chain ("and later were released"). */
const CHAIN_FILLERS = /^(later|then|subsequently|eventually|finally|were|was|had|been|also)$/;

/** Words of an injured person's later death: intransitive, so no other object is killed. */
const LATER_DEATH = /^(died|succumbed|perished)$/;

/** A past participle in a list of verbs ("tortured", "robbed"): no outcome itself. */
const isListedVerb = (t: Token | undefined) =>
  t !== undefined && t.kind === "word" && t.norm.length > 4 && t.norm.endsWith("ed");

/**
 * The index of the token after "and" (and its fillers) that ends a list of verbs starting at
 * tokens[k]: "and" at once, or ", tortured and", ", robbed, beaten and" (at most three verbs).
 */
function afterAnd(tokens: readonly Token[], k: number): number | null {
  let j = k;
  for (let listed = 0; tokens[j]?.norm === "," && listed < 3; listed++) {
    if (!isListedVerb(tokens[j + 1])) return null;
    j += 2;
  }
  if (tokens[j]?.norm !== "and") return null;
  j++;
  while (CHAIN_FILLERS.test(tokens[j]?.norm ?? "")) j++;
  return j;
}

/**
 * "were abducted and later released", "were kidnapped, tortured and killed", "were arrested and
 * subsequently freed": the verb after the chain's "and", when its outcome follows the first for the
 * same people (after the counted noun: `via` "after").
 */
export function nextInCaptivity(
  tokens: readonly Token[],
  trigger: { last: number },
  outcome: Outcome,
): PhraseMatch | null {
  const next = NEXT_IN_CAPTIVITY[outcome];
  const j = next ? afterAnd(tokens, trigger.last) : null;
  if (j === null) return null;
  const p = phraseAt(tokens, j, "after");
  return p && next!.includes(p.outcome) ? { p, first: j, last: j + p.words.length } : null;
}

/**
 * "Gunmen kidnapped and killed a priest", "abducted and later killed three engineers", "were
 * kidnapped and killed": the earlier verb of the chain that ends in the count's outcome verb at
 * tokens[first], when that outcome may follow it (taken, then killed or freed).
 */
export function earlierInChain(
  tokens: readonly Token[],
  first: number,
  outcome: Outcome,
): PhraseMatch | null {
  let k = first - 1;
  while (k > 0 && CHAIN_FILLERS.test(tokens[k]!.norm)) k--;
  if (tokens[k]?.norm !== "and") return null;
  k--;
  for (let listed = 0; listed < 3 && isListedVerb(tokens[k]) && tokens[k - 1]?.norm === ","; listed++) {
    if (phraseEndingAt(tokens, k)) break;
    k -= 2;
  }
  const p = phraseEndingAt(tokens, k) ?? phraseAt(tokens, k, "after");
  if (!p || !(NEXT_IN_CAPTIVITY[p.outcome] ?? []).includes(outcome)) return null;
  const start = k - p.words.length + 1;
  // (phraseAt matched forward from k: a one-word participle such as "kidnapped".)
  return p.words.length === 1 || phraseEndingAt(tokens, k) ? { p, first: start, last: k + 1 } : null;
}

/**
 * "A soldier was wounded in the clash and later succumbed to his injuries", "were injured and died
 * in hospital": people injured who then died, said in the same clause (no figure or stop between):
 * the death is the claim. The death's words, or null.
 */
export function laterDeath(tokens: readonly Token[], trigger: { last: number }): PhraseMatch | null {
  for (let k = trigger.last; k < tokens.length && k < trigger.last + 10; k++) {
    const t = tokens[k]!;
    // ("… in the clash, and later died": a comma before the "and" of the chain.)
    if (t.norm === "," && tokens[k + 1]?.norm === "and") continue;
    if (t.kind === "num" || /^[.;:,"“”]$/.test(t.norm) || /^(but|while|whereas|who|which)$/.test(t.norm))
      return null;
    if (t.norm !== "and") continue;
    let j = k + 1;
    while (CHAIN_FILLERS.test(tokens[j]?.norm ?? "")) j++;
    if (!LATER_DEATH.test(tokens[j]?.norm ?? "")) return null;
    const p = phraseAt(tokens, j, "after");
    return p && p.outcome === "killed" ? { p, first: j, last: j + p.words.length } : null;
  }
  return null;
}

/**
 * "abducted three engineers and later killed them", "kidnapped 12 students and freed them days later":
 * what befell the people of an active verb's object next, said of them by a pronoun.
 */
export function nextForThem(tokens: readonly Token[], end: number, outcome: Outcome): PhraseMatch | null {
  const next = NEXT_IN_CAPTIVITY[outcome];
  if (!next) return null;
  // (Past a short adjunct of place or time: "abducted three engineers in Cauca and later killed them".)
  let and = end;
  while (and < end + 6 && tokens[and] && tokens[and]!.norm !== "and") {
    const t = tokens[and]!;
    if (t.kind === "num" || /^[.;:,"“”()]$/.test(t.norm) || phraseAt(tokens, and, "after")) return null;
    and++;
  }
  if (tokens[and]?.norm !== "and") return null;
  let j = and + 1;
  while (CHAIN_FILLERS.test(tokens[j]?.norm ?? "")) j++;
  const p = phraseAt(tokens, j, "before");
  if (!p || !next.includes(p.outcome)) return null;
  const last = j + p.words.length;
  // ("killed him" is read as a single person already.)
  return /^(them|all)$/.test(tokens[last]?.norm ?? "") ? { p, first: j, last } : null;
}
