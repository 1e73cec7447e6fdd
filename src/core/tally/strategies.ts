// Reconciliation strategies (CODEBOOK §3): named, swappable ways to turn the claimants' figures
// for one (outcome, group) into low / best / high. Each works on claimant totals
// (claimant-totals.ts), never on raw claims, so one claimant's increments and restatements count once.
//
// Rules shared by all four, so that they differ only where their sources differ:
// - Credible figures. Vague words ("dozens of terrorists") describe a count without giving one:
//   where any claimant gives a number for the row, vague totals are set aside by `conservative`,
//   `gtd` and `ucdp` (they still count for the grade, where "dozens" agrees with "33"). Only
//   `range` keeps them, as it spans everything said.
// - The span. With one claimant, low and high are its own reading (open-ended "more than 450"
//   keeps high null). With several, low is the lowest low and high the highest figure stated, an
//   open-ended claim counting at the least it states ("over 100" → 101): UCDP's low and high are
//   estimates someone gave, never unbounded.
// - Revised tolls. Within one article, a claimant whose figure rests on a cumulative claim stated
//   after every other claimant's figure ("32 were killed … More than 50 dead were later reported
//   by officials") has revised the toll, unless it is an armed group giving its own running total:
//   its figure is the best of `conservative`, `gtd` and `ucdp`
//   (CODEBOOK §3b.3, "a later cumulative figure replaces earlier ones"); low and high still span
//   every credible figure. Across articles each strategy keeps its own choice. A running count
//   (cumulative by §1c) revises only upward: stated last below a figure that settles it (below),
//   it is no revision.
// - Running counts. A figure given "so far" or while the event went on (`Claim.running`) is the
//   toll as it stood then, a lower bound on the final figure; CODEBOOK §3 and §3b.3 have such a
//   running figure replaced by a later or larger one, not weighed against it. So among the totals
//   a strategy takes its best from (ucdp: the independent ones, else the parties'; gtd: its pool;
//   conservative: every credible one), a running total below the figure of a source at least as
//   authoritative — an independent one, or the same side — agrees with that figure and is set
//   aside (`settled`): an outlet's "at least 10 killed so far" is not replaced by an armed group's
//   "we killed 100". The highest of several running counts stands, and a running count above
//   every other figure stands too. Low and high still span every credible figure.
// - Order. Every row keeps low ≤ best ≤ high: where `best` is the number as written below its
//   own minimum ("more than 450": best 450, low 451), low is widened to best.
import type { Claim } from "../model.js";
import type { Chronology, ClaimantTotal } from "./claimant-totals.js";
import type { Figures, Reading } from "./figures.js";
import { rowBasis, type RowBasis } from "./row-totals.js";

export const STRATEGY_NAMES = ["conservative", "gtd", "ucdp", "range"] as const;
export type StrategyName = (typeof STRATEGY_NAMES)[number];

export interface Reconciled {
  low: number | null;
  best: number | null;
  high: number | null;
  /** Ids of the claims behind low, best and high, in input order. */
  claims: string[];
}

export interface Strategy {
  readonly name: StrategyName;
  /** The practice the strategy follows. */
  readonly source: string;
  readonly describe: string;
  /** Reconcile the claims of ONE (outcome, group); untallied claims are ignored. */
  reconcile(claims: readonly Claim[]): Reconciled;
  /** `reconcile` of a row whose claimant totals are worked out already (./row-totals.ts). */
  reconcileRow(row: RowBasis): Reconciled;
  /**
   * `reconcileRow`'s low, best and high alone, without the ids of the claims behind them: what a
   * tally row and a dataset field keep (the ids cost a pass over the row's claims).
   */
  bounds(row: RowBasis): Bounds;
  /**
   * Reconcile claimant totals (of one row, or each claimant's all-group total: totals.ts); `order`
   * says which claim is later, `claims` lists the claims in input order for the result's ids, or
   * is null where no ids are wanted (the result's `claims` is then empty).
   */
  reconcileTotals(
    totals: readonly ClaimantTotal[],
    order: Chronology,
    claims: readonly Claim[] | null,
  ): Chosen;
}

/** A reconciliation's figures without the claims behind them. */
export type Bounds = Omit<Reconciled, "claims">;

/** A reconciliation and the claimant totals its best figure rests on (none for `range`). */
export interface Chosen extends Reconciled {
  chosen: ClaimantTotal[];
}

/** A strategy from its choice over claimant totals; `reconcile` is that choice over a row's claims. */
function define(
  name: StrategyName,
  source: string,
  describe: string,
  reconcileTotals: Strategy["reconcileTotals"],
): Strategy {
  const reconcileRow = ({ totals, order, claims }: RowBasis): Reconciled => {
    const { chosen: _chosen, ...r } = reconcileTotals(totals, order, claims);
    return r;
  };
  const bounds = ({ totals, order }: RowBasis): Bounds => {
    const { low, best, high } = reconcileTotals(totals, order, null);
    return { low, best, high };
  };
  return {
    name,
    source,
    describe,
    reconcileTotals,
    reconcileRow,
    bounds,
    reconcile: (claims) => reconcileRow(rowBasis(claims)),
  };
}

/** A claimant total that gives a number. */
type Numeric = ClaimantTotal & { figures: Figures & { low: number; best: number } };

const EMPTY: Chosen = { low: null, best: null, high: null, claims: [], chosen: [] };

function numeric(totals: readonly ClaimantTotal[]): Numeric[] {
  return totals.filter(
    (t): t is Numeric => t.figures !== null && t.figures.low !== null && t.figures.best !== null,
  );
}

/** Totals that give a number; precise ones only where any claimant gives a precise figure. */
function credible(totals: readonly Numeric[]): Numeric[] {
  const precise = totals.filter((t) => !t.vague);
  return precise.length > 0 ? precise : [...totals];
}

/**
 * The totals a best figure may rest on: a revised toll alone where there is one (see "Revised
 * tolls" above), else all of them.
 */
function revised(pool: readonly Numeric[], order: Chronology): readonly Numeric[] {
  if (pool.length < 2) return pool;
  const last = pool.reduce((a, b) => (b.latest && a.latest && order(b.latest, a.latest) > 0 ? b : a));
  const c = last.latest;
  // An armed group's own running total ("killed 60 captives in all") is its claim, not a revision.
  if (!c || c.scope !== "cumulative" || last.party === "non_state") return pool;
  const earlier = (t: Numeric) =>
    t.latest !== null && t.latest.article === c.article && order(c, t.latest) > 0;
  if (!pool.every((t) => t === last || earlier(t))) return pool;
  // A running count (cumulative: the toll so far) is a lower bound: it revises the toll upward only,
  // never below a figure that would settle it (see "Running counts"), and the figures below it
  // stated before it are past (the toll was at least that much by then).
  if (last.running && pool.some((u) => replaces(u, last)))
    return pool.filter((t) => t.figures.best >= last.figures.best);
  return [last];
}

/**
 * The totals a best figure is chosen among, running counts replaced (see "Running counts" above):
 * a running total below the figure of an independent source or of its own side is a lower bound
 * that agrees with it.
 */
function settled<T extends Numeric>(choice: readonly T[]): T[] {
  return choice.filter((t) => !t.running || !choice.some((u) => replaces(u, t)));
}

/** Whether `u`'s figure replaces the running total `t`: larger, and independent or of t's side. */
function replaces(u: Numeric, t: Numeric): boolean {
  return u.figures.best > t.figures.best && (u.party === "independent" || u.party === t.party);
}

/** The total with the least figure under a reading (the first stated on ties). */
function lowest(totals: readonly Numeric[], reading: Reading): Numeric {
  return totals.reduce((a, b) =>
    (b.figures[reading] ?? b.figures.best) < (a.figures[reading] ?? a.figures.best) ? b : a,
  );
}

/** The highest figure a total states: its high, or where open-ended the least it claims. */
function stated(t: Numeric): number {
  return t.figures.high ?? Math.max(t.figures.low, t.figures.best);
}

/** Low and high over some totals, and the totals that set them (see "The span" above). */
function span(totals: readonly Numeric[]): { low: number; high: number | null; from: Numeric[] } {
  const [only] = totals;
  if (totals.length === 1 && only) return { low: only.figures.low, high: only.figures.high, from: [only] };
  const low = lowest(totals, "low");
  const high = totals.reduce((a, b) => (stated(b) > stated(a) ? b : a));
  return { low: low.figures.low, high: stated(high), from: [low, high] };
}

/** The reconciliation of some claims, `claims` null where no ids are wanted (see `reconcileTotals`). */
function finish(
  claims: readonly Claim[] | null,
  low: number | null,
  best: number | null,
  high: number | null,
  chosen: readonly ClaimantTotal[],
  behind: readonly ClaimantTotal[],
): Chosen {
  if (best !== null) {
    low = low === null ? best : Math.min(low, best);
    high = high === null ? null : Math.max(high, best);
  }
  const ids = claims && new Set([...chosen, ...behind].flatMap((t) => t.claims));
  return {
    low,
    best,
    high,
    claims: claims && ids ? claims.filter((c) => ids.has(c.id)).map((c) => c.id) : [],
    chosen: [...chosen],
  };
}

export const conservative: Strategy = define(
  "conservative",
  "ACLED: the lowest credible fatality figure; vague words by ACLED's lexicon (dozens 12, hundreds 100)",
  "best = the lowest credible figure, vague words read by the ACLED lexicon; low/high span the credible figures",
  (totals, order, claims) => {
    const pool = credible(numeric(totals));
    if (pool.length === 0) return EMPTY;
    const chosen = lowest(settled(revised(pool, order)), "acled");
    const s = span(pool);
    return finish(claims, s.low, chosen.figures.acled ?? chosen.figures.best, s.high, [chosen], s.from);
  },
);

export const gtd: Strategy = define(
  "gtd",
  "Global Terrorism Database codebook: the most recent independent figure, else the majority, else the lowest; perpetrator claims excluded",
  "best = the most recent independent figure, else the figure most claimants give (a strict majority of two or more), else the lowest; figures of a non-state party are used only when no one else gives one",
  (totals, order, claims) => {
    const all = numeric(totals);
    const others = all.filter((t) => t.party !== "non_state");
    const pool = credible(others.length > 0 ? others : all);
    if (pool.length === 0) return EMPTY;
    const chosen = gtdChoice(settled(revised(pool, order)), order);
    const s = span(pool);
    return finish(claims, s.low, chosen[0]!.figures.best, s.high, chosen, s.from);
  },
);

/** The totals behind GTD's figure: the latest independent, else the majority, else the lowest. */
function gtdChoice(pool: readonly Numeric[], order: Chronology): Numeric[] {
  const independent = pool.filter((t) => t.party === "independent");
  if (independent.length > 0) {
    return [independent.reduce((a, b) => (b.latest && a.latest && order(b.latest, a.latest) > 0 ? b : a))];
  }
  for (const t of pool) {
    const agreeing = pool.filter((u) => u.figures.best === t.figures.best);
    if (agreeing.length >= 2 && agreeing.length * 2 > pool.length) return agreeing;
  }
  return [lowest(pool, "best")];
}

export const ucdp: Strategy = define(
  "ucdp",
  "UCDP GED codebook: best = the most reliable estimate, low/high = the lowest and highest reliable estimates",
  "best = an independent claimant's figure (the lowest, if several disagree), else the lower of the parties' figures; low/high span the credible figures",
  (totals, order, claims) => {
    const pool = credible(numeric(totals));
    if (pool.length === 0) return EMPTY;
    const candidates = revised(pool, order);
    const independent = candidates.filter((t) => t.party === "independent");
    const chosen = lowest(settled(independent.length > 0 ? independent : candidates), "best");
    const s = span(pool);
    return finish(claims, s.low, chosen.figures.best, s.high, [chosen], s.from);
  },
);

export const range: Strategy = define(
  "range",
  "Iraq Body Count and Airwars: a minimum and a maximum over every source, no single figure",
  "low/high = the lowest and highest figures over all claimants, vague words included; no best",
  (totals, _order, claims) => {
    const pool = numeric(totals);
    if (pool.length === 0) return EMPTY;
    const s = span(pool);
    return finish(claims, s.low, null, s.high, [], pool);
  },
);

export const STRATEGIES: Readonly<Record<StrategyName, Strategy>> = { conservative, gtd, ucdp, range };

/** A strategy by name. */
export function strategy(name: StrategyName): Strategy {
  return STRATEGIES[name];
}
