// Parts of a whole: "11 people, including eight civilians and three assailants", "11 people —
// five women and four children —", "more than 80 wounded, many of them children", a name in
// apposition, "two clerics, Ahmed Musa and Bello Sani," (named-members.ts), and a breakdown in
// apposition that adds up to its whole: "40 people, 6 security personnel and 34 civilians, were
// killed". A part points at its whole and takes its outcome.
import type { Token } from "../../tokens.js";
import type { Candidate } from "../candidate.js";
import { FINITE_AUXILIARIES } from "../../lexicon/syntax.js";
import { coordinates } from "../phrases.js";
import { namedMemberOf } from "./named-members.js";
import type { CountRefiner } from "./refiner.js";

export const subsets: CountRefiner = (tokens, cands) => {
  const apposed = apposedBreakdowns(tokens, cands);
  for (let i = 1; i < cands.length; i++) {
    const c = cands[i]!;
    const parent = apposed.get(i) ?? namedMemberOf(tokens, cands, i) ?? subsetParent(tokens, cands, i);
    if (parent === null || clauseOfItsOwn(tokens, c, cands[parent]!)) continue;
    c.partOf = parent;
    // A part's own verb right after its noun is a reduced relative that describes it ("the toll at 28,
    // including 27 soldiers taken hostage"): the whole's outcome is the part's.
    // (Not after "whom": "40 wounded, among whom six died" is a relative clause's finite verb.)
    const reduced =
      c.via === "after" &&
      c.trigger !== null &&
      c.trigger.first === c.end &&
      tokens[c.q.first - 1]?.norm !== "whom";
    if (reduced && cands[parent]!.outcome) {
      c.outcome = null;
      c.trigger = null;
    }
    const p = cands[parent]!;
    // "17 people, including five guards and 12 attackers, were killed and 20 others … were wounded",
    // "were killed, including the two gunmen, and 31 others were injured": a verb read past another
    // figure is that figure's; the part's outcome is its whole's.
    if (p.outcome && c.trigger && figureBetween(cands, c.end, c.trigger.first)) {
      c.outcome = p.outcome;
      c.trigger = p.trigger;
      c.via = "subset";
      continue;
    }
    if (c.outcome && c.via !== "after") continue;
    if (p.outcome && (!c.outcome || c.outcome === p.outcome)) {
      c.outcome = p.outcome;
      c.trigger ??= p.trigger;
      c.via = "subset";
    }
  }
};

/**
 * "Four villagers were killed, including a child, and three others were injured": a figure coordinated
 * after a part, with a finite verb of another outcome right after its noun, opens a clause of its own
 * and is no part of the whole (a reduced relative, "27 soldiers taken hostage", is still one).
 */
function clauseOfItsOwn(tokens: readonly Token[], c: Candidate, whole: Candidate): boolean {
  return (
    c.via === "after" &&
    c.outcome !== null &&
    whole.outcome !== null &&
    c.outcome !== whole.outcome &&
    FINITE_AUXILIARIES.has(tokens[c.end]?.norm ?? "")
  );
}

/** Whether a candidate's figure starts within tokens [from, to). */
function figureBetween(cands: readonly Candidate[], from: number, to: number): boolean {
  return cands.some((o) => o.q.first >= from && o.q.first < to);
}

/** Figures set after a whole with a comma, coordinated, whose values add up to it: index → whole. */
function apposedBreakdowns(tokens: readonly Token[], cands: readonly Candidate[]): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i + 2 < cands.length; i++) {
    const whole = cands[i]!.q.quantity.value;
    if (whole === null || tokens[cands[i]!.end]?.norm !== "," || cands[i + 1]!.q.first !== cands[i]!.end + 1)
      continue;
    let sum = 0;
    let k = i + 1;
    for (; k < cands.length; k++) {
      sum += cands[k]!.q.quantity.value ?? NaN;
      const next = cands[k + 1];
      if (!next || !coordinates(tokens, cands[k]!.end, next.q.first)) break;
    }
    if (k > i + 1 && sum === whole && within(cands[i]!, cands.slice(i + 1, k + 1)))
      for (let m = i + 1; m <= k; m++) out.set(m, i);
  }
  return out;
}

/**
 * Parts may break down a whole of people, or of their own group ("three officers, a sergeant and two
 * constables,"; a person of no group, a name, fits any); a figure of another group after a whole of one is a list of the people counted
 * ("Four guards, 3 traders and a police officer were killed": eight killed, not four).
 */
function within(whole: Candidate, parts: readonly Candidate[]): boolean {
  const g = whole.group;
  return (
    g === null ||
    g === "people" ||
    parts.every((p) => p.group === null || p.group === "people" || p.group === g)
  );
}

/** The figure a candidate is a part of, if it follows "including", "among them", or a dash/bracket. */
function subsetParent(tokens: readonly Token[], cands: readonly Candidate[], i: number): number | null {
  const c = cands[i]!;
  // "more than 80 wounded, many of them children": a share of the figure just given.
  // ("Eight people were killed, three of them children": after the whole's own verb too.)
  const prev = cands[i - 1]!;
  const onlyCommas = (from: number) => tokens.slice(from, c.q.first).every((t) => t.norm === ",");
  // ("killed 20 people in the attack, six of whom were foreigners": after an adjunct of its clause.)
  if (
    tokens[c.q.last]?.norm === "of" &&
    /^(them|whom)$/.test(tokens[c.q.last + 1]?.norm ?? "") &&
    (onlyCommas(prev.end) ||
      (c.q.first > ownVerbEnd(prev) && onlyCommas(ownVerbEnd(prev))) ||
      (tokens[c.q.first - 1]?.norm === "," && adjunctUpTo(tokens, prev, c.q.first - 1)))
  )
    return i - 1;
  // "killed six people, beheading four of them": a share with a verb of its own of the same outcome.
  if (sharesByOwnVerb(tokens, prev, c)) return i - 1;
  // Walk back over coordinated siblings ("eight civilians and three assailants").
  let j = i;
  let start = c.q.first;
  while (j > 0 && coordinates(tokens, cands[j - 1]!.end, cands[j]!.q.first)) {
    j--;
    start = cands[j]!.q.first;
  }
  if (j === 0) return null;
  const parent = cands[j - 1]!;
  if (parent.q.quantity.hedge === "vague" && parent.q.quantity.value === null && c.q.quantity.value === null)
    return null;
  // "Six people died: two more were injured": a figure after a colon or dash with an outcome of its
  // own is a clause of its own, no part.
  const own = cands[j]!.outcome;
  if (own && own !== parent.outcome && LIST_MARKS.has(tokens[start - 1]?.norm ?? "")) return null;
  if (
    !cueBetween(tokens, parent.end, start) &&
    !cueBetween(tokens, ownVerbEnd(parent), start) &&
    !afterAdjunct(tokens, parent, start) &&
    !listAfterAdjunct(tokens, parent, cands[j]!, start)
  )
    return null;
  // A part is smaller than its whole, when both are numbers.
  const pv = parent.q.quantity.value;
  const cv = c.q.quantity.value;
  if (pv !== null && cv !== null && cv > pv) return null;
  // (Only a figure coordinated after the first part: the words right after the cue are its part.)
  if (j < i && otherSide(parent, c) && !otherSide(parent, cands[j]!)) return null;
  return j - 1;
}

/**
 * A figure coordinated after a part of its own side, but on the other side of the fighting from
 * the whole, is no part of it: "At least three assailants, including the bomber, and two guards
 * were killed" counts the guards beside the assailants (five killed), not among them. Attackers are
 * never among the others' dead, nor the others among the attackers'; any other whole may hold any
 * group ("26 hostages, including 18 soldiers", "21 passengers, including 4 soldiers").
 */
function otherSide(whole: Candidate, part: Candidate): boolean {
  const named = (g: Candidate["group"]) => g !== null && g !== "people";
  if (!named(whole.group) || !named(part.group)) return false;
  return (whole.group === "militants") !== (part.group === "militants");
}

/** ", VERB N of them" right after the whole, the verb of the whole's outcome. */
function sharesByOwnVerb(tokens: readonly Token[], whole: Candidate, c: Candidate): boolean {
  return (
    c.via === "before" &&
    c.outcome !== null &&
    c.outcome === whole.outcome &&
    tokens[c.q.last]?.norm === "of" &&
    tokens[c.q.last + 1]?.norm === "them" &&
    tokens[whole.end]?.norm === "," &&
    c.trigger?.first === whole.end + 1 &&
    c.trigger.last === c.q.first
  );
}

function wordsBetween(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((t) => t.norm)
    .join(" ")
    .replace(/ ,/g, ",");
}

/** Whether the words of tokens [from, to) are a cue (isCue); none is longer than seven tokens. */
function cueBetween(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from <= 7 && isCue(wordsBetween(tokens, from, to));
}

function isCue(text: string): boolean {
  return (
    /^(,? ?(including|among them|among whom|of whom|of them|comprising|mostly)( the)?|—|–|-|\(|, among them|:)$/.test(
      text,
    ) ||
    /^(, )?(were|was|are|being)? ?(killed|dead|injured|wounded)?,? ?(including|among them)( the)?$/.test(text)
  );
}

/**
 * "Twelve villagers died in the raid, among them five children", "killed 12 villagers in Zamfara on
 * Sunday, including five children", "20 people were killed in the attack, of whom six were
 * foreigners": a cue after an adjunct of the whole's clause (a few words with no figure, verb or
 * clause break) before the part.
 */
function afterAdjunct(tokens: readonly Token[], whole: Candidate, start: number): boolean {
  const cueFirst =
    wordsBetween(tokens, start - 2, start) === ", including"
      ? start - 2
      : /^, (among|of) (them|whom)$/.test(wordsBetween(tokens, start - 3, start))
        ? start - 3
        : -1;
  return adjunctUpTo(tokens, whole, cueFirst);
}

/**
 * "Six people died in the attack: four villagers and two militiamen", "killed nine people on
 * Sunday – six women and three children": a list after a colon or dash that ends the whole's clause
 * is its breakdown, unless the list's first figure has an outcome of its own ("…: two more were
 * injured").
 */
function listAfterAdjunct(
  tokens: readonly Token[],
  whole: Candidate,
  first: Candidate,
  start: number,
): boolean {
  return (
    LIST_MARKS.has(tokens[start - 1]?.norm ?? "") &&
    (first.outcome === null || first.outcome === whole.outcome) &&
    adjunctUpTo(tokens, whole, start - 1)
  );
}
const LIST_MARKS: ReadonlySet<string> = new Set([":", "—", "–"]);

/** The words from the whole's own verb up to tokens[cueFirst] are an adjunct of its clause. */
function adjunctUpTo(tokens: readonly Token[], whole: Candidate, cueFirst: number): boolean {
  // ("19 wounded people from the town, three of whom had died": a whole whose noun is its outcome.)
  if (!whole.outcome || !/^(after|before|noun)$/.test(whole.via ?? "")) return false;
  const from = ownVerbEnd(whole);
  if (cueFirst <= from || cueFirst - from > 8) return false;
  return tokens
    .slice(from, cueFirst)
    .every((t) => t.kind === "word" && !ADJUNCT_STOP.test(t.norm) && !t.norm.endsWith("ed"));
}

/** Words that end an adjunct: a clause or a coordination begins. */
const ADJUNCT_STOP = /^(and|but|while|who|which|that|when|after|said|says|told)$/;

/** "At least 12 people died, among them five children": the cue may follow the whole's own verb. */
function ownVerbEnd(whole: Candidate): number {
  return whole.via === "after" && whole.trigger && whole.trigger.first >= whole.end
    ? whole.trigger.last
    : whole.end;
}
