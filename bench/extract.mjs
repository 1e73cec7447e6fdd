// Benchmark of `tally extract` as a user runs it: whole processes over JSON Lines files, timed by
// /usr/bin/time (CPU seconds user+sys of the child, peak RSS), beside a one-pass Intl.Segmenter
// script over the same files as the ceiling. `npm run bench` builds first; by hand, after
// `npm run build`:
//
//   node bench/extract.mjs [--mb 8] [--jobs 1,2] [--eval DIR] [--score]
//
//   --mb N       size of the news-length input: the real reports repeated to about N MB (default 8)
//   --jobs LIST  the --jobs values to run each input with (default 1, and 2 when there are
//                2 or more cores)
//   --eval DIR   the evaluation data (default ../shared/eval beside the repository)
//   --score      also run ../shared/eval/score.mjs over the dev files and the hand-coded claims
//
// Inputs, read from the evaluation data (never copied into the project; the JSON Lines files are
// written to the system's temporary folder and removed afterwards):
//   news   the hand-coded reports of claims-dev/ and claims-world/ (.txt, with their publication
//          dates) and jaffar-express/articles.jsonl, in that order, repeated to ~N MB
//   gtd    dev/gtd.jsonl as given: 1,500 short GTD summaries
// When the evaluation data is absent this says so and times the project's own reports
// (examples/, test/fixtures/articles/) repeated the same way instead.
//
// Figures, per input:
//   cold      one whole process (start-up included): MB/s and articles/s of wall time, MB per
//             CPU-second, peak RSS
//   start-up  the CPU-seconds of a whole process over one short article (module loading, JIT)
//   warm      the extraction in one long-running process after a first pass over the same input
//             (bench/extract-warm.mjs): MB per CPU-second of the second pass, beside the first
//             (the difference is V8 warming the extractor up)
//   ceiling   the same file through bench/segmenter-ceiling.mjs (read, parse, split sentences with
//             Intl.Segmenter, write a line an article), whole process; and Tally's share of it
// Wall time is disturbed by whatever else runs on the machine; the CPU-second figures are not.
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { clearInterval, setInterval } from "node:timers";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { benchInputs, writeJsonl } from "./lib/extract-inputs.mjs";
import { evalDirOption, option, usageOnHelp } from "./lib/options.mjs";

usageOnHelp(import.meta.url);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const evalDir = evalDirOption(repoRoot);
const targetMb = Number(option("--mb", "8")) || 8;
const jobsList = option("--jobs", os.cpus().length >= 2 ? "1,2" : "1")
  .split(",")
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const wantScore = args.includes("--score");
const CLI = path.join(repoRoot, "dist/cli/main.js");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tally-bench-"));

// --- measuring ----------------------------------------------------------------------------------

/** The pid of the first child of `pid` (the process /usr/bin/time runs), or null. */
function childOf(pid) {
  try {
    const first = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(" ")[0];
    return first ? Number(first) : null;
  } catch {
    return null;
  }
}

/** CPU-seconds (user+sys) of each thread of `pid` now, into `into` (tid → seconds). */
function pollThreads(pid, into) {
  let tids = [];
  try {
    tids = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  for (const tid of tids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      into.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // the thread ended between the listing and the read
    }
  }
}

/**
 * Runs `argv` as a whole process under /usr/bin/time; stdout is counted and dropped. On Linux its
 * threads' CPU is sampled every 20 ms (a thread's last 20 ms before it ends can be missed): the
 * main thread, the `workers` busiest others (the pool's worker threads) and the rest (V8's
 * compiler and GC threads, libuv).
 */
async function timedProcess(argv, workers = 0) {
  const timeFile = path.join(tmp, "time.txt");
  const outFile = path.join(tmp, "out.txt");
  const fd = fs.openSync(outFile, "w");
  const child = spawn("/usr/bin/time", ["-f", "%e %U %S %M", "-o", timeFile, ...argv], {
    stdio: ["ignore", fd, "ignore"],
  });
  const threads = new Map();
  let pid = null;
  const timer = setInterval(() => {
    pid ??= childOf(child.pid);
    if (pid) pollThreads(pid, threads);
  }, 20);
  const [status] = await once(child, "exit");
  clearInterval(timer);
  fs.closeSync(fd);
  const [wall, user, sys, maxKb] = fs
    .readFileSync(timeFile, "utf8")
    .trim()
    .split("\n")
    .pop()
    .split(" ")
    .map(Number);
  const lines = fs.readFileSync(outFile, "utf8").split("\n").filter(Boolean).length;
  fs.rmSync(outFile);
  const main = threads.get(pid) ?? null;
  const others = [...threads].filter(([tid]) => tid !== pid).map(([, cpu]) => cpu);
  others.sort((a, b) => b - a);
  const split =
    main === null
      ? null
      : {
          main: main,
          workers: others.slice(0, workers),
          background: others.slice(workers).reduce((a, b) => a + b, 0),
        };
  return { status, wall, cpu: user + sys, user, sys, rssMb: maxKb / 1024, lines, split };
}

function throughput(input, run) {
  return {
    status: run.status,
    lines_out: run.lines,
    wall_s: round(run.wall, 2),
    cpu_s: round(run.cpu, 2),
    mb_per_s: round(input.mb / run.wall, 2),
    articles_per_s: round(input.articles / run.wall, 0),
    mb_per_cpu_s: round(input.mb / run.cpu, 2),
    peak_rss_mb: round(run.rssMb, 0),
    ...(run.split
      ? {
          threads_cpu_s: {
            main: round(run.split.main, 2),
            workers: run.split.workers.map((w) => round(w, 2)),
            background: round(run.split.background, 2),
          },
        }
      : {}),
  };
}

function round(x, digits) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

const hasTime = fs.existsSync("/usr/bin/time");
if (!hasTime) {
  console.log("/usr/bin/time is missing (Debian package `time`): nothing can be timed as a whole process.");
  process.exit(1);
}
if (!fs.existsSync(CLI)) {
  console.log("dist/cli/main.js is missing: run `npm run build` first.");
  process.exit(1);
}

// --- main ---------------------------------------------------------------------------------------

const { haveEval, news, short } = benchInputs({ evalDir, repoRoot, dir: tmp, mb: targetMb });
if (!haveEval)
  console.log(
    `${evalDir} is absent: the evaluation data (its news reports and GTD summaries) cannot be timed; ` +
      "timing the project's own example reports instead (no short-summary figures).",
  );
const tiny = writeJsonl(tmp, "one.jsonl", [
  { id: "one", text: "Two people were killed on Tuesday, police said.", published: "2025-03-12" },
]);

const loadAtStart = os.loadavg();
const startup = await timedProcess([process.execPath, CLI, "extract", tiny.file, "--jobs", "1"]);
const startupCpu =
  startup.status === 0
    ? startup.cpu
    : (await timedProcess([process.execPath, CLI, "extract", tiny.file])).cpu;
const acceptsJobs = startup.status === 0;

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  eval: haveEval ? evalDir : null,
};
/** Start-up of the commands that load no store: `--version`, the list of commands, one short article. */
results.startup_by_command = [];
for (const args of [["--version"], ["--help"]]) {
  const run = await timedProcess([process.execPath, CLI, ...args]);
  results.startup_by_command.push({
    command: `tally ${args.join(" ")}`,
    cpu_s: round(run.cpu, 3),
    peak_rss_mb: round(run.rssMb, 0),
  });
}
results.startup_by_command.push({
  command: "tally extract (one short article)",
  cpu_s: round(startupCpu, 3),
  peak_rss_mb: round(startup.rssMb, 0),
});
results.startup = {
  cpu_s: round(startupCpu, 3),
  wall_s: round(startup.wall, 3),
  peak_rss_mb: round(startup.rssMb, 0),
};

const sets = [news, ...(short ? [short] : [])];
results.inputs = sets.map((s) => ({
  name: s.name,
  articles: s.articles,
  mb: round(s.mb, 2),
  ...(s.unique ? { distinct_reports: s.unique } : {}),
}));
results.runs = [];
for (const input of sets) {
  const jobs = acceptsJobs ? jobsList : [null];
  for (const j of jobs) {
    const argv = [process.execPath, CLI, "extract", input.file, ...(j ? ["--jobs", String(j)] : [])];
    const cold = throughput(input, await timedProcess(argv, j && j > 1 ? j : 0));
    results.runs.push({ input: input.name, jobs: j, kind: "cold (whole process)", ...cold });
  }
  const warm = spawnSync(
    process.execPath,
    [path.join(repoRoot, "bench/extract-warm.mjs"), input.file, String(Math.min(2, input.mb))],
    {
      encoding: "utf8",
    },
  );
  if (warm.status === 0) {
    const w = JSON.parse(warm.stdout);
    results.runs.push({
      input: input.name,
      jobs: 1,
      kind: `1st pass in process (${round(w.mb, 2)} MB)`,
      mb_per_cpu_s: round(w.mb / w.first_cpu_s, 2),
      cpu_s: round(w.first_cpu_s, 2),
    });
    results.runs.push({
      input: input.name,
      jobs: 1,
      kind: `warm (2nd pass in process, ${round(w.mb, 2)} MB)`,
      mb_per_cpu_s: round(w.mb / w.cpu_s, 2),
      cpu_s: round(w.cpu_s, 2),
      peak_rss_mb: round(w.peak_rss_mb, 0),
    });
  } else {
    results.runs.push({ input: input.name, kind: "warm", failed: warm.stderr.trim().split("\n").pop() });
  }
  const ceiling = throughput(
    input,
    await timedProcess([process.execPath, path.join(repoRoot, "bench/segmenter-ceiling.mjs"), input.file]),
  );
  results.runs.push({ input: input.name, jobs: 1, kind: "ceiling: Intl.Segmenter one pass", ...ceiling });
}

// --- output -------------------------------------------------------------------------------------

function table(head, rowsOut) {
  const cells = rowsOut.map((r) => r.map((c) => (c === null || c === undefined ? "—" : String(c))));
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n");
}

console.log(
  `Tally extraction benchmark — node ${process.version}, ${os.cpus().length} CPUs; whole processes timed by /usr/bin/time`,
);
results.load_average = {
  start: loadAtStart.map((x) => round(x, 2)),
  end: os.loadavg().map((x) => round(x, 2)),
};
console.log(`data: ${haveEval ? evalDir : "the project's example reports"}`);
console.log(
  `load average (1, 5, 15 min) at the start ${results.load_average.start.join(", ")}, at the end ` +
    `${results.load_average.end.join(", ")}: above ~0.5 on this machine the wall times are another program's too`,
);
for (const i of results.inputs)
  console.log(
    `  ${i.name}: ${i.articles} articles, ${i.mb} MB of text${i.distinct_reports ? ` (${i.distinct_reports} distinct reports repeated)` : ""}`,
  );
console.log(
  `start-up (whole processes): ${results.startup_by_command.map((r) => `${r.command} ${r.cpu_s} CPU-s, ${r.peak_rss_mb} MB`).join("; ")}\n`,
);
console.log(
  table(
    ["input", "run", "jobs", "wall s", "CPU s", "MB/s", "articles/s", "MB/CPU-s", "peak RSS MB", "exit"],
    results.runs.map((r) => [
      r.input,
      r.kind,
      r.jobs,
      r.wall_s,
      r.cpu_s,
      r.mb_per_s,
      r.articles_per_s,
      r.mb_per_cpu_s,
      r.peak_rss_mb,
      r.status ?? r.failed,
    ]),
  ),
);
results.ratios = [];
for (const input of sets) {
  const mine = results.runs.find(
    (r) => r.input === input.name && r.kind.startsWith("cold") && (r.jobs ?? 1) === 1,
  );
  const ceil = results.runs.find((r) => r.input === input.name && r.kind.startsWith("ceiling"));
  const ratio = round(mine.mb_per_cpu_s / ceil.mb_per_cpu_s, 3);
  results.ratios.push({ input: input.name, tally_over_ceiling: ratio });
  console.log(
    `${input.name}: Tally cold at ${mine.mb_per_cpu_s} MB/CPU-s is ${(ratio * 100).toFixed(1)}% of the Intl.Segmenter ceiling (${ceil.mb_per_cpu_s})`,
  );
  const two = results.runs.find((r) => r.input === input.name && r.kind.startsWith("cold") && r.jobs === 2);
  if (two) {
    results.ratios.push({
      input: input.name,
      jobs2_speedup_wall: round(mine.wall_s / two.wall_s, 2),
      jobs2_cpu_over_jobs1: round(two.cpu_s / mine.cpu_s, 2),
    });
    console.log(
      `${input.name}: --jobs 2 took ${two.wall_s} s of wall time against ${mine.wall_s} s for --jobs 1 (×${round(mine.wall_s / two.wall_s, 2)}), ` +
        `and ${two.cpu_s} CPU-s against ${mine.cpu_s} (×${round(two.cpu_s / mine.cpu_s, 2)})`,
    );
    const t = two.threads_cpu_s;
    if (t)
      console.log(
        `  its CPU-s by thread (sampled): main ${t.main}, workers ${t.workers.join(" and ")}, V8 background and libuv ${t.background}; ` +
          `one job: main ${mine.threads_cpu_s?.main ?? "?"}, background ${mine.threads_cpu_s?.background ?? "?"}`,
      );
  }
}

if (wantScore) {
  if (haveEval && fs.existsSync(path.join(evalDir, "score.mjs"))) {
    results.scores = scoreAll();
  } else {
    console.log(`\n${evalDir} is absent: scoring skipped.`);
  }
}

fs.rmSync(tmp, { recursive: true, force: true });
const outFile = path.join(repoRoot, "bench/results/extract.json");
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${path.relative(repoRoot, outFile)}`);

// --- scoring ------------------------------------------------------------------------------------

/** Runs score.mjs with `scoreArgs` over the CLI; its JSON summary, or why it failed. */
function score(label, scoreArgs) {
  const r = spawnSync(
    process.execPath,
    [path.join(evalDir, "score.mjs"), ...scoreArgs, "--cmd", `node ${CLI} extract`, "--json"],
    {
      cwd: repoRoot,
      encoding: "utf8",
      maxBuffer: 1 << 30,
    },
  );
  const last = (r.stdout ?? "").trim().split("\n").pop() ?? "";
  if (r.status === 0 && last.startsWith("{")) return { label, ...JSON.parse(last) };
  return { label, failed: `exit ${r.status}` };
}

function scoreAll() {
  const data = fs
    .readdirSync(path.join(evalDir, "dev"))
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .map((f) => score(f, ["--data", path.join(evalDir, "dev", f)]));
  const claims = ["claims-dev", "claims-world"].map((d) => score(d, ["--claims", path.join(evalDir, d)]));
  console.log("\nScores (score.mjs over the CLI as a process)");
  console.log(
    table(
      ["data", "field", "n", "exact", "exact (stated)", "MAE"],
      data.flatMap((d) =>
        d.failed
          ? [[d.label, "failed", d.failed, null, null, null]]
          : Object.entries(d.fields).map(([field, f]) => [
              d.label,
              field,
              f.n,
              f.exact,
              f.exact_stated,
              f.mae,
            ]),
      ),
    ),
  );
  console.log(
    "\n" +
      table(
        ["gold", "claims", "predicted", "gold claims", "matched", "P", "R", "F1"],
        claims.map((c) =>
          c.failed
            ? [c.label, "failed", c.failed, null, null, null, null, null]
            : [c.label, "", c.predicted, c.gold_claims, c.matched, c.precision, c.recall, c.f1],
        ),
      ),
  );
  return { data, claims };
}
