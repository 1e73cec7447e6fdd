// Counts of people with their outcome, in one sentence. Every figure is an anchor: the outcome
// is the phrase before it ("killing 5", "shot dead another 40 personnel"), the phrase after its
// noun ("four Frontier Corps personnel were killed", "30 were killed"), a running toll ("the death
// toll rose to 30"), a noun that is an outcome ("12 bodies"), or the outcome of the figure it is
// coordinated with ("two people and four assailants were killed") or a part of ("11 people,
// including eight civilians").
import type { Group, Outcome, Quantity } from "../../core/model.js";
import { GROUP_OF_MODIFIER, GROUP_OF_NOUN, OUTCOME_NOUNS } from "../lexicon/groups.js";
import { ACTIVE_FILLERS, OUTCOME_PHRASES, PASSIVE_FILLERS, type OutcomePhrase } from "../lexicon/outcomes.js";
import { SUBSET_CUES } from "../lexicon/syntax.js";
import { findQuantities, matchWords, type QuantityMention } from "../quantity/find-quantities.js";
import type { Token } from "../tokens.js";
import { readNounPhrase, type NounPhrase } from "./noun-phrase.js";
import { findSingulars, skipOfPhrase } from "./singulars.js";

/** How the outcome was found; "implied": a suicide bomber's own death, implied by the act. */
export type Via = "before" | "after" | "toll" | "noun" | "coordinated" | "subset" | "singular" | "implied";

export interface Count {
  quantity: Quantity;
  /** Token range of the quantity words. */
  qFirst: number;
  qLast: number;
  np: NounPhrase | null;
  group: Group;
  outcome: Outcome;
  /** Token range of the outcome words. */
  trigger: { first: number; last: number } | null;
  via: Via;
  /** Index (in the returned list) of the figure this one is a part of. */
  partOf: number | null;
  /** The phrase reads as a running total ("toll rose to", "brings the total to"). */
  cumulative: boolean;
  /** A definite plural ("the hostages") whose number is that of captives counted earlier. */
  anaphor: boolean;
  /** "Two of the dead": a part of a total the article gave before. */
  ofTotal: boolean;
}

interface Candidate {
  q: QuantityMention;
  np: NounPhrase | null;
  /** First token after the quantity and its noun. */
  end: number;
  group: Group | null;
  outcome: Outcome | null;
  trigger: { first: number; last: number } | null;
  via: Via | null;
  partOf: number | null;
  cumulative: boolean;
  anaphor: boolean;
  /** A single person ("a driver", "Sabour"), not a figure. */
  singular: boolean;
}

const BY_FIRST_WORD = new Map<string, OutcomePhrase[]>();
const BY_LAST_WORD = new Map<string, OutcomePhrase[]>();
for (const p of OUTCOME_PHRASES) {
  const f = p.words[0]!;
  const l = p.words[p.words.length - 1]!;
  if (!BY_FIRST_WORD.has(f)) BY_FIRST_WORD.set(f, []);
  if (!BY_LAST_WORD.has(l)) BY_LAST_WORD.set(l, []);
  BY_FIRST_WORD.get(f)!.push(p);
  BY_LAST_WORD.get(l)!.push(p);
}

/** An outcome phrase that can follow its counted noun, starting at tokens[k]. */
export function phraseAt(
  tokens: readonly Token[],
  k: number,
  role: "after" | "before",
): OutcomePhrase | null {
  const list = BY_FIRST_WORD.get(tokens[k]?.norm ?? "");
  if (!list) return null;
  for (const p of list) if (p[role] && matchWords(tokens, k, p.words)) return p;
  return null;
}

/** An outcome phrase that can precede its counted noun, ending at tokens[k] (inclusive). */
function phraseEndingAt(tokens: readonly Token[], k: number): OutcomePhrase | null {
  const list = BY_LAST_WORD.get(tokens[k]?.norm ?? "");
  if (!list) return null;
  for (const p of list) if (p.before && matchWords(tokens, k - p.words.length + 1, p.words)) return p;
  return null;
}

const TOLL_WORDS = new Set(["toll", "total", "tally", "count", "number"]);
const TOLL_BETWEEN = new Set([
  "rose",
  "has",
  "had",
  "have",
  "risen",
  "climbed",
  "reached",
  "jumped",
  "increased",
  "stood",
  "stands",
  "now",
  "at",
  "to",
  "of",
  "is",
  "was",
  "mounted",
  "soared",
  "went",
  "up",
  "hit",
  "number",
  "the",
  "brings",
  "bringing",
  "brought",
  "further",
  "officially",
  "so",
  "far",
  "confirmed",
  "reported",
  "put",
  "puts",
  "placed",
  "been",
]);
const INJURY_WORDS = /^(injur|wound|hurt)/;

/** "the death toll rose to 30", "brings the total number of eliminated enemy personnel to over 100". */
function tollBefore(
  tokens: readonly Token[],
  qFirst: number,
): { outcome: Outcome | null; first: number; np: NounPhrase | null } | null {
  let np: NounPhrase | null = null;
  // "The death toll from Wednesday's bombing of a crowded market … rose to 14": a rise right before
  // the figure reaches back to its toll across the whole clause.
  const rises = /^(rose|risen|climbed|reached|jumped|increased|stood|stands|mounted|soared)$/;
  const reach =
    rises.test(tokens[qFirst - 1]?.norm ?? "") || rises.test(tokens[qFirst - 2]?.norm ?? "") ? 30 : 10;
  for (let k = qFirst - 1; k >= 0 && k >= qFirst - reach; k--) {
    const w = tokens[k]!.norm;
    if (w === "." || w === ";") return null;
    // "the number of passengers killed rose to 15", "the total number"; not "a large number".
    const isNumber = w === "number" && /^(the|total)$/.test(tokens[k - 1]?.norm ?? "");
    if (TOLL_WORDS.has(w) && (w !== "number" || isNumber)) {
      let outcome: Outcome | null = "killed";
      for (let j = Math.max(0, k - 2); j < k + 2 && j < qFirst; j++)
        if (INJURY_WORDS.test(tokens[j]!.norm)) outcome = "injured";
      // "the total of hostages freed", "the total number of people rescued"
      for (let j = k + 1; j < qFirst && j < k + 8; j++) {
        const p = phraseAt(tokens, j, "after");
        if (p) outcome = p.outcome;
      }
      // A toll counts deaths; a bare "total" ("bringing the total to 64") counts what the clause
      // counted before it (null: the caller takes it from there).
      const isToll = w === "toll" || w === "tally" || w === "count";
      if (!isToll && !np && !hasOutcomeWord(tokens, k + 1, qFirst)) outcome = null;
      if (isToll && tokens[k - 1] && /^(casualty)$/.test(tokens[k - 1]!.norm)) outcome = "killed";
      // "the toll among the passengers", "the number of soldiers killed": the group it counts.
      if (!np && /^(of|among)$/.test(tokens[k + 1]?.norm ?? "")) {
        const r = readNounPhrase(tokens, tokens[k + 2]?.norm === "the" ? k + 3 : k + 2, false);
        if (r.kind === "phrase" && r.np.last <= qFirst) np = r.np;
      }
      // "the military toll", "the civilian death toll": the group the toll counts.
      for (let j = Math.max(0, k - 3); j < k && !np; j++) {
        const g = GROUP_OF_MODIFIER.get(tokens[j]!.norm);
        if (g) np = { first: j, last: j + 1, head: tokens[j]!.norm, group: g };
      }
      // The trigger starts at "death toll", "total number".
      let first = k;
      while (first > 0 && /^(death|total|toll)$/.test(tokens[first - 1]!.norm)) first--;
      return { outcome, first, np };
    }
    if (reach > 10) continue;
    if (TOLL_BETWEEN.has(w) || phraseAt(tokens, k, "after") || OUTCOME_NOUNS.has(w)) continue;
    const r = readNounPhrase(tokens, k, false);
    if (r.kind === "phrase" && r.np.last <= qFirst) {
      np ??= r.np;
      continue;
    }
    if (tokens[k]!.kind === "word" && k > qFirst - 6) continue; // modifiers of the total's noun
    return null;
  }
  return null;
}

function hasOutcomeWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++)
    if (phraseAt(tokens, j, "after") || OUTCOME_NOUNS.has(tokens[j]!.norm)) return true;
  return false;
}

/** The outcome phrase before the quantity: "killing 5", "killed another 40". */
function outcomeBefore(
  tokens: readonly Token[],
  qFirst: number,
): { p: OutcomePhrase; first: number; last: number } | null {
  let k = qFirst - 1;
  while (k >= 0 && ACTIVE_FILLERS.has(tokens[k]!.norm)) k--;
  const p = phraseEndingAt(tokens, k);
  if (!p) return null;
  // "who were killed 5 days ago" is not "killed 5": a passive auxiliary before means no object.
  const before = tokens[k - p.words.length]?.norm;
  // (A progressive is active: "was holding 150 hostages".)
  if (/^(were|was|been|be)$/.test(before ?? "") && !p.words[p.words.length - 1]!.endsWith("ing")) return null;
  return { p, first: k - p.words.length + 1, last: k + 1 };
}

/** The outcome phrase after the noun: "were killed", "lost their lives", "remain under custody". */
function outcomeAfter(
  tokens: readonly Token[],
  from: number,
): { p: OutcomePhrase; first: number; last: number } | null {
  let k = from;
  let relative = false;
  for (let guard = 0; guard < 12 && k < tokens.length; guard++) {
    const t = tokens[k]!;
    const p = phraseAt(tokens, k, "after");
    // "A prisoner released on a pardon is lynched": a participle right after the noun is a reduced
    // relative clause when a main verb follows.
    const reduced =
      p !== null &&
      k === from &&
      (p.words[0]!.endsWith("ed") || PARTICIPLES.has(p.words[0]!)) &&
      /^(on|from|in|by|after|for|with|at|hostage|captive)$/.test(tokens[k + p.words.length]?.norm ?? "");
    if (p && (relative || reduced)) {
      // "Two guards who were seized with the engineers are still missing": the main clause's
      // outcome, after the relative clause, when there is one.
      // (A reduced clause may run long: "155 passengers held hostage in the train by suspected
      // Baloch terrorists in the troubled Balochistan province were rescued".)
      const main = mainClauseOutcome(tokens, k + p.words.length, reduced ? 20 : 10);
      if (main) return main;
    }
    if (p) {
      // "kidnapped and later found dead", "abducted and later killed": the final outcome.
      const last = k + p.words.length;
      if (tokens[last]?.norm === "and") {
        let j = last + 1;
        while (
          j < last + 4 &&
          (PASSIVE_FILLERS.has(tokens[j]?.norm ?? "") || /ly$/.test(tokens[j]?.norm ?? ""))
        )
          j++;
        const then = phraseAt(tokens, j, "after");
        if (then && then.outcome === "killed") return { p: then, first: j, last: j + then.words.length };
      }
      return { p, first: k, last };
    }
    // "6 people including 3 soldiers were killed", "24 people, including a catechist were killed".
    if (isSubsetCue(tokens, k) || (t.norm === "," && isSubsetCue(tokens, k + 1))) {
      const j = nextOutcome(tokens, k + 1, 16, true);
      if (j === null) return null;
      k = j;
      continue;
    }
    // An aside between the noun and its verb is skipped: ", including Hamish,", "(three soldiers)",
    // ", the tribal elder and his bodyguard,".
    if (t.norm === "," || t.norm === "(" || t.norm === "—" || t.norm === "–") {
      const j = asideEnd(tokens, k);
      if (j === null) return null;
      k = j;
      continue;
    }
    // "40 personnel belonging to the Central Reserve Police Force were killed": a postmodifier
    // before a passive outcome with its auxiliary.
    if (guard === 0 && POSTMODIFIERS.has(t.norm)) {
      // "Eight young men who were part of the militia fighting … were killed": a long relative clause.
      if (t.norm === "who") {
        const main = mainClauseOutcome(tokens, k + 1, 22);
        if (main && /^(were|was|are|is)$/.test(tokens[main.first - 1]?.norm ?? "") && main.first - k > 4)
          return main;
      }
      const j = nextOutcome(tokens, k + 1, 10);
      if (j !== null && /^(were|was|had|have|is|are|been)$/.test(tokens[j - 1]?.norm ?? "")) {
        if (t.norm === "who") relative = true;
        k = j;
        continue;
      }
    }
    // "was identified and killed", "were abducted and later killed": the last verb of a chain.
    if (t.norm.endsWith("ed") && tokens[k + 1]?.norm === "and" && guard < 6) {
      k += 2;
      continue;
    }
    if (!PASSIVE_FILLERS.has(t.norm) && !(t.norm.endsWith("ly") && t.norm.length > 4)) return null;
    if (t.norm === "who" || t.norm === "that") relative = true;
    k++;
  }
  return null;
}

/** "the dead, numbering 12", "the injured villagers, numbering five". */
function numberingBefore(
  tokens: readonly Token[],
  qFirst: number,
): { outcome: Outcome; group: Group; trigger: { first: number; last: number } } | null {
  if (!/^(numbering|numbered|totalling|totaling)$/.test(tokens[qFirst - 1]?.norm ?? "")) return null;
  for (let k = qFirst - 2; k >= 0 && k >= qFirst - 7; k--) {
    const outcome = OUTCOME_NOUNS.get(tokens[k]!.norm);
    if (!outcome) continue;
    let group: Group = "people";
    for (let j = k + 1; j < qFirst - 1; j++) {
      const g = GROUP_OF_NOUN.get(tokens[j]!.norm);
      if (g) group = g;
    }
    return { outcome, group, trigger: { first: k, last: k + 1 } };
  }
  return null;
}

/** Irregular past participles that may open a reduced relative clause ("passengers held hostage in …"). */
const PARTICIPLES = new Set(["held", "taken", "shot", "kept", "caught", "hurt", "hit", "seized"]);

/** An auxiliary and an outcome within a few words after a relative clause ("… are still missing"). */
function mainClauseOutcome(
  tokens: readonly Token[],
  from: number,
  window = 10,
): { p: OutcomePhrase; first: number; last: number } | null {
  for (let k = from; k < tokens.length && k < from + window; k++) {
    const t = tokens[k]!;
    if (t.kind === "num" || /^[.;,]$/.test(t.norm)) return null;
    if (!/^(are|were|is|was|have|has|had|remain|remained)$/.test(t.norm)) continue;
    const own = phraseAt(tokens, k, "after"); // "remain missing"
    if (own) return { p: own, first: k, last: k + own.words.length };
    let j = k + 1;
    while (
      j < tokens.length &&
      j < k + 4 &&
      PASSIVE_FILLERS.has(tokens[j]!.norm) &&
      !phraseAt(tokens, j, "after")
    )
      j++;
    const p = phraseAt(tokens, j, "after");
    if (p) return { p, first: j, last: j + p.words.length };
  }
  return null;
}

/** Words that open a phrase after a counted noun ("belonging to …", "suspected of …", "who …"). */
const POSTMODIFIERS = new Set(
  (
    "belonging from of in at on with for aboard inside near travelling traveling working serving stationed deployed " +
    "based suspected accused linked known believed wanted who aged said thought"
  ).split(" "),
);

/** The first outcome phrase within `limit` tokens from k, crossing no figure or sentence stop. */
function nextOutcome(
  tokens: readonly Token[],
  k: number,
  limit: number,
  acrossFigures = false,
): number | null {
  for (let j = k; j < tokens.length && j < k + limit; j++) {
    const t = tokens[j]!;
    if ((t.kind === "num" && !acrossFigures) || t.norm === "." || t.norm === ";") return null;
    if (phraseAt(tokens, j, "after") && !(tokens[j - 1]?.norm === "," && j === k)) return j;
  }
  return null;
}

/** The token after an aside that opens at tokens[k] and is closed by the same mark, a ")" or a "," before a verb. */
function asideEnd(tokens: readonly Token[], k: number): number | null {
  const open = tokens[k]!.norm;
  const close = open === "(" ? ")" : open;
  for (let j = k + 1; j < tokens.length && j < k + 28; j++) {
    const w = tokens[j]!.norm;
    if (w === "." || w === ";") return null;
    if (w !== close) continue;
    // The aside ends where the sentence's verb phrase resumes.
    const next = j + 1;
    const p = phraseAt(tokens, next, "after");
    if (p || PASSIVE_FILLERS.has(tokens[next]?.norm ?? "")) return next;
    if (open === "(" || open === "—" || open === "–") return next;
  }
  return null;
}

function isSubsetCue(tokens: readonly Token[], k: number): boolean {
  return SUBSET_CUES.some((c) => matchWords(tokens, k, c));
}

/** Words between a figure and the next one that coordinate them ("and", ",", "as well as"). */
function coordinates(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  const words = tokens.slice(from, to).map((t) => t.norm);
  const joined = words.join(" ");
  return /^(,|and|, and|and the|, the|and their|and his|and her|as well as|along with|plus|and another|, another|and an additional|and a further|and at least|, at least|and over|and more than|and some|and about|and nearly)$/.test(
    joined,
  );
}

/** "took 30 passengers hostage": the verb before and the word after belong together. */
function takenHostage(
  tokens: readonly Token[],
  qFirst: number,
  end: number,
  head: string | null,
): { first: number; last: number } | null {
  const before = tokens[qFirst - 1]?.norm;
  const after = tokens[end]?.norm;
  // "took 30 hostages": the captives are the object of the taking.
  if ((head === "hostages" || head === "captives") && /^(took|taken|taking|take|seized)$/.test(before ?? ""))
    return { first: qFirst - 1, last: end };
  if (
    (after === "hostage" || after === "captive" || after === "hostages") &&
    /^(took|taken|taking|take|seized|held|holding)$/.test(before ?? "")
  )
    return { first: qFirst - 1, last: end + 1 };
  return null;
}

export function findCounts(tokens: readonly Token[], slice: (a: number, b: number) => string): Count[] {
  const cands: Candidate[] = [];
  for (const q of findQuantities(tokens, slice)) {
    let r = readNounPhrase(tokens, q.last, true);
    // "and 22 sustained injuries", "22 lost their lives": an outcome right after the figure is
    // its verb, not a noun.
    if (
      (r.kind === "not_people" || (r.kind === "unknown" && r.np.first === q.last)) &&
      phraseAt(tokens, q.last, "after")
    )
      r = { kind: "elliptical", next: q.last };
    if (r.kind === "not_people") continue;
    if (r.kind === "unknown") {
      // Only as the subject or object of an outcome of people, said at once: "7 Christian Copts were
      // killed", "soldiers killed three youths", "kill two Maasai".
      const a = outcomeAfter(tokens, r.np.last);
      const b = outcomeBefore(tokens, q.first);
      const human = (o: Outcome) => o !== "present" && o !== "released";
      const asSubject = a !== null && a.first - r.np.last <= 2 && human(a.p.outcome);
      const asObject =
        b !== null && human(b.p.outcome) && /^(killed|injured|abducted|arrested)$/.test(b.p.outcome);
      if (!asSubject && !asObject) continue;
    }
    const np = r.kind === "phrase" || r.kind === "unknown" ? r.np : null;
    const end = np ? np.last : q.last;
    cands.push({
      q,
      np,
      end: np ? skipOfPhrase(tokens, end) : end,
      group: np && !/^(others|more|other)$/.test(np.head) ? np.group : null,
      outcome: null,
      trigger: null,
      via: null,
      partOf: null,
      cumulative: false,
      anaphor: false,
      singular: false,
    });
  }
  // Single persons ("a driver", "Sabour, a contractor,") where no figure covers them.
  const isOutcomeEnd = (k: number) => outcomeBefore(tokens, k + 1) !== null;
  const isOutcomeStart = (k: number) => phraseAt(tokens, k, "after") !== null;
  for (const s of findSingulars(tokens, isOutcomeEnd, isOutcomeStart)) {
    if (cands.some((c) => s.q.first < c.end && c.q.first < s.end)) continue;
    cands.push({
      q: s.q,
      np: s.np,
      end: s.end,
      group: s.group,
      outcome: null,
      trigger: null,
      via: null,
      partOf: null,
      cumulative: false,
      anaphor: s.anaphor ?? false,
      singular: true,
    });
  }
  cands.sort((a, b) => a.q.first - b.q.first);
  // 1. Direct phrases: before the figure, after its noun, a toll, an outcome noun.
  for (const c of cands) {
    const hostage = takenHostage(tokens, c.q.first, c.end, c.np?.head ?? null);
    if (hostage) {
      set(c, "abducted", hostage, "before");
      continue;
    }
    const toll = tollBefore(tokens, c.q.first);
    if (toll) {
      // "eliminated another 10 soldiers last night, bringing the total to 64": the running total
      // of what the clause counted before it.
      const before = toll.outcome
        ? null
        : [...cands].reverse().find((o) => o.q.first < c.q.first && o.outcome);
      const outcome = toll.outcome ?? before?.outcome ?? null;
      if (outcome) {
        set(c, outcome, { first: toll.first, last: c.q.first }, "toll");
        c.cumulative = true;
        if (!c.np) c.group = toll.np?.group ?? before?.group ?? c.group;
        continue;
      }
    }
    // "the injured villagers, numbering five": the figure of the phrase before it.
    const numbering = numberingBefore(tokens, c.q.first);
    if (numbering) {
      set(c, numbering.outcome, numbering.trigger, "before");
      c.group ??= numbering.group;
      continue;
    }
    const b = outcomeBefore(tokens, c.q.first);
    const a = outcomeAfter(tokens, c.end);
    // An after-phrase that has its own object ("5 people killed 10 soldiers") is not this figure's.
    const aOwnsObject =
      a &&
      a.p.before &&
      cands.some((o) => o !== c && o.q.first >= a.last && onlyFillers(tokens, a.last, o.q.first));
    if (b && !(a && !aOwnsObject && b.p.outcome === "present")) set(c, b.p.outcome, b, "before");
    else if (a && !aOwnsObject) set(c, a.p.outcome, a, "after");
    else if (c.np && OUTCOME_NOUNS.has(c.np.head))
      set(c, OUTCOME_NOUNS.get(c.np.head)!, { first: c.np.first, last: c.np.last }, "noun");
  }
  // 1b. Suicide bombers die by their act ("A suicide bomber detonated", "two bombers blew themselves up").
  for (const c of cands) {
    if (
      c.outcome ||
      !c.np ||
      !/^bombers?$/.test(c.np.head) ||
      !hasWord(tokens, c.np.first, c.np.last, "suicide")
    )
      continue;
    let k = c.end;
    while (k < tokens.length && PASSIVE_FILLERS.has(tokens[k]!.norm)) k++;
    if (/^(detonated|exploded|struck|blew)$/.test(tokens[k]?.norm ?? ""))
      set(c, "killed", { first: k, last: k + 1 }, "implied");
  }
  // 1c. "In addition to the bomber, 16 people were killed": the aside shares the clause's outcome.
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (
      c.outcome ||
      !ASIDE_OPENERS.some(
        (w) => matchWords(tokens, c.q.first - w.length, w) || matchWords(tokens, c.q.first - w.length - 1, w),
      )
    )
      continue;
    const next = cands.slice(i + 1).find((o) => o.outcome);
    if (next) inherit(c, next);
  }
  // 2. Sub-counts: "11 people, including eight civilians and three assailants", "11 people — five women and four children —",
  // and a breakdown in apposition that adds up to its whole: "40 people, 6 security personnel and 34 civilians, were killed".
  const apposed = apposedBreakdowns(tokens, cands);
  for (let i = 1; i < cands.length; i++) {
    const c = cands[i]!;
    const parent = apposed.get(i) ?? subsetParent(tokens, cands, i);
    if (parent !== null) {
      c.partOf = parent;
      if (!c.outcome || c.via === "after") {
        const p = cands[parent]!;
        if (p.outcome && (!c.outcome || c.outcome === p.outcome)) {
          c.outcome = p.outcome;
          c.trigger ??= p.trigger;
          c.via = "subset";
        }
      }
    }
  }
  // 3. Coordination, both ways, until nothing changes: "two people and four assailants were killed".
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i]!;
      if (c.outcome) continue;
      const next = cands[i + 1];
      const prev = cands[i - 1];
      if (
        next?.outcome &&
        (next.via === "after" || next.via === "coordinated") &&
        coordinates(tokens, c.end, next.q.first)
      ) {
        inherit(c, next);
        changed = true;
      } else if (prev?.outcome && prev.via !== "toll" && coordinates(tokens, prev.end, c.q.first)) {
        inherit(c, prev);
        changed = true;
      }
    }
  }
  // 4. Groups of figures with no noun of their own: "another 10 soldiers were eliminated, while 30 were killed".
  const out: Count[] = [];
  const index = new Map<Candidate, number>();
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (!c.outcome || !c.trigger || !c.via) continue;
    let group = c.group;
    if (!group) {
      // Only from a counted figure with an outcome of its own ("another 10 soldiers were eliminated,
      // while 30 were killed"); "A gunman opened fire, killing 11" does not make the 11 gunmen.
      // Parts of a whole lend nothing: in "11 people — five women and four children — died and
      // 22 were injured" the 22 are people.
      for (let j = i - 1; j >= 0 && !group; j--) {
        const o = cands[j]!;
        if (o.group && o.np && o.outcome && !o.singular && o.partOf === null) group = o.group;
      }
      group ??= "people";
    }
    // An execution is of captives, whoever they were ("10 enemy personnel were executed").
    // (A single person executed keeps their group: "beheaded Mahamat, a soldier".)
    if (
      c.outcome === "killed" &&
      group !== "militants" &&
      (c.q.quantity.value ?? 2) > 1 &&
      isExecution(tokens, c.trigger)
    )
      group = "hostages";
    // People held are held captive: "holding 214 individuals" counts hostages.
    // (Those who "remain in custody" after arrests are prisoners, not hostages.)
    if (
      c.outcome === "held" &&
      (group === "people" || group === "civilians") &&
      !hasWord(tokens, c.trigger.first, c.trigger.last, "custody")
    )
      group = "hostages";
    // Bodies recovered or found count as killed (codebook §1c), whatever verb found them.
    let outcome = c.outcome;
    if (
      c.np &&
      OUTCOME_NOUNS.get(c.np.head) === "killed" &&
      /^(released|present|abducted|missing)$/.test(outcome)
    )
      outcome = "killed";
    // "lost 12 soldiers", "lost no men" count a side's losses; "a resident who lost two cousins" is
    // a bereavement, not a toll the speaker gives.
    if (
      c.via === "before" &&
      tokens[c.trigger.first]!.norm === "lost" &&
      c.trigger.last - c.trigger.first === 1
    ) {
      const head = c.np?.head ?? "";
      if (group !== "security_forces" && group !== "militants" && !/^(men|man|lives)$/.test(head)) continue;
    }
    // Attackers who escaped or fled were never freed from anything.
    if (
      outcome === "released" &&
      group === "militants" &&
      /^(escaped|fled|managed)$/.test(tokens[c.trigger.first]!.norm)
    )
      continue;
    index.set(c, out.length);
    const parent = c.partOf === null ? null : cands[c.partOf]!;
    out.push({
      quantity: c.q.quantity,
      qFirst: c.q.first,
      qLast: c.q.last,
      np: c.np,
      group,
      outcome,
      trigger: c.trigger,
      via: c.via,
      partOf: parent ? (index.get(parent) ?? null) : null,
      cumulative: c.cumulative,
      anaphor: c.anaphor,
      ofTotal: c.np !== null && isOfTotal(tokens, c.q.last, c.np),
    });
    // "freed all nine foreign engineers abducted from a construction site": a participle right
    // after the noun says what happened to them before: a second claim about the same people.
    const before = c.via === "before" && c.np ? reducedRelative(tokens, c.np.last) : null;
    if (before && before.p.outcome !== outcome) {
      out.push({
        ...out[out.length - 1]!,
        outcome: before.p.outcome,
        trigger: before,
        via: "after",
        partOf: null,
      });
    }
  }
  return out;
}

/** A past participle with no auxiliary right after a noun, followed by its complement ("abducted from"). */
function reducedRelative(
  tokens: readonly Token[],
  k: number,
): { p: OutcomePhrase; first: number; last: number } | null {
  const p = phraseAt(tokens, k, "after");
  if (!p || p.outcome === "present" || !p.words[0]!.endsWith("ed") || p.words.length > 2) return null;
  const next = tokens[k + p.words.length]?.norm ?? "";
  return /^(from|in|at|during|by|on|last|earlier|near|outside|inside|while)$/.test(next)
    ? { p, first: k, last: k + p.words.length }
    : null;
}

/** "N of the dead", "two of the injured", "three of the hostages": a part of an earlier total. */
function isOfTotal(tokens: readonly Token[], qLast: number, np: NounPhrase): boolean {
  return (
    tokens[qLast]?.norm === "of" &&
    /^(the|those)$/.test(tokens[qLast + 1]?.norm ?? "") &&
    /^(dead|injured|wounded|victims|killed|hostages|casualties)$/.test(np.head)
  );
}

const EXECUTION = /^(executed|executing|execute|executes|beheaded|beheading)$/;

function isExecution(tokens: readonly Token[], trigger: { first: number; last: number }): boolean {
  for (let k = trigger.first; k < trigger.last; k++) if (EXECUTION.test(tokens[k]!.norm)) return true;
  return false;
}

const ASIDE_OPENERS = [
  ["in", "addition", "to"],
  ["aside", "from"],
  ["apart", "from"],
  ["besides"],
  ["along", "with"],
];

function hasWord(tokens: readonly Token[], from: number, to: number, word: string): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.norm === word) return true;
  return false;
}

function onlyFillers(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!ACTIVE_FILLERS.has(tokens[k]!.norm)) return false;
  return true;
}

function set(c: Candidate, outcome: Outcome, trigger: { first: number; last: number }, via: Via): void {
  c.outcome = outcome;
  c.trigger = { first: trigger.first, last: trigger.last };
  c.via = via;
}

function inherit(c: Candidate, from: Candidate): void {
  c.outcome = from.outcome;
  c.trigger = from.trigger;
  c.via = "coordinated";
  c.cumulative = from.cumulative;
}

/** The figure a candidate is a part of, if it follows "including", "among them", or a dash/bracket. */
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
    if (k > i + 1 && sum === whole) for (let m = i + 1; m <= k; m++) out.set(m, i);
  }
  return out;
}

function subsetParent(tokens: readonly Token[], cands: readonly Candidate[], i: number): number | null {
  const c = cands[i]!;
  // "more than 80 wounded, many of them children": a share of the figure just given.
  const prev = cands[i - 1]!;
  if (
    tokens[c.q.last]?.norm === "of" &&
    /^(them|whom)$/.test(tokens[c.q.last + 1]?.norm ?? "") &&
    tokens.slice(prev.end, c.q.first).every((t) => t.norm === ",")
  )
    return i - 1;
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
  const between = tokens.slice(parent.end, start).map((t) => t.norm);
  const text = between.join(" ").replace(/ ,/g, ",");
  const cue =
    /^(,? ?(including|among them|among whom|of whom|of them|comprising|mostly)|—|–|-|\(|, among them|: )$/.test(
      text,
    ) || /^(, )?(were|was|are|being)? ?(killed|dead|injured|wounded)?,? ?(including|among them)$/.test(text);
  if (!cue) return null;
  // A part is smaller than its whole, when both are numbers.
  const pv = parent.q.quantity.value;
  const cv = c.q.quantity.value;
  if (pv !== null && cv !== null && cv > pv) return null;
  return j - 1;
}
