// Throughput of the work queue with 1, 2 and 4 workers (issue 14): `npm run bench:scale`, or
// `node bench/scale.mjs [--articles N] [--workers 1,2,4] [--batch 100] [--every 10000]` after
// `npm run build`; while the workers run, a line for each `--every` articles stored (the store's
// count read every 15 s) gives the rate over that step, to tell a flat rate from a falling one.
//
// Needs PostgreSQL (TALLY_BENCH_PG, else TALLY_TEST_PG: a server URL; each run stores into a
// schema of its own, dropped afterwards) and Debian's nats-server on PATH or at /usr/sbin (the
// bench starts its own on a free loopback port, in a scratch folder). Absent either: it says so
// and stops.
//
// Input: the 1,500 GTD dev summaries (../shared/eval/dev/gtd.jsonl, read, never copied into the
// project), repeated as needed with their dates moved on by a thousand days per copy (as
// bench/ingest-curve.mjs does), written to one JSON Lines file. For each worker count, as a user
// runs it: `tally ingest FILE --queue` (a whole process, timed), then that many `tally worker
// --until-empty --jobs 1` processes started together, timed from their start until the last has
// exited. Reported: articles per second of wall time, and the workers' CPU seconds (user + system,
// read from this process's waited-for children in /proc/self/stat) per 1,000 articles; the
// PostgreSQL server's own CPU is not counted. Wall time is disturbed by other work on the machine.
import { spawn } from "node:child_process";
import { clearInterval, setInterval } from "node:timers";
import { performance } from "node:perf_hooks";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startNats } from "../dist/queue/test-server.js";
import { freshPgDb } from "../dist/store/test-engines.js";
import pg from "pg";
import { gtdAbsent, gtdFeed, gtdFile } from "./gtd-feed.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist/cli/main.js");
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const articles = Number(opt("--articles", "200000"));
const workerCounts = opt("--workers", "1,2,4").split(",").map(Number);
const batch = opt("--batch", "100");
const every = Number(opt("--every", "10000"));

const gtd = gtdFile(root);
const pgBase = process.env.TALLY_BENCH_PG || process.env.TALLY_TEST_PG;
const natsBin = ["/usr/sbin/nats-server", "/usr/bin/nats-server", "/usr/local/bin/nats-server"].find((f) =>
  fs.existsSync(f),
);
for (const [missing, what] of [
  [!gtd, gtdAbsent(root)],
  [!pgBase, "no PostgreSQL server: set TALLY_BENCH_PG=postgres://user@127.0.0.1:5432/db"],
  [!natsBin, "no nats-server (apt-get install nats-server)"],
])
  if (missing) {
    console.log(`bench:scale: ${what}; nothing to measure.`);
    process.exit(0);
  }

const { rows, article } = gtdFeed(gtd);

/** CPU seconds of this process's waited-for children so far (cutime + cstime). */
function childCpu() {
  const stat = fs.readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // (fields from the state on: cutime and cstime are the 16th and 17th of /proc/PID/stat)
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

function run(argv, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...argv], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...env },
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

/**
 * Reads the store's article count every 15 s and prints a line each time another `every` are
 * stored: when, and the rate over that step. Returns a function that stops it.
 */
function watchProgress(url, started) {
  const client = new pg.Client({ connectionString: url });
  let last = { n: 0, s: 0 };
  let next = every;
  let stopped = false;
  const look = async () => {
    const { rows } = await client.query("SELECT count(*)::int AS n FROM articles");
    const n = rows[0].n;
    const s = (performance.now() - started) / 1000;
    if (n >= next) {
      const rate = (n - last.n) / (s - last.s);
      console.log(
        `  ${n.toLocaleString("en")} stored at ${s.toFixed(0)} s: ${rate.toFixed(1)} articles/s since ${last.n.toLocaleString("en")}`,
      );
      last = { n, s };
      while (next <= n) next += every;
    }
  };
  const timer = setInterval(() => {
    if (!stopped) look().catch((e) => console.log(`  (progress not read: ${e.message})`));
  }, 15_000);
  const ready = client.connect();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await ready.then(() => client.end()).catch(() => {});
  };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tally-scale-"));
const file = path.join(dir, "feed.jsonl");
fs.writeFileSync(file, Array.from({ length: articles }, (_, n) => article(n)).join("\n") + "\n");
console.log(
  `bench:scale: ${articles.toLocaleString("en")} articles (GTD dev summaries, ${rows.length} rows repeated with dates moved), ` +
    `batches of ${batch}, ${os.cpus().length} cores, PostgreSQL ${pgBase.replace(/:[^:@/]*@/, ":***@")}`,
);
console.log(
  "| workers | publish (articles/s) | store wall (s) | articles/s (wall) | worker CPU-s / 1,000 articles |",
);
console.log(
  "|--------:|---------------------:|---------------:|------------------:|------------------------------:|",
);
try {
  for (const k of workerCounts) {
    const nats = await startNats(natsBin);
    const db = freshPgDb(pgBase);
    try {
      let t = performance.now();
      const published = await run(["ingest", file, "--queue", nats.url, "--no-progress"]);
      if (published.code !== 0) throw new Error(`ingest --queue failed: ${published.out}`);
      const publishS = (performance.now() - t) / 1000;
      const cpu0 = childCpu();
      t = performance.now();
      const stopWatching = watchProgress(db.db, t);
      const results = await Promise.all(
        Array.from({ length: k }, () =>
          run([
            "worker",
            "--queue",
            nats.url,
            "--db",
            db.db,
            "--until-empty",
            "--jobs",
            "1",
            "--batch",
            batch,
          ]),
        ),
      );
      const wall = (performance.now() - t) / 1000;
      await stopWatching();
      const cpu = childCpu() - cpu0;
      const failed = results.find((r) => r.code !== 0);
      if (failed) throw new Error(`a worker failed: ${failed.out.slice(-2000)}`);
      const stored = results.reduce(
        (n, r) => n + Number(/worker done: (\d+) stored/.exec(r.out)?.[1] ?? 0),
        0,
      );
      if (stored !== articles)
        console.log(`(stored ${stored} of ${articles}: the rest failed or were duplicates)`);
      console.log(
        `| ${k} | ${Math.round(articles / publishS)} | ${wall.toFixed(1)} | ${(stored / wall).toFixed(1)} | ${((cpu / stored) * 1000).toFixed(1)} |`,
      );
    } finally {
      db.dispose();
      await nats.stop();
    }
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
