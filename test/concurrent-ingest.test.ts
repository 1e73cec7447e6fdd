// Several writers on one database (issue 12 §6), as real processes: two `tally ingest` runs
// started together (on the same file, and on different files) both succeed and store every
// article once; the server stores articles posted to it while a CLI ingest writes; --durability.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../src/server/serve.js";
import { openSqliteStore } from "../src/store/sqlite-store.js";

const cli = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tally-concurrent-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PLACES = ["Quetta", "Sibi", "Turbat", "Gwadar", "Kalat", "Mastung", "Khuzdar", "Panjgur"];
function article(i: number): string {
  return (
    `Report ${i}. Gunmen killed ${(i % 17) + 2} people near ${PLACES[i % PLACES.length]} on Tuesday, police said. ` +
    `At least ${(i % 5) + 1} others were injured, a hospital official said.`
  );
}

function jsonl(name: string, from: number, to: number): string {
  const path = join(dir, name);
  const lines = [];
  for (let i = from; i < to; i++)
    lines.push(JSON.stringify({ id: `r${i}`, text: article(i), published: "2025-03-12" }));
  writeFileSync(path, lines.join("\n") + "\n");
  return path;
}

/** Runs `tally ingest` as a process; resolves with its exit status and output. */
function ingest(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn("node", [cli, "ingest", "--no-progress", "--jobs", "1", ...args], { cwd: dir });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (b: Buffer) => (stdout += b.toString()));
  child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
  return new Promise((resolve) => child.once("exit", (status) => resolve({ status, stdout, stderr })));
}

function articleCount(db: string): number {
  const store = openSqliteStore(db);
  try {
    return store.counts().articles;
  } finally {
    store.close();
  }
}

describe("several writers on one database", () => {
  it("two ingests started together both succeed, on the same file and on different files", async () => {
    const same = jsonl("same.jsonl", 0, 30);
    const a = jsonl("a.jsonl", 1000, 1030);
    const b = jsonl("b.jsonl", 2000, 2030);
    for (const [db, first, second, expected] of [
      ["same.db", same, same, 30],
      ["diff.db", a, b, 60],
    ] as const) {
      const path = join(dir, db);
      const runs = await Promise.all([ingest([first, "--db", path]), ingest([second, "--db", path])]);
      for (const r of runs) expect([db, r.status, r.stderr]).toEqual([db, 0, ""]);
      expect(articleCount(path)).toBe(expected);
      const stored = runs.map((r) => Number(/(\d+) new/.exec(r.stdout)?.[1]));
      expect(stored[0]! + stored[1]!).toBe(expected);
    }
  }, 120_000);

  it("the server stores posted articles while a CLI ingest writes the same database", async () => {
    const path = join(dir, "served.db");
    const server = await startServer({ db: path, port: 0, webRoot: dir });
    try {
      const cliRun = ingest([jsonl("bulk.jsonl", 3000, 3040), "--db", path]);
      const posted = [];
      for (let i = 0; i < 4; i++) {
        const res = await fetch(new URL("api/articles", server.url), {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ text: article(4000 + i), published: "2025-03-12" }),
        });
        posted.push(res.status);
      }
      const r = await cliRun;
      expect(r.status).toBe(0);
      expect(posted).toEqual(Array(4).fill(201));
    } finally {
      await server.close();
    }
    expect(articleCount(path)).toBe(44);
  }, 120_000);

  it("opens the store with synchronous=FULL for --durability full, and refuses a mode it does not know", () => {
    const path = join(dir, "full.db");
    for (const [durability, synchronous] of [
      ["full", 2],
      ["normal", 1],
    ] as const) {
      const store = openSqliteStore(path, { durability });
      try {
        expect(store["db"].pragma("synchronous", { simple: true })).toBe(synchronous);
      } finally {
        store.close();
      }
    }
    const bad = spawnSync(
      "node",
      [cli, "ingest", jsonl("d.jsonl", 5000, 5001), "--db", join(dir, "x.db"), "--durability", "paranoid"],
      { encoding: "utf8" },
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/normal, full/);
  }, 60_000);
});
