// How well a report fits an incident of other reports: the score and its reasons (issue 3 point 4,
// issue 11). The score adds:
//   time    event-time.ts `scoreTime`: the days its claims give, else its publication day (the
//           event happened on or before it), else the weekdays it names, against the incident's
//   place   −3 different countries; +1 a shared specific place (town, feature, district, or two
//           within NEAR_KM), none when both are events of a series (the series' place); +0.5 the
//           same province; −1 different provinces; −1.5 specific places in the same province but
//           none shared or near (provinces by name, else GeoNames code)
//   type    +0.5 the same GTD attack type; +0.25 both hostage takings (hijacking, kidnapping,
//           barricade); −0.5 another (both known)
//   actors  +0.5 a named armed group in common
//   text    +TEXT_WEIGHT × the best cosine of content words with one of the incident's reports
//   names   +NAMES_WEIGHT × the best cosine of names (capitalised words inside sentences, less
//           the names of countries and provinces, which the place score weighs)
//   figures +0.5 a key figure in common (features.ts `keyFigures`: "8 killed" in both), where
//           time and place already fit (time and place scores above 0), unless both are of a series
//   series  −5 when the report and one of the incident's each say "one of N related attacks":
//           never linked, however alike
//   apart   −1.5 other persons named as attacked, −1 other kinds of target (the same day), −0.5
//           other means of attack (apart.ts)
//   another −3 when the day the report gives its event is not the incident's and it names another
//           kind of target or a toll that falls from day to day; −5 when it is a dated summary
//           of a day none of the incident's summaries has, or when a window of days one side
//           dates its event by ("sometime between …") holds none of the other's (another-event.ts)
// Cosines weigh words by IDF over the block's reports, shrunk towards plain term frequency when
// they are few (`shrunkIdf`); a block's cosines are computed once per pair (`similarity`).
import type { ArticleId, Incident } from "../store/store.js";
import { anotherEvent, SERIES, windowKey } from "./another-event.js";
import { apart } from "./apart.js";
import { ownDays, scoreTime } from "./event-time.js";
import type { ArticleFeatures } from "./features.js";
import { NAMED_ACTORS } from "./lexicon/actors.js";
import { locate, regionCode, type Place, type PlaceMention } from "./places.js";
import { dot, idf, PairMemo, unitVector, type Terms, type UnitVector } from "./similarity.js";

export const THRESHOLD = 2.25;
/** Places this close count as one site (a town and the pass beside it, a district and its seat). */
export const NEAR_KM = 25;
/** Weights of the text cosine and of the names cosine. */
export const TEXT_WEIGHT = 2;
export const NAMES_WEIGHT = 2;
/** Sites named by both in two provinces (`placeScore`). */
const SITES_APART = -2;
/**
 * Sites named by both in one province, none shared or within NEAR_KM (`placeScore`): two places
 * as in two provinces, a little less sure (a report may name the district seat for a village).
 * At −0.5, two attacks of one day in one province (GTD dev: 12 pairs of sites over 25 km apart)
 * linked on their type, group and words.
 */
const SITES_APART_IN_PROVINCE = -1.5;
/** What a key figure in common adds ("8 killed" in both). */
export const FIGURES_WEIGHT = 0.5;

export interface LinkOptions {
  /**
   * How words weigh in the cosines: "blend" (the default: IDF shrunk towards 1 over small pools),
   * "tf" (damped term frequency only) or "idf" (full IDF over the block's reports, which over
   * a pool of one event's reports weighs down the very words they share).
   */
  weighting?: "tf" | "idf" | "blend";
}

/** The text and names cosines of two reports, and the weighed unit vectors they are taken of. */
export interface Similarity {
  text(a: ArticleFeatures, b: ArticleFeatures): number;
  names(a: ArticleFeatures, b: ArticleFeatures): number;
  vectors(f: ArticleFeatures): Vectors;
}

/** A report's words and names weighed into unit vectors (or, for an incident, their ceiling). */
export interface Vectors {
  text: UnitVector;
  names: UnitVector;
}

/**
 * Cosines over a block of reports, word weights from the block. Each report's words are weighed
 * once into a unit vector (word → index, sorted), so a cosine is one merge of two short arrays;
 * each pair's cosine is kept by the reports' indexes in the block (`PairMemo`).
 */
export function similarity(block: readonly ArticleFeatures[], options: LinkOptions = {}): Similarity {
  const pool = block.map((f) => f.terms);
  const weight =
    options.weighting === "tf" ? () => 1 : options.weighting === "idf" ? idf(pool) : shrunkIdf(pool);
  const index = new Map<ArticleId, number>(block.map((f, i) => [f.id, i]));
  const memo = (pick: (f: ArticleFeatures) => Terms) => {
    const words = new Map<string, number>();
    const vectors = block.map((f) => unitVector(pick(f), weight, words));
    const seen = new PairMemo(block.length);
    // A report outside the block (never so from link.ts) is weighed by the block's words.
    const vector = (f: ArticleFeatures, i = index.get(f.id)) =>
      i === undefined ? unitVector(pick(f), weight, words) : vectors[i]!;
    const cosine = (a: ArticleFeatures, b: ArticleFeatures) => {
      const i = index.get(a.id);
      const j = index.get(b.id);
      if (i === undefined || j === undefined) return dot(vector(a, i), vector(b, j));
      let c = seen.get(i, j);
      if (Number.isNaN(c)) seen.set(i, j, (c = dot(vectors[i]!, vectors[j]!)));
      return c;
    };
    return { cosine, vector };
  };
  const text = memo((f) => f.terms);
  const names = memo((f) => f.names);
  return {
    text: text.cosine,
    names: names.cosine,
    vectors: (f) => ({ text: text.vector(f), names: names.vector(f) }),
  };
}

export interface LinkScore {
  score: number;
  reasons: string[];
}

/**
 * What an incident offers a report to be scored against (its link profile): its dates, reports,
 * province, country, sites, majority type, named armed groups and whether it is one of a series.
 * Made once per grouping of reports, not once per report scored: `linkProfile` says what it is
 * from all of them; the clustering keeps it as reports join (growing-profile.ts).
 */
export interface LinkProfile {
  start: string | null;
  end: string | null;
  members: readonly ArticleFeatures[];
  region: string | null;
  iso: string | null;
  sites: SitePlace[];
  type: string | null;
  actors: ReadonlySet<string>;
  /** Its reports' key figures (features.ts `keyFigures`). */
  figures: ReadonlySet<string>;
  series: boolean;
  /** The days its reports give their event (event-time.ts `ownDays`). */
  days: ReadonlySet<string>;
  /** The days its dated summaries open with (event-time.ts `stamp`). */
  stamps: ReadonlySet<string>;
  /** The windows its reports date their event by (event-time.ts `window`), as "from..to". */
  windows: ReadonlySet<string>;
  /** The kinds of target its reports name (targets.ts). */
  targets: ReadonlySet<string>;
  /** The persons its reports name as attacked (victims.ts). */
  victims: ReadonlySet<string>;
  /** The kinds of means its reports name (weapons.ts). */
  weapons: ReadonlySet<string>;
}

const NAMED: ReadonlySet<string> = new Set(
  NAMED_ACTORS.flatMap((a) => [a.name, ...Object.values(a.branches ?? {})]),
);

/** The named armed groups a report mentions (those the profile's actors hold). */
export function namedActors(f: ArticleFeatures): string[] {
  return f.actors.map((a) => a.name).filter((n) => NAMED.has(n));
}

export function linkProfile(
  members: readonly ArticleFeatures[],
  dates: Pick<Incident, "start" | "end">,
): LinkProfile {
  const side = placeSide(members.flatMap((m) => m.places));
  return {
    start: dates.start,
    end: dates.end,
    members,
    ...side,
    type: majority(members.map((m) => m.event.gtd).filter((t) => t !== "Unknown")),
    actors: new Set(members.flatMap(namedActors)),
    figures: new Set(members.flatMap((m) => m.figures)),
    series: members.some((m) => m.series !== null),
    days: new Set(members.flatMap((m) => ownDays(m.time))),
    stamps: new Set(members.flatMap((m) => (m.time.stamp ? [m.time.stamp] : []))),
    windows: new Set(members.flatMap((m) => (m.time.window ? [windowKey(m.time.window)] : []))),
    targets: new Set(members.flatMap((m) => m.targets)),
    victims: new Set(members.flatMap((m) => m.victims)),
    weapons: new Set(members.flatMap((m) => m.weapons)),
  };
}

interface PlaceSide {
  region: string | null;
  iso: string | null;
  sites: SitePlace[];
}

function placeSide(places: readonly PlaceMention[]): PlaceSide {
  const located = locate(places);
  const region = located?.admin1 ?? regionCode(places);
  return { region, iso: located?.iso ?? null, sites: sitePlaces(places, region) };
}

const sides = new WeakMap<ArticleFeatures, PlaceSide>();
function ownSide(f: ArticleFeatures): PlaceSide {
  let side = sides.get(f);
  if (!side) sides.set(f, (side = placeSide(f.places)));
  return side;
}

/**
 * How well an article fits an incident (its link profile), with the reasons; `explain` false
 * leaves the reasons out (the clustering's many trial scores need only the number).
 */
export function scoreLink(
  f: ArticleFeatures,
  incident: LinkProfile,
  sim: Similarity,
  explain = true,
): LinkScore {
  const reasons: string[] | null = explain ? [] : null;
  const score = withCosines(f, incident, sim, profileScore(f, incident, reasons), reasons);
  return { score, reasons: reasons ?? [] };
}

/**
 * A trial score (`scoreLink`'s number, `score()`) with a cheaper ceiling first (`top`; issue 11
 * §3: a period is re-clustered whole, and most of its incidents cannot take a given report). The
 * ceiling puts, for the best cosine with one of the incident's reports, the cosine with the
 * incident's `ceiling` vectors (each word's largest weight among its reports, `ceilingOf`): every
 * weight is positive, so no report's cosine exceeds it, and `score()` is never above `top`.
 */
export function trialScore(
  f: ArticleFeatures,
  incident: LinkProfile,
  sim: Similarity,
  ceiling: Vectors,
): { top: number; score: () => number } {
  const base = profileScore(f, incident, null);
  const own = sim.vectors(f);
  const top =
    base +
    TEXT_WEIGHT * Math.min(dot(own.text, ceiling.text), 1 + EPSILON) +
    NAMES_WEIGHT * Math.min(dot(own.names, ceiling.names), 1 + EPSILON);
  return { top: round(top + EPSILON), score: () => withCosines(f, incident, sim, base, null) };
}
const EPSILON = 1e-6;

/** The ceiling vectors of a group of reports: each word's largest weight among theirs. */
export function ceilingOf(vectors: readonly Vectors[]): Vectors {
  return {
    text: ceilingVector(vectors.map((v) => v.text)),
    names: ceilingVector(vectors.map((v) => v.names)),
  };
}

function ceilingVector(vs: readonly UnitVector[]): UnitVector {
  if (vs.length === 1) return vs[0]!;
  const top = new Map<number, number>();
  for (const v of vs)
    for (let i = 0; i < v.words.length; i++) {
      const w = v.words[i]!;
      top.set(w, Math.max(top.get(w) ?? 0, v.values[i]!));
    }
  const words = Int32Array.from(top.keys()).sort();
  return { words, values: Float64Array.from(words, (w) => top.get(w)!) };
}

/** The score's parts read from the profile (time, place, type, actors, series), with reasons. */
function profileScore(f: ArticleFeatures, incident: LinkProfile, reasons: string[] | null): number {
  let score = 0;
  const time = scoreTime(f.time, f.followUp, incident);
  if (time.reason) {
    score += time.score;
    reasons?.push(time.reason);
  }
  const place = placeScore(f, incident, reasons);
  score += place;
  const placeFits = place > 0;
  // event type
  const theirType = incident.type;
  if (f.event.gtd !== "Unknown" && theirType) {
    const t =
      f.event.gtd === theirType ? 0.5 : HOSTAGE.has(f.event.gtd) && HOSTAGE.has(theirType) ? 0.25 : -0.5;
    score += t;
    reasons?.push(
      `type ${t > 0 ? "+" : "−"}${Math.abs(t)} (${f.event.gtd}${f.event.gtd === theirType ? "" : ` vs ${theirType}`})`,
    );
  }
  // actors
  const sharedActors = f.actors.filter((a) => incident.actors.has(a.name)).map((a) => a.name);
  if (sharedActors.length > 0) {
    score += 0.5;
    reasons?.push(`actors +0.5 (${sharedActors.join(", ")})`);
  }
  // figures: a key figure of the report that one of the incident's reports gives too, where its
  // time and place fit already (the same count of dead elsewhere or another week is chance), and
  // not between two events of a series (their reports give the series' totals alike).
  const fits = time.score > 0 && placeFits && !(f.series !== null && incident.series);
  const sharedFigures = fits ? f.figures.filter((x) => incident.figures.has(x)) : [];
  if (sharedFigures.length > 0) {
    score += FIGURES_WEIGHT;
    reasons?.push(`figures +${FIGURES_WEIGHT} (${sharedFigures.join(", ").replace(/:/g, " ")})`);
  }
  // a toll revised up: a follow-up whose own event day is one of the incident's, with no place
  // against it, whose toll of an outcome is above the incident's ("the number killed in
  // Tuesday's raid has risen to 13", where the raid's reports said nine).
  const raised =
    place >= 0 &&
    f.followUp &&
    sharedFigures.length === 0 &&
    ownDays(f.time).some((d) => incident.days.has(d))
      ? raisedToll(f.figures, incident.figures)
      : null;
  if (raised) {
    score += FIGURES_WEIGHT;
    reasons?.push(`toll raised +${FIGURES_WEIGHT} (${raised})`);
  }
  // series: two reports that each say their event is "one of N related attacks" are two of the
  // series' events, however alike (GTD codes such attacks one row per site).
  if (f.series !== null && incident.series) {
    score += SERIES;
    reasons?.push(`series −${Math.abs(SERIES)} (each report is one of ${f.series} related events)`);
  }
  // another event: its own day is not the incident's, and it names another kind of target or a
  // toll that falls from one day to the next (serial attacks in one city, another-event.ts).
  const another = anotherEvent(f, incident);
  if (another) {
    score += another.weight;
    reasons?.push(`another event −${Math.abs(another.weight)} (${another.reason})`);
  }
  // other persons attacked, kinds of target or means (apart.ts)
  // (the days only where both name kinds of target: this runs for every trial score)
  const sameDay =
    f.targets.length > 0 && incident.targets.size > 0 && ownDays(f.time).some((d) => incident.days.has(d));
  for (const sign of apart(f, incident, sameDay)) {
    score += sign.weight;
    reasons?.push(`apart −${Math.abs(sign.weight)} (${sign.reason})`);
  }
  return score;
}

/**
 * "killed 13 over 9": a figure of an outcome above the lowest the incident gives of it (a party's
 * larger claim among them is no earlier toll), or null.
 */
function raisedToll(mine: readonly string[], theirs: ReadonlySet<string>): string | null {
  for (const x of mine) {
    const [outcome, n] = x.split(":");
    const before = [...theirs].filter((y) => y.startsWith(`${outcome}:`)).map((y) => Number(y.split(":")[1]));
    const low = Math.min(...before);
    if (before.length > 0 && Number(n) > low) return `${outcome} ${n} over ${low}`;
  }
  return null;
}

/**
 * The place part: −3 different countries; +1 a shared site (none between two events of a series);
 * −1 different provinces (−2 where both name sites there); in one province +0.5, or −1.5 when both
 * name sites and none is shared or near (SITES_APART_IN_PROVINCE).
 */
function placeScore(f: ArticleFeatures, incident: LinkProfile, reasons: string[] | null): number {
  const { region: myRegion, iso: myCountry, sites: mine } = ownSide(f);
  const { region: theirRegion, iso: theirCountry, sites: theirs } = incident;
  const sharedSites = sharedPlaces(mine, theirs);
  if (myCountry && theirCountry && myCountry !== theirCountry) {
    reasons?.push(`place −3 (${myCountry} vs ${theirCountry})`);
    return -3;
  }
  if (sharedSites.length > 0) {
    // Two events of one series share the series' place ("one of three attacks near Djibo"): no
    // sign that they are one event.
    const series = f.series !== null && incident.series;
    reasons?.push(
      `place +${series ? 0 : 1} (${sharedSites.slice(0, 3).join(", ")}${series ? ": the series' place" : ""})`,
    );
    return series ? 0 : 1;
  }
  if (myRegion && theirRegion && myRegion !== theirRegion) {
    // Sites named on both sides (towns, districts) in two provinces are two places; a province
    // alone, or a site against a province, may be a report's looser or mistaken naming of one.
    const apart = mine.length > 0 && theirs.length > 0 ? SITES_APART : -1;
    reasons?.push(
      `place −${-apart} (${myRegion} vs ${theirRegion}${apart < -1 ? ", sites on both sides" : ""})`,
    );
    return apart;
  }
  if (!myRegion || myRegion !== theirRegion) return 0;
  const apart = mine.length > 0 && theirs.length > 0;
  reasons?.push(
    apart
      ? `place −${-SITES_APART_IN_PROVINCE} (same province ${myRegion}, places over ${NEAR_KM} km apart)`
      : `place +0.5 (${myRegion})`,
  );
  return apart ? SITES_APART_IN_PROVINCE : 0.5;
}

/** `base` plus the best text and names cosines with one of the incident's reports, rounded. */
function withCosines(
  f: ArticleFeatures,
  incident: LinkProfile,
  sim: Similarity,
  base: number,
  reasons: string[] | null,
): number {
  let score = base;
  let best = 0;
  let shared = 0;
  for (const m of incident.members) {
    best = Math.max(best, sim.text(f, m));
    shared = Math.max(shared, sim.names(f, m));
  }
  score += TEXT_WEIGHT * best;
  reasons?.push(`text +${(TEXT_WEIGHT * best).toFixed(2)} (cosine ${best.toFixed(2)})`);
  score += NAMES_WEIGHT * shared;
  reasons?.push(`names +${(NAMES_WEIGHT * shared).toFixed(2)} (cosine ${shared.toFixed(2)})`);
  return round(score);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Attack types that reports of one event often mix (a hijacking is also a hostage taking). */
const HOSTAGE: ReadonlySet<string> = new Set([
  "Hijacking",
  "Hostage Taking (Kidnapping)",
  "Hostage Taking (Barricade Incident)",
]);

export interface SitePlace {
  key: string;
  lat: number | null;
  lon: number | null;
}

const DISTRICT_SUFFIX = / (district|agency|tehsil)$/i;

/** Specific places (towns, features, districts) named as the site, in the province when known. */
function sitePlaces(places: readonly PlaceMention[], region: string | null): SitePlace[] {
  const out = new Map<string, SitePlace>();
  for (const p of places)
    if (mayBeSite(p) && (region === null || p.place.admin1 === region || p.place.admin1Code === region)) {
      const key = siteKey(p.place);
      out.set(key, { key, lat: p.place.lat, lon: p.place.lon });
    }
  return [...out.values()];
}

/** Whether a mention may be a site (`sitePlaces`), its province aside. */
export function mayBeSite(p: PlaceMention): boolean {
  return (p.role === "site" || p.role === "near") && p.place.wherePrec <= 3;
}

/** A site's key: a town is its own site; a district or a feature is its district ("Kachhi District" and "Kachhi" one). */
export function siteKey(place: Place): string {
  const name = place.kind === "town" ? place.name : (place.admin2 ?? place.name);
  return name.replace(DISTRICT_SUFFIX, "");
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

function majority<T>(xs: readonly T[]): T | null {
  const counts = new Map<T, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [x, c] of counts) if (c > n) [best, n] = [x, c];
  return best;
}
