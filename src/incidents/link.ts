// Grouping articles into incidents (issue 3, point 4). An article joins the candidate incident
// (one whose dates lie within 2 × WINDOW_DAYS of the article's event date) that scores highest,
// when that score reaches THRESHOLD; otherwise it starts an incident of its own. Every link
// records its score and the reasons that made it. The score adds:
//   time    +1 the same day (or the next, for a follow-up); +0.5 the next day; a follow-up
//           (lexicon/follow-up.ts: tolls revised, funerals, survivors' accounts) days later
//           1 − days / WINDOW_DAYS (at least −1); any other report days later −1.5
//   place   −3 different countries; +1 a shared specific place (town, feature, district, or two
//           within NEAR_KM); +0.5 the same province; −1 different provinces; −0.5 specific places
//           in the same province but none shared or near (provinces by name, else GeoNames code)
//   type    +0.5 the same GTD attack type; +0.25 both hostage takings (hijacking, kidnapping,
//           barricade); −0.5 another (both known)
//   actors  +0.5 a named armed group in common
//   text    +TEXT_WEIGHT × the best cosine of content words with one of the incident's reports
//   names   +NAMES_WEIGHT × the best cosine of names (capitalised words inside sentences, less
//           the names of countries and provinces, which the place score weighs)
//   series  −3 when the report and one of the incident's each say "one of N related attacks"
// Cosines weigh words by IDF over the candidates' reports, shrunk towards plain term frequency
// when they are few (`shrunkIdf`). So a later-day report of the same attack (same place, shared
// names) joins it, and a different attack in the same province on the same day (specific places
// apart −0.5, other names and words) falls below the threshold.
//
// Measured (bench/link-incidents.mjs): the 45 mixed reports of 6 incidents, B-cubed F1 0.962
// (precision 1); the 15 Jaffar Express reports, one incident; the 1,500 GTD dev rows (distinct
// events), 15% of rows merged with another (35% before the series veto and written provinces), mostly same-day attacks in one town or province
// that GTD codes one row per site.
//
// An article's event date: the earliest date its claims give within the week before publication,
// else the publication date. Analysts correct the grouping with merge and split (links by
// "analyst"). Every function reads and writes through the Store interface only.
import { createHash } from "node:crypto";
import type { Claim } from "../core/model.js";
import type { ArticleId, Incident, IncidentId, Link, Store, StoredArticle } from "../store/store.js";
import { relatedIncidents } from "../extract/claims/shared-totals.js";
import { findActors, type ActorMention } from "./actors.js";
import { countWords, typeEvent, type EventType } from "./event-type.js";
import { FOLLOW_UP_WORDS } from "./lexicon/follow-up.js";
import { NAMED_ACTORS } from "./lexicon/actors.js";
import { findPlaces, locate, regionCode, type PlaceMention } from "./places.js";
import { cosine, idf, names, terms, type Terms } from "./similarity.js";

export const WINDOW_DAYS = 7;
export const THRESHOLD = 2.25;
/** Places this close count as one site (a town and the pass beside it, a district and its seat). */
export const NEAR_KM = 25;
/** Weights of the text cosine and of the names cosine. */
export const TEXT_WEIGHT = 2;
export const NAMES_WEIGHT = 2;

export interface LinkOptions {
  /**
   * How words weigh in the cosines: "blend" (the default: IDF shrunk towards 1 over small pools),
   * "tf" (damped term frequency only) or "idf" (full IDF over the candidates' reports, which over
   * a pool of one event's reports weighs down the very words they share).
   */
  weighting?: "tf" | "idf" | "blend";
}

export interface ArticleFeatures {
  id: ArticleId;
  published: string | null;
  /** The day the event happened by this report. */
  eventDate: string | null;
  /** Dates its claims give explicitly (within the week before publication). */
  claimDates: string[];
  places: PlaceMention[];
  actors: ActorMention[];
  event: EventType;
  terms: Terms;
  /** The names it uses (similarity.ts `names`). */
  names: Terms;
  /** It reads as a follow-up of an earlier event (lexicon/follow-up.ts). */
  followUp: boolean;
  /** "This was one of three related attacks": the report covers one event of a series, or null. */
  series: number | null;
}

const cache = new Map<string, ArticleFeatures>();
const CACHE_MAX = 20_000;

/** The linking features of an article and its claims (cached by content and claims). */
export function articleFeatures(article: StoredArticle, claims: readonly Claim[]): ArticleFeatures {
  const key = `${article.id}:${article.hash}:${claims.map((c) => c.id).join(",")}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const published = day(article.published ?? null);
  const claimDates = claims
    .filter((c) => !c.otherIncident && c.time?.date)
    .map((c) => c.time!.date!)
    .filter((d) => published === null || (d <= published && daysBetween(d, published) <= WINDOW_DAYS))
    .sort();
  const places = findPlaces(article.text);
  const country = locate(places)?.country ?? null;
  const f: ArticleFeatures = {
    id: article.id,
    published,
    eventDate: claimDates[0] ?? published,
    claimDates,
    places,
    actors: findActors(article.text, claims, country),
    event: typeEvent(article.text, claims),
    terms: terms(article.text),
    names: withoutBroadPlaces(names(article.text), places),
    followUp: countWords(article.text, FOLLOW_UP_WORDS) > 0,
    series: relatedIncidents(article.text),
  };
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, f);
  return f;
}

/**
 * Names less those of countries and provinces: the place score weighs those already, and two
 * summaries of different events in one province share little else.
 */
function withoutBroadPlaces(found: Terms, places: readonly PlaceMention[]): Terms {
  const broad = new Set(
    places
      .filter((p) => p.place.kind === "country" || p.place.kind === "region")
      .flatMap((p) => p.text.toLowerCase().split(/[^\p{L}\p{M}]+/u)),
  );
  if (broad.size === 0) return found;
  return new Map([...found].filter(([w]) => !broad.has(w)));
}

export interface LinkScore {
  score: number;
  reasons: string[];
}

/** How well an article fits an incident made of `members` (their features). */
export function scoreLink(
  f: ArticleFeatures,
  incident: Pick<Incident, "start" | "end">,
  members: readonly ArticleFeatures[],
  weight: (w: string) => number,
): LinkScore {
  const reasons: string[] = [];
  let score = 0;
  // time
  if (f.eventDate && incident.start) {
    const end = incident.end ?? incident.start;
    const apart =
      f.eventDate < incident.start
        ? daysBetween(f.eventDate, incident.start)
        : f.eventDate > end
          ? daysBetween(end, f.eventDate)
          : 0;
    if (apart === 0 || (apart === 1 && f.followUp)) {
      score += 1;
      reasons.push(`time +1 (${apart} days from ${incident.start}..${end})`);
    } else if (apart === 1) {
      score += 0.5;
      reasons.push(`time +0.5 (1 day from ${incident.start}..${end})`);
    } else if (f.followUp) {
      const t = Math.max(-1, 1 - apart / WINDOW_DAYS);
      score += t;
      reasons.push(
        `time ${t >= 0 ? "+" : ""}${t.toFixed(2)} (a follow-up ${apart} days from ${incident.start}..${end})`,
      );
    } else {
      score -= 1.5;
      reasons.push(`time −1.5 (${apart} days from ${incident.start}..${end}, and not a follow-up)`);
    }
  }
  // place
  const theirPlaces = members.flatMap((m) => m.places);
  const myRegion = locate(f.places)?.admin1 ?? regionCode(f.places);
  const theirRegion = locate(theirPlaces)?.admin1 ?? regionCode(theirPlaces);
  const mine = sitePlaces(f.places, myRegion);
  const theirs = sitePlaces(
    members.flatMap((m) => m.places),
    theirRegion,
  );
  const myCountry = locate(f.places)?.iso ?? null;
  const theirCountry = locate(members.flatMap((m) => m.places))?.iso ?? null;
  const sharedSites = sharedPlaces(mine, theirs);
  if (myCountry && theirCountry && myCountry !== theirCountry) {
    score -= 3;
    reasons.push(`place −3 (${myCountry} vs ${theirCountry})`);
  } else if (sharedSites.length > 0) {
    score += 1;
    reasons.push(`place +1 (${sharedSites.slice(0, 3).join(", ")})`);
  } else if (myRegion && theirRegion && myRegion !== theirRegion) {
    score -= 1;
    reasons.push(`place −1 (${myRegion} vs ${theirRegion})`);
  } else if (myRegion && myRegion === theirRegion) {
    const apart = mine.length > 0 && theirs.length > 0;
    score += apart ? -0.5 : 0.5;
    reasons.push(
      apart
        ? `place −0.5 (same province ${myRegion}, places over ${NEAR_KM} km apart)`
        : `place +0.5 (${myRegion})`,
    );
  }
  // event type
  const theirType = majority(members.map((m) => m.event.gtd).filter((t) => t !== "Unknown"));
  if (f.event.gtd !== "Unknown" && theirType) {
    const t =
      f.event.gtd === theirType ? 0.5 : HOSTAGE.has(f.event.gtd) && HOSTAGE.has(theirType) ? 0.25 : -0.5;
    score += t;
    reasons.push(
      `type ${t > 0 ? "+" : "−"}${Math.abs(t)} (${f.event.gtd}${f.event.gtd === theirType ? "" : ` vs ${theirType}`})`,
    );
  }
  // actors
  const named = new Set(NAMED_ACTORS.map((a) => a.name));
  const theirActors = new Set(
    members.flatMap((m) => m.actors.map((a) => a.name)).filter((n) => named.has(n)),
  );
  const sharedActors = f.actors
    .filter((a) => named.has(a.name) && theirActors.has(a.name))
    .map((a) => a.name);
  if (sharedActors.length > 0) {
    score += 0.5;
    reasons.push(`actors +0.5 (${sharedActors.join(", ")})`);
  }
  // series: two reports that each say their event is "one of N related attacks" are two of the
  // series' events, however alike (GTD codes such attacks one row per site).
  if (f.series !== null && members.some((m) => m.series !== null)) {
    score -= 3;
    reasons.push(`series −3 (each report is one of ${f.series} related events)`);
  }
  // text
  const best = Math.max(0, ...members.map((m) => cosine(f.terms, m.terms, weight)));
  score += TEXT_WEIGHT * best;
  reasons.push(`text +${(TEXT_WEIGHT * best).toFixed(2)} (cosine ${best.toFixed(2)})`);
  const shared = Math.max(0, ...members.map((m) => cosine(f.names, m.names, weight)));
  score += NAMES_WEIGHT * shared;
  reasons.push(`names +${(NAMES_WEIGHT * shared).toFixed(2)} (cosine ${shared.toFixed(2)})`);
  return { score: Math.round(score * 1000) / 1000, reasons };
}

/** Attack types that reports of one event often mix (a hijacking is also a hostage taking). */
const HOSTAGE: ReadonlySet<string> = new Set([
  "Hijacking",
  "Hostage Taking (Kidnapping)",
  "Hostage Taking (Barricade Incident)",
]);

interface SitePlace {
  key: string;
  lat: number | null;
  lon: number | null;
}

/** Specific places (towns, features, districts) named as the site, in the province when known. */
function sitePlaces(places: readonly PlaceMention[], region: string | null): SitePlace[] {
  const out = new Map<string, SitePlace>();
  for (const p of places)
    if (
      (p.role === "site" || p.role === "near") &&
      p.place.wherePrec <= 3 &&
      (region === null || p.place.admin1 === region || p.place.admin1Code === region)
    ) {
      const key = p.place.admin2 ?? p.place.name;
      out.set(key, { key, lat: p.place.lat, lon: p.place.lon });
    }
  return [...out.values()];
}

/** Places the two lists share: the same name, or within NEAR_KM of each other. */
function sharedPlaces(a: readonly SitePlace[], b: readonly SitePlace[]): string[] {
  const out = new Set<string>();
  for (const x of a)
    for (const y of b) {
      if (x.key === y.key) out.add(x.key);
      else if (x.lat !== null && x.lon !== null && y.lat !== null && y.lon !== null) {
        const km = distanceKm(x.lat, x.lon, y.lat, y.lon);
        if (km <= NEAR_KM) out.add(`${x.key} ~ ${y.key} ${Math.round(km)} km`);
      }
    }
  return [...out];
}

/** Great-circle distance (haversine, mean Earth radius). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * Links a stored article (with its stored claims) into an incident: the best-scoring candidate
 * when it reaches THRESHOLD, else a new incident. Returns the incidents it is in. An article
 * already in an incident is left where it is.
 */
export function linkArticle(store: Store, articleId: ArticleId, options: LinkOptions = {}): IncidentId[] {
  const article = store.getArticle(articleId);
  if (!article) return [];
  const f = articleFeatures(article, store.getClaims(articleId));
  const window = f.eventDate
    ? { from: addDays(f.eventDate, -2 * WINDOW_DAYS), to: addDays(f.eventDate, 2 * WINDOW_DAYS) }
    : {};
  const candidates = store.listIncidents(window);
  const already = candidates.filter((i) => i.articles.includes(articleId));
  if (already.length > 0) return already.map((i) => i.id);

  // An incident located in another country is not weighed, nor are its reports read: its −3 for
  // place settles it. (Over a busy fortnight worldwide that is most of the window's incidents.)
  const iso = locate(f.places)?.iso ?? null;
  const near = candidates.filter((inc) => iso === null || !inc.location?.iso || inc.location.iso === iso);
  const memberFeatures = new Map<IncidentId, ArticleFeatures[]>();
  for (const inc of near) memberFeatures.set(inc.id, featuresOf(store, sample(inc.articles)));
  const pool = [f.terms, ...[...memberFeatures.values()].flat().map((m) => m.terms)];
  const weight =
    options.weighting === "tf"
      ? () => 1
      : options.weighting === "idf"
        ? idf(pool)
        : shrunkIdf(pool, 1 + candidates.reduce((n, inc) => n + sample(inc.articles).length, 0));
  let best: { incident: Incident; s: LinkScore } | null = null;
  for (const inc of near) {
    const s = scoreLink(f, inc, memberFeatures.get(inc.id)!, weight);
    if (!best || s.score > best.s.score) best = { incident: inc, s };
  }
  return store.transaction(() => {
    if (best && best.s.score >= THRESHOLD) {
      const inc = summarize(store, best.incident.id, [...best.incident.articles, articleId]);
      store.putIncident(inc);
      store.putLink({
        incident: inc.id,
        article: articleId,
        score: best.s.score,
        reasons: best.s.reasons,
        by: "auto",
      });
      return [inc.id];
    }
    const id = newIncidentId(store, article);
    store.putIncident(summarize(store, id, [articleId]));
    const why = best
      ? `new incident: best candidate ${best.incident.id} scored ${best.s.score} < ${THRESHOLD} (${best.s.reasons.join("; ")})`
      : "new incident: no incident within the time window";
    store.putLink({ incident: id, article: articleId, score: 1, reasons: [why], by: "auto" });
    return [id];
  });
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
    store.putIncident(merged);
    putAnalystLinks(store, a, moved, `merged from ${b} by an analyst`);
    store.deleteIncident(b);
    return merged;
  });
}

/** Moves `articles` out of incident `id` into a new incident; returns [what is left, the new one]. */
export function splitIncident(
  store: Store,
  id: IncidentId,
  articles: readonly ArticleId[],
): [Incident | null, Incident] {
  return store.transaction(() => {
    const inc = store.getIncident(id);
    if (!inc) throw new Error(`No incident ${id}.`);
    const moving = inc.articles.filter((a) => articles.includes(a));
    const unknown = articles.filter((a) => !inc.articles.includes(a));
    if (unknown.length > 0) throw new Error(`Not in incident ${id}: ${unknown.join(", ")}.`);
    if (moving.length === 0) throw new Error("Name at least one article to split off.");
    const first = store.getArticle(moving[0]!)!;
    const newId = newIncidentId(store, first);
    const created = summarize(store, newId, moving);
    store.putIncident(created);
    putAnalystLinks(store, newId, moving, `split from ${id} by an analyst`);
    const rest = inc.articles.filter((a) => !moving.includes(a));
    if (rest.length === 0) {
      store.deleteIncident(id);
      return [null, created];
    }
    const left = summarize(store, id, rest);
    store.putIncident(left);
    return [left, created];
  });
}

/**
 * How many of an incident's reports are weighed against a new one, and read for its type and
 * actors: the first SAMPLE_FIRST and the latest SAMPLE_LATEST. Without a bound, linking into an
 * incident of hundreds of reports costs in proportion to them, and ingest grows quadratic.
 */
export const SAMPLE_FIRST = 10;
export const SAMPLE_LATEST = 30;

function sample<T>(ids: readonly T[]): readonly T[] {
  if (ids.length <= SAMPLE_FIRST + SAMPLE_LATEST) return ids;
  return [...ids.slice(0, SAMPLE_FIRST), ...ids.slice(-SAMPLE_LATEST)];
}

function featuresOf(store: Store, ids: readonly ArticleId[]): ArticleFeatures[] {
  const out: ArticleFeatures[] = [];
  for (const id of ids) {
    const a = store.getArticle(id);
    if (a) out.push(articleFeatures(a, store.getClaims(id)));
  }
  return out;
}

/** An incident's dates, place, actors and type from its articles (oldest report first). */
export function summarize(store: Store, id: IncidentId, articleIds: readonly ArticleId[]): Incident {
  // Reports oldest first; dates, place, type and actors from a bounded sample of them (the first
  // and the latest), so that extending a large incident costs the same as a small one.
  const dated = articleIds
    .map((a) => ({ id: a, published: day(store.getArticle(a)?.published ?? null) }))
    .sort((a, b) => (a.published ?? "9999").localeCompare(b.published ?? "9999") || a.id.localeCompare(b.id));
  const feats = featuresOf(store, sample(dated.map((d) => d.id)));
  const starts = feats
    .map((f) => f.eventDate)
    .filter((d): d is string => d !== null)
    .sort();
  const start = starts[0] ?? null;
  // The end: the latest day that claims of two reports give (of one report, when it is alone).
  const explicit = feats
    .flatMap((f) => [...new Set(f.claimDates)])
    .filter((d) => start !== null && d >= start && daysBetween(start, d) <= WINDOW_DAYS)
    .sort();
  const seen = new Map<string, number>();
  for (const d of explicit) seen.set(d, (seen.get(d) ?? 0) + 1);
  const agreed = explicit.filter((d) => feats.length === 1 || (seen.get(d) ?? 0) >= 2);
  const end = agreed[agreed.length - 1] ?? start;
  const location = locate(feats.flatMap((f) => f.places));
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
    datePrec: explicit.length > 0 ? 1 : 2,
    location,
    actors,
    eventType: event.gtd === "Unknown" ? null : event.gtd,
    acled: event.acled,
    articles: dated.map((d) => d.id),
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

/**
 * IDF over the candidates' reports, shrunk towards plain term frequency when they are few: with
 * a handful of reports, all of one event, IDF weighs down the very words they share; with many
 * (a busy fortnight in one country) it is what tells one formulaic summary from the next.
 * λ = min(1, N / IDF_POOL) blends weight 1 with the IDF, N the reports of the whole window (the
 * IDF itself is taken over the reports weighed, those of the article's country and unlocated).
 */
export const IDF_POOL = 50;
function shrunkIdf(pool: readonly Terms[], windowReports = pool.length): (w: string) => number {
  const full = idf(pool);
  const lambda = Math.min(1, windowReports / IDF_POOL);
  return (w) => 1 - lambda + lambda * full(w);
}

function newIncidentId(store: Store, article: StoredArticle): IncidentId {
  const base = `inc-${createHash("sha256").update(article.hash).digest("hex").slice(0, 10)}`;
  let id = base;
  for (let n = 2; store.getIncident(id as IncidentId); n++) id = `${base}-${n}`;
  return id as IncidentId;
}

function majority<T>(xs: readonly T[]): T | null {
  const counts = new Map<T, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [x, c] of counts) if (c > n) [best, n] = [x, c];
  return best;
}

export function day(s: string | null): string | null {
  return s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : null;
}

export function daysBetween(a: string, b: string): number {
  return Math.round(Math.abs(Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function addDays(d: string, n: number): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

export type { Link };
