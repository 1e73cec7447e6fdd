// What only the PostgreSQL store has: its URL (a password never shown), a server that cannot be
// reached, a schema written by a newer Tally or by another program, a malformed row, advisory
// locks only inside a transaction, never waited for out of order. The contract it shares with SQLite is ./store-contract.test.ts.
import { afterEach, describe, expect, it } from "vitest";
import { TallyError } from "../core/errors.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./migrations.js";
import { openPgStore, redactUrl } from "./pg-store.js";
import { SyncPg } from "./pg-sync.js";
import type { ArticleId } from "./store.js";
import { catchError, claim, freshPgDb, PG_SKIPPED, TEST_PG, type TestDb } from "./test-engines.js";

describe("PgStore without a server", () => {
  it("names the database without its password", () => {
    expect(redactUrl("postgres://tally:s3cret@db.example:5432/news")).toBe(
      "postgres://tally:***@db.example:5432/news",
    );
    expect(redactUrl("postgresql://tally@127.0.0.1/news")).toBe("postgresql://tally@127.0.0.1/news");
  });

  it("reports a server that cannot be reached as T016, naming it without the password", () => {
    // Port 1 on loopback: nothing listens there.
    const error = catchError(() => openPgStore("postgres://tally:s3cret@127.0.0.1:1/tally"));
    expect(error).toBeInstanceOf(TallyError);
    expect(error).toMatchObject({ code: "T016" });
    expect((error as Error).message).toContain("postgres://tally:***@127.0.0.1:1/tally");
    expect((error as Error).message).not.toContain("s3cret");
  });
});

describe.skipIf(!TEST_PG)(TEST_PG ? "PgStore" : PG_SKIPPED, () => {
  let db: TestDb;
  let admin: SyncPg;
  const fresh = () => {
    db = freshPgDb();
    admin = new SyncPg(db.db);
    return db;
  };
  afterEach(() => {
    admin?.close();
    db?.dispose();
  });

  it("sends several statements as one message, their parameters written in as literals", () => {
    fresh().open().close();
    // A value as awkward as text gets: quotes, a backslash, a parameter's name, a statement's end.
    const awkward = `it's a \\ "test" $1; DROP TABLE migrations`;
    const [first, , last] = admin.run([
      {
        text: "SELECT statement_timestamp()::text AS t, $1::text AS s, $2::int AS n, $3::text IS NULL AS none, $4::boolean AS b, $1 = $1 AS same",
        values: [awkward, 42, null, true],
      },
      { text: "SELECT pg_sleep(0.02)" },
      { text: "SELECT statement_timestamp()::text AS t" },
    ]);
    expect(first![0]).toMatchObject({ s: awkward, n: 42, none: true, b: true, same: true });
    // One message: every statement of it started when it was received (one exchange each would not).
    expect(last![0]!.t).toBe(first![0]!.t);
    // The first failure ends the batch, as one statement at a time did.
    admin.run([{ text: "BEGIN" }]);
    expect(() =>
      admin.run([
        { text: "SELECT 1 AS n" },
        { text: "SELECT 1 / $1::int AS n", values: [0] },
        { text: "SELECT 3" },
      ]),
    ).toThrow(expect.objectContaining({ code: "22012" }));
    admin.run([{ text: "ROLLBACK" }]);
    expect(admin.query("SELECT max(version) AS v FROM migrations")[0]!.v).toBe(SCHEMA_VERSION);
  });

  it("sends an article's claims and the end of its savepoint with the next article's first read", () => {
    const s = fresh().open() as ReturnType<typeof openPgStore>;
    const before = s.roundTrips;
    s.transaction(() => {
      for (const id of ["a", "b", "c"])
        s.transaction(() => {
          s.putArticle({ id, text: `report ${id}` }, null);
          s.putClaims(id as ArticleId, "0.1.0", [claim("c1", id, 21)]);
        });
    });
    // One round trip an article (its insert) and the commit, not two an article.
    expect(s.roundTrips - before).toBe(4);
    expect(s.counts()).toMatchObject({ articles: 3, claims: 3 });
  });

  it("fails the batch when an article's late-sent write fails, and tells that article apart when stored again", () => {
    const s = fresh().open();
    admin.query(
      "ALTER TABLE claims ADD CONSTRAINT no_666 CHECK ((body::jsonb #>> '{quantity,value}') <> '666')",
    );
    const batch = (alone: boolean) =>
      s.transaction(() => {
        for (const [id, n] of [
          ["a", 21],
          ["b", 666],
          ["c", 3],
        ] as const) {
          const item = () =>
            s.transaction(() => {
              s.putArticle({ id, text: `report ${id}` }, null);
              s.putClaims(id as ArticleId, "0.1.0", [claim("c1", id, n)]);
            });
          if (!alone) item();
          else
            try {
              item();
            } catch (e) {
              expect((e as Error).message).toMatch(/no_666/);
            }
        }
      });
    // b's claims went with c's insert: whose failure it was is not known, so nothing is stored.
    expect(catchError(() => batch(false))).toMatchObject({ name: "BatchWriteFailed" });
    expect(s.counts()).toMatchObject({ articles: 0, claims: 0 });
    // Stored again, each article's savepoint ends at once: b alone fails.
    batch(true);
    expect(s.listArticles().map((a) => a.id)).toEqual(["a", "c"]);
    expect(s.counts()).toMatchObject({ articles: 2, claims: 2 });
  });

  it("creates the tables under the last migration, and opens again without migrating", () => {
    fresh().open().close();
    expect(admin.query("SELECT max(version) AS v FROM migrations")[0]!.v).toBe(SCHEMA_VERSION);
    const indexes = admin.query("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()");
    expect(indexes.map((r) => r.indexname)).toEqual(
      expect.arrayContaining(["incidents_window", "incidents_list", "incidents_span", "link_features_keys"]),
    );
    // Migration 12: an index nothing read is gone.
    expect(indexes.map((r) => r.indexname)).not.toContain("claims_figure");
    expect(db.open().counts()).toMatchObject({ articles: 0 });
  });

  it("brings a store of schema 12 to 13: its claims kept, their figure columns dropped", () => {
    fresh();
    // Schema 12 as the Tally before left it, with an article and a claim in the figure columns.
    admin.query(
      "CREATE TABLE migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)",
    );
    for (const m of MIGRATIONS.filter((x) => x.version <= 12)) {
      for (const text of m.pg) admin.query(text);
      admin.query("INSERT INTO migrations VALUES ($1, $2, 'x')", [m.version, m.name]);
    }
    admin.query("INSERT INTO articles (id, hash, text, ingested_at) VALUES ('a', $1, 'First.', 'x')", [
      "a".repeat(64),
    ]);
    admin.query(
      "INSERT INTO extractions (article, engine_version, claim_count, created_at) VALUES ('a', '0.1.0', 1, 'x')",
    );
    admin.query("INSERT INTO claims VALUES ('a', '0.1.0', 'c1', 0, 'killed', 'hostages', 21, $1)", [
      JSON.stringify(claim("c1", "a", 21)),
    ]);
    const s = db.open();
    expect(s.getClaims("a" as ArticleId).map((c) => c.quantity.value)).toEqual([21]);
    const columns = admin.query(
      "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'claims' ORDER BY ordinal_position",
    );
    expect(columns.map((r) => r.column_name)).toEqual([
      "article",
      "engine_version",
      "claim_id",
      "position",
      "body",
    ]);
    // A claim written now has no figure columns to fill.
    s.putClaims("a" as ArticleId, "0.2.0", [claim("c1", "a", 22, "0.2.0")]);
    expect(
      db
        .open()
        .getClaims("a" as ArticleId)
        .map((c) => c.quantity.value),
    ).toEqual([22]);
  });

  it("refuses a schema written by a newer Tally with T012, and another program's with T014", () => {
    fresh().open().close();
    admin.query("INSERT INTO migrations (version, name, applied_at) VALUES ($1, 'future', 'x')", [
      SCHEMA_VERSION + 1,
    ]);
    expect(catchError(() => db.open())).toMatchObject({ code: "T012" });
    admin.query("DROP TABLE migrations");
    const error = catchError(() => db.open());
    expect(error).toMatchObject({ code: "T014" });
    expect((error as Error).message).toMatch(/no Tally migrations/);
  });

  it("reports a malformed stored row as T014 rather than handing it on", () => {
    const s = fresh().open();
    const id = s.putArticle({ id: "a", text: "x" }, null).article.id;
    s.putClaims(id, "0.1.0", [claim("c1", id, 21)]);
    admin.query("UPDATE claims SET body = $1", [JSON.stringify({ id: "c1", outcome: "exploded" })]);
    expect(catchError(() => db.open().getClaims(id))).toMatchObject({ code: "T014" });
  });

  it("takes block locks only inside a transaction, and keeps them to its end", () => {
    const s = fresh().open();
    expect(() => s.lockBlocks(["b1"])).toThrow(/inside store.transaction/);
    // The locks on this schema's blocks (other stores on the server lock theirs under other keys).
    const held = () =>
      admin.query(
        `SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid IN (
           SELECT (hashtext(current_schema() || ':' || k)::bigint & 4294967295)::oid
           FROM unnest(ARRAY['*', 'b1', 'b2']) AS k)`,
      )[0]!.n;
    s.transaction(() => {
      s.lockBlocks(["b2", "b1"]);
      s.putArticle({ id: "a", text: "locked" }, null);
      // Every block (shared) and the two named ones.
      expect(held()).toBe(3);
    });
    expect(held()).toBe(0);
    expect(s.getArticle("a" as ArticleId)?.text).toBe("locked");
  });

  it("never waits for a block that comes before one it holds: T013 at once when another writer has it", () => {
    const a = fresh().open();
    // b gives up a wait after 5 s (lock_timeout), so that a wait here fails the test, not hangs it.
    const url = new URL(db.db);
    url.searchParams.set("options", `${url.searchParams.get("options")} -c lock_timeout=5000`);
    const b = openPgStore(url.toString());
    a.transaction(() => {
      a.lockBlocks(["b1"]);
      a.putArticle({ id: "y", text: "a's" }, null); // (the lock goes with a's next round trip)
      let failure: unknown;
      try {
        b.transaction(() => {
          b.lockBlocks(["b2"]);
          b.putArticle({ id: "x", text: "rolled back" }, null);
          // Waiting here for a's b1 while holding b2 could close a ring (a waiting for b2).
          b.lockBlocks(["b1"]);
        });
      } catch (e) {
        failure = e;
      }
      expect(failure).toMatchObject({ code: "T013", message: expect.stringMatching(/block b1/) });
      // Taken in order, by the writer that holds it, it is no wait.
      a.lockBlocks(["b1", "b3"]);
    });
    expect(b.getArticle("x" as ArticleId)).toBeNull();
    b.transaction(() => b.lockBlocks(["b1"]));
    b.close();
  });

  it("keeps a released savepoint's blocks held in order after a sibling savepoint rolls back", () => {
    // An ingest batch stored again one by one: each article a savepoint, its linking one inside.
    const b = fresh().open();
    // a gives up a wait after 5 s (lock_timeout), so that a wait here fails the test, not hangs it.
    const url = new URL(db.db);
    url.searchParams.set("options", `${url.searchParams.get("options")} -c lock_timeout=5000`);
    const a = openPgStore(url.toString());
    b.transaction(() => {
      b.lockBlocks(["b3"]);
      b.putArticle({ id: "y", text: "b's" }, null); // (the lock goes with b's next round trip)
      let failure: unknown;
      try {
        a.transaction(() => {
          a.transaction(() => a.transaction(() => a.lockBlocks(["b5"])));
          a.putArticle({ id: "x", text: "rolled back" }, null);
          try {
            a.transaction(() => {
              a.putArticle({ id: "z", text: "a failing article" }, null);
              throw new Error("rejected");
            });
          } catch {
            // the article alone rolls back; a still holds b5
          }
          // Waiting here for b's b3 while holding b5 could close a ring (b waiting for b5).
          a.lockBlocks(["b3"]);
        });
      } catch (e) {
        failure = e;
      }
      expect(failure).toMatchObject({ code: "T013", message: expect.stringMatching(/block b3/) });
    });
    expect(a.getArticle("x" as ArticleId)).toBeNull();
    a.close();
  });
});
