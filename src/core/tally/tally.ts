// An article's (or an incident's) tally: one row per (outcome, group) that tallied claims give,
// in the model's OUTCOMES order, then GROUPS order.
//
// A row's low/best/high come from the chosen strategy (strategies.ts), its grade from grade.ts.
// `claims` lists every tallied claim of the row in input order — the figures' own claims and
// those they outweigh or dispute (a contested row shows both sides) — so a reader can reach every
// claim behind a number. Denied, threatened and other-incident claims make no row. A row whose
// claims give no number ("all the hostages were released") is kept, with null figures.
//
// Sub-counts ("five women" among "11 people") appear in the row of their own (outcome, group),
// where they never add to a claimant's whole count; sums over groups are datasets.ts's concern.
import {
  GROUPS,
  OUTCOMES,
  type Claim,
  type Datasets,
  type Group,
  type Mention,
  type Outcome,
  type TallyRow,
} from "../model.js";
import { isTallied } from "./claimant-totals.js";
import { datasets, unknownDeaths, type UnknownDeaths } from "./datasets.js";
import { gradeTotals } from "./grade.js";
import { rowBasis, sharedRowTotals, type RowTotals } from "./row-totals.js";
import { STRATEGIES, type StrategyName } from "./strategies.js";
import { totals, type OutcomeTotal, type TextOf } from "./totals.js";

/** Tallied claims grouped by (outcome, group), in row order; claims keep input order. */
export function rows(claims: readonly Claim[]): { outcome: Outcome; group: Group; claims: Claim[] }[] {
  const byOutcome = new Map<Outcome, Map<Group, Claim[]>>();
  for (const c of claims) {
    if (!isTallied(c)) continue;
    let byGroup = byOutcome.get(c.outcome);
    if (!byGroup) byOutcome.set(c.outcome, (byGroup = new Map()));
    const mine = byGroup.get(c.group);
    if (mine) mine.push(c);
    else byGroup.set(c.group, [c]);
  }
  const out: { outcome: Outcome; group: Group; claims: Claim[] }[] = [];
  for (const outcome of OUTCOMES) {
    const byGroup = byOutcome.get(outcome);
    if (!byGroup) continue;
    for (const group of GROUPS) {
      const mine = byGroup.get(group);
      if (mine) out.push({ outcome, group, claims: mine });
    }
  }
  return out;
}

/** A tally row's figures and grade, without the claims behind it (what exports and the change log keep). */
export type RowFigures = Omit<TallyRow, "claims">;

export function rowFigures({ outcome, group, low, best, high, grade }: TallyRow): RowFigures {
  return { outcome, group, low, best, high, grade };
}

/**
 * The tally rows of some claims under a strategy. `rowTotals` works out each row's claimant
 * totals; a caller that also reads the dataset fields of the same claims passes one
 * `sharedRowTotals()` to both, so that each row is worked out once.
 */
export function tally(
  claims: readonly Claim[],
  strategy: StrategyName = "ucdp",
  rowTotals: RowTotals = rowBasis,
): TallyRow[] {
  const { bounds } = STRATEGIES[strategy];
  return rows(claims).map(({ outcome, group, claims: mine }) => {
    const row = rowTotals(mine);
    const { low, best, high } = bounds(row);
    const grade = gradeTotals(row.totals, outcome, group);
    return { outcome, group, low, best, high, grade, claims: mine.map((c) => c.id) };
  });
}

/** Everything a surface shows of some claims under one strategy: read from here, never recomputed. */
export interface Reconciliation {
  strategy: StrategyName;
  /** Per (outcome, group). */
  rows: TallyRow[];
  /** Per outcome, across groups (CODEBOOK §3b): the one figure every surface shows. */
  totals: OutcomeTotal[];
  /** The dataset fields, all under this strategy. */
  datasets: Datasets;
  /** Deaths stated with no figure beside the killed total, as ACLED's fatalities count them. */
  unknownDeaths: UnknownDeaths;
}

/**
 * The reconciliation of an incident's (or an article's) claims under a strategy. `textOf` gives
 * the articles' texts (figures of one sentence are told apart by them; see totals.ts); `mentions`
 * the outcomes they state with no figure, which only the dataset fields read.
 */
export function reconcile(
  claims: readonly Claim[],
  strategy: StrategyName,
  textOf?: TextOf,
  mentions: readonly Mention[] = [],
): Reconciliation {
  // Every reader below weighs the same rows: each is worked out once.
  const shared = sharedRowTotals();
  const all = totals(claims, strategy, textOf, shared);
  const ds = datasets(claims, strategy, textOf, mentions, shared);
  const killed = all.find((t) => t.outcome === "killed") ?? null;
  return {
    strategy,
    rows: tally(claims, strategy, shared),
    totals: all,
    datasets: ds,
    unknownDeaths: unknownDeaths(claims, strategy, textOf, mentions, ds.acled.fatalities, killed, shared),
  };
}
