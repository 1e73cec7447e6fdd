// The ingest rate with 1 M articles stored in PostgreSQL against the rate with 10 k stored (issue
// 14's must-show), as one command. After `npm run build`:
//   TALLY_BENCH_PG=postgres://user@127.0.0.1:5432/db node bench/pg-stored-rate.mjs \
//     [--articles 10000] [--copies 100] [--new 2000] [--keep]
// Needs psql on PATH, the GTD dev summaries (../shared/eval, read, never copied; `--eval DIR`), and
// a server on this machine (its backends' CPU is read from /proc); absent any, it says so and stops.
//
// 1. A: a real `tally ingest` of the first --articles articles of bench/gtd-feed.mjs's feed.
// 2. SMALL and LARGE: fresh schemas filled from A by bench/pg-copy-store.sql, SMALL with copy 0
//    only (A as it is: --articles stored), LARGE with copies 0 to --copies − 1 (--articles ×
//    --copies stored). Labelled wherever the figure is given: **the large store is made by copying
//    inside PostgreSQL, not by ingesting** (bench/pg-copy-check.mjs checks such a copy gives the
//    linker what an ingested store gives it).
// 3. The feed's next --new articles (whose days fall among A's) ingested into SMALL and into LARGE
//    by two whole `tally ingest --jobs 1` processes started together (the same machine state for
//    both). Each is timed by /usr/bin/time (tally's CPU); the server's CPU is that of the backends
//    named by the run's `application_name`, read from /proc every second.
// Reported: articles per tally CPU-s, per CPU-s of tally and PostgreSQL together, and LARGE's
// rate relative to SMALL's; then a check that the new articles form the same incidents in both.
// The schemas are dropped at the end unless --keep.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { clearInterval, setInterval } from "node:timers";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { freshPgDb } from "../dist/store/test-engines.js";
import { gtdAbsent, gtdFeed, gtdFile } from "./gtd-feed.mjs";
import { copyStore, psqlRun, schemaOf } from "./lib/pg-copy.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist/cli/main.js");
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const n = Number(opt("--articles", "10000"));
const copies = Number(opt("--copies", "100"));
const fresh = Number(opt("--new", "2000"));
const keep = args.includes("--keep");

const gtd = gtdFile(root);
const pgBase = process.env.TALLY_BENCH_PG || process.env.TALLY_TEST_PG;
const has = (cmd, arg) => spawnSync(cmd, [arg]).status === 0;
for (const [missing, what] of [
  [!gtd, gtdAbsent(root)],
  [!pgBase, "no PostgreSQL server: set TALLY_BENCH_PG=postgres://user@127.0.0.1:5432/db"],
  [!has("psql", "--version"), "no psql on PATH (apt-get install postgresql-client)"],
  [!fs.existsSync("/usr/bin/time"), "no /usr/bin/time (apt-get install time)"],
])
  if (missing) {
    console.log(`pg-stored-rate: ${what}; nothing to measure.`);
    process.exit(0);
  }

const withApp = (db, name) => {
  const u = new URL(db);
  u.searchParams.set("application_name", name);
  return u.toString();
};

/** A whole `tally ingest` process under /usr/bin/time: wall, CPU-s (user + system), peak RSS. */
function ingest(file, db) {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(
      "/usr/bin/time",
      [
        "-f",
        "TIME %U %S %M",
        process.execPath,
        cli,
        "ingest",
        file,
        "--db",
        db,
        "--no-progress",
        "--jobs",
        "1",
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let err = "";
    child.stdout.resume();
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("exit", (code) => {
      const m = /TIME ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(err);
      if (code !== 0 || !m)
        return reject(new Error(`tally ingest into ${db} failed (${code}): ${err.slice(-2000)}`));
      resolve({
        wall: (performance.now() - t) / 1000,
        cpu: Number(m[1]) + Number(m[2]),
        rssMb: Number(m[3]) / 1024,
      });
    });
  });
}

/**
 * Samples, every second, the CPU of the server backends whose application_name is `name` (from
 * /proc/PID/stat); a backend's last sample before it exits is its total. Returns a stop function
 * giving the sum in CPU-s.
 */
function watchBackends(name) {
  const client = new pg.Client({ connectionString: pgBase });
  const last = new Map();
  const tick = 100; // USER_HZ on Linux
  const look = async () => {
    const { rows } = await client.query("SELECT pid FROM pg_stat_activity WHERE application_name = $1", [
      name,
    ]);
    for (const { pid } of rows) {
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        last.set(pid, (Number(f[11]) + Number(f[12])) / tick);
      } catch {
        // the backend ended between the query and the read: its last sample stands
      }
    }
  };
  const ready = client.connect();
  const timer = setInterval(() => ready.then(look).catch(() => {}), 1000);
  return async () => {
    clearInterval(timer);
    await ready.then(() => client.end()).catch(() => {});
    return [...last.values()].reduce((a, b) => a + b, 0);
  };
}

const psql = (argv) => psqlRun(pgBase, argv);

/** The new articles' incidents in a schema, as sorted groups of article ids (copies excluded). */
function newGroups(schema, ids) {
  const out = psql([
    "-At",
    "-c",
    `SELECT string_agg(article, ',' ORDER BY article) FROM ${schema}.incident_articles
     WHERE article = ANY(string_to_array('${ids.join(",")}', ',')) GROUP BY incident`,
  ]);
  return out.split("\n").filter(Boolean).sort();
}

const { article } = gtdFeed(gtd);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tally-stored-rate-"));
const sourceFile = path.join(dir, "source.jsonl");
const newFile = path.join(dir, "new.jsonl");
fs.writeFileSync(sourceFile, Array.from({ length: n }, (_, i) => article(i)).join("\n") + "\n");
const newLines = Array.from({ length: fresh }, (_, i) => article(n + i));
fs.writeFileSync(newFile, newLines.join("\n") + "\n");
const newIds = newLines.map((l) => JSON.parse(l).id);

const a = freshPgDb(pgBase);
const small = freshPgDb(pgBase);
const large = freshPgDb(pgBase);
const fmt = (x) => x.toLocaleString("en");
try {
  console.log(
    `pg-stored-rate: A = ${fmt(n)} articles ingested; SMALL = A copied once (${fmt(n)} stored); ` +
      `LARGE = ${copies} copies (${fmt(n * copies)} stored, made by copying inside PostgreSQL, not by ingesting); ` +
      `then ${fmt(fresh)} new articles into each, together; load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
  );
  const src = await ingest(sourceFile, a.db);
  console.log(`  A: ${fmt(n)} ingested in ${src.wall.toFixed(0)} s wall, ${src.cpu.toFixed(1)} tally CPU-s`);
  small.open().close(); // migrated
  large.open().close();
  const copy = (target, kto) => {
    const t = performance.now();
    copyStore(root, a.db, target.db, 0, kto);
    return (performance.now() - t) / 1000;
  };
  copy(small, 0);
  const copyS = copy(large, copies - 1);
  const count = (db) => Number(psql(["-At", "-c", `SELECT count(*) FROM ${schemaOf(db)}.articles`]).trim());
  console.log(
    `  LARGE: ${fmt(count(large.db))} stored after ${copyS.toFixed(0)} s of copying; SMALL: ${fmt(count(small.db))}`,
  );

  const runs = [
    ["SMALL", small],
    ["LARGE", large],
  ];
  const watches = runs.map(([label]) => watchBackends(`rate-${label}-${process.pid}`));
  const results = await Promise.all(
    runs.map(([label, db]) => ingest(newFile, withApp(db.db, `rate-${label}-${process.pid}`))),
  );
  const server = await Promise.all(watches.map((stop) => stop()));
  console.log(
    `  load average after: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  console.log("");
  console.log(
    "| stored | wall (s) | tally CPU-s | articles / tally CPU-s | PostgreSQL CPU-s | articles / CPU-s, both | relative to SMALL | peak RSS (MB) |",
  );
  console.log("|---:|---:|---:|---:|---:|---:|---:|---:|");
  const both = results.map((r, i) => fresh / (r.cpu + server[i]));
  results.forEach((r, i) => {
    const stored = runs[i][0] === "SMALL" ? n : n * copies;
    console.log(
      `| ${fmt(stored)} | ${r.wall.toFixed(0)} | ${r.cpu.toFixed(2)} | ${(fresh / r.cpu).toFixed(1)} | ${server[i].toFixed(2)} | ${both[i].toFixed(1)} | ${(both[i] / both[0]).toFixed(2)} | ${r.rssMb.toFixed(0)} |`,
    );
  });
  const g1 = newGroups(schemaOf(small.db), newIds);
  const g2 = newGroups(schemaOf(large.db), newIds);
  const same = g1.length === g2.length && g1.every((g, i) => g === g2[i]);
  console.log(
    `\n${same ? "ok  " : "FAIL"} the ${fmt(fresh)} new articles form the same ${g1.length} incidents in SMALL and LARGE` +
      (same ? "" : ` (LARGE has ${g2.length})`),
  );
  if (!same) process.exitCode = 1;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
  if (keep) console.log(`kept: ${[a, small, large].map((d) => schemaOf(d.db)).join(", ")}`);
  else for (const d of [a, small, large]) d.dispose();
}
