import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import Database from "better-sqlite3";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TallyError } from "../core/errors.js";
import { ENGINE_VERSION } from "../extract/pipeline.js";
import { openSqliteStore, type SqliteStore } from "../store/sqlite-store.js";
import type { ArticleId, IncidentId } from "../store/store.js";
import { incidentRecord } from "../incidents/export.js";
import { linkAndWatchBatch } from "../incidents/watch.js";
import { SyncPg } from "../store/pg-sync.js";
import { freshPgDb, PG_SKIPPED, TEST_PG } from "../store/test-engines.js";
import { countArticles, ingest, type IngestEvent } from "./ingest.js";

let dir: string;
let store: SqliteStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tally-ingest-"));
  store = openSqliteStore(join(dir, "tally.db"));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const report = (place: string, n: number) =>
  `Gunmen killed ${n} people in ${place} on Tuesday, police said. Another ${n + 2} were injured in the attack, officials said.`;

const page = (body: string) => `<!doctype html><html><head><title>Attack</title>
<meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2025-03-12T09:00:00Z">
</head><body><nav><a href="/">Home</a></nav><article><h1>Attack</h1><p>${body}</p>
<p>Security forces cordoned off the area and a search operation was under way, the district administration said.</p></article></body></html>`;

/** A folder of good articles of every kind, a hidden file, a stray file and bad ones. */
function folder(): string {
  const root = join(dir, "in");
  mkdirSync(join(root, "deep", "deeper"), { recursive: true });
  mkdirSync(join(root, ".git"));
  writeFileSync(join(root, "quetta.txt"), report("Quetta", 3));
  writeFileSync(join(root, "deep", "sibi.html"), page(report("Sibi district", 5)));
  writeFileSync(
    join(root, "deep", "rows.jsonl"),
    [
      JSON.stringify({ id: "r1", text: report("Peshawar", 7), published: "2025-03-10" }),
      "{not json",
      JSON.stringify({ id: "r2", text: report("Turbat", 9), published: "2025-03-10" }),
      JSON.stringify({ id: "r3", body: "no text field" }),
    ].join("\n"),
  );
  writeFileSync(
    join(root, "deep", "deeper", "one.json"),
    JSON.stringify({ id: "j1", text: report("Gwadar", 11) }),
  );
  writeFileSync(
    join(root, "deep", "deeper", "front.html"),
    "<html><body><nav>Home | World</nav></body></html>",
  );
  writeFileSync(join(root, "deep", "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
  writeFileSync(join(root, ".hidden.txt"), report("Hidden", 1));
  writeFileSync(join(root, ".git", "HEAD.txt"), report("Git", 1));
  writeFileSync(join(root, "notes.md"), "not an article");
  return root;
}

describe("ingest", () => {
  it("stores a folder of articles of every kind, reporting each bad file or line while the rest go on", async () => {
    const root = folder();
    const events: IngestEvent[] = [];
    const summary = await ingest(store, [root], { published: "2025-03-12", onEvent: (e) => events.push(e) });
    expect(summary).toMatchObject({
      files: 6,
      new: 5,
      duplicates: 0,
      unchanged: 0,
      versions: 0,
      reextracted: 0,
      failed: 4,
      skipped: 1,
      incidents: 0,
    });
    const problems = events.flatMap((e) =>
      e.kind === "problem" && e.message.severity === "error"
        ? [`${e.source.slice(root.length + 1)}:${e.line ?? ""} ${e.message.code}`]
        : [],
    );
    expect(problems.sort()).toEqual([
      "deep/binary.txt: T002",
      "deep/deeper/front.html: T015",
      "deep/rows.jsonl:2 T006",
      "deep/rows.jsonl:4 T007",
    ]);
    const ids = store
      .listArticles()
      .map((a) => a.id)
      .sort();
    expect(ids).toEqual(["j1", "quetta.txt", "r1", "r2", "sibi.html"]);
    const html = store.getArticle("sibi.html" as ArticleId)!;
    expect(html).toMatchObject({ outlet: "Example News", published: "2025-03-12", title: "Attack" });
    expect(html.text.startsWith("Gunmen killed 5 people in Sibi district")).toBe(true);
    expect(store.getArticle("quetta.txt" as ArticleId)?.published).toBe("2025-03-12");
    expect(store.getArticle("r1" as ArticleId)?.published).toBe("2025-03-10");
    // Claims are stored under the engine version, their offsets into the stored text.
    expect(summary.claims).toBeGreaterThanOrEqual(5);
    expect(store.counts().claims).toBe(summary.claims);
    for (const id of ids) {
      expect(store.claimVersions(id as ArticleId)).toEqual([ENGINE_VERSION]);
      const text = store.getArticle(id as ArticleId)!.text;
      for (const c of store.getClaims(id as ArticleId)) {
        expect(c.article).toBe(id);
        for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
      }
    }
    // Six files, one of them JSON Lines of four lines: the progress bar's count of articles.
    expect(await countArticles([root])).toBe(9);
    writeFileSync(join(dir, "blank.jsonl"), '{"id":"a"}\r\n\r\n  \n{"id":"b"}');
    expect(await countArticles([join(dir, "blank.jsonl"), "-"])).toBe(3);
  });

  it("changes nothing when the same inputs are ingested again", async () => {
    const root = folder();
    await ingest(store, [root], { published: "2025-03-12" });
    const before = store.counts();
    const again = await ingest(store, [root], { published: "2025-03-12" });
    expect(again).toMatchObject({ new: 0, unchanged: 5, versions: 0, reextracted: 0, claims: 0 });
    expect(store.counts()).toEqual(before);
  });

  it("keeps a changed text under a known id as its next version, told in the change log; a duplicate text is counted once", async () => {
    const file = join(dir, "day.jsonl");
    const row = (id: string, n: number) =>
      JSON.stringify({ id, text: report("Quetta", n), published: "2025-03-11", outlet: "Dawn" });
    const link = { onBatch: (ids: readonly ArticleId[]) => linkAndWatchBatch(store, ids) };
    writeFileSync(file, [row("a", 3), row("copy", 3)].join("\n"));
    const events: IngestEvent[] = [];
    const first = await ingest(store, [file], { ...link, onEvent: (e) => events.push(e) });
    expect(first).toMatchObject({ new: 2, duplicates: 1, versions: 0 });
    expect(events.find((e) => e.kind === "article" && e.id === "copy")).toMatchObject({ duplicates: ["a"] });
    const [inc] = store.incidentsOf("a" as ArticleId);
    expect(store.getIncident(inc!)!.articles).toEqual(expect.arrayContaining(["a", "copy"]));
    // Both reports are listed; the text is counted once: 3 killed, not 6, and a's claims only.
    const before = incidentRecord(store, store.getIncident(inc!)!, "ucdp");
    expect(before.articles.map((a) => a.id).sort()).toEqual(["a", "copy"]);
    expect(new Set(before.claims.map((c) => c.article))).toEqual(new Set(["a"]));
    expect(before.totals.find((t) => t.outcome === "killed")?.best).toBe(3);

    writeFileSync(file, row("a", 4));
    const second = await ingest(store, [file], link);
    expect(second).toMatchObject({ new: 0, versions: 1 });
    expect(store.getArticle("a" as ArticleId)).toMatchObject({ version: 2 });
    expect(store.articleHistory("a" as ArticleId)).toMatchObject([{ version: 1, text: report("Quetta", 3) }]);
    expect(store.duplicatesOf("a" as ArticleId)).toEqual([]);
    const [now] = store.incidentsOf("a" as ArticleId);
    const after = incidentRecord(store, store.getIncident(now!)!, "ucdp");
    // No longer the same text: both count, and the changed one says 4.
    expect(after.claims.some((c) => c.article === "a" && c.quantity.value === 4)).toBe(true);
    const log = store.listChanges({ incident: now! });
    expect(log.flatMap((c) => c.items)).toContainEqual({ kind: "version", article: "a", version: 2 });
    // Stored a third time unchanged: nothing more is told.
    const count = store.listChanges().length;
    expect(await ingest(store, [file], link)).toMatchObject({ unchanged: 1 });
    expect(store.listChanges().length).toBe(count);
  });

  it("adds a new engine version's claims to stored articles and keeps the old", async () => {
    writeFileSync(join(dir, "a.txt"), report("Quetta", 3));
    await ingest(store, [join(dir, "a.txt")], { published: "2025-03-12" });
    const newer = await ingest(store, [join(dir, "a.txt")], {
      published: "2025-03-12",
      engineVersion: "999.0.0",
    });
    expect(newer).toMatchObject({ new: 0, unchanged: 0, reextracted: 1 });
    expect(store.claimVersions("a.txt" as ArticleId)).toEqual([ENGINE_VERSION, "999.0.0"]);
    expect(store.counts().articles).toBe(1);
  });

  it("hands each stored article to the hook in its transaction and counts the incidents touched", async () => {
    writeFileSync(
      join(dir, "rows.jsonl"),
      ["a", "b", "c"]
        .map((id, i) => JSON.stringify({ id, text: report("Quetta", i + 1), published: "2025-03-12" }))
        .join("\n"),
    );
    const seen: string[] = [];
    const summary = await ingest(store, [join(dir, "rows.jsonl")], {
      onStored: (id) => {
        seen.push(id);
        expect(store.getClaims(id).length).toBeGreaterThan(0);
        if (id === "b") throw new Error("linker bug");
        return ["inc-1" as IncidentId, `inc-${id}` as IncidentId];
      },
    });
    expect(seen).toEqual(["a", "b", "c"]);
    // The article whose hook failed is not stored (a re-run will try it again); those before and
    // after it, committed with it in one batch, are.
    expect(summary).toMatchObject({ new: 2, failed: 1, incidents: 3 });
    expect(store.getArticle("b" as ArticleId)).toBeNull();
    expect(store.getClaims("b" as ArticleId)).toEqual([]);
    expect(store.getArticle("c" as ArticleId)?.id).toBe("c");
  });

  it("hands each batch's stored articles to the batch hook once, in input order", async () => {
    const file = join(dir, "rows.jsonl");
    const ids = Array.from({ length: 150 }, (_, i) => `r${i}`);
    writeFileSync(
      file,
      ids
        .map((id, i) => JSON.stringify({ id, text: report("Quetta", i + 1), published: "2025-03-12" }))
        .join("\n"),
    );
    const batches: string[][] = [];
    const summary = await ingest(store, [file], {
      onBatch: (stored) => {
        batches.push([...stored]);
        expect(stored.every((id) => store.getClaims(id).length > 0)).toBe(true);
        return [`inc-${batches.length}` as IncidentId];
      },
    });
    expect(batches.flat()).toEqual(ids);
    expect(batches.every((b) => b.length <= 100)).toBe(true);
    expect(summary).toMatchObject({ new: 150, failed: 0, incidents: batches.length });
    // Stored again: nothing new, so no batch reaches the hook.
    await ingest(store, [file], { onBatch: (stored) => void batches.push([...stored]) });
    expect(batches.flat()).toHaveLength(150);
  });

  it("stores a batch article by article when its batch hook fails, leaving out only the article it fails on", async () => {
    writeFileSync(
      join(dir, "rows.jsonl"),
      ["a", "b", "c"]
        .map((id, i) => JSON.stringify({ id, text: report("Quetta", i + 1), published: "2025-03-12" }))
        .join("\n"),
    );
    const calls: string[][] = [];
    const summary = await ingest(store, [join(dir, "rows.jsonl")], {
      onBatch: (stored) => {
        calls.push([...stored]);
        if (stored.includes("b" as ArticleId)) throw new Error("linker bug");
        return [];
      },
    });
    expect(calls).toEqual([["a", "b", "c"], ["a"], ["b"], ["c"]]);
    expect(summary).toMatchObject({ new: 2, failed: 1 });
    expect(store.getArticle("b" as ArticleId)).toBeNull();
    expect(
      store
        .listArticles()
        .map((a) => a.id)
        .sort(),
    ).toEqual(["a", "c"]);
  });

  it("reads stdin, and names a missing or unreadable path", async () => {
    async function* stdin() {
      yield Buffer.from(JSON.stringify({ id: "s1", text: report("Quetta", 4), published: "2025-03-12" }));
    }
    const events: IngestEvent[] = [];
    const missing = join(dir, "missing.txt");
    const locked = join(dir, "locked.txt");
    writeFileSync(locked, report("Quetta", 2));
    chmodSync(locked, 0o000);
    const summary = await ingest(store, ["-", missing, locked], {
      stdin: stdin(),
      onEvent: (e) => events.push(e),
    });
    const running_as_root = process.getuid?.() === 0;
    expect(summary.new).toBe(running_as_root ? 2 : 1);
    expect(store.getArticle("s1" as ArticleId)?.source).toBe("stdin");
    const failures = events.filter((e) => e.kind === "problem").map((e) => e.kind === "problem" && e.source);
    expect(failures).toContain(missing);
    if (!running_as_root) expect(failures).toContain(locked);
  });

  it("stores JSON Lines trickled on stdin as they arrive, not at the end of input", async () => {
    const line = (id: string, place: string) =>
      `${JSON.stringify({ id, text: report(place, 3), published: "2025-03-12" })}\n`;
    const storedBeforeSecond: boolean[] = [];
    async function* stdin() {
      yield Buffer.from(line("t1", "Quetta"));
      // The writer pauses: what it sent must be stored meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 600));
      storedBeforeSecond.push(store.getArticle("t1" as ArticleId) !== null);
      yield Buffer.from(line("t2", "Sibi").slice(0, 20));
      yield Buffer.from(line("t2", "Sibi").slice(20) + "{not json}\n");
    }
    const events: IngestEvent[] = [];
    const summary = await ingest(store, ["-"], { stdin: stdin(), onEvent: (e) => events.push(e) });
    expect(storedBeforeSecond).toEqual([true]);
    expect(summary).toMatchObject({ new: 2, failed: 1, files: 1 });
    const bad = events.find((e) => e.kind === "problem" && e.message.severity === "error");
    expect(bad).toMatchObject({ source: "stdin", line: 3 });
  });

  it("streams a .jsonl file line by line with the lines' numbers", async () => {
    const file = join(dir, "many.jsonl");
    const lines = Array.from({ length: 250 }, (_, i) =>
      JSON.stringify({
        id: `m${i}`,
        text: report(i % 2 ? "Quetta" : "Sibi", i + 1),
        published: "2025-03-12",
      }),
    );
    writeFileSync(file, `\uFEFF${lines.join("\n")}\n\n`);
    const events: IngestEvent[] = [];
    const summary = await ingest(store, [file], { onEvent: (e) => events.push(e) });
    expect(summary).toMatchObject({ new: 250, failed: 0, files: 1 });
    const last = events.filter((e) => e.kind === "article").at(-1);
    expect(last).toMatchObject({ id: "m249", line: 250 });
  });

  it("stops on a failure of the database itself, keeping what was stored", async () => {
    writeFileSync(join(dir, "a.txt"), report("Quetta", 3));
    writeFileSync(join(dir, "b.txt"), report("Sibi", 4));
    writeFileSync(join(dir, "c.txt"), report("Kalat", 5));
    await ingest(store, [join(dir, "a.txt")]);
    const reported: string[] = [];
    // b and c are one batch: the failure linking it rolls both back, and neither was reported.
    const run = ingest(store, [join(dir, "b.txt"), join(dir, "c.txt")], {
      busyBudgetMs: 0,
      onBatch: () => {
        throw new TallyError("T013", "locked");
      },
      onEvent: (e) => void (e.kind === "article" && reported.push(e.id)),
    });
    await expect(run).rejects.toMatchObject({ code: "T013" });
    expect(reported).toEqual([]);
    expect(store.listArticles().map((a) => a.id)).toEqual(["a.txt"]);
  });

  it("tries a batch again, whole, while another connection holds the write lock", async () => {
    const path = join(dir, "tally.db");
    const lines = Array.from({ length: 5 }, (_, i) =>
      JSON.stringify({ id: `w${i}`, text: report("Quetta", i + 1), published: "2025-03-12" }),
    );
    writeFileSync(join(dir, "rows.jsonl"), lines.join("\n"));
    // Another writer (a connection of its own, as another process's would be) holds the write
    // lock for 600 ms; this store waits only 20 ms before SQLite answers "locked" (T013).
    const holder = new Database(path);
    holder.exec("BEGIN IMMEDIATE");
    const released = new Promise<void>((resolve) =>
      setTimeout(() => {
        holder.exec("COMMIT");
        holder.close();
        resolve();
      }, 600),
    );
    const impatient = openSqliteStore(path, { busyTimeout: 20 });
    const events: IngestEvent[] = [];
    try {
      const summary = await ingest(impatient, [join(dir, "rows.jsonl")], { onEvent: (e) => events.push(e) });
      await released;
      expect(summary).toMatchObject({ new: 5, failed: 0 });
      expect(events.filter((e) => e.kind === "article")).toHaveLength(5);
      expect(impatient.listArticles().map((a) => a.id)).toEqual(["w0", "w1", "w2", "w3", "w4"]);
      // the waiting process said so beside the database
      expect(existsSync(`${path}-waiting`)).toBe(true);
    } finally {
      impatient.close();
    }
  });
});

describe.skipIf(!TEST_PG)(TEST_PG ? "ingest into PostgreSQL" : PG_SKIPPED, () => {
  it("stores a batch again article by article when a write sent with a later article fails, leaving out only its own", async () => {
    const db = freshPgDb();
    const pg = db.open();
    const admin = new SyncPg(db.db);
    try {
      // The second report's claims (666 killed) break a rule of the database: written with the
      // third report's insert, their failure is told apart only when the batch is stored again.
      admin.query(
        "ALTER TABLE claims ADD CONSTRAINT no_666 CHECK ((body::jsonb #>> '{quantity,value}') <> '666')",
      );
      writeFileSync(
        join(dir, "rows.jsonl"),
        [
          ["a", 21],
          ["b", 666],
          ["c", 3],
        ]
          .map(([id, n]) =>
            JSON.stringify({ id, text: report("Quetta", n as number), published: "2025-03-12" }),
          )
          .join("\n"),
      );
      const events: IngestEvent[] = [];
      const summary = await ingest(pg, [join(dir, "rows.jsonl")], { onEvent: (e) => events.push(e) });
      expect(summary).toMatchObject({ new: 2, failed: 1 });
      expect(events.find((e) => e.kind === "problem")).toMatchObject({ line: 2 });
      expect(pg.getArticle("b" as ArticleId)).toBeNull();
      expect(pg.listArticles().map((a) => [a.id, pg.getClaims(a.id).length > 0])).toEqual([
        ["a", true],
        ["c", true],
      ]);
    } finally {
      admin.close();
      db.dispose();
    }
  });
});
