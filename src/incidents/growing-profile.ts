// An incident's link profile kept up to date as reports join it (issue 11 §3): what link-score.ts
// `linkProfile` and event-time.ts `incidentDates` make from all of an incident's reports at once,
// made here from the joining report only. Each value the profile takes a most common of
// (countries, provinces, places, attack types) is counted with where it was first seen (the
// report in canonical order, then the mention), so that "the most common, the first seen on ties"
// (places.ts `locate` and `regionCode`) reads as over the reports in canonical order, whatever
// order they joined in. cluster.test.ts checks it equal to the rebuild.
import { windowKey } from "./another-event.js";
import { countDays, datesOf, dayCounts, ownDays, type DayCounts, type IncidentDates } from "./event-time.js";
import { canonicalOrder, type ArticleFeatures } from "./features.js";
import { mayBeSite, namedActors, siteKey, type LinkProfile, type SitePlace } from "./link-score.js";
import type { PlaceMention } from "./places.js";

/** Where a value was seen: its report and the mention's place among the report's. */
interface Rank {
  f: ArticleFeatures;
  i: number;
}

function earlier(a: Rank, b: Rank): boolean {
  const c = a.f === b.f ? 0 : canonicalOrder(a.f, b.f);
  return c < 0 || (c === 0 && a.i < b.i);
}

/** The first seen of some items. */
class First<T> {
  rank: Rank | null = null;
  item: T | null = null;

  offer(rank: Rank, item: T): void {
    if (this.rank === null || earlier(rank, this.rank)) [this.rank, this.item] = [rank, item];
  }
}

/** Counts of keys, each with its first seen item. */
class Counts<K, T = null> {
  private readonly seen = new Map<K, { n: number; first: First<T> }>();

  get size(): number {
    return this.seen.size;
  }

  add(key: K, rank: Rank, item: T): void {
    let e = this.seen.get(key);
    if (!e) this.seen.set(key, (e = { n: 0, first: new First() }));
    e.n++;
    e.first.offer(rank, item);
  }

  /** The key counted most (the first seen of those on ties) and its first item; null for none. */
  top(): { key: K; item: T } | null {
    let best: { key: K; n: number; first: First<T> } | null = null;
    for (const [key, e] of this.seen)
      if (!best || e.n > best.n || (e.n === best.n && earlier(e.first.rank!, best.first.rank!)))
        best = { key, ...e };
    return best && { key: best.key, item: best.first.item! };
  }
}

/** A country's and province's mentions as `locate` reads them. */
class Province {
  readonly region = new First<PlaceMention>();
  /** Specific places (where_prec below 4) by kind and name; `located` those with coordinates. */
  readonly specific = new Counts<string, PlaceMention>();
  readonly located = new Counts<string, PlaceMention>();
}

class Country {
  readonly admin1 = new Counts<string>();
  readonly admin1Code = new Counts<string>();
  readonly first = new First<PlaceMention>();
  readonly country = new First<PlaceMention>();
  readonly provinces = new Map<string | null, Province>();
}

/** Place mentions counted as `locate` and `regionCode` read them (one pool: all, or the sites). */
class PlacePool {
  private readonly isos = new Counts<string>();
  private readonly countries = new Map<string, Country>();

  get size(): number {
    return this.isos.size;
  }

  add(m: PlaceMention, rank: Rank): void {
    const p = m.place;
    this.isos.add(p.iso, rank, null);
    let c = this.countries.get(p.iso);
    if (!c) this.countries.set(p.iso, (c = new Country()));
    if (p.admin1 !== null) c.admin1.add(p.admin1, rank, null);
    if (p.admin1Code !== null) c.admin1Code.add(p.admin1Code, rank, null);
    c.first.offer(rank, m);
    if (p.kind === "country") c.country.offer(rank, m);
    let r = c.provinces.get(p.admin1);
    if (!r) c.provinces.set(p.admin1, (r = new Province()));
    if (p.kind === "region") r.region.offer(rank, m);
    if (p.wherePrec < 4) {
      const name = `${p.kind}:${p.name}`;
      r.specific.add(name, rank, m);
      if (p.lat !== null) r.located.add(name, rank, m);
    }
  }

  /** The province and country of `locate` over the pool, and `regionCode`'s code (a pool not empty). */
  read(): { admin1: string | null; iso: string; code: string | null } {
    const iso = this.isos.top()!.key;
    const c = this.countries.get(iso)!;
    const admin1 = c.admin1.top()?.key ?? null;
    // With no province named, every mention of the country has none: the province's are all.
    const r = c.provinces.get(admin1)!;
    const specific = r.located.size > 0 ? r.located : r.specific;
    const chosen = (specific.top()?.item ?? r.region.item ?? c.country.item ?? c.first.item!).place;
    return { admin1: chosen.admin1 ?? admin1, iso: chosen.iso, code: c.admin1Code.top()?.key ?? null };
  }
}

/** A possible site's first and last mention (`sitePlaces` keeps the first's place in order, the last's coordinates). */
interface SiteSeen {
  first: Rank;
  last: Rank;
  place: PlaceMention["place"];
}

/** Possible sites by province (name and code) and all together, as `sitePlaces` filters them. */
class Sites {
  private readonly all = new Map<string, SiteSeen>();
  private readonly byRegion = new Map<string, Map<string, SiteSeen>>();

  add(m: PlaceMention, rank: Rank): void {
    if (!mayBeSite(m)) return;
    const key = siteKey(m.place);
    const groups = [this.all];
    for (const r of new Set([m.place.admin1, m.place.admin1Code]))
      if (r !== null) {
        let g = this.byRegion.get(r);
        if (!g) this.byRegion.set(r, (g = new Map()));
        groups.push(g);
      }
    for (const g of groups) {
      const e = g.get(key);
      if (!e) g.set(key, { first: rank, last: rank, place: m.place });
      else if (earlier(rank, e.first)) e.first = rank;
      else if (earlier(e.last, rank)) [e.last, e.place] = [rank, m.place];
    }
  }

  of(region: string | null): SitePlace[] {
    const group = region === null ? this.all : this.byRegion.get(region);
    return [...(group ?? [])]
      .sort((a, b) => (earlier(a[1].first, b[1].first) ? -1 : 1))
      .map(([key, e]) => ({ key, lat: e.place.lat, lon: e.place.lon }));
  }
}

/** An incident's reports in canonical order, with their dates and link profile kept as reports join. */
export class GrowingProfile {
  readonly members: ArticleFeatures[] = [];
  dates: IncidentDates = { start: null, end: null, datePrec: 2 };
  profile!: LinkProfile;
  private readonly days: DayCounts = dayCounts();
  private readonly places = new PlacePool();
  private readonly sitePool = new PlacePool();
  private readonly sites = new Sites();
  private readonly types = new Counts<string>();
  private readonly actors = new Set<string>();
  private readonly figures = new Set<string>();
  private readonly ownDays = new Set<string>();
  private readonly stamps = new Set<string>();
  private readonly windows = new Set<string>();
  private readonly targets = new Set<string>();
  private readonly victims = new Set<string>();
  private readonly weapons = new Set<string>();
  private series = false;

  static of(members: readonly ArticleFeatures[]): GrowingProfile {
    const g = new GrowingProfile();
    g.add(members);
    return g;
  }

  /** Reports join: the profile is updated from them only. */
  add(reports: readonly ArticleFeatures[]): void {
    for (const f of reports) this.take(f);
    this.dates = datesOf(this.days);
    const pool = this.sitePool.size > 0 ? this.sitePool : this.places;
    const read = pool.size > 0 ? pool.read() : null;
    const region = read ? (read.admin1 ?? read.code) : null;
    // The profile is a snapshot: reports joining later change the growing object, never a
    // profile already handed out (its members, actors and figures are copies).
    this.profile = {
      start: this.dates.start,
      end: this.dates.end,
      members: Object.freeze([...this.members]),
      region,
      iso: read?.iso ?? null,
      sites: this.sites.of(region),
      type: this.types.top()?.key ?? null,
      actors: new Set(this.actors),
      figures: new Set(this.figures),
      series: this.series,
      days: new Set(this.ownDays),
      stamps: new Set(this.stamps),
      windows: new Set(this.windows),
      targets: new Set(this.targets),
      victims: new Set(this.victims),
      weapons: new Set(this.weapons),
    };
  }

  private take(f: ArticleFeatures): void {
    // After the last member that comes before it (most join at the end).
    let [lo, hi] = [0, this.members.length];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (canonicalOrder(this.members[mid]!, f) > 0) hi = mid;
      else lo = mid + 1;
    }
    this.members.splice(lo, 0, f);
    countDays(this.days, f.time);
    f.places.forEach((m, i) => {
      const rank = { f, i };
      this.places.add(m, rank);
      if (m.role === "site" || m.role === "near") this.sitePool.add(m, rank);
      this.sites.add(m, rank);
    });
    if (f.event.gtd !== "Unknown") this.types.add(f.event.gtd, { f, i: 0 }, null);
    for (const a of namedActors(f)) this.actors.add(a);
    for (const x of f.figures) this.figures.add(x);
    for (const d of ownDays(f.time)) this.ownDays.add(d);
    if (f.time.stamp) this.stamps.add(f.time.stamp);
    if (f.time.window) this.windows.add(windowKey(f.time.window));
    for (const t of f.targets) this.targets.add(t);
    for (const v of f.victims) this.victims.add(v);
    for (const w of f.weapons) this.weapons.add(w);
    this.series ||= f.series !== null;
  }
}
