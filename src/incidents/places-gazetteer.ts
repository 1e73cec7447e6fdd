// The gazetteer that ./places.ts reads place names against, built once, lazily, on first use:
// GeoNames (./geonames.ts: populated places of 500 people or more with their first- and
// second-order divisions, and those divisions as places), countries-list (MIT) and
// world-countries (ODbL) for countries, their other names and demonyms, and
// ./lexicon/gazetteer.ts, the hand list that backs it: English names and aliases of provinces
// ("Baluchistan", "NWFP"), districts GeoNames names otherwise, and named features (passes,
// valleys) tied to a nearby town.
import { createRequire } from "node:module";
import { fold, geonames, type GeoDivision, type GeoNames, type GeoTown } from "./geonames.js";
import { DISTRICTS, FEATURES, REGIONS } from "./lexicon/gazetteer.js";

export type PlaceKind = "country" | "region" | "district" | "feature" | "town";

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

export interface Gazetteer {
  countries: Map<string, Place>;
  /** A country's capital (countries-list names it, GeoNames places it), or null. */
  capital(iso: string): Place | null;
  /** Short names two countries share ("Congo"), read as one of them by context. */
  sharedCountries: Map<string, Place[]>;
  /** Demonyms ("Congolese", "Malians", "Burkinabe") and the countries they are of (two: by context). */
  demonyms: Map<string, Place[]>;
  regions: Map<string, Place>;
  districts: Map<string, Place>;
  features: Map<string, Place>;
  geo: GeoNames;
  /** The places GeoNames holds under a folded name: its towns and divisions. */
  geoPlaces(key: string): Place[];
}

type Countries = Record<string, { name: string; native: string; capital?: string }>;

/** What the builders share: GeoNames, the countries' names, and the hand list's province names. */
interface Sources {
  geo: GeoNames;
  countries: Countries;
  /** The hand list's names of provinces by GeoNames' admin1 code: they win for those codes. */
  handNames: Map<string, string>;
}

let cached: Gazetteer | null = null;

/** The gazetteer, loaded on first use and kept for the life of the process. */
export function gazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}

function build(): Gazetteer {
  const require = createRequire(import.meta.url);
  const { countries } = require("countries-list") as { countries: Countries };
  const src: Sources = { geo: geonames(), countries, handNames: new Map() };
  const { regions, regionByName } = handRegions(src);
  const districts = handDistricts(src, regionByName);
  const features = handFeatures(src);
  const { countryPlaces, sharedCountries } = countryTables(countries);
  const made = new Map<string, Place[]>();
  return {
    countries: countryPlaces,
    sharedCountries,
    demonyms: demonymTable(countries, countryPlaces),
    regions,
    districts,
    features,
    geo: src.geo,
    geoPlaces: (key) => {
      let list = made.get(key);
      if (!list) {
        list = [
          ...src.geo.towns(key).map((t) => townPlace(src, t)),
          ...src.geo.divisions(key).map((d) => divisionPlace(src, d)),
        ];
        made.set(key, list);
      }
      return list;
    },
    capital: (iso) => {
      const name = countries[iso]?.capital;
      const town = name ? townIn(src, name, iso) : null;
      return town ? townPlace(src, town) : null;
    },
  };
}

const countryName = (src: Sources, iso: string): string => src.countries[iso]?.name ?? iso;

/** The most populous GeoNames town of this name in this country, or null. */
function townIn(src: Sources, name: string, iso: string): GeoTown | null {
  return (
    src.geo
      .towns(fold(name))
      .filter((t) => t.iso === iso)
      .sort((a, b) => b.population - a.population)[0] ?? null
  );
}

const admin1Name = (src: Sources, code: string): string | null =>
  src.handNames.get(code) ?? src.geo.admin1Name(code);

function townPlace(src: Sources, t: GeoTown): Place {
  return {
    name: t.name,
    kind: "town",
    iso: t.iso,
    country: countryName(src, t.iso),
    admin1: admin1Name(src, t.admin1Code),
    admin1Code: t.admin1Code,
    admin2: t.admin2Code ? src.geo.admin2Name(t.admin2Code) : null,
    lat: t.lat,
    lon: t.lon,
    population: t.population,
    wherePrec: 1,
  };
}

function divisionPlace(src: Sources, d: GeoDivision): Place {
  return {
    name: d.name,
    kind: d.level === 1 ? "region" : "district",
    iso: d.iso,
    country: countryName(src, d.iso),
    admin1: admin1Name(src, d.admin1Code),
    admin1Code: d.admin1Code,
    admin2: d.level === 2 ? d.name : null,
    lat: d.lat,
    lon: d.lon,
    population: d.population,
    wherePrec: d.level === 1 ? 4 : 3,
  };
}

/**
 * The hand list's provinces (their English names and aliases: "Baluchistan", "KP", "NWFP"), tied
 * to GeoNames by their seats' admin1 codes; their names win for those codes (`src.handNames`).
 */
function handRegions(src: Sources) {
  const regions = new Map<string, Place>();
  const regionByName = new Map<string, Place>();
  for (const r of REGIONS) {
    const code = townIn(src, r.seat, r.country)?.admin1Code ?? null;
    if (code) src.handNames.set(code, r.name);
    const division = code ? src.geo.division(code) : null;
    const place: Place = {
      name: r.name,
      kind: "region",
      iso: r.country,
      country: countryName(src, r.country),
      admin1: r.name,
      admin1Code: code,
      admin2: null,
      lat: division?.lat ?? null,
      lon: division?.lon ?? null,
      population: division?.population ?? 0,
      wherePrec: 4,
    };
    regionByName.set(`${r.country}:${r.name}`, place);
    for (const alias of [r.name, ...(r.aliases ?? [])]) regions.set(fold(alias), place);
  }
  return { regions, regionByName };
}

/** The hand list's districts, placed at their seats (or their province's centre). */
function handDistricts(src: Sources, regionByName: ReadonlyMap<string, Place>): Map<string, Place> {
  const districts = new Map<string, Place>();
  for (const d of DISTRICTS) {
    const seat = townIn(src, d.seat, d.country);
    const region = regionByName.get(`${d.country}:${d.region}`);
    const place: Place = {
      name: d.name,
      kind: "district",
      iso: d.country,
      country: countryName(src, d.country),
      admin1: d.region,
      admin1Code: seat?.admin1Code ?? null,
      admin2: d.name,
      lat: seat?.lat ?? region?.lat ?? null,
      lon: seat?.lon ?? region?.lon ?? null,
      population: 0,
      wherePrec: 3,
    };
    for (const alias of [d.name, ...(d.aliases ?? [])]) districts.set(fold(alias), place);
  }
  return districts;
}

/** The hand list's named features (passes, valleys), placed at the town they are near. */
function handFeatures(src: Sources): Map<string, Place> {
  const features = new Map<string, Place>();
  for (const f of FEATURES) {
    const near = townIn(src, f.near, f.country);
    const place: Place = {
      name: f.name,
      kind: "feature",
      iso: f.country,
      country: countryName(src, f.country),
      admin1: f.region,
      admin1Code: near?.admin1Code ?? null,
      // A park may span several districts: in none, where_prec 3 (its site is its own name).
      admin2:
        f.district ?? (f.kind !== "park" && near?.admin2Code ? src.geo.admin2Name(near.admin2Code) : null),
      lat: near?.lat ?? null,
      lon: near?.lon ?? null,
      population: 0,
      wherePrec: f.kind === "park" ? 3 : 2,
    };
    for (const alias of [f.name, ...(f.aliases ?? [])]) features.set(fold(alias), place);
  }
  return features;
}

/** Countries by their names, short names and other names; short names two countries share apart. */
function countryTables(countries: Countries) {
  const countryPlaces = new Map<string, Place>();
  const sharedCountries = new Map<string, Place[]>();
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
    const short = fold(shortCountryName(c.name));
    if (short !== fold(c.name)) sharedCountries.set(short, [...(sharedCountries.get(short) ?? []), place]);
  }
  // A short name one country alone goes by is that country's ("Gambia"); one two countries share
  // ("Congo": the Democratic Republic and the Republic) is read as either, by context.
  for (const [short, places] of sharedCountries)
    if (countryPlaces.has(short)) sharedCountries.delete(short);
    else if (places.length === 1) {
      countryPlaces.set(short, places[0]!);
      sharedCountries.delete(short);
    }
  // Other names of countries, from the datasets (countries-list's aliases, world-countries'
  // alternate spellings): "DRC", "Congo-Kinshasa", "Ivory Coast", "Turkey". A name two countries
  // share stays shared; ISO codes and names of more than one place are left out (NOT_COUNTRY_ALIASES).
  for (const [iso, names] of countryAliases(countries)) {
    const place = countryPlaces.get(fold(countries[iso]!.name));
    if (!place) continue;
    for (const alias of names) {
      const key = fold(alias);
      if (!countryPlaces.has(key) && !sharedCountries.has(key)) countryPlaces.set(key, place);
    }
  }
  return { countryPlaces, sharedCountries };
}

/** Demonyms and the country places they are of. */
function demonymTable(countries: Countries, countryPlaces: ReadonlyMap<string, Place>): Map<string, Place[]> {
  const demonyms = new Map<string, Place[]>();
  for (const [word, isos] of countryDemonyms())
    demonyms.set(
      word,
      isos.map((iso) => countryPlaces.get(fold(countries[iso]?.name ?? ""))).filter((p): p is Place => !!p),
    );
  return demonyms;
}

/**
 * Aliases that name more than a country: "America" ends "Latin America" and "South America";
 * the two-letter codes are words in capitals ("CD", "IN") more often than countries.
 */
const NOT_COUNTRY_ALIASES = new Set(["america"]);

/** Each country's other names (countries-list `alias`, world-countries `altSpellings`). */
function countryAliases(countries: Record<string, { name: string }>): Map<string, string[]> {
  const require = createRequire(import.meta.url);
  const world = require("world-countries") as { cca2: string; altSpellings?: string[] }[];
  const out = new Map<string, string[]>();
  for (const [iso, c] of Object.entries(countries))
    out.set(iso, [...((c as { alias?: string[] }).alias ?? [])]);
  // Their alternate spellings less the ISO codes ("CD", "IN": words in capitals more often).
  for (const w of world)
    if (out.has(w.cca2)) out.get(w.cca2)!.push(...(w.altSpellings ?? []).filter((n) => n.length > 2));
  for (const [iso, names] of out)
    out.set(
      iso,
      names.filter(
        (n) => /^[\p{Script=Latin}\s'’.,-]+$/u.test(n) && !NOT_COUNTRY_ALIASES.has(fold(n)) && n.length > 1,
      ),
    );
  return out;
}

/**
 * Demonyms of countries (world-countries `demonyms.eng`, masculine and feminine) and their
 * plurals ("Malians"; not of those in -ese, -ish, -ch, -ss: "the Congolese"), folded, each with
 * the countries it is of ("Congolese": both Congos).
 */
function countryDemonyms(): Map<string, string[]> {
  const require = createRequire(import.meta.url);
  const world = require("world-countries") as {
    cca2: string;
    demonyms?: { eng?: { m: string; f: string } };
  }[];
  const out = new Map<string, string[]>();
  const add = (word: string, iso: string) => {
    const key = fold(word);
    const isos = out.get(key) ?? [];
    if (!isos.includes(iso)) out.set(key, [...isos, iso]);
  };
  for (const w of world)
    for (const d of new Set([w.demonyms?.eng?.m, w.demonyms?.eng?.f]))
      if (d && d.length > 3) {
        add(d, w.cca2);
        if (!/(?:ese|ish|ch|ss|s)$/u.test(d)) add(`${d}s`, w.cca2);
      }
  return out;
}

/**
 * A country's name without its form of state, as reports write it: "Republic of the Congo" and
 * "Democratic Republic of the Congo" are both "Congo", "Kingdom of Bahrain" "Bahrain".
 */
function shortCountryName(name: string): string {
  return name
    .replace(/^(?:(?:Democratic|Federal|Islamic|People's|United) )*Republic of (?:the )?/, "")
    .replace(/^(?:Kingdom|State|Commonwealth|Federation) of (?:the )?/, "");
}
