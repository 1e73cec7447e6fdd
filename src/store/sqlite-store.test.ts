import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TallyError } from "../core/errors.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./migrations.js";
import { openSqliteStore, type SqliteStore } from "./sqlite-store.js";
import type { ArticleId } from "./store.js";
import { catchError, claim } from "./test-engines.js";

let dir: string;
let file: string;
const open: SqliteStore[] = [];
const now = () => "2025-03-13T00:00:00.000Z";

function store(path = file, busyTimeout?: number): SqliteStore {
  const s = openSqliteStore(path, { now, ...(busyTimeout === undefined ? {} : { busyTimeout }) });
  open.push(s);
  return s;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tally-store-"));
  file = join(dir, "tally.db");
});
afterEach(() => {
  for (const s of open.splice(0)) s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("SqliteStore", () => {
  it("creates the file with WAL, foreign keys and the migrations applied", () => {
    store();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(raw.prepare("SELECT max(version) FROM migrations").pluck().get()).toBe(SCHEMA_VERSION);
    raw.close();
  });

  it("brings a database of schema 4 to 5 keeping its articles, claims and links in order", () => {
    // Schema 4 as an older Tally left it: the hash unique, no versions.
    const raw = schemaAt(file, 4);
    raw.pragma("foreign_keys = ON");
    const put = raw.prepare("INSERT INTO articles (id, hash, text, ingested_at) VALUES (?, ?, ?, ?)");
    put.run("z", "b".repeat(64), "Second.", now());
    put.run("a", "a".repeat(64), "First.", now());
    raw.prepare("INSERT INTO extractions VALUES ('a', '0.1.0', 1, ?)").run(now());
    raw
      .prepare("INSERT INTO claims VALUES ('a', '0.1.0', 'c1', 0, 'killed', 'hostages', 21, ?)")
      .run(JSON.stringify(claim("c1", "a", 21)));
    raw.close();
    const s = store();
    expect(s.listArticles().map((a) => [a.id, a.version])).toEqual([
      ["z", 1],
      ["a", 1],
    ]);
    expect(s.getClaims("a" as ArticleId).map((c) => c.quantity.value)).toEqual([21]);
    // The hash is no longer unique: the same text under another id is a second article.
    expect(s.putArticle({ id: "b", text: "First." }, null).status).toBe("new");
    expect(s.putArticle({ id: "a", text: "First, changed." }, null).status).toBe("version");
    expect(s.articleHistory("a" as ArticleId)[0]!.claims).toHaveLength(1);
    const check = new Database(file, { readonly: true });
    expect(check.pragma("foreign_key_check")).toEqual([]);
    check.close();
  });

  it("marks the linker's index complete at migration 11 only for a store with no articles yet", () => {
    expect(store().linkIndexComplete()).toBe(true);
    // Schema 10 with an article, as a store linked by an earlier Tally: not known complete.
    const old = join(dir, "old.db");
    const raw = schemaAt(old, 10);
    raw
      .prepare("INSERT INTO articles (id, hash, text, ingested_at) VALUES (?, ?, ?, ?)")
      .run("a", "a".repeat(64), "First.", now());
    raw.close();
    const s = store(old);
    expect(s.linkIndexComplete()).toBe(false);
    s.markLinkIndexComplete();
    s.markLinkIndexComplete();
    expect(s.linkIndexComplete()).toBe(true);
  });

  it("keeps a savepoint's statement journal in memory, not in a temporary file", () => {
    const s = store();
    // (the connection's own setting: another connection to the file, as below, has SQLite's default)
    const own = (s as unknown as { db: Database.Database }).db;
    expect(own.pragma("temp_store", { simple: true })).toBe(2);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma("temp_store", { simple: true })).toBe(0);
    raw.close();
  });

  it("reads a period's reports from the index alone and keeps no index of claims by figure (migration 12)", () => {
    const s = store();
    s.putArticle({ id: "a", text: "First." }, null);
    s.putLinkFeatures("a" as ArticleId, { key: "k", body: "{}", iso: "AF", day: "2025-03-01" });
    s.close();
    const raw = new Database(file, { readonly: true });
    const plan = (sql: string) =>
      raw
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all()
        .map((r) => (r as { detail: string }).detail)
        .join("; ");
    const byCountry =
      "SELECT article, iso, day FROM link_features WHERE iso IS 'AF' AND day BETWEEN '2025-03-01' AND '2025-03-28' ORDER BY day, article";
    expect(plan(byCountry)).toContain("USING COVERING INDEX link_features_keys (iso=? AND day>? AND day<?)");
    // Ordered by the index: no sort.
    expect(plan(byCountry)).not.toContain("TEMP B-TREE");
    const indexes = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all();
    expect(indexes).toContain("link_features_day");
    expect(indexes).not.toContain("claims_figure");
    expect(indexes).not.toContain("link_features_iso_day");
    raw.close();
  });

  it("brings a database of schema 12 to 13: its claims kept, their figure columns dropped", () => {
    const raw = schemaAt(file, 12);
    raw
      .prepare("INSERT INTO articles (id, hash, text, ingested_at) VALUES (?, ?, ?, ?)")
      .run("a", "a".repeat(64), "First.", now());
    raw
      .prepare(
        "INSERT INTO extractions (article, engine_version, claim_count, created_at) VALUES ('a', '0.1.0', 1, ?)",
      )
      .run(now());
    raw
      .prepare("INSERT INTO claims VALUES ('a', '0.1.0', 'c1', 0, 'killed', 'hostages', 21, ?)")
      .run(JSON.stringify(claim("c1", "a", 21)));
    raw.close();
    const s = store();
    expect(s.getClaims("a" as ArticleId).map((c) => c.quantity.value)).toEqual([21]);
    s.putClaims("a" as ArticleId, "0.2.0", [claim("c1", "a", 22, "0.2.0")]);
    s.close();
    const check = new Database(file, { readonly: true });
    const columns = check.prepare("SELECT name FROM pragma_table_info('claims')").pluck().all();
    expect(columns).toEqual(["article", "engine_version", "claim_id", "position", "body"]);
    expect(check.prepare("SELECT count(*) FROM claims").pluck().get()).toBe(2);
    check.close();
    expect(
      store()
        .getClaims("a" as ArticleId)
        .map((c) => c.quantity.value),
    ).toEqual([22]);
  });

  it("refuses a database from a newer Tally with T012 and leaves it untouched", () => {
    store().close();
    const raw = new Database(file);
    raw
      .prepare("INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)")
      .run(SCHEMA_VERSION + 1, "future", "x");
    raw.pragma("wal_checkpoint(TRUNCATE)");
    raw.close();
    const before = readFileSync(file);
    const error = catchError(() => store());
    expect(error).toBeInstanceOf(TallyError);
    expect(error).toMatchObject({ code: "T012" });
    expect((error as Error).message).toMatch(/written by a newer Tally; upgrade/);
    expect((error as Error).message).toContain(file);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("reports a locked database as T013 after the busy timeout, and loses nothing", () => {
    const s = store(file, 50);
    s.putArticle({ id: "kept", text: "stored before the lock" }, null);
    const other = new Database(file);
    other.exec("BEGIN IMMEDIATE");
    other
      .prepare("INSERT INTO articles (id, hash, text, ingested_at) VALUES ('x', ?, 'x', 'now')")
      .run("0".repeat(64));
    const started = Date.now();
    const error = catchError(() => s.putArticle({ id: "b", text: "waits for the lock" }, null));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error).toMatchObject({ code: "T013" });
    expect((error as Error).message).toMatch(/locked by another process/);
    other.exec("ROLLBACK");
    other.close();
    expect(s.putArticle({ id: "b", text: "waits for the lock" }, null).created).toBe(true);
    expect(s.listArticles().map((a) => a.id)).toEqual(["kept", "b"]);
  });

  it("reports a corrupt file or another program's database as T014 without writing to it", () => {
    const junk = Buffer.alloc(8192, 0x5a);
    writeFileSync(file, junk);
    const error = catchError(() => store());
    expect(error).toMatchObject({ code: "T014" });
    expect((error as Error).message).toMatch(/corrupt or not a Tally database/);
    expect(readFileSync(file).equals(junk)).toBe(true);

    const foreign = join(dir, "foreign.db");
    const raw = new Database(foreign);
    raw.exec("CREATE TABLE notes (body TEXT)");
    raw.close();
    expect(catchError(() => store(foreign))).toMatchObject({ code: "T014" });
  });

  it("reports a malformed stored row as T014 rather than handing it on", () => {
    const s = store();
    const id = s.putArticle({ id: "a", text: "x" }, null).article.id;
    s.putClaims(id, "0.1.0", [claim("c1", id, 21)]);
    const raw = new Database(file);
    raw.prepare("UPDATE claims SET body = ?").run(JSON.stringify({ id: "c1", outcome: "exploded" }));
    raw.close();
    expect(catchError(() => s.getClaims(id))).toMatchObject({ code: "T014" });
  });

  it("hands back what it just wrote as another handle reads it from the file", () => {
    // The writer keeps the article, its versions and its claims parsed as it writes them (the
    // linker reads them in the same transaction); a fresh handle reads the rows.
    const s = store();
    const id = s.putArticle({ id: "a", text: "Two hostages died.", published: "2025-03-01" }, "feed").article
      .id;
    const claims = [claim("c1", id, 2), { ...claim("c2", id, 3), otherIncident: true }];
    s.putClaims(id, "0.1.0", claims);
    const fresh = store();
    expect(s.getArticle(id)).toEqual(fresh.getArticle(id));
    expect(s.claimVersions(id)).toEqual(["0.1.0"]);
    expect(s.claimVersions(id)).toEqual(fresh.claimVersions(id));
    expect(s.getClaims(id)).toEqual(fresh.getClaims(id));
    expect(s.getClaims(id)).toEqual(claims);
    // A rollback forgets what was written in it.
    expect(() =>
      s.transaction(() => {
        s.putClaims(id, "0.2.0", [claim("c1", id, 5, "0.2.0")]);
        expect(s.claimVersions(id)).toEqual(["0.1.0", "0.2.0"]);
        throw new Error("rolled back");
      }),
    ).toThrow("rolled back");
    expect(s.claimVersions(id)).toEqual(["0.1.0"]);
    expect(s.getClaims(id, "0.2.0")).toEqual([]);
    // The linker's features likewise.
    const features = { key: "k1", body: '{"id":"a"}', iso: "PK", day: "2025-03-01" };
    s.putLinkFeatures(id, features);
    expect(s.linkFeatures([id])).toEqual(fresh.linkFeatures([id]));
    expect(s.linkFeatures([id]).get(id)).toEqual(features);
    expect(() =>
      s.transaction(() => {
        s.putLinkFeatures(id, { ...features, key: "k2" });
        throw new Error("rolled back");
      }),
    ).toThrow("rolled back");
    expect(s.linkFeatures([id]).get(id)?.key).toBe("k1");
  });

  it("opens read-only without writing, and refuses writes there", () => {
    store().putArticle({ id: "a", text: "x" }, null);
    open.splice(0).forEach((s) => s.close());
    const readonly = openSqliteStore(file, { readonly: true });
    open.push(readonly);
    expect(readonly.getArticle("a" as ArticleId)?.text).toBe("x");
    expect(catchError(() => readonly.putArticle({ id: "b", text: "y" }, null))).toMatchObject({
      code: "T016",
    });
    expect(catchError(() => openSqliteStore(join(dir, "absent.db"), { readonly: true }))).toMatchObject({
      code: "T016",
    });
  });

  it("reports a database in a missing folder as T016", () => {
    expect(catchError(() => store(join(dir, "no", "such", "tally.db")))).toMatchObject({ code: "T016" });
  });
});

/** A database file at schema `version`, as the Tally of that schema left it (empty). */
function schemaAt(path: string, version: number): Database.Database {
  const raw = new Database(path);
  raw.exec(
    "CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
  );
  for (const m of MIGRATIONS.filter((x) => x.version <= version)) {
    for (const sql of m.sql) raw.exec(sql);
    raw.prepare("INSERT INTO migrations VALUES (?, ?, ?)").run(m.version, m.name, now());
  }
  return raw;
}
