// Writing a new grouping of some reports to the store (issue 11 §1): which incident each group
// continues, which old incidents go, which links change and what moved.
import type { ArticleId, Incident, IncidentId, Link, Store } from "../store/store.js";
import type { Cluster } from "./cluster.js";
import { newIncidentIds, summarize } from "./summary.js";

/** A report that changed incident: from where (null: it was in none) to where. */
export interface Moved {
  article: ArticleId;
  from: IncidentId | null;
  to: IncidentId;
}

/**
 * Writes a new grouping of the reports `placed` (clusters may hold other reports too: those
 * stay in their incident, which the cluster continues, see `continuedIncidents`). Old incidents
 * wholly re-placed and continued by none are deleted; others keep their other reports and lose
 * the placed ones that left. Only incidents whose reports changed are rewritten, with their reports' links (an
 * analyst's link stays the analyst's). Placed reports in no cluster are only taken out.
 */
export function regroup(
  store: Store,
  clusters: readonly Cluster[],
  placed: ReadonlySet<ArticleId>,
  analystLinks: ReadonlyMap<ArticleId, Link>,
): Moved[] {
  const was = new Map<ArticleId, IncidentId>();
  const old = new Map<IncidentId, Incident>();
  for (const a of placed)
    for (const id of store.incidentsOf(a)) {
      was.set(a, id);
      if (!old.has(id)) old.set(id, store.getIncident(id)!);
    }
  const whollyPlaced = (inc: Incident) => inc.articles.every((a) => placed.has(a));
  const ids = continuedIncidents(store, clusters, placed, was);
  const used = new Set(ids.values());
  for (const [id, inc] of old) if (!used.has(id) && whollyPlaced(inc)) store.deleteIncident(id);
  const stays = (id: IncidentId) => used.has(id) || !whollyPlaced(old.get(id)!);
  const moved: Moved[] = [];
  const landed = new Set<ArticleId>();
  // New incidents' ids, given in cluster order (after the deletes: an id deleted is free again).
  const fresh = clusters.filter((c) => !ids.has(c));
  const freshIds = newIncidentIds(
    store,
    fresh.map((c) => store.getArticle(c.members[0]!.id)!),
  );
  const freshId = new Map(fresh.map((c, i) => [c, freshIds[i]!]));
  for (const c of clusters) {
    const id = ids.get(c) ?? freshId.get(c)!;
    const members = c.members.map((m) => m.id);
    const before = old.get(id) ?? (ids.has(c) ? store.getIncident(id) : null);
    const kept = (before?.articles ?? []).filter((a) => !placed.has(a) && !members.includes(a));
    const now = [...members, ...kept];
    const had = new Set(before?.articles ?? []);
    const changed = !before || had.size !== now.length || !now.every((a) => had.has(a));
    if (changed) store.putIncident(summarize(store, id, now));
    for (const m of c.members) {
      if (!placed.has(m.id)) continue;
      landed.add(m.id);
      const from = was.get(m.id) ?? null;
      // The reasons of an incident whose reports changed are those of its new grouping.
      if (from === id && !changed) continue;
      const pinned = analystLinks.get(m.id);
      const why = c.why.get(m.id)!;
      store.putLink(
        pinned
          ? { ...pinned, incident: id }
          : { incident: id, article: m.id, score: why.score, reasons: why.reasons, by: "auto" },
      );
      if (from === id) continue;
      if (from && stays(from)) store.deleteLink(from, m.id);
      moved.push({ article: m.id, from, to: id });
    }
  }
  for (const a of placed) {
    const from = was.get(a);
    if (!landed.has(a) && from && stays(from)) store.deleteLink(from, a);
  }
  // Incidents that keep reports of their own but lost placed ones, and continue in no cluster.
  for (const [id, inc] of old) {
    if (used.has(id) || whollyPlaced(inc)) continue;
    const rest = inc.articles.filter((a) => !placed.has(a));
    if (rest.length < inc.articles.length) store.putIncident(summarize(store, id, rest));
  }
  return moved;
}

/**
 * The incident each cluster continues: the one its kept (not placed) reports are in; else the
 * old incident it shares most placed reports with (ties by id), each used once. An incident
 * that goes on into a later period thus keeps its later reports while its earlier ones are
 * grouped as they were (relink.ts re-links the later period when they are not).
 */
function continuedIncidents(
  store: Store,
  clusters: readonly Cluster[],
  placed: ReadonlySet<ArticleId>,
  was: ReadonlyMap<ArticleId, IncidentId>,
): Map<Cluster, IncidentId> {
  const ids = new Map<Cluster, IncidentId>();
  const used = new Set<IncidentId>();
  for (const c of clusters) {
    const kept = c.members.find((m) => !placed.has(m.id));
    const id = kept && store.incidentsOf(kept.id)[0];
    if (id && !used.has(id)) {
      ids.set(c, id);
      used.add(id);
    }
  }
  for (const c of clusters) {
    if (ids.has(c)) continue;
    const shared = new Map<IncidentId, number>();
    for (const m of c.members) {
      const id = was.get(m.id);
      if (id && !used.has(id)) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const best = [...shared].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) {
      ids.set(c, best[0]);
      used.add(best[0]);
    }
  }
  return ids;
}
