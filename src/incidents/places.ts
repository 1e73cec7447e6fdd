// Place mentions in an article, resolved offline to gazetteer entries with coordinates, their
// admin hierarchy and UCDP's `where_prec` (1 exact place, 2 within 25 km, 3 district, 4 province,
// 6 country), read against the gazetteer of ./places-gazetteer.ts (GeoNames, the countries'
// datasets and the hand list that backs them).
//
// Steps: (1) capitalised word runs, longest first, matched against features, districts, regions,
// countries, then GeoNames' towns and divisions; (2) GeoNames' same-named places are told apart
// by the countries the article names (a place elsewhere must be a town of ≥ 100,000 people or a
// division no other country has); (3) each mention gets a role
// from its neighbours ("from Quetta" origin, "Peshawar-bound" destination, "QUETTA:" dateline);
// (4) `locate` picks, among site mentions, the province most named and the most-named specific
// place inside it. Every mention keeps its `[start, end)` span into the untouched text.
import { createRequire } from "node:module";
import type { InputPlace, Span } from "../core/model.js";
import type { Location } from "../store/store.js";
import { namedSpans } from "./actors.js";
import { setAsideOtherSites } from "./event-place.js";
import { fold, looseKey } from "./geonames.js";
import { isNationality, nationalityIso } from "../extract/lexicon/nationalities.js";
import { PERSON_TITLES } from "./lexicon/person-titles.js";
import { COMPOUND_PARTICIPLES, DISTRICT_WORDS, NOT_PLACES, REGION_WORDS } from "./lexicon/gazetteer.js";
import { LEADING_ARTICLES } from "./lexicon/place-names.js";
import { gazetteer, type Gazetteer, type Place, type PlaceKind } from "./places-gazetteer.js";

export type { Place, PlaceKind } from "./places-gazetteer.js";
/** "aside": a place of something else the report tells, when it names its event by a place (./event-place.ts). */
export type PlaceRole = "site" | "near" | "origin" | "destination" | "dateline" | "people" | "aside";

export interface PlaceMention extends Span {
  text: string;
  place: Place;
  role: PlaceRole;
}

/** Whether a folded name is a country's, or one two countries share. */
function isCountry(g: Gazetteer, key: string): boolean {
  return g.countries.has(key) || g.sharedCountries.has(key);
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

type FoundKind = Exclude<PlaceKind, "town"> | "geo";

interface Found {
  span: Span;
  key: string;
  hits: Place[];
  kind: FoundKind;
  /** A capitalised word of direction stands before it ("Lower Shabelle"): see `chooseGeo`. */
  qualified?: boolean;
}

/** "Lower", "Middle", "North" … opening a longer name the gazetteer may lack or spell otherwise. */
const DIRECTION_BEFORE =
  /(?<![\p{L}])(?:Lower|Upper|Middle|Central|North|South|East|West|Northern|Southern|Eastern|Western) $/u;

/** The place mentions of a text, in text order, with spans, places and roles. */
export function findPlaces(text: string): PlaceMention[] {
  // A name inside an armed group's name ("Boko Haram", "Tehrik-i-Taliban Pakistan", "Islamic
  // State Khorasan Province") names the group, not where the event was.
  const groups = namedSpans(text);
  const found = candidates(text).filter(
    (f) => !groups.some((g) => g.start < f.span.end && f.span.start < g.end),
  );
  // Countries named in the text (and countries of named provinces, districts and features)
  // decide between GeoNames' same-named places; then the countries of places that need no
  // context (a large town, a division no other country has) decide the rest.
  const context = new Map<string, number>();
  const count = (iso: string): void => void context.set(iso, (context.get(iso) ?? 0) + 1);
  for (const f of found) if (f.kind !== "geo") for (const p of f.hits) count(p.iso);
  for (const iso of containedCountries(found)) count(iso);
  const within = found.map((f, i) => addressedIn(text, found[i - 1], f));
  found.forEach((f, i) => {
    if (f.kind !== "geo") return;
    const p = chooseGeo(text, f, context, within[i]!);
    if (!p) return;
    if (!context.has(p.iso)) count(p.iso);
    // A dateline's country is the report's: it decides a name other countries share ("BAMAKO —
    // … near Gao": Mali's Gao, not a Cuban town of that alternate name).
    if (role(text, f.span) === "dateline") count(p.iso);
  });
  const mentions: PlaceMention[] = [];
  for (const [i, f] of found.entries()) {
    let place = f.kind === "geo" ? chooseGeo(text, f, context, within[i]!) : (f.hits[0] ?? null);
    if (!place) continue;
    place = promote(text, f.span, place);
    mentions.push({ ...f.span, text: text.slice(f.span.start, f.span.end), place, role: role(text, f.span) });
  }
  const all = [
    ...partsOfTowns(text, oneSense(mentions)),
    ...capitals(text, mentions),
    ...writtenProvinces(text, mentions),
  ];
  return setAsideOtherSites(text, [...all, ...peoples(text, all, groups)]);
}

/**
 * "the Tudun Wada area of Zaria", "the Gwange quarter of Maiduguri": a part of a town, named
 * before it. Where the gazetteer reads the part's name as a place of another province (a Kano
 * district of that name), that reading is wrong: the part lies in the town, which names the site,
 * so the mention is dropped. A part the gazetteer places in the town's province stays.
 */
function partsOfTowns(text: string, mentions: readonly PlaceMention[]): PlaceMention[] {
  return mentions.filter((m, i) => {
    const town = mentions[i + 1];
    if (!town || town.place.kind !== "town" || !PART_OF.test(text.slice(m.end, town.start))) return true;
    return m.place.iso === town.place.iso && m.place.admin1Code === town.place.admin1Code;
  });
}
const PART_OF =
  /^\s+(?:area|neighbou?rhood|quarter|suburb|district|section|part|outskirts)\s+of\s+(?:(?:the\s+)?(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?$/iu;

/**
 * "Congolese soldiers", "the Burkinabe army", "two Malians": a country's people named by its
 * demonym (the countries dataset's), a mention of that country in the role "people". It is no
 * site: `locate` reads it only where the report names no site, as a reader would place a report
 * that speaks of "Congolese troops" and names no place. A demonym of two countries ("Congolese")
 * is the one the report's other places are in, else none.
 */
function peoples(text: string, known: readonly PlaceMention[], groups: readonly Span[]): PlaceMention[] {
  const g = gazetteer();
  const out: PlaceMention[] = [];
  const isos = new Set(known.map((k) => k.place.iso));
  for (const m of text.matchAll(CAPITALISED)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const overlaps = (s: Span) => s.start < span.end && span.start < s.end;
    if (known.some(overlaps) || groups.some(overlaps) || /^ capital(?![\p{L}])/u.test(text.slice(span.end)))
      continue;
    const of = g.demonyms.get(fold(m[0]));
    if (!of) continue;
    const place = of.length === 1 ? of[0]! : of.find((p) => isos.has(p.iso));
    if (place) out.push({ ...span, text: m[0], place, role: "people" });
  }
  return out;
}
const CAPITALISED = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}]+(?![\p{L}\p{M}'’-])/gu;

/**
 * "the Afghan capital", "in the Malian capital": a nationality adjective before "capital" names
 * that country's capital, as wire copy datelined elsewhere writes it ("ISLAMABAD (AP) — … in
 * the Afghan capital").
 */
function capitals(text: string, known: readonly PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of text.matchAll(CAPITAL_OF)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (known.some((k) => k.start < span.end && span.start < k.end)) continue;
    const iso = nationalityIso(m[1]!.toLowerCase());
    const place = iso ? gazetteer().capital(iso) : null;
    if (place) out.push({ ...span, text: m[0], place, role: role(text, span) });
  }
  return out;
}
const CAPITAL_OF = /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’]+) capital(?![\p{L}])/gu;

/**
 * One name, one place in a report: a name read once as a province ("the state of Guanajuato") is
 * that province where it stands alone too ("Guanajuato has the highest …"), not its capital.
 */
function oneSense(mentions: readonly PlaceMention[]): PlaceMention[] {
  const provinces = new Map<string, Place>();
  for (const m of mentions) if (m.place.kind === "region") provinces.set(fold(m.text), m.place);
  if (provinces.size === 0) return [...mentions];
  return mentions.map((m) => {
    const province = m.place.kind === "town" ? provinces.get(fold(m.text)) : undefined;
    return province && province.admin1Code === m.place.admin1Code ? { ...m, place: province } : m;
  });
}

/** Capitalised word runs, longest first, that name a place in the gazetteer. */
function candidates(text: string): Found[] {
  const g = gazetteer();
  const toks = tokens(text);
  let lower: Set<string> | null = null;
  // A capitalised word the text also writes in lower case is a common word ("Security forces …
  // security"), not a GeoNames village of that name.
  const common = (key: string): boolean =>
    (lower ??= new Set(toks.filter((t) => !capitalised(t.text)).map((t) => t.text))).has(key);
  const found: Found[] = [];
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
      if (!capitalised(last.text) && !/['’]$/.test(text.slice(first.start, last.start))) continue;
      const surface = text.slice(first.start, last.end);
      const key = fold(surface);
      if (n === 1 && NOT_PLACES.has(key)) continue;
      if (beforeParticiple(text, last.end)) continue;
      if (n === 1 && demonymBeforeNoun(g, text, surface, last.end) && !isCountry(g, key)) continue;
      if (n === 1 && /^\p{Lu}{2,3}$/u.test(surface) && !g.regions.has(key) && !g.countries.has(key)) continue; // "ISPR", "BLA"
      const hit =
        pick(g.features.get(key), "feature") ??
        pick(g.districts.get(key), "district") ??
        pick(g.regions.get(key), "region") ??
        pick(g.countries.get(key), "country") ??
        (g.sharedCountries.has(key) ? { hits: g.sharedCountries.get(key)!, kind: "geo" as const } : null) ??
        geoHit(g, key, n === 1 && common(key), text, first.start, last.end);
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
        const qualified = DIRECTION_BEFORE.test(text.slice(Math.max(0, first.start - 10), first.start));
        found.push({ span: { start: first.start, end: last.end }, key, ...hit, qualified });
        matched = n;
      }
    }
    i += matched || 1;
  }
  return found;
}

/**
 * GeoNames' places of a name: by its key, else (a name of two words or more) by its loose key, as
 * another transliteration writes it ("Deir el-Zour" for Deir ez-Zor, `looseKey`). None for a
 * common word or a part of a compound.
 */
function geoHit(
  g: Gazetteer,
  key: string,
  common: boolean,
  text: string,
  start: number,
  end: number,
): { hits: Place[]; kind: "geo" } | null {
  if (common || partOfCompound(text, start, end)) return null;
  let hit = geoByKey.get(key);
  if (hit === undefined) {
    const found = g.geo.has(key) ? key : spellings(key).find((k) => g.geo.has(k));
    hit = found ? { hits: g.geoPlaces(found), kind: "geo" } : null;
    if (geoByKey.size >= GEO_BY_KEY_MAX) geoByKey.clear();
    geoByKey.set(key, hit);
  }
  return hit;
}
/** GeoNames' places by a name's key, its other spellings tried (each name costs several searches). */
const geoByKey = new Map<string, { hits: Place[]; kind: "geo" } | null>();
const GEO_BY_KEY_MAX = 50_000;

/**
 * Other spellings of a name not found, as transliterations of Arabic write it: without or with an
 * opening article ("Hawija", "Al Hawijah"), a closing "a" with and without "h" (ta marbuta:
 * "Hawija", "Hawijah"), and a name of two words or more by its loose key (`looseKey`).
 */
function spellings(key: string): string[] {
  const words = key.split(" ");
  const bare = words.length > 1 && LEADING_ARTICLES.includes(words[0]!) ? words.slice(1).join(" ") : null;
  const out: string[] = [];
  for (const base of bare ? [bare] : [key]) {
    const ending = base.endsWith("ah") ? base.slice(0, -1) : base.endsWith("a") ? `${base}h` : null;
    for (const k of ending ? [base, ending] : [base]) out.push(k, `al ${k}`);
  }
  const loose = key.includes(" ") ? looseKey(key) : null;
  return loose ? [...out.filter((k) => k !== key), loose] : out.filter((k) => k !== key);
}

/**
 * "Extreme-North": "North" alone is no place (the whole may be, see writtenProvinces); a
 * lower-case part leaves the name whole ("Peshawar-bound").
 */
function partOfCompound(text: string, start: number, end: number): boolean {
  return (
    /\p{Lu}\p{L}*-$/u.test(text.slice(Math.max(0, start - 30), start)) ||
    /^-\p{Lu}/u.test(text.slice(end, end + 2))
  );
}

/**
 * "US-backed", "Saudi-led", "Kano-based": a name hyphened to a participle of backing, leading or
 * holding (lexicon COMPOUND_PARTICIPLES) says who stands behind someone, not where the event was.
 */
function beforeParticiple(text: string, end: number): boolean {
  const m = /^-(\p{Ll}+)(?![\p{L}-])/u.exec(text.slice(end, end + 16));
  return m !== null && COMPOUND_PARTICIPLES.includes(m[1]!);
}

/**
 * Below this a town yields to a same-named division of its country ("Helmand" the province),
 * unless a district of its province has its name, which is named after it ("near Bandiagara": the
 * town, seat of Bandiagara Cercle).
 */
const TOWN_OVER_DIVISION = 10_000;

/**
 * The GeoNames place a name stands for: in the country the context names most (else the one of
 * its largest place), a division when "district"/"province" follows, else a town of some size,
 * else the division, else the largest town. Null for a place elsewhere that is neither a town of
 * SMALL_TOWN_ELSEWHERE people nor a division whose name no other country has (and is not the tail
 * of a name opened by a direction, `qualified`).
 */
function chooseGeo(
  text: string,
  f: Found,
  context: ReadonlyMap<string, number>,
  within: ReadonlySet<string> = NO_CODES,
): Place | null {
  if (f.hits.length === 0) return null;
  // A town of some size named by its own name comes before one the name is only another name of
  // ("ISLAMABAD —" is Pakistan's capital, not Chattogram, once called Islamabad).
  // ("Mora" is Cameroon's town of 55,000, not an Indian city that has it among its other names.)
  const own = (p: Place) => p.population >= TOWN_OVER_DIVISION && fold(p.name) === f.key;
  const weight = (p: Place) => (context.get(p.iso) ?? 0) * 1e12 + (own(p) ? 1e11 : 0) + p.population;
  const iso = f.hits.reduce((a, b) => (weight(b) > weight(a) ? b : a)).iso;
  const here = f.hits.filter((p) => p.iso === iso);
  const largest = (kind: PlaceKind) =>
    here.filter((p) => p.kind === kind).sort((a, b) => b.population - a.population)[0] ?? null;
  const town = largest("town");
  const district = largest("district");
  const region = largest("region");
  const after = text.slice(f.span.end, f.span.end + 20).toLowerCase();
  const before = text.slice(Math.max(0, f.span.start - 24), f.span.start);
  const chosen =
    (DISTRICT_WORDS.some((w) => after.startsWith(` ${w}`)) && district) ||
    (REGION_WORDS.some((w) => after.startsWith(` ${w}`)) && region) ||
    // "the state of Guanajuato", "Salvatierra, Guanajuato": the province, not its capital.
    (region && (REGION_OF.test(before) || within.has(region.admin1Code ?? "")) && region) ||
    (town && (town.population >= TOWN_OVER_DIVISION || town.admin1Code === district?.admin1Code)
      ? town
      : null) ||
    region ||
    district ||
    town ||
    largest("country")!;
  if (context.has(iso)) return chosen;
  const oneCountry = f.hits.every((p) => p.iso === iso);
  // A town named like its own district or province, in one country only ("Marte", seat of Marte
  // LGA), is as sure as that division, which no other country's name could be.
  if (chosen.kind === "town")
    return chosen.population >= SMALL_TOWN_ELSEWHERE || (oneCountry && (district || region)) ? chosen : null;
  // "Lower Shabelle" (Somalia's Lower Shabeelle): the tail of a name the gazetteer spells
  // otherwise is no division of another country that the text never names.
  return oneCountry && !f.qualified ? chosen : null;
}

const NO_CODES: ReadonlySet<string> = new Set();
/** "the state of", "province of", "Oblast of" right before a name. */
const REGION_OF = /\b(?:state|province|region|governorate|oblast|department) of\s+$/i;

/**
 * Countries where one name of the text lies inside another's province ("Salvatierra" and
 * "Guanajuato", "Bokkos" and "Plateau"): two names that agree on a hierarchy place the report in
 * that country even where it names no country, as a reader places it. A name's own province
 * (a capital named like it) does not count.
 */
function containedCountries(found: readonly Found[]): string[] {
  const provinces = new Map<string, number>();
  found.forEach((f, i) => {
    for (const p of f.hits) if (p.kind === "region" && p.admin1Code) provinces.set(p.admin1Code, i);
  });
  const out = new Set<string>();
  found.forEach((f, i) => {
    for (const p of f.hits) {
      const at = p.kind !== "region" && p.admin1Code ? provinces.get(p.admin1Code) : undefined;
      if (at !== undefined && at !== i) out.add(p.iso);
    }
  });
  return [...out];
}

/**
 * The province codes a name written right after another ("Salvatierra, Guanajuato") may be the
 * province of: those of the places the name before it may be.
 */
function addressedIn(text: string, prev: Found | undefined, f: Found): ReadonlySet<string> {
  if (!prev || text.slice(prev.span.end, f.span.start) !== ", ") return NO_CODES;
  return new Set(prev.hits.filter((p) => p.kind !== "region" && p.admin1Code).map((p) => p.admin1Code!));
}

/**
 * "Somali security forces", "Afghan officials": a nationality adjective before a lower-case noun
 * is a people's word, not the province of that name ("Somali region", "Somali, Ethiopia" stay).
 * The extractor's test of nationality words also takes a country's name cut short ("Afghan",
 * "Philippine"), so a town named like the start of a country ("Djibo", "Djibouti") would pass it:
 * a name the gazetteer holds as a place counts only as the datasets' demonym of a country.
 */
function demonymBeforeNoun(g: Gazetteer, text: string, surface: string, end: number): boolean {
  const next = /^ (\p{Ll}+)/u.exec(text.slice(end, end + 24));
  if (!next || REGION_WORDS.includes(next[1]!) || DISTRICT_WORDS.includes(next[1]!)) return false;
  const key = fold(surface);
  if (g.geo.has(key) && !g.demonyms.has(key)) return false;
  return isNationality(surface.toLowerCase());
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

function pick(place: Place | undefined, kind: FoundKind): { hits: Place[]; kind: FoundKind } | null {
  return place ? { hits: [place], kind } : null;
}

/** Whether a run of tokens is one name: single spaces or hyphens between, short joiners inside. */
function joinable(text: string, run: Token[]): boolean {
  for (let k = 1; k < run.length; k++) {
    const gap = text.slice(run[k - 1]!.end, run[k]!.start);
    // An apostrophe inside a name ("Ma'rib", "Sana'a", "N'Djamena"), not a possessive's.
    const inName = (gap === "'" || gap === "’") && run[k]!.text !== "s";
    if (gap !== " " && gap !== "-" && !inName) return false;
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
  // The same place by value: mentions read back from the store (kept-features.ts) are copies.
  const same = (q: Place) => q.kind === p.kind && q.name === p.name && q.lat === p.lat && q.lon === p.lon;
  const near = specific.some((m) => same(m.place) && m.role === "near") && p.wherePrec === 1;
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
