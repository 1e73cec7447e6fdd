// The store engines the contract tests run against (./store-contract.test.ts): the memory store
// (the tests' and the library's), SQLite in a temporary file, and PostgreSQL when TALLY_TEST_PG
// names a server (`.ci/run` starts one on loopback; developers run without it, and the PostgreSQL
// tests are skipped saying so). Each database is fresh: a new store, a new file, or a new schema
// dropped afterwards. Also the rows the tests store.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Claim, Mention } from "../core/model.js";
import { MemoryStore } from "./memory-store.js";
import { openPgStore } from "./pg-store.js";
import { SyncPg } from "./pg-sync.js";
import { openSqliteStore } from "./sqlite-store.js";
import type { Incident, IncidentId, Store } from "./store.js";

/** The PostgreSQL server of the integration tests (a URL), or undefined. */
export const TEST_PG = process.env.TALLY_TEST_PG || undefined;

/** How a skipped PostgreSQL suite is named. */
export const PG_SKIPPED = "PostgreSQL (skipped: TALLY_TEST_PG is unset; .ci/run sets it)";

export const now = () => "2025-03-13T00:00:00.000Z";

/** One fresh database: `open()` gives a new handle on it each time; `dispose()` removes it. */
export interface TestDb {
  /** What `--db` would be given for it. */
  db: string;
  open(): Store;
  dispose(): void;
}

export interface Engine {
  name: string;
  /** Null when the engine cannot be tested here. */
  fresh: (() => TestDb) | null;
}

let schemas = 0;

/** A new schema on the TALLY_TEST_PG server, and the URL that uses it. */
export function freshPgDb(base = TEST_PG!): TestDb {
  const schema = `tally_test_${process.pid}_${Date.now().toString(36)}_${schemas++}`;
  const admin = new SyncPg(base);
  admin.query(`CREATE SCHEMA ${schema}`);
  const db = withSearchPath(base, schema);
  const handles: Store[] = [];
  return {
    db,
    open() {
      const s = openPgStore(db, { now });
      handles.push(s);
      return s;
    },
    dispose() {
      for (const h of handles.splice(0)) h.close();
      admin.query(`DROP SCHEMA ${schema} CASCADE`);
      admin.close();
    },
  };
}

/** The URL with `search_path` set to `schema` (libpq's `options` parameter). */
function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set("options", `-c search_path=${schema}`);
  return u.toString();
}

export function freshSqliteDb(): TestDb {
  const dir = mkdtempSync(join(tmpdir(), "tally-store-"));
  const db = join(dir, "tally.db");
  const handles: Store[] = [];
  return {
    db,
    open() {
      const s = openSqliteStore(db, { now });
      handles.push(s);
      return s;
    },
    dispose() {
      for (const h of handles.splice(0)) h.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * One MemoryStore: every `open()` is a handle on it, as on one file (a memory store lives as long
 * as the process, so "across reopening" is across handles; `close()` keeps it).
 */
export function freshMemoryDb(): TestDb {
  const store = new MemoryStore({ now });
  return { db: ":memory:", open: () => store, dispose: () => store.close() };
}

export const ENGINES: Engine[] = [
  { name: "memory", fresh: freshMemoryDb },
  { name: "SQLite", fresh: freshSqliteDb },
  { name: TEST_PG ? "PostgreSQL" : PG_SKIPPED, fresh: TEST_PG ? () => freshPgDb() : null },
];

export function claim(id: string, article: string, value: number, version = "0.1.0"): Claim {
  return {
    id,
    article,
    outcome: "killed",
    group: "hostages",
    noun: "hostages",
    quantity: { value, min: value, max: value, hedge: "exact", text: String(value) },
    claimant: {
      name: "ISPR",
      mention: { start: 0, end: 4, text: "ISPR" },
      type: "state_military",
      party: "state",
    },
    time: { text: "on Tuesday", start: 10, end: 20, date: "2025-03-11", precision: "day" },
    scope: "single",
    modality: "asserted",
    evidence: [{ start: 0, end: 30, text: "ISPR said 21 hostages were killed", quoted: false }],
    partOf: null,
    otherIncident: false,
    acrossIncidents: null,
    rule: { extractor: "count", rule: "count.test", version },
  };
}

/** An outcome stated with no figure ("heavy losses"), as the extractor keeps it beside the claims. */
export function mention(id: string, article: string, version = "0.1.0"): Mention {
  return {
    id,
    article,
    kind: "noun",
    outcome: "killed",
    group: "people",
    noun: "heavy losses",
    claimant: { name: "media", mention: null, type: "media", party: "independent" },
    modality: "asserted",
    evidence: [{ start: 13, end: 25, text: "heavy losses", quoted: false }],
    otherIncident: false,
    rule: { extractor: "tally-rules", rule: "mention.noun", version },
  };
}

export function incident(id: string, start: string, country: string | null): Incident {
  return {
    id: id as IncidentId,
    title: `Incident ${id}`,
    start,
    end: start,
    datePrec: 1,
    location: country
      ? {
          name: "Sibi",
          admin1: "Balochistan",
          admin2: "Sibi",
          country,
          iso: "PK",
          lat: 29.5,
          lon: 67.9,
          wherePrec: 2,
        }
      : null,
    actors: [{ name: "Baloch Liberation Army", inter: 2 }],
    eventType: "Hijacking",
    acled: { eventType: "Violence against civilians", subEventType: "Abduction/forced disappearance" },
    articles: [],
  };
}

/** The error `fn` throws (a test fails when it throws none). */
export function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected an error");
}
