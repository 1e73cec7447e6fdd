// The worker-thread pool (src/app/extract-pool.ts) as built in dist/ (the workers run the built
// extract-worker.js; test/global-setup.ts builds it), and `tally extract --jobs`: whatever the
// number of jobs, the results, their order and every offset are those of one thread.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article } from "../src/core/model.js";
import type * as PoolNs from "../src/app/extract-pool.js";
import type * as ArticlesNs from "../src/app/extract-articles.js";
import type * as IngestNs from "../src/app/ingest.js";
import type * as ReadNs from "../src/app/read-content.js";
import type * as ReadArticlesNs from "../src/app/read-articles.js";
import type * as SqliteStoreNs from "../src/store/sqlite-store.js";
import type * as LinkNs from "../src/incidents/link.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const CLI = path.join(root, "dist/cli/main.js");
type PoolModule = typeof PoolNs;
type ArticlesModule = typeof ArticlesNs;

/** The project's example reports (written for it), each twice with its own id, and one empty. */
function examples(): Article[] {
  const dir = path.join(root, "examples/articles");
  const once = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as Article);
  return [...once, { id: "empty", text: "  " }, ...once.map((a) => ({ ...a, id: `${a.id}-again` }))];
}

let pool: InstanceType<PoolModule["ExtractPool"]>;
let lib: PoolModule;
let app: ArticlesModule;
let dir: string;

beforeAll(async () => {
  lib = (await import(path.join(root, "dist/app/extract-pool.js"))) as PoolModule;
  app = (await import(path.join(root, "dist/app/extract-articles.js"))) as ArticlesModule;
  pool = new lib.ExtractPool({ jobs: 2 });
  dir = mkdtempSync(path.join(tmpdir(), "tally-pool-"));
});

afterAll(async () => {
  await pool.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("ExtractPool", () => {
  it("gives each article the result extractArticle gives in this thread", async () => {
    const articles = examples();
    const options = { published: "2025-03-12" };
    const pooled = await Promise.all(articles.map((a) => pool.extract(a, options)));
    expect(pooled).toEqual(articles.map((a) => app.extractArticle(a, options)));
    expect(pooled.some((r) => r.claims.length > 0)).toBe(true);
    expect(pooled.find((r) => r.id === "empty")?.messages.map((m) => m.code)).toEqual(["T001"]);
  });

  it("writes the output record's JSON in the worker, as JSON.stringify would here", async () => {
    const [article] = examples();
    const here = app.extractArticle(article!, {});
    const { json, messages, claims } = await pool.extractJson(article!, {}, 2);
    expect(json).toBe(JSON.stringify(app.outputRecord(here), null, 2));
    expect(messages).toEqual(here.messages);
    expect(claims).toBe(here.claims.length);
    for (const c of here.claims)
      for (const e of c.evidence) expect(article!.text.slice(e.start, e.end)).toBe(e.text);
  });

  it("reads a line of JSON Lines on a worker as readJsonLine does here, and extracts its article", async () => {
    const read = (await import(path.join(root, "dist/app/read-articles.js"))) as typeof ReadArticlesNs;
    const [article] = examples();
    const lines = [
      JSON.stringify({ ...article, latitude: 500 }),
      "not json",
      JSON.stringify({ id: "no text" }),
    ];
    for (const [i, text] of lines.entries()) {
      const here = read.readJsonLine("in.jsonl", text, i + 4, "2025-03-12");
      const line = { name: "in.jsonl", text, n: i + 4 };
      const options = { published: "2025-03-12" };
      const [asJson, asResult] = await Promise.all([
        pool.extractLines([line], options, { json: undefined }).then(([one]) => one!),
        pool.extractLines([line], options, "result").then(([one]) => one!),
      ]);
      expect(asJson.read).toEqual(here.messages);
      expect(asResult.read).toEqual(here.messages);
      const got = here.articles[0];
      if (!got) {
        expect([asJson.article, asResult.article]).toEqual([null, null]);
        continue;
      }
      const result = app.extractArticle(got, options);
      expect(asJson.article).toEqual({
        json: {
          json: JSON.stringify(app.outputRecord(result)),
          messages: result.messages,
          claims: result.claims.length,
        },
      });
      expect(asResult.article).toEqual({ article: got, result });
    }
  });

  it("reads content on a worker as readContent does here, a broken page included, leaving this thread free", async () => {
    const { readContent } = (await import(path.join(root, "dist/app/read-content.js"))) as typeof ReadNs;
    const para = "<p>Gunmen killed 12 people at a market in Kalat on Tuesday, police said.</p>\n";
    const page = Buffer.from(
      `<html><head><title>Market attack</title><meta property="og:site_name" content="Example Wire"></head>` +
        `<body><article>${para.repeat(3_000)}</article></body></html>`,
    );
    const cases: Array<[string, Buffer, string | null]> = [
      ["page.html", page, ".html"],
      ["broken.html", Buffer.from("<html\n"), ".html"],
      ["rows.jsonl", Buffer.from('{"id":"a","text":"Two soldiers were killed."}\nnot json\n'), ".jsonl"],
    ];
    for (const [name, content, ext] of cases) {
      let ticks = 0;
      const timer = setInterval(() => ticks++, 5);
      const pooled = await pool
        .read({ name, content }, ext, "2025-03-12")
        .finally(() => clearInterval(timer));
      expect(pooled).toEqual(await readContent({ name, content }, ext, "2025-03-12"));
      // The 250 KB page takes a tenth of a second or more to parse: this thread ticked meanwhile.
      if (name === "page.html") {
        expect(pooled.articles[0]!.title).toBe("Market attack");
        expect(ticks).toBeGreaterThan(0);
      }
    }
  }, 60_000);

  it("inOrder yields in the items' order with a bounded number under way", async () => {
    let running = 0;
    let most = 0;
    const delays = [30, 1, 20, 2, 10, 0, 5];
    const slow = async (i: number) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, delays[i]));
      running--;
      return i;
    };
    const seen: number[] = [];
    for await (const i of lib.inOrder(delays.keys(), slow, 3)) seen.push(i);
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(most).toBe(3);
  });

  it("inOrder passes a failure on at its place, after the results before it", async () => {
    const fail = (i: number) => (i === 2 ? Promise.reject(new Error("no")) : Promise.resolve(i));
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const i of lib.inOrder([0, 1, 2, 3], fail, 4)) seen.push(i);
      })(),
    ).rejects.toThrow("no");
    expect(seen).toEqual([0, 1]);
  });

  it("refuses a bad number of jobs, and work once closed", async () => {
    expect(() => new lib.ExtractPool({ jobs: 0 })).toThrow(RangeError);
    const closing = new lib.ExtractPool({ jobs: 1 });
    const result = closing.extract({ id: "a", text: "Two people were killed, police said." });
    await closing.close();
    expect((await result).claims.length).toBeGreaterThan(0);
    await expect(closing.extract({ id: "b", text: "x" })).rejects.toThrow(/closed/);
  });
});

describe("tally extract --jobs", () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, [CLI, "extract", ...args], { cwd: root, encoding: "utf8" });

  it.each(["jsonl", "json", "table"])("--format %s: --jobs 2 writes what --jobs 1 writes", (format) => {
    const file = path.join(dir, "articles.jsonl");
    writeFileSync(
      file,
      examples()
        .map((a) => JSON.stringify(a))
        .join("\n") + "\n",
    );
    const one = run([file, "--jobs", "1", "--format", format, "--published", "2025-03-12"]);
    const two = run([file, "--jobs", "2", "--format", format, "--published", "2025-03-12"]);
    expect(one.status).toBe(1); // the empty article
    expect(two.status).toBe(one.status);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    if (format === "jsonl") expect(one.stdout.trim().split("\n")).toHaveLength(examples().length);
  });

  it("JSON Lines with lines that hold no article: the same output and messages, in line order", () => {
    const file = path.join(dir, "mixed.jsonl");
    const [a, b] = examples();
    const lines = [
      JSON.stringify(a),
      "not json",
      "",
      JSON.stringify({ id: "x" }),
      JSON.stringify({ ...b, latitude: 500 }),
    ];
    writeFileSync(file, lines.join("\n"));
    const one = run([file, "--jobs", "1"]);
    const two = run([file, "--jobs", "2"]);
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(
      one.stdout
        .trim()
        .split("\n")
        .map((l) => (JSON.parse(l) as { id: string }).id),
    ).toEqual([a!.id, b!.id]);
    const codes = [...one.stderr.matchAll(/mixed\.jsonl:(\d+): (T00[67]|T020)/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(codes).toEqual(["2 T006", "4 T007", "5 T020"]);
    // CRLF line ends read as the same lines, messages at the same line numbers.
    const crlf = path.join(dir, "mixed-crlf.jsonl");
    writeFileSync(crlf, `${lines.join("\r\n")}\r\n`);
    const windows = run([crlf, "--jobs", "2"]);
    expect(windows.stdout).toBe(one.stdout);
    expect(windows.stderr).toBe(one.stderr.replaceAll("mixed.jsonl", "mixed-crlf.jsonl"));
    // An empty file of JSON Lines holds no article: nothing written, nothing wrong.
    const empty = path.join(dir, "empty.jsonl");
    writeFileSync(empty, "");
    expect(run([empty, "--jobs", "2"])).toMatchObject({ status: 0, stdout: "", stderr: "" });
  });

  it("rejects --jobs 0 as a usage error", () => {
    const r = run(["--jobs", "0"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--jobs/);
  });
});

describe("ingest with the pool", () => {
  type IngestModule = typeof IngestNs;
  type StoreModule = typeof SqliteStoreNs;

  it("stores the claims it stores without one; a second run extracts nothing ahead (all is stored and read)", async () => {
    const { ingest } = (await import(path.join(root, "dist/app/ingest.js"))) as IngestModule;
    const { openSqliteStore } = (await import(path.join(root, "dist/store/sqlite-store.js"))) as StoreModule;
    const file = path.join(dir, "ingest.jsonl");
    const articles = examples().filter((a) => a.text.trim());
    writeFileSync(file, articles.map((a) => JSON.stringify(a)).join("\n") + "\n");
    const stored = async (name: string, withPool: boolean) => {
      const store = openSqliteStore(path.join(dir, `${name}.db`));
      let calls = 0;
      const counting = {
        extract: (a: Article, o: { published?: string | null }) => (calls++, pool.extract(a, o)),
      };
      const options = { published: "2025-03-12", ...(withPool ? { pool: counting } : {}) };
      const first = await ingest(store, [file], options);
      const firstCalls = calls;
      const again = await ingest(store, [file], options);
      const claims = store.listArticles().map((a) => [a.id, store.getClaims(a.id)]);
      store.close();
      return { first, again, claims, firstCalls, againCalls: calls - firstCalls };
    };
    const here = await stored("here", false);
    const pooled = await stored("pooled", true);
    expect(pooled.first).toEqual(here.first);
    // Each example twice under two ids: the second is the same text, a duplicate, kept.
    expect(pooled.first.new).toBe(articles.length);
    expect(pooled.first.duplicates).toBe(articles.length / 2);
    expect(pooled.claims).toEqual(here.claims);
    expect(pooled.firstCalls).toBe(articles.length);
    expect(pooled.again.unchanged).toBe(articles.length);
    expect(pooled.againCalls).toBe(0);
  });

  it("reads each new article's linking features on the workers as the linker reads them here", async () => {
    const { ingest } = (await import(path.join(root, "dist/app/ingest.js"))) as IngestModule;
    const { openSqliteStore } = (await import(path.join(root, "dist/store/sqlite-store.js"))) as StoreModule;
    const { linkArticles } = (await import(path.join(root, "dist/incidents/link.js"))) as typeof LinkNs;
    const file = path.join(dir, "linked.jsonl");
    const articles = examples().filter((a) => a.text.trim());
    writeFileSync(file, articles.map((a) => JSON.stringify(a)).join("\n") + "\n");
    const linked = async (name: string, withPool: boolean) => {
      const store = openSqliteStore(path.join(dir, `${name}.db`));
      let ahead = 0;
      const counting = {
        extract: (a: Article, o: { published?: string | null }) => pool.extract(a, o),
        extractAhead: (a: Article, o: { published?: string | null }, v: string) => {
          ahead++;
          return pool.extractAhead(a, o, v);
        },
      };
      const summary = await ingest(store, [file], {
        onBatch: (ids) => linkArticles(store, ids),
        ...(withPool ? { pool: counting, featuresAhead: true } : {}),
      });
      const ids = store.listArticles().map((a) => a.id);
      const features = [...store.linkFeatures(ids)];
      const incidents = ids.map((id) => store.incidentsOf(id).map((i) => store.getIncident(i)!.articles));
      store.close();
      return { summary, features, incidents, ahead };
    };
    const here = await linked("linked-here", false);
    const pooled = await linked("linked-pooled", true);
    expect(pooled.ahead).toBe(articles.length);
    expect(pooled.summary).toEqual(here.summary);
    expect(pooled.features).toEqual(here.features);
    expect(pooled.features.length).toBe(articles.length);
    expect(pooled.incidents).toEqual(here.incidents);
  });
});
