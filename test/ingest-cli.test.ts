// `tally ingest` as a process (dist/ is built by global-setup.ts): exit statuses, the summary,
// database errors as messages, and a kill -9 in the middle of a run that loses nothing reported
// stored, with the next run picking up where it stopped.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../src/store/sqlite-store.js";
import type { ArticleId } from "../src/store/store.js";

const cli = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tally-ingest-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tally(args: string[], input?: string) {
  const r = spawnSync("node", [cli, ...args], { cwd: dir, encoding: "utf8", input });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const PLACES = ["Quetta", "Sibi", "Turbat", "Gwadar", "Kalat", "Mastung", "Khuzdar", "Panjgur"];
function article(i: number): string {
  const place = PLACES[i % PLACES.length];
  return (
    `Report ${i}. Gunmen killed ${(i % 17) + 2} people near ${place} on Tuesday, police said. ` +
    `At least ${(i % 5) + 1} others were injured, a hospital official said.`
  );
}

function summaryOf(stdout: string) {
  const m =
    /ingested (\d+) files?: (\d+) new \(\d+ duplicate texts?\), (\d+) unchanged, \d+ new versions?, (\d+) re-extracted, (\d+) failed, (\d+) skipped; (\d+) claims/.exec(
      stdout,
    );
  if (!m) throw new Error(`no summary in: ${stdout.slice(-500)}`);
  const [files, created, unchanged, reextracted, failed, skipped, claims] = m.slice(1).map(Number);
  return { files, new: created, unchanged, reextracted, failed, skipped, claims };
}

describe("tally ingest", () => {
  it("ingests files and stdin, exits 1 when some failed and 0 when all went in", () => {
    const input = join(dir, "mixed");
    mkdirSync(input);
    writeFileSync(join(input, "a.txt"), article(1));
    writeFileSync(join(input, "b.html"), "<html><body><nav>Home</nav></body></html>");
    const first = tally(["ingest", "mixed", "--db", "mixed.db", "--published", "2025-03-12"]);
    expect(first.status).toBe(1);
    expect(first.stderr).toContain(`${join("mixed", "b.html")}: T015`);
    expect(summaryOf(first.stdout)).toMatchObject({ files: 2, new: 1, failed: 1 });

    const ok = tally(
      ["ingest", "-", "--db", "mixed.db"],
      JSON.stringify({ id: "s", text: article(2), published: "2025-03-12" }),
    );
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    expect(summaryOf(ok.stdout)).toMatchObject({ files: 1, new: 1 });
  });

  it("exits 2 on a usage error and 1 with a message (no stack) on a database it cannot use", () => {
    expect(tally(["ingest", "x", "--published", "12 March"]).status).toBe(2);
    writeFileSync(join(dir, "junk.db"), Buffer.alloc(4096, 7));
    writeFileSync(join(dir, "one.txt"), article(3));
    const corrupt = tally(["ingest", "one.txt", "--db", "junk.db", "--published", "2025-03-12"]);
    expect(corrupt.status).toBe(1);
    expect(corrupt.stderr).toMatch(/^tally: T014 junk\.db: The database file is corrupt/);
    expect(corrupt.stderr).not.toMatch(/\n\s+at /);
  });

  it("loses nothing reported stored when killed with SIGKILL, and the next run picks up", async () => {
    const total = 400;
    const input = join(dir, "many");
    mkdirSync(input);
    for (let i = 0; i < total; i++)
      writeFileSync(join(input, `r${String(i).padStart(4, "0")}.txt`), article(i));
    const db = join(dir, "kill.db");

    const reported = await new Promise<string[]>((resolve, reject) => {
      const child = spawn("node", [cli, "ingest", input, "--db", db, "--published", "2025-03-12", "--list"], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      child.stdout.setEncoding("utf8");
      child.stdout.on("data", (chunk: string) => {
        out += chunk;
        if (out.split("\n").filter((l) => l.startsWith("new\t")).length >= 40) child.kill("SIGKILL");
      });
      child.on("error", reject);
      child.on("close", (_code, signal) => {
        expect(signal).toBe("SIGKILL");
        expect(out).not.toMatch(/^ingested /m);
        resolve(out.split("\n").flatMap((l) => (l.startsWith("new\t") ? [l.split("\t")[1]!] : [])));
      });
    });
    expect(reported.length).toBeGreaterThanOrEqual(40);
    expect(reported.length).toBeLessThan(total);

    let stored: number;
    {
      const store = openSqliteStore(db);
      stored = store.counts().articles;
      for (const id of reported) {
        expect(store.getArticle(id as ArticleId)).not.toBeNull();
        expect(store.claimVersions(id as ArticleId)).toHaveLength(1);
      }
      store.close();
    }
    expect(stored).toBeGreaterThanOrEqual(reported.length);

    const rerun = tally(["ingest", input, "--db", db, "--published", "2025-03-12"]);
    expect(rerun.status).toBe(0);
    const summary = summaryOf(rerun.stdout);
    expect(summary).toMatchObject({ files: total, new: total - stored, unchanged: stored, failed: 0 });

    const store = openSqliteStore(db);
    const counts = store.counts();
    store.close();
    expect(counts.articles).toBe(total);
    expect(counts.extractions).toBe(total);
    const ids = new Set(openIds(db));
    expect(ids.size).toBe(total);

    const again = summaryOf(tally(["ingest", input, "--db", db, "--published", "2025-03-12"]).stdout);
    expect(again).toMatchObject({ new: 0, unchanged: total, claims: 0 });
  }, 60_000);
});

function openIds(db: string): string[] {
  const store = openSqliteStore(db);
  const ids = store.listArticles().map((a) => a.id);
  store.close();
  return ids;
}
