// Grouping one block of reports into incidents so that the result depends on which reports the
// block holds, never on the order they arrived in (issue 11 §1). A block is one country's period
// with the incidents carried into it, or the reports of no country or no date with the incidents
// they may join; relink.ts gathers it from the store. Three
// passes, each in a fixed order:
//   1. link: the reports in canonical order (features.ts: event day, then content hash), each
//      joining the incident it scores best with (link-score.ts) when that reaches THRESHOLD,
//      else starting one; an analyst's groups (merged or split by hand) start as incidents;
//   2. merge: two incidents that one report of either fits (a report that bridges fragments)
//      become one, best pair first, until none does; two analyst groups never merge, nor two
//      dated incidents more than WINDOW_DAYS apart;
//   3. move: a report that fits another incident better (by MOVE_MARGIN) than its own moves
//      there; then merge again. An analyst's reports never move.
// Pure: no store, no clock.
import type { ArticleId } from "../store/store.js";
import { fragmentsAnother } from "./another-event.js";
import { fragmentsApart } from "./apart.js";
import { daysBetween, WINDOW_DAYS, type IncidentDates } from "./event-time.js";
import { canonicalOrder, type ArticleFeatures } from "./features.js";
import { GrowingProfile } from "./growing-profile.js";
import {
  ceilingOf,
  scoreLink,
  THRESHOLD,
  trialScore,
  type LinkProfile,
  type LinkScore,
  type Similarity,
  type Vectors,
} from "./link-score.js";

/** How much better another incident must fit a report for it to move there. */
export const MOVE_MARGIN = 0.5;
const MOVE_ROUNDS = 3;

export interface Cluster {
  /** Its reports in canonical order. */
  members: ArticleFeatures[];
  /** It holds an analyst's group: never merged with another such. */
  pinned: boolean;
  dates: IncidentDates;
  /** What a report is scored against (kept in step with `members`). */
  profile: LinkProfile;
  /** Its members, dates and profile, updated from each report that joins (growing-profile.ts). */
  grown: GrowingProfile;
  /** Its reports' ceiling vectors (link-score.ts `ceilingOf`), kept in step with `members`. */
  ceiling: Vectors;
  /** Why each report is in it: the score and reasons of its joining (or of the incident it started). */
  why: Map<ArticleId, LinkScore>;
}

/**
 * Groups a block: `groups` are the analyst's (each stays together), `free` the reports the
 * linker places. Returns the incidents in canonical order of their first report.
 */
export function clusterBlock(
  groups: readonly (readonly ArticleFeatures[])[],
  free: readonly ArticleFeatures[],
  sim: Similarity,
): Cluster[] {
  const clusters: Cluster[] = groups
    .filter((g) => g.length > 0)
    .map((g) => {
      const members = [...g].sort(canonicalOrder);
      const why = new Map(members.map((m) => [m.id, { score: 1, reasons: ["grouped by an analyst"] }]));
      return { pinned: true, why, ...grouping(members, sim) };
    })
    .sort((a, b) => canonicalOrder(a.members[0]!, b.members[0]!));
  const pinnedIds = new Set(clusters.flatMap((c) => c.members.map((m) => m.id)));
  const movable = [...free].filter((f) => !pinnedIds.has(f.id)).sort(canonicalOrder);
  for (const f of movable) place(clusters, f, sim);
  mergeFragments(clusters, sim);
  for (let round = 0; round < MOVE_ROUNDS && moveMisfits(clusters, movable, sim); round++)
    mergeFragments(clusters, sim);
  return clusters.sort((a, b) => canonicalOrder(a.members[0]!, b.members[0]!));
}

/** Pass 1: the report joins the best incident reaching THRESHOLD, else starts one. */
function place(clusters: Cluster[], f: ArticleFeatures, sim: Similarity): void {
  const best = bestCluster(clusters, f, sim, null);
  if (best && best.score >= THRESHOLD) {
    add(best.cluster, f, scoreLink(f, best.cluster.profile, sim), sim);
    return;
  }
  const s = best && scoreLink(f, best.cluster.profile, sim);
  const why = s
    ? `new incident: the best other scored ${s.score} < ${THRESHOLD} (${s.reasons.join("; ")})`
    : "new incident: no incident of its place and dates";
  clusters.push({
    pinned: false,
    why: new Map([[f.id, { score: 1, reasons: [why] }]]),
    ...grouping([f], sim),
  });
}

/**
 * The incident (but `except`) the report scores best with, and the score (without reasons): the
 * first in `clusters` of the best score, as if each were scored. Incidents are tried highest
 * ceiling first (link-score.ts `trialScore`), and those whose ceiling cannot beat the best so far,
 * or reach `floor`, are not scored (a caller that wants only a score of `floor` or more).
 */
function bestCluster(
  clusters: readonly Cluster[],
  f: ArticleFeatures,
  sim: Similarity,
  except: Cluster | null,
  floor = -Infinity,
): { cluster: Cluster; score: number } | null {
  const trials = clusters
    .map((cluster, i) => ({ cluster, i, trial: trialScore(f, cluster.profile, sim, cluster.ceiling) }))
    .filter((t) => t.cluster !== except && t.trial.top >= floor)
    .sort((a, b) => b.trial.top - a.trial.top || a.i - b.i);
  let best: { cluster: Cluster; score: number; i: number } | null = null;
  for (const { cluster, i, trial } of trials) {
    if (best && trial.top < best.score) break;
    if (best && trial.top === best.score && i > best.i) continue;
    const score = trial.score();
    if (!best || score > best.score || (score === best.score && i < best.i)) best = { cluster, score, i };
  }
  return best;
}

function add(c: Cluster, f: ArticleFeatures, s: LinkScore, sim: Similarity): void {
  c.grown.add([f]);
  Object.assign(c, view(c.grown), { ceiling: ceilingOf([c.ceiling, sim.vectors(f)]) });
  c.why.set(f.id, s);
}

/** Reports in canonical order with their dates, link profile and ceiling. */
function grouping(
  reports: readonly ArticleFeatures[],
  sim: Similarity,
): Pick<Cluster, "members" | "dates" | "profile" | "ceiling" | "grown"> {
  return { ...view(GrowingProfile.of(reports)), ceiling: ceilingOf(reports.map((r) => sim.vectors(r))) };
}

function view(grown: GrowingProfile): Pick<Cluster, "members" | "dates" | "profile" | "grown"> {
  return { members: grown.members, dates: grown.dates, profile: grown.profile, grown };
}

/**
 * Pass 2: merges the best-fitting pair of incidents while one reaches THRESHOLD. A pair fits by
 * its best report: one report of either scored against the other incident. A pair's fit is kept
 * until one of the two changes.
 */
function mergeFragments(clusters: Cluster[], sim: Similarity): void {
  const fits = new Map<Cluster, Map<Cluster, Fit>>();
  const fitOf = (a: Cluster, b: Cluster): Fit => {
    let row = fits.get(a);
    if (!row) fits.set(a, (row = new Map()));
    let fit = row.get(b);
    if (!fit) row.set(b, (fit = pairFit(a, b, sim)));
    return fit;
  };
  for (;;) {
    let best: { a: Cluster; b: Cluster; fit: Fit } | null = null;
    for (let i = 0; i < clusters.length; i++)
      for (let j = i + 1; j < clusters.length; j++) {
        const [a, b] = [clusters[i]!, clusters[j]!];
        if ((a.pinned && b.pinned) || apart(a.dates, b.dates)) continue;
        const fit = fitOf(a, b);
        if (fit.score >= THRESHOLD && (!best || fit.score > best.fit.score)) best = { a, b, fit };
      }
    if (!best) return;
    const { a, b, fit } = best;
    const [into, from] = b.pinned ? [b, a] : [a, b];
    const s = scoreLink(fit.by, fit.into.profile, sim);
    const against = fit.apart ? `; the incidents apart: ${fit.apart.join("; ")}` : "";
    const reason = `merged: ${fit.by.id} bridges the two incidents (${s.reasons.join("; ")}${against})`;
    for (const m of from.members) into.why.set(m.id, { score: s.score, reasons: [reason] });
    into.grown.add(from.members);
    Object.assign(into, view(into.grown), { ceiling: ceilingOf([into.ceiling, from.ceiling]) });
    clusters.splice(clusters.indexOf(from), 1);
    fits.delete(into);
    fits.delete(from);
    for (const row of fits.values()) {
      row.delete(into);
      row.delete(from);
    }
  }
}

/** How well two incidents fit: the best score of a report of one (`by`) against the other (`into`). */
interface Fit {
  score: number;
  by: ArticleFeatures;
  into: Cluster;
  /**
   * What tells the two incidents apart, taken off the score (apart.ts `fragmentsApart`,
   * another-event.ts `fragmentsAnother`).
   */
  apart?: string[];
}

/**
 * Two dated incidents more than WINDOW_DAYS apart are two events, whatever reports bridge them
 * (an undated report naming "Tuesday" fits every Tuesday's attack in a province).
 */
function apart(a: IncidentDates, b: IncidentDates): boolean {
  if (!a.start || !b.start) return false;
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return second.start! > first.end! && daysBetween(first.end!, second.start!) > WINDOW_DAYS;
}

/**
 * The pair's fit as if every report of either were scored, when it reaches THRESHOLD (else one
 * below it, maybe -Infinity: such a fit merges nothing). A report whose ceiling
 * (`trialScore`) cannot reach THRESHOLD or beat the best so far is not scored.
 */
function pairFit(a: Cluster, b: Cluster, sim: Similarity): Fit {
  let best: Fit = { score: -Infinity, by: b.members[0]!, into: a };
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const)
    for (const f of y.members) {
      const trial = trialScore(f, x.profile, sim, x.ceiling);
      if (trial.top < THRESHOLD || trial.top <= best.score) continue;
      const score = trial.score();
      if (score > best.score) best = { score, by: f, into: x };
    }
  if (best.score < THRESHOLD) return best;
  const other = best.into === a ? b : a;
  const signs = [
    ...fragmentsApart(best.by, best.into.profile, other.profile),
    ...fragmentsAnother(best.by, best.into.profile, other.profile),
  ];
  if (signs.length === 0) return best;
  const weight = signs.reduce((n, s) => n + s.weight, 0);
  return {
    ...best,
    score: Math.round((best.score + weight) * 1000) / 1000,
    apart: signs.map((s) => s.reason),
  };
}

/** Pass 3: moves each report that fits another incident better than its own; true if one moved. */
function moveMisfits(clusters: Cluster[], movable: readonly ArticleFeatures[], sim: Similarity): boolean {
  let moved = false;
  const owner = new Map<ArticleId, Cluster>();
  for (const c of clusters) for (const m of c.members) owner.set(m.id, c);
  for (const f of movable) {
    const own = owner.get(f.id)!;
    if (own.members.length === 1) continue;
    const best = bestCluster(clusters, f, sim, own, THRESHOLD);
    if (!best || best.score < THRESHOLD) continue;
    const rest = grouping(
      own.members.filter((m) => m !== f),
      sim,
    );
    const stay = scoreLink(f, rest.profile, sim, false);
    if (best.score < stay.score + MOVE_MARGIN) continue;
    Object.assign(own, rest);
    own.why.delete(f.id);
    const s = scoreLink(f, best.cluster.profile, sim);
    add(
      best.cluster,
      f,
      { score: s.score, reasons: [`moved: fits better than its incident (${stay.score})`, ...s.reasons] },
      sim,
    );
    owner.set(f.id, best.cluster);
    moved = true;
  }
  return moved;
}
