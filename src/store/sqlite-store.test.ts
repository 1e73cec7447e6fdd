import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TallyError } from "../core/errors.js";
import type { Claim } from "../core/model.js";
import { SCHEMA_VERSION } from "./migrations.js";
import { openSqliteStore, type SqliteStore } from "./sqlite-store.js";
import type { ArticleId, Incident, IncidentId } from "./store.js";

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

function claim(id: string, article: string, value: number, version = "0.1.0"): Claim {
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

function incident(id: string, start: string, country: string | null): Incident {
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

describe("SqliteStore", () => {
  it("creates the file with WAL, foreign keys and the migrations applied", () => {
    store();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(raw.prepare("SELECT max(version) FROM migrations").pluck().get()).toBe(SCHEMA_VERSION);
    raw.close();
  });

  it("keeps the change log and the watch snapshots across reopening, read by time, sequence and incident", () => {
    const a = store();
    const item = {
      kind: "figure" as const,
      outcome: "killed" as const,
      group: "people" as const,
      from: null,
      to: 4,
      low: 4,
      high: 4,
    };
    const first = a.addChange({
      incident: "i1" as IncidentId,
      title: "One",
      article: null,
      items: [{ kind: "new_incident" }, item],
    });
    a.addChange({ incident: "i2" as IncidentId, title: "Two", article: null, items: [item] });
    a.putWatch("i1" as IncidentId, { rows: [], checks: ["C001:a,b"] });
    a.close();
    const b = store();
    expect(first).toMatchObject({ seq: 1, at: now(), title: "One" });
    expect(b.listChanges().map((c) => c.seq)).toEqual([1, 2]);
    expect(b.listChanges({ after: 1 }).map((c) => c.title)).toEqual(["Two"]);
    expect(b.listChanges({ incident: "i1" as IncidentId })[0]!.items).toEqual([
      { kind: "new_incident" },
      item,
    ]);
    expect(b.listChanges({ since: "2025-03-14" })).toEqual([]);
    expect(b.listChanges({ limit: 1 })).toHaveLength(1);
    expect(b.getWatch("i1" as IncidentId)).toEqual({ rows: [], checks: ["C001:a,b"] });
    b.putWatch("i1" as IncidentId, null);
    expect(b.getWatch("i1" as IncidentId)).toBeNull();
  });

  it("keeps articles whole and idempotent by the hash of their text, across reopening", () => {
    const s = store();
    const a = {
      id: "a1",
      text: "Gunmen killed 3 people.",
      published: "2025-03-11",
      outlet: "Dawn",
      url: null,
      title: "T",
    };
    const first = s.putArticle(a, "in/a1.txt");
    expect(first.created).toBe(true);
    expect(first.article).toMatchObject({ id: "a1", source: "in/a1.txt", ingestedAt: now(), outlet: "Dawn" });
    expect(first.article.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(s.putArticle({ ...a, id: "other" }, "elsewhere").created).toBe(false);
    // Another text under a taken id is kept under that id and a part of its hash.
    const clash = s.putArticle({ id: "a1", text: "A different report." }, null);
    expect(clash.created).toBe(true);
    expect(clash.article.id).toBe(`a1~${clash.article.hash.slice(0, 8)}`);
    s.close();
    const again = store();
    expect(again.getArticle("a1" as ArticleId)).toEqual(first.article);
    expect(again.listArticles().map((x) => x.id)).toEqual(["a1", clash.article.id]);
    expect(again.listArticles({ limit: 1, offset: 1 }).map((x) => x.id)).toEqual([clash.article.id]);
    expect(again.getArticle("nope" as ArticleId)).toBeNull();
    expect(again.counts()).toMatchObject({ articles: 2 });
  });

  it("appends claims by engine version and returns the newest, keeping the old", () => {
    const s = store();
    const id = s.putArticle({ id: "a", text: "x" }, null).article.id;
    expect(s.getClaims(id)).toEqual([]);
    s.putClaims(id, "0.1.0", [claim("c1", id, 21), claim("c2", id, 4)]);
    s.putClaims(id, "0.10.0", [claim("c1", id, 26, "0.10.0")]);
    s.putClaims(id, "0.2.0", [claim("c1", id, 22, "0.2.0")]);
    expect(s.claimVersions(id)).toEqual(["0.1.0", "0.10.0", "0.2.0"]);
    expect(s.getClaims(id).map((c) => c.quantity.value)).toEqual([26]);
    expect(s.getClaims(id, "0.1.0").map((c) => c.quantity.value)).toEqual([21, 4]);
    expect(s.getClaims(id, "0.1.0")[0]).toEqual(claim("c1", id, 21));
    // A version's claims are written once: putting it again changes nothing.
    s.putClaims(id, "0.1.0", [claim("c9", id, 99)]);
    expect(s.getClaims(id, "0.1.0").map((c) => c.id)).toEqual(["c1", "c2"]);
    // A newest version with no claims is the newest all the same.
    s.putClaims(id, "1.0.0", []);
    expect(s.getClaims(id)).toEqual([]);
    expect(s.counts()).toMatchObject({ extractions: 4, claims: 4 });
  });

  it("stores incidents and links, filters by date and country, and deletes with links", () => {
    const s = store();
    const a = s.putArticle({ id: "a", text: "x" }, null).article.id;
    const b = s.putArticle({ id: "b", text: "y" }, null).article.id;
    const i1 = { ...incident("i1", "2025-03-11", "Pakistan"), articles: [a, b] };
    s.transaction(() => {
      s.putIncident(i1);
      s.putIncident(incident("i2", "2025-03-20", null));
      s.putLink({ incident: i1.id, article: a, score: 0.9, reasons: ["same day", "Sibi"], by: "auto" });
      s.putLink({ incident: i1.id, article: b, score: 0.5, reasons: [], by: "auto" });
    });
    expect(s.getIncident(i1.id)).toEqual(i1);
    expect(s.listIncidents().map((i) => i.id)).toEqual(["i1", "i2"]);
    expect(s.listIncidents({ from: "2025-03-12" }).map((i) => i.id)).toEqual(["i2"]);
    expect(s.listIncidents({ to: "2025-03-12" }).map((i) => i.id)).toEqual(["i1"]);
    expect(s.listIncidents({ country: "pk" }).map((i) => i.id)).toEqual(["i1"]);
    expect(s.listIncidents({ country: "Pakistan", limit: 1, offset: 1 })).toEqual([]);
    // Linking again replaces the score and reasons.
    s.putLink({ incident: i1.id, article: b, score: 1, reasons: ["analyst merge"], by: "analyst" });
    expect(s.linksOf(i1.id)).toEqual([
      { incident: "i1", article: "a", score: 0.9, reasons: ["same day", "Sibi"], by: "auto" },
      { incident: "i1", article: "b", score: 1, reasons: ["analyst merge"], by: "analyst" },
    ]);
    s.putIncident({ ...i1, title: "Renamed" });
    expect(s.getIncident(i1.id)?.title).toBe("Renamed");
    s.deleteIncident(i1.id);
    expect(s.getIncident(i1.id)).toBeNull();
    expect(s.linksOf(i1.id)).toEqual([]);
    expect(s.counts()).toMatchObject({ incidents: 1, links: 0 });
  });

  it("reads an incident anew after another handle rewrites it, even deleted and made again", () => {
    const a = store();
    const b = store();
    a.putIncident(incident("inc-1", "2025-03-11", "Pakistan"));
    expect(a.getIncident("inc-1" as IncidentId)?.title).toBe("Incident inc-1");
    expect(a.listIncidents({ from: "2025-03-10", to: "2025-03-12" }).map((i) => i.title)).toEqual([
      "Incident inc-1",
    ]);
    b.deleteIncident("inc-1" as IncidentId);
    b.putIncident({ ...incident("inc-1", "2025-03-11", "Pakistan"), title: "Jaffar Express" });
    expect(a.getIncident("inc-1" as IncidentId)?.title).toBe("Jaffar Express");
    b.putIncident({ ...incident("inc-1", "2025-03-20", "Pakistan"), title: "moved" });
    expect(a.listIncidents({ from: "2025-03-10", to: "2025-03-12" })).toEqual([]);
    expect(a.listIncidents({ from: "2025-03-19" }).map((i) => i.title)).toEqual(["moved"]);
  });

  it("finds an incident that began long before a window it reaches into, and the undated", () => {
    const s = store();
    s.putIncident({ ...incident("long", "2024-11-01", "Pakistan"), end: "2025-03-15" });
    s.putIncident(incident("before", "2025-03-01", "Pakistan"));
    s.putIncident(incident("inside", "2025-03-12", "Pakistan"));
    s.putIncident({ ...incident("undated", "2025-03-12", null), start: null, end: null });
    const ids = (f: { from?: string; to?: string }) => s.listIncidents(f).map((i) => i.id);
    expect(ids({ from: "2025-03-10", to: "2025-03-20" })).toEqual(["undated", "long", "inside"]);
    expect(ids({ from: "2025-03-10" })).toEqual(["undated", "long", "inside"]);
    expect(ids({ to: "2025-03-05" })).toEqual(["undated", "long", "before"]);
  });

  it("rolls a transaction back whole, and refuses a link to an unknown article at commit", () => {
    const s = store();
    expect(() =>
      s.transaction(() => {
        s.putArticle({ id: "a", text: "kept?" }, null);
        throw new Error("stop");
      }),
    ).toThrow("stop");
    expect(s.counts().articles).toBe(0);
    expect(() =>
      s.transaction(() => {
        s.putIncident(incident("i1", "2025-03-11", null));
        s.putLink({
          incident: "i1" as IncidentId,
          article: "ghost" as ArticleId,
          score: 1,
          reasons: [],
          by: "auto",
        });
      }),
    ).toThrow();
    expect(s.counts().incidents).toBe(0);
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

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected an error");
}
