// How ingest cost grows with what is stored (issue 11 §3): `node bench/ingest-curve.mjs
// [--sizes 10000,60000,100000] [--step 1000]` after `npm run build`.
//
// For each size N: a store is filled to N articles, then `node dist/cli/main.js ingest` (a whole
// process, as a user runs it) stores the next `step` new articles into it, timed by /usr/bin/time
// (CPU seconds and peak RSS; wall time is printed too but is disturbed by other work on this
// machine). The rate is step / CPU-seconds. Sizes are rounded up to whole copies of the 1,500
// rows, so that each step ingests the same rows. Filling is done in process (`ingest` with the linker
// as `tally ingest` does) and not timed.
//
// `--profile`: after each timed step, one more step runs under V8's sampling profiler and the
// bench prints where its CPU time went, by the project's layer (extract, incidents: linking and
// places, store, app: reading and batching) and by package (chrono-node, better-sqlite3 …), native
// calls counted to the JavaScript that made them. The profiled step is not the timed one; it runs
// from the modules (TALLY_NO_BUNDLE=1), not the bundle, so that its samples name their layer.
//
// Input: the 1,500 GTD dev summaries (../shared/eval/dev/gtd.jsonl, read, never copied into the
// project), each repeated with its dates moved on by a thousand days per copy, so that every copy
// is a new event in a new block of time, as a feed's new reports are (not news-length texts:
// GTD summaries run a few hundred characters). Absent data: the bench says so and stops.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ingest } from "../dist/app/ingest.js";
import { linkArticles } from "../dist/incidents/link.js";
import { openSqliteStore } from "../dist/store/sqlite-store.js";
import { gtdAbsent, gtdFeed, gtdFile } from "./gtd-feed.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist/cli/main.js");
const gtd = gtdFile(root);
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const sizes = opt("--sizes", "10000,60000,100000").split(",").map(Number);
const step = Number(opt("--step", "1000"));
const profile = args.includes("--profile");
if (!gtd) {
  console.log(`ingest-curve: ${gtdAbsent(root)}; nothing to measure.`);
  process.exit(0);
}
if (!fs.existsSync("/usr/bin/time")) {
  console.log("ingest-curve: /usr/bin/time is absent (apt-get install time); nothing to measure.");
  process.exit(0);
}
const { rows, article } = gtdFeed(gtd);

/** One `tally ingest` of a file into the store, a whole process timed by /usr/bin/time. */
function ingestStep(file, nodeFlags = [], env = process.env) {
  const run = spawnSync(
    "/usr/bin/time",
    [
      "-f",
      "%U %S %e %M",
      process.execPath,
      ...nodeFlags,
      cli,
      "ingest",
      file,
      "--db",
      db,
      "--no-progress",
      "--jobs",
      "1",
    ],
    { encoding: "utf8", maxBuffer: 1 << 26, env },
  );
  const [user, sys, wall, kb] = run.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { cpu: user + sys, wall, rssMb: kb / 1024, summary: run.stdout.trim().split("\n").at(-1) };
}

/** Shares of a CPU profile's samples by layer of the project or package (percent, largest first). */
function whereTimeGoes(file) {
  const prof = JSON.parse(fs.readFileSync(file, "utf8"));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const part = (url) => {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (pkg) return pkg[1];
    const own = /\/dist\/(?:bundle\/)?([^/]+)\//.exec(url);
    if (own) return own[1];
    return url.startsWith("node:") ? "node" : null;
  };
  const label = (node) => {
    const special = { "(garbage collector)": "gc", "(idle)": "idle", "(program)": "program" }[
      node.callFrame.functionName
    ];
    if (special && !node.callFrame.url) return special;
    for (let n = node; n; n = parent.get(n.id)) {
      const p = n.callFrame.url ? part(n.callFrame.url) : null;
      if (p) return p;
    }
    return "other";
  };
  const time = new Map();
  prof.samples.forEach((id, i) => {
    const k = label(byId.get(id));
    time.set(k, (time.get(k) ?? 0) + (prof.timeDeltas[i] ?? 0));
  });
  time.delete("idle");
  const total = [...time.values()].reduce((a, b) => a + b, 0);
  return [...time]
    .sort((a, b) => b[1] - a[1])
    .filter(([, t]) => t / total >= 0.01)
    .map(([k, t]) => [k, Math.round((1000 * t) / total) / 10]);
}

function writeFeed(file, from, to) {
  const fd = fs.openSync(file, "w");
  for (let n = from; n < to; n++) fs.writeSync(fd, `${article(n)}\n`);
  fs.closeSync(fd);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tally-bench-curve-"));
const db = path.join(tmp, "curve.db");
const results = [];
try {
  let stored = 0;
  for (const wanted of sizes) {
    // Rounded up to whole copies of the rows, so that every step ingests the same rows (0, 1, …)
    // of a new copy: the rates then differ by what is stored, not by the texts.
    const size = Math.ceil(wanted / rows.length) * rows.length;
    if (size > stored) {
      const fill = path.join(tmp, "fill.jsonl");
      writeFeed(fill, stored, size);
      const store = openSqliteStore(db);
      await ingest(store, [fill], { onBatch: (ids) => linkArticles(store, ids) });
      store.close();
      stored = size;
    }
    const next = path.join(tmp, "next.jsonl");
    writeFeed(next, stored, stored + step);
    const run = ingestStep(next);
    results.push({ stored, step, ...run, perCpuSecond: step / run.cpu });
    console.log(
      `${stored} stored: +${step} in ${run.cpu.toFixed(1)} CPU-s (${(step / run.cpu).toFixed(0)} articles per CPU-second; wall ${run.wall.toFixed(1)} s), peak RSS ${run.rssMb.toFixed(0)} MB — ${run.summary}`,
    );
    stored += step;
    if (profile) {
      writeFeed(next, stored, stored + step);
      const dir = path.join(tmp, "prof");
      fs.rmSync(dir, { recursive: true, force: true });
      // From the modules, not the bundle, so that the samples name their layer (dist/<layer>/).
      ingestStep(next, ["--cpu-prof", "--cpu-prof-dir", dir], { ...process.env, TALLY_NO_BUNDLE: "1" });
      const shares = whereTimeGoes(path.join(dir, fs.readdirSync(dir)[0]));
      results.at(-1).profile = shares;
      console.log(
        `  where the time goes (profiled step at ${stored} stored): ${shares.map(([k, v]) => `${k} ${v}%`).join(", ")}`,
      );
      stored += step;
    }
  }
  const base = results[0];
  for (const r of results.slice(1))
    console.log(
      `rate at ${r.stored} stored / rate at ${base.stored}: ${(r.perCpuSecond / base.perCpuSecond).toFixed(2)}`,
    );
  fs.mkdirSync(path.join(root, "bench/results"), { recursive: true });
  fs.writeFileSync(path.join(root, "bench/results/ingest-curve.json"), JSON.stringify(results, null, 2));
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
