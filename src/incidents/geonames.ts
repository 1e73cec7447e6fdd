// The GeoNames gazetteer (issue 11 §2), read from its compact index (geonames-index.ts). The index
// is built once per machine and kept in a cache folder (`node_modules/.cache/tally/`, or
// TALLY_CACHE_DIR), named by the packages' versions: `npm run build` builds it, and a process that
// finds none builds and writes it (or, when the folder cannot be written, keeps it in memory).
// Loading it reads one file and decodes nothing: a lookup is a binary search over its sorted
// names and decodes the few lines it finds, so a process pays only for the places its texts name
// (before, loading parsed the 32 MB dump: ~1.8 CPU-s and 60–80 MB per ingest process).
import { createHash } from "node:crypto";
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { buildGazetteerIndex, gazetteerSources, HEADER_BYTES, MAGIC } from "./geonames-index.js";

export { fold, looseKey } from "./geonames-index.js";

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

let cached: GeoNames | null = null;
let shared: SharedArrayBuffer | null = null;

/** The GeoNames gazetteer, opened on first use and kept for the life of the thread. */
export function geonames(): GeoNames {
  return (cached ??= openGazetteer(Buffer.from(gazetteerBytes())));
}

/**
 * The index's bytes in memory every thread of the process can read: read once (`gazetteerIndex`)
 * and handed to the threads that link (an ingest's extraction workers read each new report's
 * places), which then hold no copy of their own (`useSharedGazetteer`).
 */
export function gazetteerBytes(): SharedArrayBuffer {
  return (shared ??= gazetteerIndex());
}

/** Reads the gazetteer from bytes another thread read (`gazetteerBytes`), unless this one has its own. */
export function useSharedGazetteer(bytes: SharedArrayBuffer): void {
  shared ??= bytes;
}

/** Where the built index is kept: the cache folder and a file named by the sources' versions. */
export function gazetteerIndexPath(): string {
  const { cities500, versions } = gazetteerSources();
  const dir = process.env.TALLY_CACHE_DIR ?? join(dirname(cities500), "..", "..", ".cache", "tally");
  const key = createHash("sha256")
    .update(`${MAGIC} ${versions} ${statSync(cities500).size}`)
    .digest("hex")
    .slice(0, 12);
  return join(dir, `gazetteer-${key}.bin`);
}

/**
 * The index's bytes: read from the cache, else built and written there (atomically: another
 * process building it at the same time renames over an identical file), else kept in memory.
 */
export function gazetteerIndex(): SharedArrayBuffer {
  const file = gazetteerIndexPath();
  try {
    const bytes = readShared(file);
    if (Buffer.from(bytes, 0, 4).toString("latin1") === MAGIC) return bytes;
  } catch {
    // not built yet
  }
  const built = buildGazetteerIndex();
  const bytes = new SharedArrayBuffer(built.length);
  built.copy(Buffer.from(bytes));
  writeIndex(file, built);
  return bytes;
}

/** A file's bytes, read straight into shared memory (no copy of them on the thread's heap). */
function readShared(file: string): SharedArrayBuffer {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const bytes = new SharedArrayBuffer(size);
    const view = new Uint8Array(bytes);
    for (let at = 0; at < size;) {
      const n = readSync(fd, view, at, size - at, at);
      if (n === 0) throw new Error(`${file}: shorter than its size`);
      at += n;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

function writeIndex(file: string, bytes: Buffer): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
  } catch {
    // A folder that cannot be written costs each process the build, nothing else.
  }
}

/** Lines of the index, numbered from `first`: their text and a binary search by their first field. */
class Section {
  constructor(
    private readonly bytes: Buffer,
    private readonly offsets: Uint32Array,
    private readonly first: number,
    readonly size: number,
  ) {}

  line(i: number): string {
    const start = this.offsets[this.first + i]!;
    return this.bytes.toString("utf8", start, this.bytes.indexOf(10, start));
  }

  /** The line whose first field is `key`, split at tabs, or null. */
  find(key: string): string[] | null {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = this.offsets[this.first + mid]!;
      const k = this.bytes.toString("utf8", start, this.bytes.indexOf(9, start));
      if (k === key) return this.line(mid).split("\t");
      if (k < key) lo = mid + 1;
      else hi = mid;
    }
    return null;
  }
}

/** The gazetteer held in an index's bytes (geonames-index.ts). */
export function openGazetteer(bytes: Buffer): GeoNames {
  const counts = [0, 1, 2].map((i) => bytes.readUInt32LE(4 + 4 * i));
  const total = counts[0]! + counts[1]! + counts[2]!;
  const raw = bytes.subarray(HEADER_BYTES, HEADER_BYTES + 4 * total);
  // A Uint32Array needs its start aligned to 4 bytes: copied when the buffer's is not.
  const aligned = raw.byteOffset % 4 === 0 ? raw : Buffer.from(raw);
  const offsets = new Uint32Array(aligned.buffer, aligned.byteOffset, total);
  const towns = new Section(bytes, offsets, 0, counts[0]!);
  const names = new Section(bytes, offsets, counts[0]!, counts[1]!);
  const codes = new Section(bytes, offsets, counts[0]! + counts[1]!, counts[2]!);
  const townsMade = new Map<number, GeoTown>();
  const town = (n: number): GeoTown => {
    let t = townsMade.get(n);
    if (!t) townsMade.set(n, (t = readTown(towns.line(n))));
    return t;
  };
  const byCode = new Map<string, GeoDivision | null>();
  const division = (code: string): GeoDivision | null => {
    let d = byCode.get(code);
    if (d === undefined) {
      const f = codes.find(code);
      byCode.set(code, (d = f ? readDivision(f) : null));
    }
    return d;
  };
  const byKey = new Map<string, { towns: GeoTown[]; divisions: GeoDivision[] } | null>();
  const lookup = (key: string) => {
    let e = byKey.get(key);
    if (e === undefined) {
      const f = names.find(key);
      e = f && {
        towns: f[1] ? f[1].split(",").map((n) => town(Number(n))) : [],
        divisions: f[2] ? f[2].split(",").flatMap((c) => division(c) ?? []) : [],
      };
      byKey.set(key, e);
    }
    return e;
  };
  const nameAt = (code: string, level: 1 | 2): string | null => {
    const d = division(code);
    return d?.level === level ? d.name : null;
  };
  return {
    towns: (key) => lookup(key)?.towns ?? [],
    divisions: (key) => lookup(key)?.divisions ?? [],
    division,
    has: (key) => lookup(key) !== null,
    admin1Name: (code) => nameAt(code, 1),
    admin2Name: (code) => nameAt(code, 2),
  };
}

function readTown(line: string): GeoTown {
  const [name, iso, featureCode, admin1Code, admin2Code, lat, lon, population] = line.split("\t");
  return {
    name: name!,
    iso: iso!,
    featureCode: featureCode!,
    admin1Code: admin1Code!,
    admin2Code: admin2Code || null,
    lat: Number(lat),
    lon: Number(lon),
    population: Number(population),
  };
}

function readDivision([code, level, name, lat, lon, population]: string[]): GeoDivision {
  return {
    code: code!,
    level: level === "1" ? 1 : 2,
    name: name!,
    iso: code!.slice(0, 2),
    admin1Code: code!.split(".").slice(0, 2).join("."),
    lat: lat ? Number(lat) : null,
    lon: lon ? Number(lon) : null,
    population: Number(population),
  };
}
