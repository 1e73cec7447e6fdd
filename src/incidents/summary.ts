// An incident's summary (dates, place, type, actors, title) from its reports, and the store-backed
// features of reports the linker reads (issue 11): kept in memory per store and in the store
// (kept-features.ts), with each report's country and event day for the store's index.
import { createHash } from "node:crypto";
import type { ArticleId, Incident, IncidentId, Store, StoredArticle } from "../store/store.js";
import { actorsFromCounts, sumActorCounts } from "./actors.js";
import { sumTypeCounts, typeFromCounts, type EventType } from "./event-type.js";
import { incidentDates } from "./event-time.js";
import { articleFeatures, canonicalOrder, type ArticleFeatures } from "./features.js";
import { decodeFeatures, encodeFeatures, featuresKey } from "./kept-features.js";
import { locate } from "./places.js";

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
export function featuresOf(store: Store, ids: readonly ArticleId[], fresh = false): ArticleFeatures[] {
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
      store.putLinkFeatures(id, { key: stored, body: encodeFeatures(f), iso: f.iso, day: f.eventDate });
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
 * The type and actors of an event from its reports' counts (kept with their features: no text is
 * read again) and claims. A report alone was typed and its actors found (in the same country)
 * when its features were read: those are reused.
 */
function typeAndActors(
  store: Store,
  feats: readonly ArticleFeatures[],
  country: string | null,
): { event: EventType; actors: Incident["actors"] } {
  const alone = feats.length === 1 && locate(feats[0]!.places)?.country === country ? feats[0]! : null;
  const claims = alone ? [] : feats.flatMap((f) => store.getClaims(f.id));
  const event = alone ? alone.event : typeFromCounts(sumTypeCounts(feats.map((f) => f.counts.type)), claims);
  const found = alone
    ? alone.actors
    : actorsFromCounts(sumActorCounts(feats.map((f) => f.counts.actors)), claims, country);
  return { event, actors: found.map(({ name, inter }) => ({ name, inter })) };
}

export function newIncidentId(store: Store, article: StoredArticle): IncidentId {
  return newIncidentIds(store, [article])[0]!;
}

/**
 * Ids for new incidents first reported by these articles, in order, as `newIncidentId` gives one
 * after another with each incident stored before the next id is asked for, the plain ids read
 * at once (one round trip on PostgreSQL).
 */
export function newIncidentIds(store: Store, articles: readonly StoredArticle[]): IncidentId[] {
  const bases = articles.map(
    (a) => `inc-${createHash("sha256").update(a.hash).digest("hex").slice(0, 10)}` as IncidentId,
  );
  const stored = store.getIncidents(bases);
  // Taken: stored, or given to an earlier article here (a duplicate text has the same plain id).
  const used = new Set(bases.filter((_, i) => stored[i] !== null));
  const taken = (id: IncidentId, base: IncidentId) =>
    used.has(id) || (id !== base && store.getIncident(id) !== null);
  return bases.map((base) => {
    let id = base;
    for (let n = 2; taken(id, base); n++) id = `${base}-${n}` as IncidentId;
    used.add(id);
    return id;
  });
}
