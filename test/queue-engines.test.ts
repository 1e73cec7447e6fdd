// The work queue as a deployment runs it (issue 14 §2–§4), with the built CLI as processes, a
// nats-server of its own (TALLY_TEST_NATS) and a PostgreSQL schema (TALLY_TEST_PG): the same
// reports ingested into SQLite, and published with `ingest --queue` for one and for two workers on PostgreSQL,
// give the same incidents and tallies; a worker killed with SIGKILL mid-batch loses nothing and
// doubles nothing (its articles come back after --ack-wait and are found stored: each article
// once, with the claims one ingest into SQLite gives, in one incident); a worker sent
// SIGTERM finishes and acknowledges its batch, gives back the rest and exits 0, and answers
// /healthz and /metrics while it runs. Skipped unless both servers are there (`.ci/run`).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNats, TEST_NATS, type TestNats } from "../src/queue/test-server.js";
import { openSqliteStore } from "../src/store/sqlite-store.js";
import type { Store } from "../src/store/store.js";
import { freshPgDb, TEST_PG, type TestDb } from "../src/store/test-engines.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const CLI = path.join(root, "dist/cli/main.js");
const EXAMPLES = path.join(root, "examples/articles");
const SKIPPED =
  "the work queue on PostgreSQL (skipped: needs TALLY_TEST_PG and TALLY_TEST_NATS; .ci/run sets both)";

function tally(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, ...env } });
}

/** A `tally worker` process; `lines` collects its stdout as it comes. */
function worker(args: string[]): { child: ChildProcess; lines: string[]; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [CLI, "worker", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  let rest = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    const parts = (rest + chunk.toString()).split("\n");
    rest = parts.pop()!;
    lines.push(...parts);
  });
  child.stderr!.on("data", (chunk: Buffer) => lines.push(`stderr: ${chunk.toString().trim()}`));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, lines, exited };
}

async function until(what: string, ok: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const PLACES = ["Quetta", "Sibi", "Turbat", "Gwadar", "Kalat", "Mastung", "Khuzdar", "Panjgur"];
/** `n` short made-up reports as JSON Lines, over a few days and towns. */
function reports(file: string, n: number, tag: string): string {
  const lines = [];
  for (let i = 0; i < n; i++) {
    const text =
      `Report ${tag}${i}. Gunmen killed ${(i % 17) + 2} people near ${PLACES[i % PLACES.length]} on Tuesday, police said. ` +
      `At least ${(i % 5) + 1} others were injured, a hospital official said.`;
    lines.push(
      JSON.stringify({ id: `r${i}`, text, published: `2025-03-${String(10 + (i % 4)).padStart(2, "0")}` }),
    );
  }
  writeFileSync(file, lines.join("\n") + "\n");
  return file;
}

function status(url: string): { pending: number; inFlight: number; failed: number } {
  const out = tally(["queue", "status", "--queue", url, "--json"]);
  expect(out.stderr).toBe("");
  return JSON.parse(out.stdout) as { pending: number; inFlight: number; failed: number };
}

/** Incidents with their ids named by their reports, in order (see test/pg-engines.test.ts). */
function canonical(out: string, list: string): string {
  const incidents = JSON.parse(list) as { id: string; articles: string[] }[];
  const named = new Map(incidents.map((i) => [i.id, `incident(${[...i.articles].sort().join(" ")})`]));
  return out
    .replace(/inc-[0-9a-f]{6,}/g, (id) => named.get(id) ?? id)
    .split("\n")
    .sort()
    .join("\n");
}

/** The incidents (with their reports) and the tallies (UCDP export) of two stores are the same. */
function sameRecord(pg: string, sqlite: string): void {
  for (const args of [
    ["incidents", "--format", "json"],
    ["export", "--format", "ucdp"],
  ]) {
    const list = (db: string) => tally(["incidents", "--format", "json", "--db", db]).stdout;
    const fromSqlite = tally([...args, "--db", sqlite]).stdout;
    expect(fromSqlite.length).toBeGreaterThan(100);
    expect(canonical(tally([...args, "--db", pg]).stdout, list(pg))).toBe(
      canonical(fromSqlite, list(sqlite)),
    );
  }
}

/** Each stored article's id and its claims (ids, outcomes, values), sorted. */
function claimsByArticle(store: Store): string[] {
  return store
    .listArticles({ limit: 1000 })
    .map((a) => `${a.id}: ${JSON.stringify(store.getClaims(a.id).map((c) => [c.id, c.outcome, c.quantity]))}`)
    .sort();
}

describe.skipIf(!TEST_PG || !TEST_NATS)(
  TEST_PG && TEST_NATS ? "the work queue on PostgreSQL" : SKIPPED,
  () => {
    let dir: string;
    let nats: TestNats;
    const dbs: TestDb[] = [];
    const fresh = () => {
      const db = freshPgDb();
      dbs.push(db);
      return db.db;
    };

    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), "tally-queue-"));
      nats = await startNats();
    });
    afterAll(async () => {
      await nats?.stop();
      for (const db of dbs) db.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    it.each([1, 2])(
      "gives the same incidents and tallies through the queue with %i worker(s) as ingest into SQLite",
      async (count) => {
        const sqlite = path.join(dir, "examples.db");
        if (count === 1) expect(tally(["ingest", EXAMPLES, "--db", sqlite, "--jobs", "1"]).status).toBe(0);
        const pg = fresh();
        // A server of its own: the same texts published again within its duplicate window are not queued.
        const own = await startNats();
        try {
          const queued = tally(["ingest", EXAMPLES, "--queue", own.url, "--no-progress"]);
          expect(queued.stdout).toMatch(
            /queued 8 files on nats:\/\/127\.0\.0\.1:\d+: 8 new, 0 already queued, 0 failed/,
          );
          expect(status(own.url)).toMatchObject({ pending: 8, inFlight: 0 });
          // Small batches, so that with two workers both take some.
          const workers = Array.from({ length: count }, () =>
            worker(["--queue", own.url, "--db", pg, "--batch", "2", "--until-empty"]),
          );
          expect(await Promise.all(workers.map((w) => w.exited))).toEqual(workers.map(() => 0));
          expect(status(own.url)).toMatchObject({ pending: 0, inFlight: 0, failed: 0 });
          const stored = workers.map((w) =>
            Number(/worker done: (\d+) stored/.exec(w.lines.join("\n"))?.[1]),
          );
          expect(stored.reduce((a, b) => a + b, 0)).toBe(8);
        } finally {
          await own.stop();
        }
        sameRecord(pg, sqlite);
      },
      180_000,
    );

    it("loses and doubles nothing when a worker is killed with SIGKILL mid-batch", async () => {
      const file = reports(path.join(dir, "kill.jsonl"), 60, "K");
      const sqlite = path.join(dir, "kill.db");
      expect(tally(["ingest", file, "--db", sqlite, "--jobs", "1"]).status).toBe(0);
      const pg = fresh();
      expect(tally(["ingest", file, "--queue", nats.url]).stdout).toMatch(/60 new/);
      const killed = worker(["--queue", nats.url, "--db", pg, "--batch", "15", "--ack-wait", "5"]);
      // Once it has committed a batch it has taken the next: killed while storing that one.
      await until("the first batch", () => killed.lines.some((l) => l.startsWith("batch:")));
      await until("the next batch taken", () => status(nats.url).inFlight > 0, 10_000);
      killed.child.kill("SIGKILL");
      expect(await killed.exited).toBe(null);
      const held = status(nats.url);
      expect(held.inFlight).toBeGreaterThan(0);

      // Another worker takes the rest, and the killed one's batch once --ack-wait has passed.
      const next = worker([
        "--queue",
        nats.url,
        "--db",
        pg,
        "--batch",
        "15",
        "--ack-wait",
        "5",
        "--until-empty",
      ]);
      expect(await next.exited).toBe(0);
      expect(status(nats.url)).toMatchObject({ pending: 0, inFlight: 0, failed: 0 });
      // Each article stored once, with the claims one ingest into SQLite gives, in one incident.
      const [inPg, inSqlite] = [dbs.at(-1)!.open(), openSqliteStore(sqlite)];
      try {
        expect(claimsByArticle(inPg)).toEqual(claimsByArticle(inSqlite));
        expect(inPg.counts()).toMatchObject({ articles: 60, claims: inSqlite.counts().claims });
        for (const a of inPg.listArticles({ limit: 100 })) expect(inPg.incidentsOf(a.id)).toHaveLength(1);
      } finally {
        inPg.close();
        inSqlite.close();
      }
      const again = tally(["ingest", file, "--db", pg, "--jobs", "1"]);
      expect(again.stdout).toMatch(/0 new \(0 duplicate texts\), 60 unchanged/);
    }, 180_000);

    it("finishes and acknowledges its batch on SIGTERM (a fetch under way too), leaves the rest pending and exits 0; serves /healthz and /metrics meanwhile", async () => {
      const file = reports(path.join(dir, "term.jsonl"), 40, "T");
      const pg = fresh();
      expect(tally(["ingest", file, "--queue", nats.url]).stdout).toMatch(/40 new/);
      const w = worker(["--queue", nats.url, "--db", pg, "--batch", "10", "--metrics-port", "0"]);
      await until("the metrics address", () => w.lines.some((l) => /on http:\/\/127\.0\.0\.1:\d+\//.test(l)));
      const url = /on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(w.lines.join("\n"))![1]!;
      await until("the first batch", () => w.lines.some((l) => l.startsWith("batch:")));
      const health = await fetch(`${url}healthz`);
      expect([health.status, await health.json()]).toEqual([200, { ok: true }]);
      const metrics = await (await fetch(`${url}metrics`)).text();
      expect(metrics).toMatch(/^tally_articles_total\{status="new"\} [1-9]\d*$/m);
      expect(metrics).toMatch(/^tally_queue_pending \d+$/m);
      expect(metrics).toMatch(/^tally_queue_lag_seconds \d/m);
      w.child.kill("SIGTERM");
      expect(await w.exited).toBe(0);
      const done = Number(/worker done: (\d+) stored/.exec(w.lines.join("\n"))?.[1]);
      // What it committed it acknowledged, and nothing else: the rest is pending, none in flight.
      expect(status(nats.url)).toEqual(expect.objectContaining({ pending: 40 - done, inFlight: 0 }));
      const again = tally(["ingest", file, "--db", pg, "--jobs", "1"]);
      expect(again.stdout).toMatch(new RegExp(`${40 - done} new \\(0 duplicate texts\\), ${done} unchanged`));
    }, 180_000);
  },
);
