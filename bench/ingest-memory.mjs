// The streaming memory check (issue 11 §3: peak memory under 1 GB for a 1 M-line input):
// `node bench/ingest-memory.mjs [--lines 1000000] [--stop-after 10000] [--jobs 1]` after
// `npm run build`.
//
// Writes a JSON Lines file of `--lines` lines (the 1,500 GTD dev summaries, ../shared/eval/dev/
// gtd.jsonl, read, never copied into the project, repeated with their dates moved on by a thousand
// days per copy, as bench/ingest-curve.mjs does), then runs a whole `tally ingest FILE --list`
// process into a fresh SQLite file, as a user would, and samples its resident memory (VmRSS, and
// the kernel's peak VmHWM, from /proc) each second, with how many articles it has stored (listed:
// committed, linked and all). `--stop-after N` stops it (SIGTERM) once N are stored, for a machine
// where ingesting the whole input takes hours; 0 lets it run to the end. Memory bounded by the
// batch shows as a peak that does not grow with the input read: a process that read the input
// whole would hold hundreds of MB before its first article. Prints the samples and writes
// bench/results/ingest-memory.json. Linux only (/proc).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { clearInterval, setInterval } from "node:timers";
import { fileURLToPath } from "node:url";
import { gtdAbsent, gtdFeed, gtdFile } from "./gtd-feed.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist/cli/main.js");
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const lines = Number(opt("--lines", "1000000"));
const stopAfter = Number(opt("--stop-after", "10000"));
const jobs = opt("--jobs", "1");
const gtd = gtdFile(root);
if (!gtd) {
  console.log(`ingest-memory: ${gtdAbsent(root)}; nothing to measure.`);
  process.exit(0);
}
if (!fs.existsSync(cli)) {
  console.error("ingest-memory: dist/ is missing; run `npm run build` first.");
  process.exit(1);
}
if (!fs.existsSync("/proc/self/status")) {
  console.log("ingest-memory: /proc is absent (Linux only); nothing to measure.");
  process.exit(0);
}

const { article } = gtdFeed(gtd);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tally-bench-memory-"));
try {
  const input = path.join(tmp, "input.jsonl");
  const out = fs.createWriteStream(input);
  for (let n = 0; n < lines; n++)
    if (!out.write(`${article(n)}\n`)) await new Promise((r) => out.once("drain", r));
  await new Promise((r) => out.end(r));
  const mb = fs.statSync(input).size / 1e6;
  console.log(`input: ${lines} lines, ${mb.toFixed(0)} MB`);
  const result = await run(input);
  const peak = Math.max(...result.samples.map((s) => s.peakMb));
  console.log(
    `${result.stored} articles stored of ${lines} (${result.stopped ? "stopped there" : "the whole input"}) ` +
      `in ${result.seconds.toFixed(0)} s; peak RSS ${peak.toFixed(0)} MB ` +
      `(bound 1,000 MB: ${peak < 1000 ? "met" : "NOT met"})`,
  );
  fs.mkdirSync(path.join(root, "bench/results"), { recursive: true });
  fs.writeFileSync(
    path.join(root, "bench/results/ingest-memory.json"),
    JSON.stringify({ lines, inputMb: mb, ...result, peakMb: peak }, null, 2),
  );
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

/** One `tally ingest` of the input, sampled each second; stopped after `stopAfter` stored. */
function run(input) {
  const child = spawn(
    process.execPath,
    [cli, "ingest", input, "--db", path.join(tmp, "memory.db"), "--list", "--no-progress", "--jobs", jobs],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const started = Date.now();
  let stored = 0;
  let stopped = false;
  const samples = [];
  let nextReport = 1000;
  const sample = () => {
    const status = readStatus(child.pid);
    if (!status) return;
    samples.push({ seconds: (Date.now() - started) / 1000, stored, ...status });
    if (stored >= nextReport) {
      console.log(
        `  ${stored} stored: RSS ${status.rssMb.toFixed(0)} MB, peak ${status.peakMb.toFixed(0)} MB`,
      );
      while (nextReport <= stored) nextReport *= 2;
    }
  };
  const timer = setInterval(sample, 1000);
  readline.createInterface({ input: child.stdout }).on("line", () => {
    stored++;
    if (stopAfter > 0 && stored >= stopAfter && !stopped) {
      stopped = true;
      sample();
      child.kill("SIGTERM");
    }
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      clearInterval(timer);
      if (!stopped && code !== 0) reject(new Error(`ingest exited with ${code ?? signal}`));
      else resolve({ stored, stopped, seconds: (Date.now() - started) / 1000, samples });
    });
  });
}

/** The process's resident memory now and at its peak (MB), or null once it is gone. */
function readStatus(pid) {
  try {
    const text = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? NaN);
    return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
  } catch {
    return null;
  }
}
