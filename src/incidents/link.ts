// Grouping articles into incidents (issue 3 point 4, issue 11), through the Store interface.
// Linking a batch re-links what it touches (relink.ts): the fixed periods of its reports'
// countries (block.ts), each grouped afresh by cluster.ts in a fixed order with the incidents
// reaching into it from the period before, then the reports of no country or no date. The
// incidents are thus a function of the stored reports, whatever order or batches they came in;
// a report that bridges two fragments merges them; one that fits another incident better moves.
// An analyst's merges and splits (links "by analyst") stay as made. `relinkAll` re-runs linking
// over the whole store (after a rule change) and says what moved. Every link keeps its score
// and reasons (link-score.ts); an incident's dates come from its reports' event times
// (event-time.ts), its place, type and actors from its reports (summary.ts).
import type { ArticleId, Incident, IncidentId, Store } from "../store/store.js";
import { canonicalOrder } from "./features.js";
import type { LinkOptions } from "./link-score.js";
import type { Moved } from "./regroup.js";
import { relinkAround, type RelinkResult } from "./relink.js";
import { featuresOf, newIncidentId, summarize } from "./summary.js";

export { addDays, daysBetween, WINDOW_DAYS } from "./event-time.js";
export { BLOCK_DAYS, PERIOD_DAYS } from "./block.js";
export type { Moved } from "./regroup.js";
export type { RelinkResult } from "./relink.js";
export { SAMPLE_FIRST, SAMPLE_LATEST, summarize } from "./summary.js";
export { articleFeatures, type ArticleFeatures } from "./features.js";
export { distanceKm, scoreLink, THRESHOLD, type LinkOptions, type LinkScore } from "./link-score.js";

/**
 * Links a stored article (with its stored claims) into an incident by re-linking its block;
 * returns the incidents it is in. An article already in an incident is left where it is.
 */
export function linkArticle(store: Store, articleId: ArticleId, options: LinkOptions = {}): IncidentId[] {
  const already = store.incidentsOf(articleId);
  if (already.length > 0) return already;
  if (!store.getArticle(articleId)) return [];
  linkArticles(store, [articleId], options);
  return store.incidentsOf(articleId);
}

/**
 * Links a batch of stored articles (an ingest's batch): each fixed period of their countries they
 * fall in (block.ts) is grouped afresh, whole, once, with the incidents carried in from the period
 * before, and the next while what reaches into it changed; then the reports of no country and the
 * undated reports are placed again (relink.ts). The incidents are thus those the
 * stored reports make, whatever batches they came in. Articles already in an incident stay.
 * Returns the incidents touched: those the articles are in, and those that gained, lost or gave
 * up reports (deleted ones among them).
 */
export function linkArticles(
  store: Store,
  articleIds: readonly ArticleId[],
  options: LinkOptions = {},
): IncidentId[] {
  const unlinked = articleIds.filter((id) => store.incidentsOf(id).length === 0);
  const touched = new Set<IncidentId>();
  if (unlinked.length > 0) {
    const { moved } = store.transaction(() => {
      // Reports linked by an earlier Tally and missing from the linker's index (migration 8
      // emptied it) would be invisible to the periods they are in: they are re-linked with the
      // batch, once (as `tally relink` would), unless the store says its index is complete.
      // Reports stored and not linked yet are their callers' to link.
      const complete = indexed.has(store) || store.linkIndexComplete();
      const behind = complete ? [] : store.unindexedArticles().filter((a) => store.incidentsOf(a).length > 0);
      const out = relinkAround(store, featuresOf(store, [...new Set([...behind, ...unlinked])]), options);
      // Every linked report is now in the index, and each linked from here on is put there: no
      // process need look again (migration 11).
      if (!complete) store.markLinkIndexComplete();
      return out;
    });
    indexed.add(store);
    for (const m of moved) {
      if (m.from) touched.add(m.from);
      touched.add(m.to);
    }
  }
  for (const id of articleIds) for (const inc of store.incidentsOf(id)) touched.add(inc);
  return [...touched];
}

/** Stores whose reports this process found all in the linker's index (each linked since is). */
const indexed = new WeakSet<Store>();

/**
 * Re-runs linking over every stored article, keeping the analyst's corrections, each report's
 * features read again from its text; returns what moved (each report once).
 */
export function relinkAll(store: Store, options: LinkOptions = {}): RelinkResult {
  const ids: ArticleId[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = store.listArticles({ limit: PAGE, offset });
    ids.push(...page.map((a) => a.id));
    if (page.length < PAGE) break;
  }
  const result = store.transaction((): RelinkResult => {
    // Every report read again from its text: a rule change is what a re-link is run for.
    const all = featuresOf(store, ids, true).sort(canonicalOrder);
    const r = relinkAround(store, all, options);
    const moved = new Map<ArticleId, Moved>();
    for (const m of r.moved) moved.set(m.article, { ...m, from: moved.get(m.article)?.from ?? m.from });
    const incidents = new Set(ids.flatMap((id) => store.incidentsOf(id)));
    return {
      articles: ids,
      incidents: [...incidents],
      moved: [...moved.values()].filter((m) => m.from !== m.to),
    };
  });
  indexed.add(store);
  return result;
}
const PAGE = 1000;

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
