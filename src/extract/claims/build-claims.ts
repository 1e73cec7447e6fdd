// Claims from the counts of each sentence: evidence span, claimant, time, scope and modality.
import type { Article, Claim, Quantity, Scope, Span } from "../../core/model.js";
import {
  countCues,
  cuedCounts,
  type Count,
  type CountedTotal,
  type EarlierTotal,
} from "../outcome/find-counts.js";
import { LOSE_FORMS } from "../outcome/own-losses.js";
import { quoteAt, type Quote } from "../segment/quotes.js";
import type { Attribution, SentenceTokens } from "../speaker/attribute.js";
import type { Token } from "../tokens.js";
import { isBackground } from "./background.js";
import { linkBreakdownSums } from "./breakdown-sums.js";
import { linkListSums } from "./list-sums.js";
import { linkSequenceSums } from "./sequence-sums.js";
import { linkTollParts } from "./toll-parts.js";
import { linkDefiniteParts } from "./definite-parts.js";
import { linkParenParts } from "./paren-parts.js";
import { linkApposedParts } from "./apposed-parts.js";
import { paramilitaryGroup } from "./force-context.js";
import { pairGroup } from "./pair-anaphor.js";
import { countsNoOne, pronounOf, pronounReferent } from "./pronoun-person.js";
import { partsTakeTheirWholesGroup } from "./part-groups.js";
import { headEnd, headlineSources } from "./headline.js";
import { headlineClauses } from "./headline-clauses.js";
import { possessiveSources } from "./headline-possessive.js";
import { scopeNoneStatements } from "./none-scope.js";
import { ClaimTimes } from "./claim-time.js";
import { ledeTakesEventDay } from "./lede-day.js";
import { modalityOf, negatedInference, scopeOf } from "./context.js";
import { addedToEarlier } from "./added-also.js";
import { relatedIncidents, sharedAcross } from "./shared-totals.js";
import { paragraphLabels } from "./sections.js";
import { isRunning } from "./running.js";
import { isRetracted } from "./retracted.js";
import { isFirstReported } from "./first-reported.js";
import { countedInError } from "./counted-in-error.js";
import { isConflictToll } from "./conflict-toll.js";
import { isSpanToll } from "./span-toll.js";
import { namesCountedAgain } from "./counted-before.js";
import { ofPastPeriod } from "./past-period.js";
import { ofEarlierDay } from "./earlier-dated.js";
import { onEarlierDate } from "./dated-opener.js";
import { ofEarlierMonth } from "./earlier-month.js";
import { articleSpread, spreadOver, type ArticleSpread } from "./spread-totals.js";

/** The version of the rules, recorded on every claim so stored claims can be re-run and compared. */
export const ENGINE_VERSION = "0.1.0";
const EXTRACTOR = "tally-rules";

export interface BuildInput {
  article: Article;
  text: string;
  sentences: readonly SentenceTokens[];
  /** Quotes and speakers are worked out only for an article that counts someone (most do not). */
  speakers: () => { quotes: readonly Quote[]; attribution: Attribution };
  published: string | null;
  /** Past this time (Date.now()), no more sentences are read; `stopped` is told at which. */
  deadline?: { at: number; stopped: (sentence: SentenceTokens) => void };
}

/** The evidence of a count: its figure, noun and outcome words, when they stand together. */
function evidenceSpan(tokens: readonly Token[], c: Count): Span {
  let first = c.qFirst;
  let last = c.np ? Math.max(c.np.last, c.qLast) : c.qLast;
  if (c.trigger && /^(before|after|toll|noun|implied)$/.test(c.via)) {
    first = Math.min(first, c.trigger.first);
    last = Math.max(last, c.trigger.last);
  } else if (c.trigger && c.via === "coordinated" && c.trigger.first >= last && c.trigger.first - last <= 8) {
    last = c.trigger.last;
  }
  return { start: tokens[first]!.start, end: tokens[last - 1]!.end };
}

function scopeFor(c: Count, scope: Scope): Scope {
  if (scope !== "increment") return scope;
  // A stock (held, present) is never an increment: "150 more hostages remain" is how many are held;
  // nor is a vague word ("scores more were unaccounted for").
  return c.outcome === "held" || c.outcome === "present" || c.quantity.hedge === "vague" ? "single" : scope;
}

const CAPTIVES = new Set(["hostages", "captives", "abductees", "victims"]);

/**
 * "The soldiers were killed shortly after the abduction": the number the article gave earlier
 * for the same noun ("abducted five soldiers"); for captives, the sum of those abducted. The
 * hedge and range go with the number ("more than 400 passengers … the passengers" is more than
 * 400). Null when nothing earlier is counted: then "the hostages" stands as "all" and other nouns
 * as no claim.
 */
function resolveAnaphor(c: Count, earlier: readonly Claim[]): Quantity | null {
  const head = c.np?.head ?? "";
  const numeric = earlier.filter(
    (x) => x.partOf === null && x.quantity.value !== null && x.modality === "asserted",
  );
  const same = [...numeric]
    .reverse()
    .find((x) => x.noun !== null && x.noun.toLowerCase().split(/\s+/).pop() === head);
  const taken = numeric.filter((x) => x.outcome === "abducted");
  const referents = same ? [same] : CAPTIVES.has(head) ? taken : [];
  if (referents.length === 0) return CAPTIVES.has(head) ? c.quantity : null;
  return { ...sumOf(referents.map((x) => x.quantity)), text: c.quantity.text };
}

/** Several earlier figures taken together: values and bounds add; one hedge kept when all share it. */
function sumOf(qs: readonly Quantity[]): Omit<Quantity, "text"> {
  if (qs.length === 1) return qs[0]!;
  const add = (pick: (q: Quantity) => number | null) =>
    qs.reduce<number | null>((n, q) => (n === null || pick(q) === null ? null : n + pick(q)!), 0);
  const hedge = qs.every((q) => q.hedge === qs[0]!.hedge) ? qs[0]!.hedge : "at_least";
  return {
    value: add((q) => q.value),
    min: add((q) => q.min),
    max: hedge === "at_least" ? null : add((q) => q.max),
    hedge,
  };
}

/** A claim with the index of the sentence it was read from. */
export interface Built {
  claim: Claim;
  sentence: number;
  /** Read from the headline or deck, before the body. */
  head?: boolean;
  /** The head of the counted noun ("passengers" of "30 passengers on the bus"). */
  nounHead?: string | null;
  /** The figure follows "the" ("Of the nine wounded, …"): a set counted before, named again. */
  definite?: boolean;
  /** The figure is "another" ("Another man was found dead"): one more person, never one counted before. */
  another?: boolean;
  /** The label of a round-up's paragraph it stands in ("donetsk oblast"), when there is one (sections.ts). */
  section?: string;
  /** Its time is only the day it was said or reported on ("the rebels said Thursday"), not the event's. */
  saidDay?: boolean;
}

/**
 * "Two of the dead were children": the latest whole figure of that outcome the article gave. A
 * part of a breakdown that found no whole is none ("The dead included a journalist, two teachers
 * and a child" with no total before: the journalist is not the teachers' whole).
 */
function lastTotal(claims: readonly Claim[], outcome: Claim["outcome"]): string | null {
  for (let i = claims.length - 1; i >= 0; i--) {
    const c = claims[i]!;
    if (c.rule.rule === "count.part") continue;
    if (c.outcome === outcome && c.partOf === null && c.quantity.value !== null) return c.id;
  }
  return null;
}

/**
 * The outcome of the latest total given in the two sentences before sentence `index`: what "them"
 * and "the victims" of this one may stand for ("Twelve villagers died. Among them were …"). A
 * total of "others" after another in its sentence goes on counting the same people ("the bodies of
 * eight miners …, and three others were still being searched for. None of them were soldiers"):
 * "them" stands for the first.
 */
function earlierTotal(built: readonly Built[], index: number): Claim["outcome"] | null {
  for (let i = built.length - 1; i >= 0; i--) {
    const { claim, sentence, nounHead } = built[i]!;
    if (sentence < index - 2) return null;
    if (claim.partOf !== null || claim.quantity.hedge === "none" || claim.outcome === "present") continue;
    if (nounHead === "others" && built[i - 1]?.sentence === sentence) continue;
    return claim.outcome;
  }
  return null;
}

/** The totals given in the two sentences before sentence `index`, latest first (CountContext.recent). */
function recentTotals(built: readonly Built[], index: number): EarlierTotal[] {
  const out: EarlierTotal[] = [];
  for (let i = built.length - 1; i >= 0; i--) {
    const { claim, sentence, nounHead } = built[i]!;
    if (sentence < index - 2) break;
    if (claim.partOf !== null || claim.quantity.hedge === "none" || claim.outcome === "present") continue;
    out.push({ outcome: claim.outcome, group: claim.group, head: nounHead ?? null });
  }
  return out;
}

/** The totals the article gave before (CountContext.counted): every built claim is of a sentence before. */
function countedTotals(built: readonly Built[]): CountedTotal[] {
  const out: CountedTotal[] = [];
  for (const { claim } of built) {
    const value = claim.quantity.value;
    if (
      claim.partOf !== null ||
      value === null ||
      claim.quantity.hedge === "none" ||
      claim.outcome === "present"
    )
      continue;
    out.push({ outcome: claim.outcome, value, group: claim.group });
  }
  return out;
}

/**
 * "We lost 12 men", "Hezbollah said 3 of its members were killed": the men a party says it lost,
 * and the members it calls its own, are its own fighters.
 */
function ownSide(
  tokens: readonly Token[],
  c: Count,
  party: Claim["claimant"]["party"],
): Claim["group"] | null {
  if ((c.group !== "civilians" && c.group !== "people") || party === "independent") return null;
  const lost =
    c.trigger !== null &&
    c.trigger.last - c.trigger.first === 1 &&
    LOSE_FORMS.has(tokens[c.trigger.first]!.norm);
  if (!lost && !ownMembers(tokens, c)) return null;
  return party === "state" ? "security_forces" : "militants";
}

/** "3 of its members", "12 of our men": a party's own people, by a possessive before a noun of membership. */
function ownMembers(tokens: readonly Token[], c: Count): boolean {
  if (!c.np || !OWN_MEMBERS.has(c.np.head)) return false;
  const k = c.np.first;
  return tokens[k]?.norm === "of" && /^(its|their|our)$/.test(tokens[k + 1]?.norm ?? "");
}

const OWN_MEMBERS = new Set(["members", "member", "men", "cadres", "comrades"]);

/**
 * "We lost three of our men, and seven were wounded": a figure with no noun of its own after the
 * party's own people in its sentence, by the same voice, is of them too.
 */
function elidedOwnSide(
  c: Count,
  claimant: Claim["claimant"],
  ids: readonly (string | null)[],
  claims: readonly Claim[],
) {
  if (c.np !== null || (c.group !== "civilians" && c.group !== "people") || claimant.party === "independent")
    return null;
  const prev = ids.length > 0 && ids[ids.length - 1] !== null ? claims[claims.length - 1] : undefined;
  const own = claimant.party === "state" ? "security_forces" : "militants";
  const head = prev?.noun?.split(/\s+/).pop()?.toLowerCase() ?? "";
  return prev && prev.group === own && prev.claimant.name === claimant.name && OWN_MEMBERS.has(head)
    ? own
    : null;
}

/** "12 paramilitaries", with no force named by them: the side of the paramilitary force the article names. */
function contextGroup(input: BuildInput, c: Count, at: number): Claim["group"] | null {
  if (c.group !== "people" || !c.np || !/^paramilitar(y|ies)$/.test(c.np.head)) return null;
  return paramilitaryGroup(input.sentences, at);
}

export function buildClaims(input: BuildInput): Built[] {
  const { text } = input;
  const slice = (a: number, b: number) => text.slice(a, b);
  const claims: Claim[] = [];
  const built: Built[] = [];
  const related = relatedIncidents(text);
  const spread = articleSpread(text);
  const times = new ClaimTimes(text, input.sentences, input.published);
  const head = headEnd(text);
  const labels = paragraphLabels(text, input.sentences);
  for (const s of input.sentences) {
    if (input.deadline && Date.now() >= input.deadline.at) {
      input.deadline.stopped(s);
      break;
    }
    // The gate first: the context of the sentences before is worked out only for a sentence it passes.
    const cues = countCues(s.tokens);
    if (cues === 0) continue;
    const ctx = {
      earlier: earlierTotal(built, s.index),
      recent: recentTotals(built, s.index),
      counted: countedTotals(built),
    };
    const counts = cuedCounts(s.tokens, slice, ctx, cues);
    if (counts.length === 0) continue;
    const sentence: SentenceClaims = {
      s,
      shared: sharedAcross(text.slice(s.start, s.end), related),
      spread,
      ids: [],
    };
    const made: (Claim | null)[] = [];
    for (const c of counts) {
      const claim = claimOf(input, sentence, c, claims, times);
      made.push(claim);
      sentence.ids.push(claim?.id ?? null);
      if (!claim) continue;
      claims.push(claim);
      built.push({
        claim,
        sentence: s.index,
        head: s.start < head,
        nounHead: c.np?.head ?? null,
        definite: s.tokens[c.qFirst - 1]?.norm === "the",
        another: s.tokens[c.qFirst]?.norm === "another",
        section: labels.get(s.paragraph),
        saidDay: times.saidOnly(claim.time),
      });
    }
    // A part said before its whole ("Nine of the 13 people killed"): its whole's id comes after it.
    counts.forEach((c, i) => {
      const claim = made[i];
      if (claim && c.partOf !== null && c.partOf > i) claim.partOf = sentence.ids[c.partOf] ?? null;
    });
  }
  ledeTakesEventDay(built, input.sentences, (s) => times.of(s), head, input.published);
  linkBreakdownSums(built);
  linkListSums(built, text, input.sentences);
  linkSequenceSums(built);
  linkTollParts(built);
  linkDefiniteParts(built);
  linkParenParts(built, text, input.sentences);
  linkApposedParts(built, text);
  partsTakeTheirWholesGroup(claims);
  headlineClauses(built, text, head, input.article.outlet ?? null);
  headlineSources(built, text);
  possessiveSources(built, text, head);
  scopeNoneStatements(built);
  return withImpliedParts(built);
}

/** A sentence whose counts are being made claims: the ids given so far by count (null: no claim). */
interface SentenceClaims {
  s: SentenceTokens;
  shared: ReturnType<typeof sharedAcross>;
  spread: ArticleSpread;
  ids: (string | null)[];
}

/** The claim of count `c`, or null: an anaphor with nothing to refer to, a counterfactual, a withdrawn figure, a bare threat. */
function claimOf(
  input: BuildInput,
  { s, shared, spread, ids }: SentenceClaims,
  c: Count,
  claims: readonly Claim[],
  times: ClaimTimes,
): Claim | null {
  const { text } = input;
  // "The wounded were evacuated", "all the wounded": those counted before (counted-before.ts).
  if (namesCountedAgain(c)) return null;
  const quantity = c.anaphor ? resolveAnaphor(c, claims) : c.quantity;
  if (!quantity) return null;
  const first = Math.min(c.qFirst, c.trigger?.first ?? c.qFirst);
  const last = Math.max(c.qLast, c.trigger?.last ?? c.qLast);
  const inferred = negatedInference(s.tokens, first);
  // "security officials said that does not imply that 150 people were killed": a hypothesis
  // nobody asserted is no claim; the same figure given before ("the group said it executed four
  // … does not imply that four of our workers were killed") makes it the rebuttal of that one.
  if (inferred && !claims.some((x) => x.outcome === c.outcome && x.quantity.value === quantity.value))
    return null;
  const relative = c.trigger && c.trigger.first > c.qLast ? { end: c.qLast, trigger: c.trigger.first } : null;
  const stated = inferred
    ? "denied"
    : modalityOf(s.tokens, first, last, false, quantity.hedge === "none", relative);
  if (!stated) return null; // a counterfactual
  if (isRetracted(s.tokens, first)) return null; // withdrawn by a correction notice
  if (isFirstReported(input.sentences, s, c.qLast)) return null; // "two of those first reported dead" in a notice
  // A threat with no figure ("will execute all the captives") counts nothing (seed coding).
  if (stated === "threatened" && quantity.value === null) return null;
  const span = evidenceSpan(s.tokens, c);
  // "He was later shot dead by police": the attacker named before, else no one counted again.
  const pronoun = c.np === null ? pronounOf(s.tokens, c.qFirst, c.qLast) : null;
  const referent = pronoun ? pronounReferent(input.sentences, span.start) : null;
  if (pronoun && countsNoOne(pronoun, referent, c.outcome, claims, s.start, span.start)) return null;
  const { quotes, attribution } = input.speakers();
  const { claimant, unconfirmed } = attribution.claimantAt(s, span.start);
  const time = times.at(s, span);
  // A whole conflict's toll ("have been killed in the insurgency") runs from its start, and a toll
  // "over the past decade" over its years: background.
  const conflictToll = isConflictToll(s.tokens, first, last) || isSpanToll(s.tokens, first, last);
  const running = conflictToll || isRunning(s.tokens, first, last, c.outcome);
  const scope = addedToEarlier(s.tokens, c, claims, claimant.name)
    ? "increment"
    : scopeFor(c, scopeOf(s.tokens, c.qFirst, c.qLast, c.cumulative));
  return {
    id: `c${claims.length + 1}`,
    article: input.article.id,
    outcome: c.outcome,
    // "lost no men", "lost 12 men": a party counting its own side.
    group:
      (referent === "militants" ? referent : null) ??
      ownSide(s.tokens, c, claimant.party) ??
      elidedOwnSide(c, claimant, ids, claims) ??
      contextGroup(input, c, span.start) ??
      pairGroup(c, s.tokens, claims, sentenceBefore(input.sentences, s)) ??
      c.group,
    noun: c.np ? text.slice(s.tokens[c.np.first]!.start, s.tokens[c.np.last - 1]!.end) : null,
    quantity,
    claimant,
    time,
    // A running count is the toll so far (codebook §1c "Scope": cumulative), so a later figure of
    // the same voice revises it instead of being added to it.
    scope: running && scope === "single" ? "cumulative" : scope,
    modality: stated === "asserted" && unconfirmed ? "reported_unconfirmed" : stated,
    // The evidence's words are cut once, at the end of extract, from the untouched article.
    evidence: [{ start: span.start, end: span.end, text: "", quoted: quoteAt(quotes, span.start) !== null }],
    partOf: c.partOf === null ? (c.ofTotal ? lastTotal(claims, c.outcome) : null) : (ids[c.partOf] ?? null),
    otherIncident:
      conflictToll ||
      isBackground(s.tokens, first, last) ||
      countedInError(s.tokens, c.qFirst) ||
      ofPastPeriod(time, input.published, s.start, text) ||
      ofEarlierDay(s.tokens, time, claims) ||
      onEarlierDate(s.tokens, time, claims) ||
      ofEarlierMonth(text, s, time, claims),
    acrossIncidents: shared,
    ...spreadOf(text.slice(s.start, s.end), time, spread, text.slice(span.end, s.end)),
    ...(running ? { running: true } : {}),
    rule: { extractor: EXTRACTOR, rule: `count.${c.via}`, version: ENGINE_VERSION },
  };
}

/** The tokens of the sentence before `s` in its paragraph, if any. */
function sentenceBefore(
  sentences: readonly SentenceTokens[],
  s: SentenceTokens,
): readonly Token[] | undefined {
  const before = sentences[s.index - 1];
  return before && before.paragraph === s.paragraph ? before.tokens : undefined;
}

/** The days or places a figure is spread over, as a claim's field where there are several. */
function spreadOf(
  sentence: string,
  time: Claim["time"],
  article: ArticleSpread,
  after: string,
): Pick<Claim, "spreadOver"> {
  const n = spreadOver(sentence, time?.precision === "span" ? time.text : null, article, after);
  return n === null ? {} : { spreadOver: n };
}

/**
 * A suicide bomber's death implied by the act ("A suicide bomber detonated") is part of a figure of
 * militants killed that the same voice gives in the article ("four assailants were killed"), never
 * added to it (codebook §1c: implied persons are optional where the figure already includes them).
 * The same figure restated ("the bomber") is merged with it instead.
 */
function withImpliedParts(built: Built[]): Built[] {
  for (const { claim } of built) {
    if (claim.rule.rule !== "count.implied" || claim.partOf !== null) continue;
    const whole = built.find(
      ({ claim: o }) =>
        o !== claim &&
        o.rule.rule !== "count.implied" &&
        o.outcome === "killed" &&
        o.group === "militants" &&
        o.claimant.name === claim.claimant.name &&
        (o.quantity.value ?? 0) > (claim.quantity.value ?? 1),
    );
    if (whole) claim.partOf = whole.claim.id;
  }
  return built;
}
