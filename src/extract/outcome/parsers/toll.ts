// A running toll before the figure: "the death toll rose to 30", "brings the total number of
// eliminated enemy personnel to over 100", "bringing the total to 64" (the total of what the
// clause counted before it).
import type { Group, Outcome } from "../../../core/model.js";
import { RISE_WORDS, TOLL_CHANGE_WORDS } from "../../lexicon/changes.js";
import { HARMED_NOUNS } from "../../lexicon/breakdowns.js";
import { GROUP_OF_MODIFIER, OUTCOME_NOUNS } from "../../lexicon/groups.js";
import { changeFromStart } from "../../quantity/changes.js";
import type { Token } from "../../tokens.js";
import { set } from "../candidate.js";
import { OPENING_QUOTES, readNounPhrase, type NounPhrase } from "../noun-phrase.js";
import { outcomeAfter } from "../outcome-after.js";
import { outcomeBefore } from "../outcome-before.js";
import { hasOutcomeWord, phraseAt } from "../phrases.js";
import type { Triggers } from "../triggers.js";
import { contrastBetween, otherClauseBetween } from "./clause-between.js";
import type { CountContext, CountedTotal, CountParser } from "./parser.js";

export const toll: CountParser = (tokens, c, cands, ctx) => {
  // ("one of the dead rebels was believed to be a squad leader": a toll is a number, not a person.)
  if (c.singular) return false;
  const t = tollBefore(tokens, c.q.first);
  if (!t) return false;
  // ("The body said 9 detainees died": a body that speaks is an organisation, no corpse's toll.)
  if (tokens[t.first]!.norm === "body" && SPEAKS.has(tokens[t.first + 1]?.norm ?? "")) return false;
  // "The death toll rose to six after another fighter died": the toll's figure is the first after
  // its words; a later one is read by its own clause (not "rose from 11 to 19", one change).
  // (The cheap test first: tollBefore has read the change already, and rarely is there a second.)
  if (cands.some((o) => o.via === "toll" && o.q.first > t.first) && changeFromStart(tokens, c.q.first) < 0)
    return false;
  // "killing a total of 10 soldiers": the verb before the sum counts the figure; no running total.
  if (!t.outcome && outcomeBefore(tokens, c.q.first)) return false;
  // "eliminated another 10 soldiers last night, bringing the total to 64": the running total
  // of what the clause counted before it; failing that, of the total the sentences before gave
  // ("The army said 12 soldiers were killed. The rebels put the number at 40.").
  const before = t.outcome ? null : [...cands].reverse().find((o) => o.q.first < c.q.first && o.outcome);
  // (Only a toll that names nothing it counts: "the number of people at the rally" is no toll.)
  const earlier = t.outcome || before || t.complemented ? null : (ctx.recent[0] ?? null);
  // "revised the figure to 14 dead": the outcome said after the figure names what it counts.
  const after = t.outcome ? null : (phraseAt(tokens, c.q.last, "after")?.outcome ?? null);
  // ("The number of victims has risen to 10": those harmed, by the earlier total's outcome, else
  // the dead a toll counts.)
  const outcome = t.outcome ?? after ?? before?.outcome ?? earlier?.outcome ?? (t.victims ? "killed" : null);
  if (!outcome) return false;
  // "Police declined to give a toll but said 12 people were arrested": across a contrast the
  // toll's outcome is another clause's; a figure whose own clause tells its outcome keeps that one
  // (the verb phrase reads it), and one that tells none takes the toll's, its evidence the figure
  // alone ("The toll could rise, but officials said 15"): the words between are another clause.
  // So does a verb of saying coordinated after the toll ("confirmed the toll and said 14 soldiers
  // had been wounded"): its complement is a report of its own.
  const contrast = contrastBetween(tokens, t.first, c.q.first);
  if (otherClauseBetween(tokens, t.first, c.q.first) && outcomeAfter(tokens, c.end)) return false;
  set(
    c,
    outcome,
    contrast ? { first: c.q.first, last: c.q.last } : { first: t.first, last: c.q.first },
    "toll",
  );
  // A rise or a running total is cumulative (a later one revises the toll, CODEBOOK §3b.3); a
  // figure someone puts on it ("other sources put the number at 63") is that source's own estimate.
  c.cumulative = !t.estimate;
  const estimated = t.estimate && !t.np ? estimatedGroup(ctx, outcome) : null;
  if (!c.np) c.group = earlier?.group ?? t.np?.group ?? before?.group ?? estimated ?? c.group;
  return true;
};

/**
 * "Twelve soldiers were killed. Another officer put the toll at 20": a source's estimate of the
 * toll, naming no group, is of the article's toll, the largest total of its outcome given before,
 * when that is the latest ("19 people were killed … All five attackers were eliminated. Police had
 * put the death toll at 12": the attackers are no toll).
 */
function estimatedGroup(ctx: CountContext, outcome: Outcome): Group | null {
  let latest: CountedTotal | null = null;
  let most = -1;
  for (const t of ctx.counted)
    if (t.outcome === outcome) {
      latest = t;
      most = Math.max(most, t.value);
    }
  return latest && latest.value === most && ctx.recent.some((r) => r.outcome === outcome)
    ? latest.group
    : null;
}

const TOLL_WORDS = new Set(["toll", "total", "tally", "count", "number", "figure", "estimate"]);
/** Verbs of saying after "body" that make it an organisation speaking ("the body said"), no corpse. */
const SPEAKS: ReadonlySet<string> = new Set(
  "said says added adds reported reports stated announced confirmed".split(" "),
);

/** Words that make "number" or "figure" a toll's ("the number", "the total number", "their figure"). */
const TOLL_DETERMINERS = /^(the|total|its|their|this|that|official|overall|final)$/;

/** A toll's word, or an outcome noun that rises ("Deaths … reached 15"). */
export const tollTriggers: Triggers = { words: [...TOLL_WORDS, ...OUTCOME_NOUNS.keys()] };
/** Words that may stand between a toll's words and its figure, besides its verbs of change. */
const TOLL_BETWEEN = new Set([
  ...TOLL_CHANGE_WORDS,
  ...(
    "has had have now at to of is was went number the brings bringing brought further officially so far " +
    "confirmed reported put puts placed been updated later since are were be believed thought said estimated " +
    "higher lower"
  ).split(" "),
]);
/** Comparatives by which a source's figure revises another's ("put the toll higher, at 14"). */
const COMPARATIVES: ReadonlySet<string> = new Set(["higher", "lower"]);
/** Verbs by which a source gives its own figure for a toll ("put the number at 63"), not a rise. */
const ESTIMATES = /^(put|puts|placed|places|estimated|estimates|gave|gives)$/;
const INJURY_WORDS = /^(injur|wound|hurt)/;
interface Toll {
  /** null: a bare "total" of what the clause counted before it. */
  outcome: Outcome | null;
  /** First token of the toll's words ("death toll", "total number"). */
  first: number;
  /** The group the toll counts ("the toll among the passengers", "the military toll"). */
  np: NounPhrase | null;
  /** A source's estimate ("put the number at 63"), not a running total. */
  estimate: boolean;
  /** The toll word has a complement of its own ("the number of people at the rally"). */
  complemented: boolean;
  /** Its complement names those harmed by no outcome ("the number of victims"). */
  victims?: boolean;
}

/**
 * A source's statement of an outcome noun's figure ("Deaths were estimated at 40", "Fatalities are
 * believed to be about 30"), a few words before the figure: the noun's own figure, no rise.
 */
const STATED_AT = /^(estimated|believed|thought|said|feared|reported|put|placed)$/;

function tollBefore(tokens: readonly Token[], qFirst: number): Toll | null {
  let np: NounPhrase | null = null;
  // "rose from 11 to 19": read back from "from", the figure superseded no part of the toll's words.
  const from = changeFromStart(tokens, qFirst);
  const end = from >= 0 ? from : qFirst;
  // "The death toll from Wednesday's bombing of a crowded market … rose to 14".
  // (A rise right before the figure reaches back to its toll across the whole clause: "went up to".)
  // ('had risen to "at least 15"': the figure quoted as its source gave it, the rise before the quote.)
  const at = OPENING_QUOTES.has(tokens[end - 1]?.norm ?? "") ? end - 1 : end;
  const rises = RISE_WORDS.has(tokens[at - 1]?.norm ?? "") || RISE_WORDS.has(tokens[at - 2]?.norm ?? "");
  const stated = !rises && [1, 2, 3].some((d) => STATED_AT.test(tokens[end - d]?.norm ?? ""));
  // "The number of people killed in the attacks on the two villages was 40": a copula before the
  // figure reaches back to its toll across the whole subject, as a rise does.
  const copular = !rises && copularBefore(tokens, at);
  const reach = rises || copular ? 30 : stated ? 12 : 10;
  for (let k = end - 1; k >= 0 && k >= end - reach; k--) {
    const w = tokens[k]!.norm;
    if (w === "." || w === ";") return null;
    // (The copula's subject holds no comma nor figure: "in total 26 were killed, among the dead
    // were 2 journalists" is a part, not the total's.)
    if (copular && (w === "," || tokens[k]!.kind === "num")) return null;
    // 'put the number of civilians killed at "more than 40"': the figure quoted as its source gave it.
    if (k === end - 1 && OPENING_QUOTES.has(w)) continue;
    // "the number of passengers killed rose to 15", "the total number"; not "a large number".
    const bare = w === "number" || w === "figure" || w === "estimate";
    if (TOLL_WORDS.has(w) && (!bare || TOLL_DETERMINERS.test(tokens[k - 1]?.norm ?? "")))
      return tollAt(tokens, k, qFirst, np);
    // "Deaths from the blast reached 15", "fatalities have climbed to 40": an outcome noun that rises.
    // (Not by a copula: "among the dead were two journalists" names a part.)
    const noun = reach > 10 && !copular && k === subjectStart(tokens, k) ? OUTCOME_NOUNS.get(w) : undefined;
    if (noun) return { outcome: noun, first: k, np, estimate: stated, complemented: false };
    if (reach > 10) continue;
    if (TOLL_BETWEEN.has(w) || phraseAt(tokens, k, "after") || OUTCOME_NOUNS.has(w)) continue;
    // "The number of those killed in the fighting is nine": "those" stands for the people it counts.
    if (w === "those" && tokens[k - 1]?.norm === "of") continue;
    // "put the number of injured higher, at four": a comparative set off before the figure.
    if (w === "," && COMPARATIVES.has(tokens[k - 1]?.norm ?? "")) continue;
    const r = readNounPhrase(tokens, k, false);
    if (r.kind === "phrase" && r.np.last <= qFirst) {
      np ??= r.np;
      continue;
    }
    if (tokens[k]!.kind === "word" && k > qFirst - 6) continue; // modifiers of the total's noun
    // "The number of those who died in the attack is 14": a relative clause of the counted people.
    const rel = relativeOpener(tokens, k, end);
    if (rel < 0) return null;
    k = rel;
  }
  return null;
}

/**
 * "those who died in the raid", "people who were wounded": a "who" at most four words before
 * tokens[k], after "those" or a word, opens a relative clause of the people the toll counts when
 * an outcome is told between it and the figure. Its index, else -1.
 */
function relativeOpener(tokens: readonly Token[], k: number, end: number): number {
  for (let j = k; j >= 1 && j >= k - 4; j--) {
    if (tokens[j]!.norm !== "who") continue;
    return tokens[j - 1]!.kind === "word" && hasOutcomeWord(tokens, j + 1, end) ? j : -1;
  }
  return -1;
}

/** Adverbs between a toll's copula and its figure ("is now 40", "was officially 12"). */
const COPULA_ADVERBS: ReadonlySet<string> = new Set("now officially currently still already".split(" "));
const COPULA_FORMS: ReadonlySet<string> = new Set("is was are were".split(" "));

/** A form of "be", with an adverb or none after it, right before tokens[at]. */
function copularBefore(tokens: readonly Token[], at: number): boolean {
  const k = COPULA_ADVERBS.has(tokens[at - 1]?.norm ?? "") ? at - 2 : at - 1;
  return COPULA_FORMS.has(tokens[k]?.norm ?? "");
}

/** tokens[k] opens its clause: at the start, or after "the", a comma or a conjunction. */
function subjectStart(tokens: readonly Token[], k: number): number {
  const before = tokens[k - 1]?.norm;
  return before === undefined || /^(the|,|;|and|but|as|while)$/.test(before) ? k : -1;
}

/** The toll whose word is tokens[k], for the figure at qFirst. */
function tollAt(tokens: readonly Token[], k: number, qFirst: number, found: NounPhrase | null): Toll {
  const w = tokens[k]!.norm;
  let np = found;
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
  // ("the number of people at the rally was 4,000" counts no outcome.)
  if (!isToll && !hasOutcomeWord(tokens, k + 1, qFirst)) outcome = null;
  if (isToll && tokens[k - 1] && /^(casualty)$/.test(tokens[k - 1]!.norm)) outcome = "killed";
  // "the toll among the passengers", "the number of soldiers killed": the group it counts.
  if (!np && /^(of|among)$/.test(tokens[k + 1]?.norm ?? "")) {
    const r = readNounPhrase(tokens, tokens[k + 2]?.norm === "the" ? k + 3 : k + 2, false);
    if (r.kind === "phrase" && r.np.last <= qFirst) np = r.np;
  }
  // "the military toll", "the civilian death toll": the group the toll counts, a modifier of the
  // toll's own noun ("The army put the toll at 12": the subject of the clause is no modifier).
  let m = k - 1;
  while (m > 0 && /^(death|casualty|injury|fatality)$/.test(tokens[m]!.norm)) m--;
  const g = np || m < 0 ? undefined : GROUP_OF_MODIFIER.get(tokens[m]!.norm);
  if (g) np = { first: m, last: m + 1, head: tokens[m]!.norm, group: g };
  // The trigger starts at "death toll", "total number".
  let first = k;
  while (first > 0 && /^(death|total|toll)$/.test(tokens[first - 1]!.norm)) first--;
  const estimate = estimated(tokens, first, qFirst);
  // "the number of victims": the people a total the sentences before gave, as a bare "the number".
  if (outcome === null && np && np.first <= k + 3 && HARMED_NOUNS.has(np.head))
    return { outcome, first, np, estimate, complemented: false, victims: true };
  const complemented = /^(of|among|from|in)$/.test(tokens[k + 1]?.norm ?? "");
  return { outcome, first, np, estimate, complemented };
}

/** "put the number at", "estimated the toll at": a verb of estimating governs the toll. */
function estimated(tokens: readonly Token[], first: number, qFirst: number): boolean {
  let estimate = false;
  for (let j = Math.max(0, first - 3); j < qFirst; j++) {
    // ("The toll, previously put at 11, rose to 19": a rise after the estimate is the figure's verb.)
    if (RISE_WORDS.has(tokens[j]!.norm)) return false;
    if (ESTIMATES.test(tokens[j]!.norm)) estimate = true;
  }
  return estimate;
}
