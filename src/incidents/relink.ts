// Re-linking what new reports touch so that the incidents are a function of the stored reports
// (and an analyst's corrections), whatever batches or order they came in (issue 11 §1):
//   1. dated reports with a country, period by period (block.ts), in time order: a period's
//      reports are grouped afresh (cluster.ts) with the incidents of the period before that
//      reach into it (a report within BLOCK_DAYS of its start), each kept as it stands; the next
//      period is re-linked too while what reaches into it changed;
//   2. dated reports with no country, period by period, and
//   3. undated reports, country by country: placed afresh with the incidents of their days (or
//      country) kept whole, each joining one or several making their own.
// What stages 2 and 3 keep whole is only the incidents' dated, located reports, so neither
// depends on the other. An analyst's reports (merged or split by hand) never move: they are
// kept where the analyst put them, and their incident keeps them together.
import type { ArticleId, IncidentId, Link, LinkKey, Store } from "../store/store.js";
import { BLOCK_DAYS, blockKeys, firstLocks, periodDays, periodOf } from "./block.js";
import { clusterBlock } from "./cluster.js";
import { addDays } from "./event-time.js";
import type { ArticleFeatures } from "./features.js";
import { similarity, type LinkOptions } from "./link-score.js";
import { regroup, type Moved } from "./regroup.js";
import { featuresOf } from "./summary.js";

export interface RelinkResult {
  /** The reports re-linked. */
  articles: ArticleId[];
  /** The incidents they are in now. */
  incidents: IncidentId[];
  moved: Moved[];
}

/** What the dated stage touched, for the later stages: periods (of no country) and countries (undated). */
interface Touched {
  periods: Set<number>;
  countries: Set<string>;
  moved: Moved[];
  articles: Set<ArticleId>;
  /**
   * The undated reports of the countries re-linked, asked before the first lock; what another
   * writer adds later is placed by that writer's own re-link.
   */
  undated: Map<string, ArticleId[]>;
}

/** Re-links what these reports touch (see the head of this file). Called inside a transaction. */
export function relinkAround(
  store: Store,
  seeds: readonly ArticleFeatures[],
  options: LinkOptions,
): RelinkResult {
  const t: Touched = {
    periods: new Set(),
    countries: new Set(),
    moved: [],
    articles: new Set(),
    undated: new Map(),
  };
  // The undated stage runs for each country whose periods are re-linked: whether it will lock "*"
  // is asked before any lock (an undated report locks "*" at once).
  for (const iso of new Set(seeds.flatMap((f) => (f.iso !== null && f.eventDate !== null ? [f.iso] : []))))
    t.undated.set(
      iso,
      store.linkKeys({ iso, undated: true }).map((k) => k.article),
    );
  const undated = [...t.undated.values()].some((ids) => ids.length > 0);
  store.lockBlocks(
    firstLocks(
      seeds.map((f) => ({ day: f.eventDate })),
      undated,
    ),
  );
  const byCountry = new Map<string, Set<number>>();
  for (const f of seeds) {
    if (f.eventDate === null) t.countries.add(f.iso ?? "");
    else if (f.iso === null) t.periods.add(periodOf(f.eventDate));
    else {
      if (!byCountry.has(f.iso)) byCountry.set(f.iso, new Set());
      byCountry.get(f.iso)!.add(periodOf(f.eventDate));
    }
  }
  for (const iso of [...byCountry.keys()].sort())
    relinkCountry(
      store,
      iso,
      [...byCountry.get(iso)!].sort((a, b) => a - b),
      t,
      options,
    );
  for (const p of [...t.periods].sort((a, b) => a - b)) relinkUnlocated(store, p, t, options);
  for (const iso of [...t.countries].sort()) relinkUndated(store, iso || null, t, options);
  const incidents = new Set([...t.articles].flatMap((a) => store.incidentsOf(a)));
  return { articles: [...t.articles], incidents: [...incidents], moved: t.moved };
}

/**
 * Re-links a country's periods from the first of `periods`, in time order: each of `periods`, and
 * each next one while what reaches into it from the one before changed. What reaches into a
 * period is read from the store once (`carried`), after the period before it is written; what
 * reached into it before that is told by the period's own re-link from what it read anyway.
 */
function relinkCountry(
  store: Store,
  iso: string,
  periods: readonly number[],
  t: Touched,
  options: LinkOptions,
): void {
  const todo = new Set(periods);
  let into: Kept[] | null = null;
  for (let p = periods[0]!; todo.size > 0;) {
    todo.delete(p);
    const before = relinkPeriod(store, iso, p, into, t, options);
    for (const q of [p - 1, p, p + 1]) t.periods.add(q);
    t.countries.add(iso);
    const next = carried(store, iso, p + 1);
    if (reaching(next) !== before) todo.add(p + 1);
    const q = Math.min(...todo);
    into = q === p + 1 ? next : null;
    p = q;
  }
}

/** The dated reports of a country (null: of none) in a period (or from-to), by the store's index. */
function keysIn(store: Store, iso: string | null, from: string, to: string): LinkKey[] {
  return store.linkKeys({ from, to, iso });
}

/**
 * What of the country's incidents reaches into a period from before it (`carried`), as a text to
 * compare: each incident's reports carried in.
 */
function reaching(kept: readonly Kept[]): string {
  return kept
    .map((c) => c.members.map((f) => f.id).join(","))
    .sort()
    .join(";");
}

/** An incident as a period's linking keeps it: its id and the reports it keeps. */
interface Kept {
  id: IncidentId;
  members: ArticleFeatures[];
}

/**
 * The incidents reaching into period `p` from before it: each incident holding a dated report of
 * the country within BLOCK_DAYS before its start, with its dated reports of the country before
 * it (and its analyst's reports).
 */
function carried(store: Store, iso: string, p: number): Kept[] {
  const { from } = periodDays(p);
  const near = keysIn(store, iso, addDays(from, -BLOCK_DAYS), addDays(from, -1));
  const ids = new Set(near.flatMap((k) => store.incidentsOf(k.article)));
  return [...ids]
    .sort()
    .map((id) =>
      keptOf(id, featuresOf(store, store.getIncident(id)!.articles), analystOf(store, id), iso, from),
    );
}

/** An incident's reports carried into a period from `from` on: its analyst's, and its country's dated before. */
function keptOf(
  id: IncidentId,
  reports: readonly ArticleFeatures[],
  analyst: ReadonlyMap<ArticleId, Link>,
  iso: string,
  from: string,
): Kept {
  const members = reports.filter(
    (f) => analyst.has(f.id) || (f.iso === iso && f.eventDate !== null && f.eventDate < from),
  );
  return { id, members };
}

/** The reports an analyst put in an incident (those it holds), with their links. */
function analystOf(store: Store, id: IncidentId): Map<ArticleId, Link> {
  const holds = new Set(store.getIncident(id)!.articles);
  return new Map(
    store
      .linksOf(id)
      .filter((l) => l.by === "analyst" && holds.has(l.article))
      .map((l) => [l.article, l]),
  );
}

/**
 * Groups a country's period afresh: its dated reports (but an analyst's), with the incidents
 * reaching into it kept as they stand (`into`: read already, else here) and an analyst's groups
 * among its incidents. The undated reports and those of no country in the incidents it touches
 * are taken out (stages 2 and 3 place them again). Returns what reached into the next period
 * before (`reaching`), read from the incidents it touches: every report near enough to the next
 * period to carry one into it is one of this period's.
 */
function relinkPeriod(
  store: Store,
  iso: string,
  p: number,
  into: readonly Kept[] | null,
  t: Touched,
  options: LinkOptions,
): string {
  const { from, to } = periodDays(p);
  store.lockBlocks(blockKeys([{ day: from }]));
  const keys = keysIn(store, iso, from, to);
  const reports = keys.map((k) => k.article);
  const keep = new Map<IncidentId, ArticleFeatures[]>();
  const analystLinks = new Map<ArticleId, Link>();
  for (const c of into ?? carried(store, iso, p)) keep.set(c.id, c.members);
  const next = periodDays(p + 1).from;
  const nearNext = addDays(next, -BLOCK_DAYS);
  const reachingNext = new Set(
    keys.filter((k) => k.day! >= nearNext).flatMap((k) => store.incidentsOf(k.article)),
  );
  const before: Kept[] = [];
  const held = new Set(reports.flatMap((a) => store.incidentsOf(a)));
  const floating: ArticleFeatures[] = [];
  for (const id of new Set([...held, ...keep.keys()])) {
    const analyst = analystOf(store, id);
    for (const [a, l] of analyst) analystLinks.set(a, l);
    if (!keep.has(id)) keep.set(id, featuresOf(store, [...analyst.keys()]));
    const all = featuresOf(store, store.getIncident(id)!.articles);
    if (reachingNext.has(id)) before.push(keptOf(id, all, analyst, iso, next));
    for (const f of all) if ((f.eventDate === null || f.iso === null) && !analyst.has(f.id)) floating.push(f);
  }
  const free = featuresOf(
    store,
    reports.filter((a) => !analystLinks.has(a)),
  );
  for (const f of floating)
    if (f.eventDate === null) t.countries.add(f.iso ?? "");
    else t.periods.add(periodOf(f.eventDate));
  place(store, free, [...keep.values()], floating, analystLinks, t, options);
  return reaching(before);
}

/**
 * Groups `free` reports with `kept` groups (each stays together; a free report joins one or
 * several make their own) and writes it; `out` are reports only taken out of their incidents.
 */
function place(
  store: Store,
  free: readonly ArticleFeatures[],
  kept: readonly ArticleFeatures[][],
  out: readonly ArticleFeatures[],
  analystLinks: ReadonlyMap<ArticleId, Link>,
  t: Touched,
  options: LinkOptions,
): void {
  const groups = kept.filter((g) => g.length > 0);
  const all = [...free, ...groups.flat()];
  const clusters = clusterBlock(groups, all, similarity(all, options));
  const placed = new Set([...free, ...out].map((f) => f.id));
  t.moved.push(...regroup(store, clusters, placed, analystLinks));
  for (const a of placed) t.articles.add(a);
}

/**
 * Places the dated reports of no country in period `p` afresh, with the incidents holding
 * located reports of its days and BLOCK_DAYS either side kept whole (their dated, located
 * reports and an analyst's).
 */
function relinkUnlocated(store: Store, p: number, t: Touched, options: LinkOptions): void {
  const { from, to } = periodDays(p);
  const mine = keysIn(store, null, from, to).map((k) => k.article);
  if (mine.length === 0) return;
  store.lockBlocks(blockKeys([{ day: addDays(from, -BLOCK_DAYS) }, { day: to }]));
  const near = store
    .linkKeys({ from: addDays(from, -BLOCK_DAYS), to: addDays(to, BLOCK_DAYS) })
    .filter((k) => k.iso !== null);
  placeFloating(store, mine, near, t, options);
}

/**
 * Places the undated reports of a country (null: of none) afresh, with the incidents holding
 * its dated reports kept whole (as in `relinkUnlocated`); those of no country among themselves.
 */
function relinkUndated(store: Store, iso: string | null, t: Touched, options: LinkOptions): void {
  const mine =
    (iso === null ? undefined : t.undated.get(iso)) ??
    store.linkKeys({ iso, undated: true }).map((k) => k.article);
  if (mine.length === 0) return;
  store.lockBlocks(["*"]);
  const dated = iso === null ? [] : store.linkKeys({ iso }).filter((k) => k.day !== null);
  placeFloating(store, mine, dated, t, options);
}

/** Places reports (but an analyst's) with the incidents holding `near` (and their own) kept whole. */
function placeFloating(
  store: Store,
  reports: readonly ArticleId[],
  near: readonly LinkKey[],
  t: Touched,
  options: LinkOptions,
): void {
  const analystLinks = new Map<ArticleId, Link>();
  const incidents = new Set([...near.map((k) => k.article), ...reports].flatMap((a) => store.incidentsOf(a)));
  const kept: ArticleFeatures[][] = [];
  for (const id of [...incidents].sort()) {
    const analyst = analystOf(store, id);
    for (const [a, l] of analyst) analystLinks.set(a, l);
    kept.push(
      featuresOf(store, store.getIncident(id)!.articles).filter(
        (f) => analyst.has(f.id) || (f.eventDate !== null && f.iso !== null),
      ),
    );
  }
  const free = featuresOf(
    store,
    reports.filter((a) => !analystLinks.has(a)),
  );
  if (free.length > 0) place(store, free, kept, [], analystLinks, t, options);
}
