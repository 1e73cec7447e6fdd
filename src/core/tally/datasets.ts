// An article's (or incident's) figures in the datasets' own terms (CODEBOOK §1b), for comparison
// with hand-coded GTD, ACLED and UCDP rows.
//
// DATASET_FIELDS below is the one place that says what each field reads: which outcome, which
// groups (summed, or the largest), which strategy, which of the strategy's figures, and whether
// sub-counts may stand for a group. How a single quantity reads ("more than 20" → 20) is
// figures.ts's FIGURES table; together the two are everything there is to tune.
//
// Choices:
// - Sums over groups never take a sub-count ("five women" among "11 people"): each group adds
//   its whole counts only, so nothing is counted twice. UCDP's four death fields partition a
//   total (their sum is `best`), so they take whole counts only too. GTD's `nkillter` is itself
//   an "of which" field of `nkill`, so there a sub-count may stand where no whole count of
//   militants is given ("10 killed, including two attackers" → nkillter 2).
// - A field is null when no group gives a figure; ACLED's `fatalities` is 0 then.
// - UCDP's low and high are estimates, never open: where a group's high is open-ended ("at
//   least 16"), it counts at its best; a missing low likewise counts at the best.
// - `nhostkid` is the abducted total, failing that the largest `held` figure of any group (a
//   stock at one time, so the largest, not a sum).
// - "all the hostages" gives no number and adds nothing.
import { GROUPS, type Claim, type Datasets, type Group, type Outcome } from "../model.js";
import { STRATEGIES, type Reconciled, type StrategyName } from "./strategies.js";

export interface FieldSource {
  outcome: Outcome;
  groups: readonly Group[];
  strategy: StrategyName;
  /** Which of the strategy's figures for each group. */
  figure: "low" | "best" | "high";
  /** How the groups' figures combine. */
  combine: "sum" | "max";
  /** Whether a sub-count may stand as a group's figure (never in a sum of several groups). */
  subCounts: boolean;
}

/** A field: the first source that gives a figure. */
export type Field = readonly FieldSource[];

const UCDP_GROUPS: readonly Group[] = ["security_forces", "militants", "civilians", "hostages", "people"];
const all = (
  outcome: Outcome,
  strategy: StrategyName,
  figure: FieldSource["figure"] = "best",
): FieldSource => ({
  outcome,
  groups: GROUPS,
  strategy,
  figure,
  combine: "sum",
  subCounts: false,
});
const killed = (groups: readonly Group[], strategy: StrategyName, subCounts = false): FieldSource => ({
  outcome: "killed",
  groups,
  strategy,
  figure: "best",
  combine: "sum",
  subCounts,
});

export const DATASET_FIELDS = {
  gtd: {
    nkill: [all("killed", "gtd")],
    nkillter: [killed(["militants"], "gtd", true)],
    nwound: [all("injured", "gtd")],
    nhostkid: [all("abducted", "gtd"), { ...all("held", "gtd"), combine: "max" }],
    nreleased: [all("released", "gtd")],
  },
  acled: { fatalities: [all("killed", "conservative")] },
  ucdp: {
    deaths_a: [killed(["security_forces"], "ucdp")],
    deaths_b: [killed(["militants"], "ucdp")],
    deaths_civilians: [killed(["civilians", "hostages"], "ucdp")],
    deaths_unknown: [killed(["people"], "ucdp")],
    best: [{ ...killed(UCDP_GROUPS, "ucdp"), figure: "best" }],
    low: [{ ...killed(UCDP_GROUPS, "ucdp"), figure: "low" }],
    high: [{ ...killed(UCDP_GROUPS, "ucdp"), figure: "high" }],
  },
} as const satisfies Record<string, Record<string, Field>>;

/** One of a strategy's figures, an open or missing bound counting at the best (see above). */
function pick(r: Reconciled, figure: FieldSource["figure"]): number | null {
  return figure === "best" ? r.best : (r[figure] ?? r.best);
}

/** The figure one source gives over some claims, or null. */
/** A figure stated over several related incidents, as this incident's even share (rounded). */
export function incidentShare(claim: Claim): Claim {
  const n = claim.acrossIncidents;
  if (n === null || n <= 1) return claim;
  const share = (x: number | null) => (x === null ? null : Math.round(x / n));
  const q = claim.quantity;
  return { ...claim, quantity: { ...q, value: share(q.value), min: share(q.min), max: share(q.max) } };
}

/** Reconciled figures per (outcome, group, strategy, sub-counts), shared by the fields of one call. */
type Memo = Map<string, Reconciled | null>;

export function sourceValue(
  claims: readonly Claim[],
  source: FieldSource,
  memo: Memo = new Map(),
): number | null {
  const reconcile = STRATEGIES[source.strategy].reconcile;
  const values: number[] = [];
  for (const group of source.groups) {
    const mine = claims.filter(
      (c) => c.outcome === source.outcome && c.group === group && (source.subCounts || c.partOf === null),
    );
    if (mine.length === 0) continue;
    const key = `${source.outcome}|${group}|${source.strategy}|${source.subCounts}`;
    let reconciled = memo.get(key);
    if (reconciled === undefined) memo.set(key, (reconciled = reconcile(mine)));
    if (!reconciled) continue;
    const value = pick(reconciled, source.figure);
    if (value !== null) values.push(value);
  }
  if (values.length === 0) return null;
  return source.combine === "sum" ? values.reduce((a, b) => a + b, 0) : Math.max(...values);
}

/** A field's figure: the first of its sources that gives one. */
export function fieldValue(claims: readonly Claim[], field: Field, memo: Memo = new Map()): number | null {
  for (const source of field) {
    const value = sourceValue(claims, source, memo);
    if (value !== null) return value;
  }
  return null;
}

export function datasets(all: readonly Claim[]): Datasets {
  const { gtd, acled, ucdp } = DATASET_FIELDS;
  // Each dataset row codes one event: totals over related incidents count at their share.
  const claims = all.map(incidentShare);
  const memo: Memo = new Map();
  const v = (field: Field): number | null => (claims.length === 0 ? null : fieldValue(claims, field, memo));
  return {
    gtd: {
      nkill: v(gtd.nkill),
      nkillter: v(gtd.nkillter),
      nwound: v(gtd.nwound),
      nhostkid: v(gtd.nhostkid),
      nreleased: v(gtd.nreleased),
    },
    acled: { fatalities: v(acled.fatalities) ?? 0 },
    ucdp: {
      deaths_a: v(ucdp.deaths_a),
      deaths_b: v(ucdp.deaths_b),
      deaths_civilians: v(ucdp.deaths_civilians),
      deaths_unknown: v(ucdp.deaths_unknown),
      best: v(ucdp.best),
      low: v(ucdp.low),
      high: v(ucdp.high),
    },
  };
}
