// Totals across groups (CODEBOOK §3b): for each outcome, one figure under a strategy in which every
// death is counted once. This is the one place that adds groups up; the incidents list, the
// incident page, `tally show`, `tally incidents`, the API, every export and an article's own
// `datasets` read it, and none adds groups on its own.
//
// Built per claimant, then reconciled across claimants by the strategy (strategies.ts):
//   1. A claimant's figure for each group is its claimant total (claimant-totals.ts: a figure
//      repeated counts once, a later cumulative one replaces the running sum), over its whole
//      counts only: a part (`partOf`: "26 hostages killed, including 18 soldiers") is never added
//      to anything, so it can never be added to its whole.
//   2. Hostages and civilians overlap (captive passengers are both), and the text rarely says by how
//      much: the captives' block is the larger of the two, never their sum. Security forces are
//      added to it: a report that names soldiers apart from hostages ("21 hostages and four
//      soldiers were killed") is counting different people; where the soldiers are among the
//      hostages the text says so ("including 18 soldiers") and the extractor marks the part.
//   3. `people` covers everyone whose side is not given; against the named groups it is the larger,
//      never the sum (OVERLAP below says which named groups it may cover): "at least 25 people,
//      including 21 hostages" is 25, "64 people died in all" beside "33 militants" is 64.
//   4. The text may tell overlapping figures apart: a figure stated as an increment ("four more
//      people were also killed"), one stated in the same sentence as the other and neither merged
//      with it nor made its part ("Noor and his guard were killed"), or one of another day, counts
//      different people, and is added.
//   5. An increment-only voice ("unconfirmed reports say another six were killed") states no total
//      of its own: its increments add to the figure they follow, the last whole figure another
//      voice gave before them in the article ("eight were killed at Lomirok … another six at
//      Sarma" is 14 by that voice), never standing alone as the lowest total.
//   6. Silence is not zero. A claimant who speaks of one group only ("27 militants were killed") is
//      not saying that no one else died; its total is completed by the strategy's own figure for
//      each group it is silent on (the reconciled row of the others' claims), so that reconciling
//      the claimants' totals compares like with like. A claimant's `people` figure is borrowed only
//      when it names no victims at all. The borrowed groups are listed with its total.
// The claimants' totals are then reconciled exactly as a row's claimant totals are (the strategy's
// `reconcileTotals`), and the total's `parts` split its best figure by the groups of the claimant
// total it rests on: security forces, militants, civilians (and hostages), and the rest (people
// whose side is not given). The parts always add up to the best figure.
//
// Totals stated over several related incidents count at this incident's even share, as GTD and
// ACLED code them: a claimant's figures are added before its sum is split (`exactShare`), and the
// total rounded once; a group's row alone takes the rounded share of each figure (`incidentShare`).
import type { Claim, Grade, Group, Outcome, Party } from "../model.js";
import { OUTCOMES } from "../model.js";
import { chronology, isTallied, latestOf, type Chronology, type ClaimantTotal } from "./claimant-totals.js";
import { addFigures, figures as figuresOf, type Figures, type Reading } from "./figures.js";
import { gradeTotals } from "./grade.js";
import { rowBasis, type RowBasis, type RowTotals } from "./row-totals.js";
import { STRATEGIES, type Bounds, type Strategy, type StrategyName } from "./strategies.js";

/**
 * The named groups a claimant's own `people` figure may cover (the larger stands): the victims'.
 * News practice, and GTD's coding of it, reads "at least 16 people were killed … the bomber" as 17:
 * a claimant's "people" are the victims and its attackers are counted apart. Militants borrowed
 * from other claimants (rule 6) are weighed against its `people` figure with the victims, since
 * "14 people were killed" may count everyone ("three soldiers and 11 fighters", says the army).
 */
export const OVERLAP: readonly Group[] = ["security_forces", "civilians", "hostages"];

/** The article texts claims point into, by article id, to tell which figures share a sentence. */
export type TextOf = (article: string) => string | undefined;

/** The parts of a total's best figure; null where the claimant total it rests on gives none. */
export interface TotalParts {
  security_forces: number | null;
  militants: number | null;
  /** Civilians and hostages (the larger of the two). */
  civilians: number | null;
  /** People whose side is not given: what the total holds beyond the named groups. */
  unknown: number | null;
}

export interface ClaimantAllGroups {
  name: string;
  party: Party;
  low: number | null;
  best: number | null;
  high: number | null;
  /** Groups the claimant gave no figure for, completed by the strategy's row (rule 6). */
  completed: Group[];
  /** Ids of the claims its own figures rest on. */
  claims: string[];
}

export interface OutcomeTotal {
  outcome: Outcome;
  strategy: StrategyName;
  low: number | null;
  best: number | null;
  high: number | null;
  grade: Grade;
  parts: TotalParts;
  /** Ids of the claims behind low, best and high (own and completing), in input order. */
  claims: string[];
  /** Each claimant's all-group total, in order of first appearance. */
  claimants: ClaimantAllGroups[];
}

/** A figure stated over several related incidents, as this incident's even share (rounded). */
export function incidentShare(claim: Claim): Claim {
  return shareOf(claim, Math.round);
}

/**
 * The even share unrounded, for an all-group total: a claimant's figures for several groups are
 * added before its sum is split ("7 police and 19 assailants across both attacks" is 13 each, not
 * 4 + 10), so that the total is the share of the claimant's total (CODEBOOK §3b: built per
 * claimant); the total is rounded once (`rounded`).
 */
function exactShare(claim: Claim): Claim {
  return shareOf(claim, (x) => x);
}

function shareOf(claim: Claim, round: (x: number) => number): Claim {
  const n = claim.acrossIncidents;
  if (n === null || n <= 1) return claim;
  const share = (x: number | null) => (x === null ? null : round(x / n));
  const q = claim.quantity;
  return { ...claim, quantity: { ...q, value: share(q.value), min: share(q.min), max: share(q.max) } };
}

/**
 * A figure as the even share of one event coded per day and place (ACLED): spread over several
 * days or places, or over several incidents, whichever is more (rounded, at least 1 of a figure of
 * at least 1: someone died on one of the days).
 */
export function dayPlaceShare(claim: Claim): Claim {
  const n = Math.max(claim.acrossIncidents ?? 1, claim.spreadOver ?? 1);
  if (n <= 1) return claim;
  const share = (x: number | null) => (x === null ? null : x >= 1 ? Math.max(1, Math.round(x / n)) : x);
  const q = claim.quantity;
  return {
    ...claim,
    acrossIncidents: null,
    spreadOver: null,
    quantity: { ...q, value: share(q.value), min: share(q.min), max: share(q.max) },
  };
}

const SLOTS = ["security_forces", "militants", "civilians", "hostages", "people"] as const;
type Slots = Partial<Record<Group, Figures>>;

/** One claimant's all-group total with its slots, as a claimant total the strategies can weigh. */
interface Built extends ClaimantTotal {
  slots: Slots;
  apart: Apart;
  completed: Group[];
  own: string[];
}

const READ: readonly Reading[] = ["low", "best", "high", "acled"];

/** The larger of two figures reading by reading; an open high (null) is the larger. */
function larger(a: Figures | undefined, b: Figures | undefined): Figures | undefined {
  if (!a || !b) return a ?? b;
  const out = {} as Figures;
  for (const r of READ) {
    const x = a[r];
    const y = b[r];
    out[r] = r === "high" ? (x === null || y === null ? null : Math.max(x, y)) : Math.max(x ?? 0, y ?? 0);
  }
  return out;
}

function plus(a: Figures | undefined, b: Figures | undefined): Figures | undefined {
  return !a || !b ? (a ?? b) : addFigures(a, b);
}

/** Which of a claimant's overlapping figures the text shows to be different people (rule 4). */
interface Apart {
  /** Its hostages are not among its civilians. */
  hostages: boolean;
  /** Its `people` are not among its named victims. */
  people: boolean;
  /** Its militants figure is borrowed, and so may be among its `people`. */
  borrowedMilitants: boolean;
}

/** The parts of a claimant's slots under one reading (rules 2–4); `total` their sum. */
function partsOf(slots: Slots, apart: Apart, reading: Reading): TotalParts & { total: number | null } {
  const v = (g: Group): number | null => {
    const f = slots[g];
    return f ? (f[reading] ?? f.best) : null;
  };
  const [c, h] = [v("civilians"), v("hostages")];
  const civilians = c === null ? h : h === null ? c : apart.hostages ? c + h : Math.max(c, h);
  const m = v("militants") ?? 0;
  const named = (v("security_forces") ?? 0) + (civilians ?? 0) + (apart.borrowedMilitants ? m : 0);
  const people = v("people");
  const unknown = people === null ? null : apart.people ? people : people > named ? people - named : null;
  const sf = v("security_forces");
  const mi = v("militants");
  const total =
    sf === null && mi === null && civilians === null && unknown === null
      ? null
      : (sf ?? 0) + (mi ?? 0) + (civilians ?? 0) + (unknown ?? 0);
  return { security_forces: sf, militants: mi, civilians, unknown, total };
}

/** How two groups' figures join: added where they count different people, else the larger. */
interface Joins<T> {
  plus(a: T | undefined, b: T | undefined): T | undefined;
  larger(a: T | undefined, b: T | undefined): T | undefined;
}

/** A claimant's all-group figure from its groups' (rules 2–4), joined by `j`. */
function joinSlots<T>(slots: Partial<Record<Group, T>>, apart: Apart, j: Joins<T>): T | undefined {
  const civ = (apart.hostages ? j.plus : j.larger)(slots.civilians, slots.hostages);
  const inside = apart.borrowedMilitants ? slots.militants : undefined;
  const named = j.plus(j.plus(slots.security_forces, civ), inside);
  const covered = (apart.people ? j.plus : j.larger)(slots.people, named);
  return apart.borrowedMilitants ? covered : j.plus(covered, slots.militants);
}

/** A claimant's all-group figures under every reading (rules 2–4). */
function combine(slots: Slots, apart: Apart): Figures | null {
  return joinSlots(slots, apart, { plus, larger }) ?? null;
}

/** A group's best figure, and whether it rests on a running count. */
interface Standing {
  best: number;
  running: boolean;
}

/**
 * Whether a claimant's all-group figure rests on a running count: a sum does where any of its
 * terms does; of two overlapping figures only the larger stands ("8 civilians killed so far", then
 * "the toll rose to 30": the 30 stands, and no lower bound is in it), and of two equal ones a
 * running count is settled by the one that is not.
 */
function restsOnRunning(slots: Partial<Record<Group, Standing>>, apart: Apart): boolean {
  return (
    joinSlots<Standing>(slots, apart, {
      plus: (a, b) => (!a || !b ? (a ?? b) : { best: a.best + b.best, running: a.running || b.running }),
      larger: (a, b) =>
        !a || !b
          ? (a ?? b)
          : a.best === b.best
            ? { best: a.best, running: a.running && b.running }
            : a.best > b.best
              ? a
              : b,
    })?.running ?? false
  );
}

/** Each slot's best figure, running where it is one of `running` (a claimant's own running figures). */
function standings(slots: Slots, running: ReadonlySet<Group>): Partial<Record<Group, Standing>> {
  const out: Partial<Record<Group, Standing>> = {};
  for (const g of SLOTS) {
    const f = slots[g];
    if (f) out[g] = { best: f.best ?? 0, running: running.has(g) };
  }
  return out;
}

/** Figures of a reconciled row, for completing a claimant silent on its group. */
function rowFigures(r: Bounds): Figures | undefined {
  const best = r.best ?? r.low;
  if (best === null) return undefined;
  return { low: r.low ?? best, best, high: r.high, acled: best };
}

/** Whole, tallied claims of one outcome: the claims totals are built from. */
function wholeClaims(claims: readonly Claim[], outcome: Outcome): Claim[] {
  return claims.filter((c) => c.outcome === outcome && c.partOf === null && isTallied(c)).map(exactShare);
}

/**
 * The all-group total of one outcome under a strategy; null when no claim gives a number.
 * `rowTotals` works out each group's claimant totals (./row-totals.ts).
 */
export function outcomeTotal(
  claims: readonly Claim[],
  outcome: Outcome,
  strategyName: StrategyName,
  textOf: TextOf = () => undefined,
  rowTotals: RowTotals = rowBasis,
): OutcomeTotal | null {
  const basis = basisOf(claims, outcome, textOf, rowTotals);
  return basis && totalUnder(basis, strategyName);
}

/**
 * For `totalsOf`: totals without the ids of the claims behind their figures (`claims` empty),
 * which cost a pass over the claims per strategy and row, and which no dataset field reads.
 */
export const FIGURES_ONLY = true;

/**
 * Totals of some claims by outcome and strategy, each outcome's basis (its whole claims, their
 * chronology, each claimant's own figures) worked out once however many strategies read it: an
 * article's dataset fields read the killed total under three. With `figuresOnly` (FIGURES_ONLY)
 * the totals carry no claim ids.
 */
export function totalsOf(
  claims: readonly Claim[],
  textOf: TextOf = () => undefined,
  rowTotals: RowTotals = rowBasis,
  figuresOnly = false,
): (outcome: Outcome, strategy: StrategyName) => OutcomeTotal | null {
  const bases = new Map<Outcome, Basis | null>();
  return (outcome, strategy) => {
    let basis = bases.get(outcome);
    if (basis === undefined) bases.set(outcome, (basis = basisOf(claims, outcome, textOf, rowTotals)));
    return basis && totalUnder(basis, strategy, !figuresOnly);
  };
}

/** What an outcome's total rests on whatever the strategy. */
interface Basis {
  outcome: Outcome;
  mine: Claim[];
  order: Chronology;
  /** The claims of each group that has any and their claimant totals, in SLOTS order. */
  inGroup: Map<Group, RowBasis>;
  /** Each claimant's own figures, in order of first appearance; null for one with none. */
  speakers: Array<Speaker | null>;
  /** Tallied parts of the outcome's whole claims ("including 6 fighters"), by the whole's id. */
  parts: ReadonlyMap<string, Claim[]>;
  /** The all-group totals of claimants that complete no group from a row, built once (`builtUnder`). */
  ownBuilt: Map<Speaker, Built>;
}

function basisOf(
  claims: readonly Claim[],
  outcome: Outcome,
  textOf: TextOf,
  rowTotals: RowTotals,
): Basis | null {
  const mine = wholeClaims(claims, outcome);
  if (mine.length === 0) return null;
  // Each claimant's figure per group.
  const perGroup = new Map<Group, Map<string, ClaimantTotal>>();
  const inGroup = new Map<Group, RowBasis>();
  for (const g of SLOTS) {
    const these = mine.filter((c) => c.group === g);
    if (these.length === 0) continue;
    const row = rowTotals(these);
    inGroup.set(g, row);
    perGroup.set(g, new Map(row.totals.map((t) => [t.name, t])));
  }
  const byId = new Map(mine.map((c) => [c.id, c]));
  const names = [...new Set(mine.map((c) => c.claimant.name))];
  const speakers = names.map((name) => speakerOf(name, perGroup, byId, textOf));
  const parts = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.outcome !== outcome || c.partOf === null || !byId.has(c.partOf) || !isTallied(c)) continue;
    parts.set(c.partOf, [...(parts.get(c.partOf) ?? []), exactShare(c)]);
  }
  return { outcome, mine, order: chronology(mine), inGroup, speakers, parts, ownBuilt: new Map() };
}

/** The total of a basis under one strategy; without `ids`, no ids of the claims behind it. */
function totalUnder(basis: Basis, strategyName: StrategyName, ids = true): OutcomeTotal | null {
  const strategy = STRATEGIES[strategyName];
  const { outcome, mine, order } = basis;
  const rowOf = rowsUnder(basis, strategy, ids);
  const built = basis.speakers
    .filter((s): s is Speaker => s !== null)
    .map((s) => builtUnder(basis, s, rowOf));
  if (built.length === 0) return null;
  const r = strategy.reconcileTotals(built, order, ids ? mine : null);
  const chosen = r.chosen[0] as Built | undefined;
  const parts = roundedParts(namedParts(partition(chosen, r.best), chosen, basis.parts, mine), r.best);
  return {
    outcome,
    strategy: strategyName,
    low: rounded(r.low),
    best: rounded(r.best),
    high: rounded(r.high),
    grade: gradeTotals(built, outcome, "people"),
    parts,
    claims: r.claims,
    claimants: built.map((b) => ({
      name: b.name,
      party: b.party,
      low: rounded(b.figures?.low ?? null),
      best: rounded(b.figures?.best ?? null),
      high: rounded(b.figures?.high ?? null),
      completed: b.completed,
      claims: b.own,
    })),
  };
}

/** A figure of even shares (`exactShare`) as a whole number. */
function rounded(x: number | null): number | null {
  return x === null ? null : Math.round(x);
}

/** Parts of even shares as whole numbers adding up to the rounded best (largest remainders first). */
function roundedParts(parts: TotalParts, best: number | null): TotalParts {
  const keys = Object.keys(parts) as Array<keyof TotalParts>;
  if (keys.every((k) => Number.isInteger(parts[k] ?? 0))) return parts;
  const out = { ...parts };
  for (const k of keys) out[k] = parts[k] === null ? null : Math.floor(parts[k]);
  const short = (rounded(best) ?? 0) - keys.reduce((sum, k) => sum + (out[k] ?? 0), 0);
  const byRemainder = keys.filter((k) => parts[k] !== null).sort((a, b) => frac(parts[b]) - frac(parts[a]));
  for (const k of byRemainder.slice(0, Math.max(0, short))) out[k] = (out[k] ?? 0) + 1;
  return out;
}

function frac(x: number | null): number {
  return x === null ? 0 : x - Math.floor(x);
}

/** A group's row reconciled by the strategy, as a silent claimant completes it (rule 6); none without claims. */
type RowOf = (g: Group) => { figures: Figures | undefined; claims: string[] } | undefined;

/** The strategy's figure of each group over all claimants, worked out when a claimant first reads it. */
function rowsUnder(basis: Basis, strategy: Strategy, ids: boolean): RowOf {
  const done = new Map<Group, { figures: Figures | undefined; claims: string[] }>();
  return (g) => {
    const row = basis.inGroup.get(g);
    if (!row) return undefined;
    let r = done.get(g);
    if (!r) {
      const reconciled = ids ? strategy.reconcileRow(row) : null;
      r = { figures: rowFigures(reconciled ?? strategy.bounds(row)), claims: reconciled?.claims ?? [] };
      done.set(g, r);
    }
    return r;
  };
}

/**
 * A claimant's all-group total under the strategy whose rows `rowOf` gives. One that reads no row
 * (it gives a figure for every group it would complete, or no claim gives those groups) is the
 * same under every strategy: built once per basis, for the dataset fields that read an outcome
 * under three.
 */
function builtUnder(basis: Basis, speaker: Speaker, rowOf: RowOf): Built {
  const own = basis.ownBuilt.get(speaker);
  if (own) return own;
  let read = false;
  const reading: RowOf = (g) => {
    const row = rowOf(g);
    if (row) read = true;
    return row;
  };
  const built = build(speaker, reading, basis.mine, basis.order);
  if (!read) basis.ownBuilt.set(speaker, built);
  return built;
}

/** One claimant's own figures per group, and which of them the text tells apart (rule 4). */
interface Speaker {
  name: string;
  slots: Slots;
  own: ClaimantTotal[];
  spoken: ReadonlyMap<Group, Claim[]>;
  /** The groups whose own figure rests on a running count. */
  running: ReadonlySet<Group>;
  hostagesApart: boolean;
  peopleApart: boolean;
}

function speakerOf(
  name: string,
  perGroup: ReadonlyMap<Group, ReadonlyMap<string, ClaimantTotal>>,
  byId: ReadonlyMap<string, Claim>,
  textOf: TextOf,
): Speaker | null {
  const slots: Slots = {};
  const own: ClaimantTotal[] = [];
  const spoken = new Map<Group, Claim[]>();
  const running = new Set<Group>();
  for (const [g, byName] of perGroup) {
    const t = byName.get(name);
    if (t?.figures) {
      slots[g] = t.figures;
      own.push(t);
      if (t.running) running.add(g);
      spoken.set(
        g,
        t.considered.map((id) => byId.get(id)!),
      );
    }
  }
  if (own.length === 0) return null;
  return {
    name,
    slots,
    own,
    spoken,
    running,
    hostagesApart: told(spoken.get("hostages"), spoken.get("civilians") ?? [], textOf),
    peopleApart: told(
      spoken.get("people"),
      OVERLAP.flatMap((g) => spoken.get(g) ?? []),
      textOf,
    ),
  };
}

/** One claimant's all-group total, completed where it is silent (rule 6). */
function build(speaker: Speaker, rowOf: RowOf, mine: readonly Claim[], order: Chronology): Built {
  const { name, own, spoken } = speaker;
  const slots: Slots = { ...speaker.slots };
  const apart: Apart = {
    hostages: speaker.hostagesApart,
    people: speaker.peopleApart,
    borrowedMilitants: false,
  };
  const completed: Group[] = [];
  const borrowed: string[] = [];
  const base = incrementBase(spoken, mine);
  if (base) {
    slots[base.group] = plus(slots[base.group], figuresOf(base.quantity));
    borrowed.push(base.id);
  }
  const fill = (g: Group) => {
    if (slots[g]) return;
    const row = rowOf(g);
    if (!row?.figures) return;
    slots[g] = row.figures;
    completed.push(g);
    borrowed.push(...row.claims);
  };
  fill("security_forces");
  fill("militants");
  if (!slots.civilians && !slots.hostages) {
    fill("civilians");
    fill("hostages");
  }
  if (![...spoken.keys()].some((g) => g === "people" || OVERLAP.includes(g))) fill("people");
  apart.borrowedMilitants = completed.includes("militants") && !!slots.people;
  const figures = combine(slots, apart);
  const ownIds = new Set(own.flatMap((t) => t.claims));
  const ids = new Set([...ownIds, ...borrowed]);
  const first = own[0]!;
  return {
    name,
    party: first.party,
    type: first.type,
    figures,
    vague: own.some((t) => t.vague),
    running: restsOnRunning(standings(slots, speaker.running), apart),
    claims: mine.filter((c) => ids.has(c.id)).map((c) => c.id),
    considered: own.flatMap((t) => t.considered),
    latest: latestOf(
      own.map((t) => t.latest).filter((c): c is Claim => c !== null),
      order,
    ),
    slots,
    apart,
    completed,
    own: mine.filter((c) => ownIds.has(c.id)).map((c) => c.id),
  };
}

/**
 * The figure an increment-only voice adds to (rule 5): the last whole figure with a number another
 * voice gave before its first increment in the same article, or null where the voice states a
 * figure that is no increment, or none comes before.
 */
function incrementBase(spoken: ReadonlyMap<Group, Claim[]>, mine: readonly Claim[]): Claim | null {
  const own = [...spoken.values()].flat();
  if (own.length === 0 || own.some((c) => c.scope !== "increment")) return null;
  const at = (c: Claim) => c.evidence[0]?.start ?? 0;
  const first = own.reduce((a, b) => (at(b) < at(a) ? b : a));
  const before = mine.filter(
    (c) =>
      c.article === first.article &&
      c.claimant.name !== first.claimant.name &&
      c.quantity.value !== null &&
      at(c) < at(first),
  );
  return before.length ? before.reduce((a, b) => (at(b) > at(a) ? b : a)) : null;
}

/**
 * Whether the text tells the claims of one figure apart from others that might cover them (rule 4):
 * each is an increment ("four more people were killed"), or stands in one sentence with one of the
 * others, which the extractor neither merged nor made a part ("Noor and his guard were killed"),
 * or is dated to another day than all of them.
 */
function told(these: readonly Claim[] | undefined, others: readonly Claim[], textOf: TextOf): boolean {
  if (!these || these.length === 0 || others.length === 0) return false;
  return these.every(
    (c) => c.scope === "increment" || others.some((o) => sameSentence(c, o, textOf)) || otherDay(c, others),
  );
}

/** A claim dated to a day none of the others is: figures of different days are different deaths. */
function otherDay(c: Claim, others: readonly Claim[]): boolean {
  const day = c.time?.date;
  return !!day && others.every((o) => !!o.time?.date && o.time.date !== day);
}

/** Some evidence spans of two claims of one article have no sentence end between them. */
export function sameSentence(a: Claim, b: Claim, textOf: TextOf): boolean {
  if (a.article !== b.article) return false;
  const text = textOf(a.article);
  if (text === undefined) return false;
  return a.evidence.some((x) =>
    b.evidence.some((y) => {
      const [first, second] = x.start <= y.start ? [x, y] : [y, x];
      return first.end >= second.start || !SENTENCE_END.test(text.slice(first.end, second.start));
    }),
  );
}

/** A sentence end: terminal punctuation (perhaps closing a quote) before a space, or a line break. */
const SENTENCE_END = /[.!?]["'”’)\]]*\s|\n/;

/** The parts of the best figure: the groups of the claimant total it rests on (rule: they add up). */
function partition(chosen: Built | undefined, best: number | null): TotalParts {
  const none = { security_forces: null, militants: null, civilians: null, unknown: null };
  if (!chosen || best === null) return none;
  for (const reading of ["best", "acled", "low", "high"] as const) {
    const p = partsOf(chosen.slots, chosen.apart, reading);
    if (p.total === best)
      return {
        security_forces: p.security_forces,
        militants: p.militants,
        civilians: p.civilians,
        unknown: p.unknown,
      };
  }
  // Not reached while best is the chosen claimant's own figure; kept whole rather than mis-split.
  return { ...none, unknown: best };
}

/** The groups a whole's parts may name, in the order they take from its unknown share. */
const NAMED: ReadonlyArray<Exclude<keyof TotalParts, "unknown">> = [
  "security_forces",
  "militants",
  "civilians",
];

/**
 * The unknown share of a best figure told apart by the parts its whole claims of people name: "at
 * least 53 people, including 11 children and 6 fighters" is 6 militants, 11 civilians and 36
 * unknown, not 53 unknown (CODEBOOK §1c "Subsets"). The parts of one whole are distinct people and
 * add up by group; of several wholes (restatements) each group takes the largest; no group takes
 * more than the unknown share still holds, so the parts still add up to the best figure.
 */
function namedParts(
  parts: TotalParts,
  chosen: Built | undefined,
  partsOf: ReadonlyMap<string, Claim[]>,
  mine: readonly Claim[],
): TotalParts {
  if (!chosen || !parts.unknown || partsOf.size === 0) return parts;
  const wholes = mine.filter((c) => c.group === "people" && chosen.own.includes(c.id) && partsOf.has(c.id));
  if (wholes.length === 0) return parts;
  const out = { ...parts };
  for (const g of NAMED) {
    const inWhole = (id: string) =>
      (partsOf.get(id) ?? [])
        .filter((c) => (c.group === "hostages" ? "civilians" : c.group) === g)
        .reduce((sum, c) => sum + (c.quantity.value ?? c.quantity.min ?? 0), 0);
    const n = Math.min(Math.max(...wholes.map((w) => inWhole(w.id))), out.unknown ?? 0);
    if (n <= 0) continue;
    out[g] = (out[g] ?? 0) + n;
    out.unknown = (out.unknown ?? 0) - n || null;
  }
  return out;
}

/** The all-group totals of every outcome that has a figure, in OUTCOMES order. */
export function totals(
  claims: readonly Claim[],
  strategy: StrategyName,
  textOf?: TextOf,
  rowTotals: RowTotals = rowBasis,
): OutcomeTotal[] {
  return OUTCOMES.map((o) => outcomeTotal(claims, o, strategy, textOf, rowTotals)).filter(
    (t): t is OutcomeTotal => t !== null,
  );
}
