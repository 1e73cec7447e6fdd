// Grouping articles into incidents (issue 3 point 4, issue 11), through the Store interface.
// A new article is linked by re-linking its block: the incidents of its country (and the
// unlocated ones) whose dates lie within BLOCK_DAYS of its event day (every incident of its
// country when it has no date), with the reports they hold and the new one, grouped afresh by
// cluster.ts in a fixed order. So the incidents a set of reports forms do not depend on the order
// they arrived in; a report that bridges two fragments merges them; one that fits another
// incident better moves. An analyst's merges and splits (links "by analyst") stay as made.
// `relinkAll` re-runs linking over the whole store (after a rule change) and says what moved.
// Every link keeps its score and reasons (link-score.ts); an incident's dates come from its
// reports' event times (event-time.ts), its place, type and actors from its reports.
import { createHash } from "node:crypto";
import type { ArticleId, Incident, IncidentId, Link, Store, StoredArticle } from "../store/store.js";
import { clusterBlock, type Cluster } from "./cluster.js";
import { findActors } from "./actors.js";
import { typeEvent, type EventType } from "./event-type.js";
import { addDays, day, daysBetween, incidentDates, WINDOW_DAYS } from "./event-time.js";
import { articleFeatures, canonicalOrder, type ArticleFeatures } from "./features.js";
import { decodeFeatures, encodeFeatures, featuresKey } from "./kept-features.js";
import { similarity, type LinkOptions } from "./link-score.js";
import { locate } from "./places.js";

export { addDays, day, daysBetween, WINDOW_DAYS } from "./event-time.js";
export { articleFeatures, type ArticleFeatures } from "./features.js";
export { distanceKm, scoreLink, THRESHOLD, type LinkOptions, type LinkScore } from "./link-score.js";

/** A block reaches this many days either side of its reports' event days. */
export const BLOCK_DAYS = 2 * WINDOW_DAYS;

/**
 * Links a stored article (with its stored claims) into an incident by re-linking its block;
 * returns the incidents it is in. An article already in an incident is left where it is.
 */
export function linkArticle(store: Store, articleId: ArticleId, options: LinkOptions = {}): IncidentId[] {
  const already = store.incidentsOf(articleId);
  if (already.length > 0) return already;
  if (!store.getArticle(articleId)) return [];
  relinkBlock(store, [articleId], options);
  return store.incidentsOf(articleId);
}

/**
 * Links a batch of stored articles (an ingest's batch) by re-linking each block they fall in once:
 * the reports of one country (or unlocated) within BLOCK_DAYS of each other are re-linked together,
 * so adding n reports to a block costs one re-link of it, not n. Articles already in an incident
 * stay. Returns the incidents touched: those the articles are in, and those that gained, lost or
 * gave up reports (deleted ones among them).
 */
export function linkArticles(
  store: Store,
  articleIds: readonly ArticleId[],
  options: LinkOptions = {},
): IncidentId[] {
  const touched = new Set<IncidentId>();
  const pending = featuresOf(
    store,
    articleIds.filter((id) => store.incidentsOf(id).length === 0),
  ).sort(canonicalOrder);
  const done = new Set<ArticleId>();
  for (const seed of pending) {
    if (done.has(seed.id)) continue;
    const seeds = pending.filter((f) => !done.has(f.id) && sameBlock(seed, f));
    const r = relinkBlock(
      store,
      seeds.map((f) => f.id),
      options,
    );
    for (const a of [...r.articles, ...seeds.map((f) => f.id)]) done.add(a);
    for (const m of r.moved) {
      if (m.from) touched.add(m.from);
      touched.add(m.to);
    }
  }
  for (const id of articleIds) for (const inc of store.incidentsOf(id)) touched.add(inc);
  return [...touched];
}

/**
 * Whether report `f` is re-linked with `seed`: a country in common (or none), and both dated within
 * BLOCK_DAYS or both undated. Undated reports come last in canonical order, so they are linked
 * once the dated ones have formed their incidents (an undated report's block is every incident
 * of its country).
 */
function sameBlock(seed: ArticleFeatures, f: ArticleFeatures): boolean {
  if (seed.iso !== null && f.iso !== null && seed.iso !== f.iso) return false;
  if (seed.eventDate === null || f.eventDate === null) return seed.eventDate === f.eventDate;
  return daysBetween(seed.eventDate, f.eventDate) <= BLOCK_DAYS;
}

/** A report that changed incident: from where (null: it was in none) to where. */
export interface Moved {
  article: ArticleId;
  from: IncidentId | null;
  to: IncidentId;
}

export interface RelinkResult {
  /** The reports of the block(s) re-linked. */
  articles: ArticleId[];
  /** The incidents they form now. */
  incidents: IncidentId[];
  moved: Moved[];
}

/**
 * Re-links the block around `seeds` (articles, linked or not); returns what it holds and what moved.
 * Read, grouped and written in one transaction that first locks the block (`blockKeys`), so that
 * another writer on the same database never re-links it at the same time.
 */
export function relinkBlock(
  store: Store,
  seeds: readonly ArticleId[],
  options: LinkOptions = {},
): RelinkResult {
  return store.transaction(() => {
    store.lockBlocks(blockKeys(featuresOf(store, seeds)));
    return relinkLocked(store, seeds, options);
  });
}

/** Lock keys of the blocks around these reports: periods of 2 × BLOCK_DAYS days; "*" (every block) for an undated one. */
export function blockKeys(seeds: readonly ArticleFeatures[]): string[] {
  const period = (d: string) =>
    `days:${Math.floor(Date.parse(`${d}T00:00:00Z`) / 86_400_000 / (2 * BLOCK_DAYS))}`;
  // A block's window (BLOCK_DAYS either side) spans at most two periods, those of its ends: two
  // windows that overlap share a period, so their linkings take one lock in common.
  return seeds.flatMap((f) => {
    const d = day(f.eventDate);
    return d ? [period(addDays(d, -BLOCK_DAYS)), period(addDays(d, BLOCK_DAYS))] : ["*"];
  });
}

function relinkLocked(store: Store, seeds: readonly ArticleId[], options: LinkOptions): RelinkResult {
  const seedFeatures = featuresOf(store, seeds);
  const incidents = new Map<IncidentId, Incident>();
  const listed = new Map<string, Incident[]>();
  for (const f of seedFeatures) {
    for (const inc of blockIncidents(store, f, listed)) incidents.set(inc.id, inc);
    for (const id of store.incidentsOf(f.id))
      if (!incidents.has(id)) incidents.set(id, store.getIncident(id)!);
  }
  const all = new Map<ArticleId, ArticleFeatures>();
  const was = new Map<ArticleId, IncidentId>();
  const analystLinks = new Map<ArticleId, Link>();
  const groups: ArticleFeatures[][] = [];
  for (const inc of incidents.values()) {
    const holds = new Set(inc.articles);
    for (const l of store.linksOf(inc.id))
      if (l.by === "analyst" && holds.has(l.article)) analystLinks.set(l.article, l);
    const group: ArticleFeatures[] = [];
    for (const f of featuresOf(store, inc.articles)) {
      all.set(f.id, f);
      was.set(f.id, inc.id);
      if (analystLinks.get(f.id)?.incident === inc.id) group.push(f);
    }
    groups.push(group);
  }
  for (const f of seedFeatures) all.set(f.id, f);
  const block = [...all.values()];
  const clusters: (Cluster & { id?: IncidentId })[] = clusterBlock(groups, block, similarity(block, options));
  const moved = writeBlock(store, clusters, incidents, was, analystLinks);
  return { articles: block.map((f) => f.id), incidents: clusters.map((c) => c.id!), moved };
}

/**
 * Re-runs linking over every stored article, block by block in canonical order, keeping the
 * analyst's corrections, each report's features read again from its text; returns what moved (each report once, from its first incident to its last).
 */
export function relinkAll(store: Store, options: LinkOptions = {}): RelinkResult {
  const ids: ArticleId[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = store.listArticles({ limit: PAGE, offset });
    ids.push(...page.map((a) => a.id));
    if (page.length < PAGE) break;
  }
  // Every report read again from its text: a rule change is what a re-link is run for.
  const order = featuresOf(store, ids, true).sort(canonicalOrder);
  const done = new Set<ArticleId>();
  const moved = new Map<ArticleId, Moved>();
  for (const f of order) {
    if (done.has(f.id)) continue;
    const r = relinkBlock(store, [f.id], options);
    for (const a of r.articles) done.add(a);
    for (const m of r.moved) moved.set(m.article, { ...m, from: moved.get(m.article)?.from ?? m.from });
  }
  const incidents = new Set(ids.flatMap((id) => store.incidentsOf(id)));
  return {
    articles: ids,
    incidents: [...incidents],
    moved: [...moved.values()].filter((m) => m.from !== m.to),
  };
}
const PAGE = 1000;

/**
 * The incidents of an article's block: its country's (and unlocated ones) around its event day.
 * `listed` keeps the incidents of each window listed for one re-link (a batch's reports share days).
 */
function blockIncidents(store: Store, f: ArticleFeatures, listed: Map<string, Incident[]>): Incident[] {
  const window = f.eventDate
    ? { from: addDays(f.eventDate, -BLOCK_DAYS), to: addDays(f.eventDate, BLOCK_DAYS) }
    : {};
  const key = f.eventDate ?? "";
  let all = listed.get(key);
  if (!all) listed.set(key, (all = store.listIncidents(window)));
  return all.filter((inc) => f.iso === null || !inc.location?.iso || inc.location.iso === f.iso);
}

/**
 * Writes a block's new grouping: each incident keeps the id of the old one it shares most reports
 * with; incidents left empty are deleted; only incidents whose reports changed are rewritten, with
 * their reports' links (an analyst's link stays the analyst's).
 */
function writeBlock(
  store: Store,
  clusters: (Cluster & { id?: IncidentId })[],
  old: ReadonlyMap<IncidentId, Incident>,
  was: ReadonlyMap<ArticleId, IncidentId>,
  analystLinks: ReadonlyMap<ArticleId, Link>,
): Moved[] {
  const used = new Set<IncidentId>();
  for (const c of clusters) {
    const shared = new Map<IncidentId, number>();
    for (const m of c.members) {
      const id = was.get(m.id);
      if (id && !used.has(id)) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const best = [...shared].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) {
      c.id = best[0];
      used.add(best[0]);
    }
  }
  for (const id of old.keys()) if (!used.has(id)) store.deleteIncident(id);
  const moved: Moved[] = [];
  for (const c of clusters) {
    c.id ??= newIncidentId(store, store.getArticle(c.members[0]!.id)!);
    const ids = c.members.map((m) => m.id);
    const before = old.get(c.id);
    const had = new Set(before?.articles ?? []);
    const changed = !before || had.size !== ids.length || !ids.every((a) => had.has(a));
    if (changed) store.putIncident(summarize(store, c.id, ids));
    for (const m of c.members) {
      const from = was.get(m.id) ?? null;
      // The reasons of an incident whose reports changed are those of its new grouping.
      if (from === c.id && !changed) continue;
      const pinned = analystLinks.get(m.id);
      const why = c.why.get(m.id)!;
      store.putLink(
        pinned
          ? { ...pinned, incident: c.id }
          : { incident: c.id, article: m.id, score: why.score, reasons: why.reasons, by: "auto" },
      );
      if (from === c.id) continue;
      if (from && used.has(from)) store.deleteLink(from, m.id);
      moved.push({ article: m.id, from, to: c.id });
    }
  }
  return moved;
}

/** Records that an analyst put these articles in the incident. */
function putAnalystLinks(
  store: Store,
  incident: IncidentId,
  articles: readonly ArticleId[],
  reason: string,
): void {
  for (const article of articles)
    store.putLink({ incident, article, score: 1, reasons: [reason], by: "analyst" });
}

/** Moves all of `b`'s articles into `a` and deletes `b` (an analyst's correction). */
export function mergeIncidents(store: Store, a: IncidentId, b: IncidentId): Incident {
  return store.transaction(() => {
    const ia = store.getIncident(a);
    const ib = store.getIncident(b);
    if (!ia || !ib) throw new Error(`No incident ${!ia ? a : b}.`);
    if (a === b) return ia;
    const moved = ib.articles.filter((x) => !ia.articles.includes(x));
    const merged = summarize(store, a, [...ia.articles, ...moved]);
    store.deleteIncident(b);
    store.putIncident(merged);
    // Every report of both is the analyst's now: re-linking keeps them together.
    putAnalystLinks(store, a, moved, `merged from ${b} by an analyst`);
    putAnalystLinks(
      store,
      a,
      unpinned(store, a, ia.articles),
      `kept in ${a} when an analyst merged ${b} into it`,
    );
    return merged;
  });
}

/** Moves `articles` out of incident `id` into a new incident; returns [what is left, the new one]. */
export function splitIncident(
  store: Store,
  id: IncidentId,
  articles: readonly ArticleId[],
  /** The new incident's id (an undone merge makes the merged incident again under its own). */
  asId?: IncidentId,
): [Incident | null, Incident] {
  return store.transaction(() => {
    const inc = store.getIncident(id);
    if (!inc) throw new Error(`No incident ${id}.`);
    const moving = inc.articles.filter((a) => articles.includes(a));
    const unknown = articles.filter((a) => !inc.articles.includes(a));
    if (unknown.length > 0) throw new Error(`Not in incident ${id}: ${unknown.join(", ")}.`);
    if (moving.length === 0) throw new Error("Name at least one article to split off.");
    const first = store.getArticle(moving[0]!)!;
    if (asId && store.getIncident(asId)) throw new Error(`Incident ${asId} exists already.`);
    const newId = asId ?? newIncidentId(store, first);
    const created = summarize(store, newId, moving);
    store.putIncident(created);
    putAnalystLinks(store, newId, moving, `split from ${id} by an analyst`);
    const rest = inc.articles.filter((a) => !moving.includes(a));
    if (rest.length === 0) {
      for (const a of moving) store.deleteLink(id, a);
      store.deleteIncident(id);
      return [null, created];
    }
    const left = summarize(store, id, rest);
    store.putIncident(left);
    for (const a of moving) store.deleteLink(id, a);
    // What is left is the analyst's too: re-linking never joins the two parts again.
    putAnalystLinks(store, id, unpinned(store, id, rest), `kept in ${id} when an analyst split ${newId} off`);
    return [left, created];
  });
}

/** Those of `articles` that no analyst has put in the incident yet. */
function unpinned(store: Store, incident: IncidentId, articles: readonly ArticleId[]): ArticleId[] {
  const pinned = new Set(
    store
      .linksOf(incident)
      .filter((l) => l.by === "analyst")
      .map((l) => l.article),
  );
  return articles.filter((a) => !pinned.has(a));
}

/**
 * How many of an incident's reports are read for its type and actors: the first SAMPLE_FIRST and
 * the latest SAMPLE_LATEST, so that summarising a large incident costs the same as a small one.
 */
export const SAMPLE_FIRST = 10;
export const SAMPLE_LATEST = 30;

function sample<T>(ids: readonly T[]): readonly T[] {
  if (ids.length <= SAMPLE_FIRST + SAMPLE_LATEST) return ids;
  return [...ids.slice(0, SAMPLE_FIRST), ...ids.slice(-SAMPLE_LATEST)];
}

/**
 * The features of stored articles. A block is re-read for every report linked into it, so they are
 * kept in memory, per store, by (article, its text's hash, newest engine version that read it): the
 * claims change only with a version or a new text, and reading an article's text and claims back from the store cost more than the
 * linking. A report read in no earlier process is read from its text once and kept in the store
 * (kept-features.ts); `fresh` reads every one from its text again (after a rule change).
 */
function featuresOf(store: Store, ids: readonly ArticleId[], fresh = false): ArticleFeatures[] {
  let known = knownBy.get(store);
  if (!known) knownBy.set(store, (known = new Map()));
  const found = new Map<ArticleId, ArticleFeatures>();
  const missing: { id: ArticleId; a: StoredArticle; stored: string }[] = [];
  for (const id of ids) {
    const a = store.getArticle(id);
    if (!a) continue;
    const engine = store.claimVersions(id).at(-1) ?? "";
    // By the text's hash too: a new version of a report keeps its id and is read by the same engine.
    const stored = featuresKey(a, engine);
    const f = fresh ? undefined : known.get(`${id}\u0000${stored}`);
    if (f) found.set(id, f);
    else missing.push({ id, a, stored });
  }
  const kept = fresh || missing.length === 0 ? new Map() : store.linkFeatures(missing.map((m) => m.id));
  for (const { id, a, stored } of missing) {
    const row = kept.get(id);
    let f = row?.key === stored ? decodeFeatures(row.body) : null;
    if (!f) {
      f = articleFeatures(a, store.getClaims(id));
      store.putLinkFeatures(id, { key: stored, body: encodeFeatures(f) });
    }
    if (known.size >= KNOWN_MAX) known.clear();
    known.set(`${id}\u0000${stored}`, f);
    found.set(id, f);
  }
  return ids.flatMap((id) => found.get(id) ?? []);
}
/** Per store: the same id may be another text in another store (tests open many). */
const knownBy = new WeakMap<Store, Map<string, ArticleFeatures>>();
const KNOWN_MAX = 50_000;

/** An incident's dates, place, actors and type from its articles (in canonical order). */
export function summarize(store: Store, id: IncidentId, articleIds: readonly ArticleId[]): Incident {
  const all = featuresOf(store, articleIds).sort(canonicalOrder);
  const feats = sample(all);
  const { start, end, datePrec } = incidentDates(all.map((f) => f.time));
  // The input's own place wins over the places read from the text (the first report's that gives one).
  const location = all.find((f) => f.given)?.given ?? locate(feats.flatMap((f) => f.places));
  const { event, actors } = typeAndActors(store, feats, location?.country ?? null);
  const where = location
    ? [location.name, location.admin1, location.country]
        .filter((x, i, a) => x && a.indexOf(x) === i)
        .join(", ")
    : "place unknown";
  const first = feats[0] ? store.getArticle(feats[0].id) : null;
  return {
    id,
    title:
      first?.title ??
      `${event.gtd === "Unknown" ? "Attack" : event.gtd} in ${where}${start ? `, ${start}` : ""}`,
    start,
    end,
    datePrec,
    location,
    actors,
    eventType: event.gtd === "Unknown" ? null : event.gtd,
    acled: event.acled,
    articles: all.map((f) => f.id),
  };
}

/**
 * The type and actors of an event from its reports' text and claims. A report alone was typed
 * and its actors found (in the same country) when its features were read: those are reused.
 */
function typeAndActors(
  store: Store,
  feats: readonly ArticleFeatures[],
  country: string | null,
): { event: EventType; actors: Incident["actors"] } {
  const alone = feats.length === 1 && locate(feats[0]!.places)?.country === country ? feats[0]! : null;
  const allText = alone ? "" : feats.map((f) => store.getArticle(f.id)!.text).join("\n\n");
  const claims = alone ? [] : feats.flatMap((f) => store.getClaims(f.id));
  const event = alone ? alone.event : typeEvent(allText, claims);
  const found = alone ? alone.actors : findActors(allText, claims, country);
  return { event, actors: found.map(({ name, inter }) => ({ name, inter })) };
}

function newIncidentId(store: Store, article: StoredArticle): IncidentId {
  const base = `inc-${createHash("sha256").update(article.hash).digest("hex").slice(0, 10)}`;
  let id = base;
  for (let n = 2; store.getIncident(id as IncidentId); n++) id = `${base}-${n}`;
  return id as IncidentId;
}
