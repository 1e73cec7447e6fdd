// How each claimant's figures changed by report date (issue 3, point 6): for every claimant and
// (outcome, group), one point per report day — the claimant's total from its claims in the
// reports of that day (src/core/tally's claimant totals: increments add, a cumulative figure or a
// later report supersedes). Points are in date order; undated reports come last.
import { GROUPS, OUTCOMES, type Claim, type Group, type Outcome, type Party } from "../core/model.js";
import { claimantTotals, isTallied, tally, type StrategyName } from "../core/tally/index.js";
import type { StoredArticle } from "../store/store.js";

export interface TimelinePoint {
  /** The report date (publication day), or null when the reports carry none. */
  date: string | null;
  low: number | null;
  best: number | null;
  high: number | null;
  /** The claims behind the figure. */
  claims: string[];
  articles: string[];
}

export interface TimelineSeries {
  claimant: string;
  party: Party;
  outcome: Outcome;
  group: Group;
  points: TimelinePoint[];
}

/** The timeline of claims (qualified ids) made in `articles`. */
export function timeline(articles: readonly StoredArticle[], claims: readonly Claim[]): TimelineSeries[] {
  const dateOf = new Map(articles.map((a) => [a.id as string, a.published?.slice(0, 10) ?? null]));
  const series = new Map<string, { head: Claim; byDate: Map<string | null, Claim[]> }>();
  for (const c of claims) {
    if (!isTallied(c)) continue;
    const key = `${c.claimant.name}\u0000${c.outcome}\u0000${c.group}`;
    const s = series.get(key) ?? { head: c, byDate: new Map() };
    const date = dateOf.get(c.article) ?? null;
    s.byDate.set(date, [...(s.byDate.get(date) ?? []), c]);
    series.set(key, s);
  }
  const out: TimelineSeries[] = [];
  for (const { head, byDate } of series.values()) {
    const dates = [...byDate.keys()].sort((a, b) => (a ?? "9999").localeCompare(b ?? "9999"));
    const points: TimelinePoint[] = [];
    for (const date of dates) {
      const own = byDate.get(date)!;
      const total = claimantTotals(own)[0];
      if (!total) continue;
      points.push({
        date,
        low: total.figures?.low ?? null,
        best: total.figures?.best ?? null,
        high: total.figures?.high ?? null,
        claims: total.claims,
        articles: [...new Set(own.map((c) => c.article))],
      });
    }
    out.push({
      claimant: head.claimant.name,
      party: head.claimant.party,
      outcome: head.outcome,
      group: head.group,
      points,
    });
  }
  const order = (s: TimelineSeries) =>
    `${s.outcome}\u0000${s.group}\u0000${s.points[0]?.date ?? "9999"}\u0000${s.claimant}`;
  return out.sort((a, b) => order(a).localeCompare(order(b)));
}

export interface SideSeries {
  party: Party;
  outcome: Outcome;
  group: Group;
  points: TimelinePoint[];
}

/**
 * The same by side (state, armed groups, independent sources), for claimants whose names vary
 * from outlet to outlet ("the ISPR", "a military spokesman"): each report day's figure is the
 * strategy's reconciliation of that side's claims in that day's reports.
 */
export function sideTimeline(
  articles: readonly StoredArticle[],
  claims: readonly Claim[],
  strategy: StrategyName = "ucdp",
): SideSeries[] {
  const dateOf = new Map(articles.map((a) => [a.id as string, a.published?.slice(0, 10) ?? null]));
  const dates = [...new Set(claims.map((c) => dateOf.get(c.article) ?? null))].sort((a, b) =>
    (a ?? "9999").localeCompare(b ?? "9999"),
  );
  const out = new Map<string, SideSeries>();
  for (const party of ["state", "non_state", "independent"] as const)
    for (const date of dates) {
      const own = claims.filter(
        (c) => c.claimant.party === party && (dateOf.get(c.article) ?? null) === date,
      );
      for (const row of tally(own, strategy)) {
        const key = `${row.outcome}\u0000${row.group}\u0000${party}`;
        const s = out.get(key) ?? { party, outcome: row.outcome, group: row.group, points: [] };
        s.points.push({
          date,
          low: row.low,
          best: row.best,
          high: row.high,
          claims: row.claims,
          articles: [...new Set(own.filter((c) => row.claims.includes(c.id)).map((c) => c.article))],
        });
        out.set(key, s);
      }
    }
  const rank = (s: SideSeries) =>
    OUTCOMES.indexOf(s.outcome) * 100 +
    GROUPS.indexOf(s.group) * 10 +
    ["state", "non_state", "independent"].indexOf(s.party);
  return [...out.values()].sort((a, b) => rank(a) - rank(b));
}
