// Benchmark of the extraction: `npm run bench` (builds first), or `node bench/extract.mjs` after
// `npm run build`. Options:
//   --score          also run ../shared/eval/score.mjs over the dev files and the hand-coded claims
//   --seconds N      time passes until at least N seconds have gone by (default 5)
//
// Reads the dev files ../shared/eval/dev/*.jsonl (they are not part of the project and are never
// copied into it); when that folder is absent it says so and times the project's own fixtures
// (test/fixtures/**/*.txt, else examples/*.txt). One process: a warm-up pass, then timed passes
// over all texts. Prints a table and writes bench/results/extract.json.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { checkArticle } from "../dist/extract/input-checks.js";
import { extract } from "../dist/extract/pipeline.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const devDir = path.resolve(repoRoot, "../shared/eval/dev");
const evalDir = path.resolve(repoRoot, "../shared/eval");
const args = process.argv.slice(2);
const secondsAt = args.indexOf("--seconds");
const minSeconds = (secondsAt >= 0 && Number(args[secondsAt + 1])) || 5;
const wantScore = args.includes("--score");

// --- inputs -------------------------------------------------------------------------------------

/** @typedef {{ id: string, text: string, published: string | null }} BenchArticle */
/** @typedef {{ name: string, articles: BenchArticle[] }} BenchSet */

/** @returns {BenchSet[]} */
function devSets() {
  return fs
    .readdirSync(devDir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .map((f) => {
      const rows = fs
        .readFileSync(path.join(devDir, f), "utf8")
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l));
      const articles = rows.map((r, i) => ({
        id: String(r.id ?? `${f}:${i + 1}`),
        text: String(r.text ?? ""),
        published: r.published ?? r.date ?? null,
      }));
      return { name: f, articles };
    });
}

/** @returns {string[]} */
function textFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? textFiles(path.join(dir, e.name))
        : e.name.endsWith(".txt")
          ? [path.join(dir, e.name)]
          : [],
    )
    .sort();
}

/** @returns {BenchSet[]} */
function fixtureSets() {
  for (const dir of ["test/fixtures", "examples"]) {
    const files = textFiles(path.join(repoRoot, dir));
    if (files.length) {
      const articles = files.map((f) => ({
        id: path.relative(repoRoot, f),
        text: fs.readFileSync(f, "utf8"),
        published: null,
      }));
      return [{ name: `${dir}/**/*.txt`, articles }];
    }
  }
  return [];
}

// --- timing -------------------------------------------------------------------------------------

const bytesOf = (articles) => articles.reduce((n, a) => n + Buffer.byteLength(a.text, "utf8"), 0);

/** One pass over a set, counting what the extraction gives. */
function warmUp(set) {
  const counts = {
    articles: set.articles.length,
    mb: bytesOf(set.articles) / 1e6,
    claims: 0,
    with_claims: 0,
    errors: 0,
    thrown: 0,
  };
  const t0 = performance.now();
  for (const a of set.articles) {
    try {
      const r = extract(a, { published: a.published });
      counts.claims += r.claims.length;
      if (r.claims.length) counts.with_claims++;
      if (r.messages.some((m) => m.severity === "error")) counts.errors++;
    } catch {
      counts.thrown++;
    }
  }
  const s = (performance.now() - t0) / 1000;
  return { name: set.name, ...counts, first_pass_articles_per_s: round(set.articles.length / s, 1) };
}

/** Passes of `fn` over all articles until `seconds` have gone by. */
function timed(articles, seconds, fn) {
  let passes = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    for (const a of articles) {
      try {
        fn(a);
      } catch {
        // counted in the warm-up pass
      }
    }
    passes++;
    elapsed = (performance.now() - t0) / 1000;
  } while (elapsed < seconds);
  const mb = bytesOf(articles) / 1e6;
  return {
    passes,
    seconds: round(elapsed, 2),
    articles_per_s: round((articles.length * passes) / elapsed, 1),
    mb_per_s: round((mb * passes) / elapsed, 3),
  };
}

function round(x, digits) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

// --- scoring ------------------------------------------------------------------------------------

const CMD = "node dist/cli/main.js extract";

/** Runs ../shared/eval/score.mjs with `scoreArgs`; its JSON summary, or the reason it failed. */
function score(label, scoreArgs) {
  const r = spawnSync(process.execPath, ["../shared/eval/score.mjs", ...scoreArgs, "--cmd", CMD, "--json"], {
    cwd: repoRoot,
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const messages = {};
  for (const m of (r.stderr ?? "").matchAll(/^tally: [^\n]*?: (T\d{3}) /gm))
    messages[m[1]] = (messages[m[1]] ?? 0) + 1;
  const last = (r.stdout ?? "").trim().split("\n").pop() ?? "";
  if (r.status === 0 && last.startsWith("{")) return { label, ...JSON.parse(last), cli_messages: messages };
  const why =
    (r.stderr ?? "")
      .split("\n")
      .filter((l) => l.startsWith("score:"))
      .join(" ") || `exit ${r.status}`;
  return { label, failed: why, cli_messages: messages };
}

function scoreAll() {
  const data = fs
    .readdirSync(devDir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .map((f) => score(f, ["--data", path.join("../shared/eval/dev", f)]));
  const claims = [
    score("seed", ["--claims", "../shared/seed/jaffar-express.expected.json"]),
    score("claims-dev", ["--claims", "../shared/eval/claims-dev"]),
  ];
  return { data, claims };
}

// --- output -------------------------------------------------------------------------------------

function table(head, rows) {
  const cells = rows.map((r) => r.map((c) => (c === null || c === undefined ? "—" : String(c))));
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n");
}

function codes(messages) {
  return Object.entries(messages ?? {})
    .map(([code, n]) => `${code}×${n}`)
    .join(" ");
}

function printScores({ data, claims }) {
  const rows = [];
  for (const d of data) {
    if (d.failed) {
      rows.push([d.label, "failed", d.failed, null, null, null, null, null, codes(d.cli_messages)]);
      continue;
    }
    for (const [field, f] of Object.entries(d.fields)) {
      rows.push([
        d.label,
        field,
        f.n,
        f.exact,
        f.exact_stated,
        f.mae,
        d.perf.articles_per_s,
        d.perf.peak_rss_mb,
        codes(d.cli_messages),
      ]);
    }
  }
  console.log("\nScores: exact-match accuracy per field (score.mjs, the CLI as a process)");
  console.log(
    table(
      ["data", "field", "n", "exact", "exact (stated)", "MAE", "articles/s", "peak MB", "messages"],
      rows,
    ),
  );
  console.log("\nClaims against hand-coded readings");
  console.log(
    table(
      ["gold", "articles", "predicted", "gold claims", "matched", "P", "R", "F1", "claimant type"],
      claims.map((c) =>
        c.failed
          ? [c.label, "failed", c.failed, null, null, null, null, null, null]
          : [
              c.label,
              c.articles,
              c.predicted,
              c.gold_claims,
              c.matched,
              c.precision,
              c.recall,
              c.f1,
              c.claimant_type_accuracy,
            ],
      ),
    ),
  );
}

// --- main ---------------------------------------------------------------------------------------

const haveEval = fs.existsSync(devDir);
let sets;
if (haveEval) {
  sets = devSets();
} else {
  console.log(
    `../shared/eval is absent: benchmark skipped (no dev data at ${devDir}); timing the project's fixtures instead.`,
  );
  sets = fixtureSets();
  if (!sets.length) {
    console.log("No fixtures (test/fixtures/**/*.txt or examples/*.txt) either: nothing to time.");
    process.exit(0);
  }
}

const all = sets.flatMap((s) => s.articles);
const files = sets.map(warmUp);
const run = timed(all, minSeconds, (a) => extract(a, { published: a.published }));
const checks = timed(all, Math.min(1, minSeconds), (a) => checkArticle(a));
const peakRssMb = round(process.resourceUsage().maxRSS / 1024, 1);

console.log(`Tally extraction benchmark — node ${process.version}, ${os.cpus().length} CPUs, one thread`);
console.log(`data: ${haveEval ? path.relative(repoRoot, devDir) : sets[0].name}\n`);
console.log(
  table(
    ["file", "articles", "MB", "claims", "with claims", "errors", "thrown", "articles/s (1st pass)"],
    files.map((f) => [
      f.name,
      f.articles,
      f.mb.toFixed(3),
      f.claims,
      f.with_claims,
      f.errors,
      f.thrown,
      f.first_pass_articles_per_s,
    ]),
  ),
);
console.log(
  `\ntimed: ${run.passes} passes in ${run.seconds} s over ${all.length} articles: ` +
    `${run.articles_per_s} articles/s, ${run.mb_per_s} MB/s; input checks alone ${checks.mb_per_s} MB/s; ` +
    `peak RSS ${peakRssMb} MB`,
);

let scores;
if (wantScore) {
  if (haveEval && fs.existsSync(path.join(evalDir, "score.mjs"))) {
    scores = scoreAll();
    printScores(scores);
  } else {
    console.log("\n../shared/eval is absent: scoring skipped.");
  }
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  data: haveEval ? "../shared/eval/dev" : sets[0].name,
  files,
  timed: run,
  input_checks: checks,
  peak_rss_mb: peakRssMb,
  ...(scores ? { scores } : {}),
};
const out = path.join(repoRoot, "bench/results/extract.json");
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${path.relative(repoRoot, out)}`);
