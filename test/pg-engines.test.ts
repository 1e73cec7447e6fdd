// The same reports through SQLite and through PostgreSQL (issue 14): the built CLI ingests the
// project's examples into a SQLite file and into a PostgreSQL schema, the second time with two
// `tally ingest` processes at once over the same files, and every reader gives the same output.
// Needs a server: skipped unless TALLY_TEST_PG names one (`.ci/run` starts one on loopback).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshPgDb, PG_SKIPPED, TEST_PG, type TestDb } from "../src/store/test-engines.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const CLI = path.join(root, "dist/cli/main.js");
const EXAMPLES = path.join(root, "examples/articles");

function tally(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, ...env } });
}

function ingestAsync(db: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, "ingest", EXAMPLES, "--db", db, "--jobs", "1"], {
      stdio: "ignore",
    });
    child.on("exit", (code) => resolve(code));
  });
}

describe.skipIf(!TEST_PG)(TEST_PG ? "SQLite and PostgreSQL give the same record" : PG_SKIPPED, () => {
  let dir: string;
  let sqlite: string;
  let pg: TestDb;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "tally-engines-"));
    sqlite = path.join(dir, "tally.db");
    pg = freshPgDb();
    expect(tally(["ingest", EXAMPLES, "--db", sqlite, "--jobs", "1"]).status).toBe(0);
    // Two writers at once on one database: each article once, each block linked by one at a time.
    expect(await Promise.all([ingestAsync(pg.db), ingestAsync(pg.db)])).toEqual([0, 0]);
  }, 240_000);
  afterAll(() => {
    pg?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  /**
   * An output with each incident id replaced by its reports and its lines in order. An incident's
   * id is made when it is first formed and kept through re-links, so it names the order in which
   * the writers happened to store the reports; the record is what the reports form.
   */
  function canonical(out: string, list: string): string {
    const incidents = JSON.parse(list) as { id: string; articles: string[] }[];
    const named = new Map(incidents.map((i) => [i.id, `incident(${[...i.articles].sort().join(" ")})`]));
    const text = out.replace(/inc-[0-9a-f]{6,}/g, (id) => named.get(id) ?? id);
    return text.split("\n").sort().join("\n");
  }

  const readers = [
    ["incidents", "--format", "json"],
    ["export", "--format", "ucdp"],
    ["export", "--format", "acled"],
    ["export", "--format", "gtd"],
    ["export", "--format", "jsonl"],
  ];
  it.each(readers.map((r) => [r.join(" "), r]))(
    "tally %s",
    (_name, args) => {
      const fromSqlite = tally([...(args as string[]), "--db", sqlite]);
      // TALLY_DATABASE_URL stands for --db.
      const fromPg = tally(args as string[], { TALLY_DATABASE_URL: pg.db });
      expect(fromSqlite.status).toBe(0);
      expect(fromPg.stderr).toBe("");
      const list = (env: NodeJS.ProcessEnv, db: string[]) =>
        tally(["incidents", "--format", "json", ...db], env).stdout;
      expect(canonical(fromPg.stdout, list({ TALLY_DATABASE_URL: pg.db }, []))).toBe(
        canonical(fromSqlite.stdout, list({}, ["--db", sqlite])),
      );
      expect(fromSqlite.stdout.length).toBeGreaterThan(100);
    },
    60_000,
  );

  it("stores each article once though two processes ingested them", () => {
    const again = tally(["ingest", EXAMPLES, "--db", pg.db, "--jobs", "1"]);
    expect(again.stdout + again.stderr).toMatch(/0 new \(0 duplicate texts\), 8 unchanged/);
    const incidents = JSON.parse(tally(["incidents", "--format", "json", "--db", pg.db]).stdout) as unknown[];
    expect(incidents).toHaveLength(3);
  }, 60_000);
});
