// Alternated A/B timing of `tally extract` as whole processes: two built checkouts (the one this
// file is in, and `--base DIR`) run in turn over the same inputs, base-head then head-base, so that
// a machine whose load drifts weighs on both alike. For each input it prints every run's CPU-s
// (user + system, /usr/bin/time) and peak RSS, the load average before it, the medians and their
// ratio, and whether the two builds wrote the same bytes (stdout and stderr): a speed change
// must not change what is extracted.
//
//   node bench/ab.mjs --base DIR [--pairs 3] [--inputs news,gtd] [--mb 8] [--jobs 1] [--eval DIR]
//
//   --base DIR     another checkout, built (`npm ci && npm run build`), e.g. a git worktree of the
//                  commit before the change: `git worktree add /tmp/base HEAD~1`
//   --pairs N      pairs of runs per input (default 3)
//   --inputs LIST  news (the news-length reports repeated to --mb MB) and/or gtd (the GTD dev
//                  summaries), as bench/extract.mjs builds them (bench/lib/extract-inputs.mjs)
//   --jobs N       `tally extract --jobs N` (default 1)
//
// CPU-seconds are less disturbed by other programs than wall time, but not immune: on a loaded
// machine a difference under ~10% between medians of three pairs is within the noise (README).
import { spawn } from "node:child_process";
import { once } from "node:events";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { benchInputs } from "./lib/extract-inputs.mjs";
import { evalDirOption, option, usageOnHelp } from "./lib/options.mjs";

usageOnHelp(import.meta.url);

const head = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const baseArg = option("--base", null);
if (!baseArg) {
  console.log("usage: node bench/ab.mjs --base DIR [--pairs 3] [--inputs news,gtd] [--mb 8] [--jobs 1]");
  process.exit(2);
}
const base = path.resolve(baseArg);
const pairs = Math.max(1, Number(option("--pairs", "3")) || 3);
const wanted = option("--inputs", "news,gtd").split(",");
const jobs = String(Math.max(1, Number(option("--jobs", "1")) || 1));
const cli = (root) => path.join(root, "dist/cli/main.js");
for (const root of [head, base])
  if (!fs.existsSync(cli(root))) {
    console.log(`${cli(root)} is missing: build that checkout first (npm run build).`);
    process.exit(1);
  }
if (!fs.existsSync("/usr/bin/time")) {
  console.log("/usr/bin/time is missing (Debian package `time`): nothing can be timed as a whole process.");
  process.exit(1);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tally-ab-"));
const { haveEval, news, short } = benchInputs({
  evalDir: evalDirOption(head),
  repoRoot: head,
  dir: tmp,
  mb: Number(option("--mb", "8")) || 8,
});
if (!haveEval) console.log("The evaluation data is absent: timing the project's own reports (no gtd input).");
const inputs = [news, short].filter((i) => i && wanted.some((w) => i.name.startsWith(w)));

/** One whole `tally extract` of `input` by the checkout at `root`: CPU-s, peak RSS, output digest. */
async function run(root, input) {
  const timeFile = path.join(tmp, "time.txt");
  const hash = crypto.createHash("sha256");
  const load = os.loadavg()[0];
  const child = spawn(
    "/usr/bin/time",
    ["-f", "%U %S %M", "-o", timeFile, process.execPath, cli(root), "extract", input.file, "--jobs", jobs],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const err = [];
  child.stdout.on("data", (d) => hash.update(d));
  child.stderr.on("data", (d) => err.push(d));
  const [status] = await once(child, "exit");
  hash.update("\0stderr\0").update(Buffer.concat(err));
  const [user, sys, kb] = fs.readFileSync(timeFile, "utf8").trim().split("\n").pop().split(" ").map(Number);
  return { status, cpu: user + sys, rssMb: kb / 1024, digest: hash.digest("hex"), load };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const f2 = (x) => x.toFixed(2);

console.log(`A/B of tally extract --jobs ${jobs}: base ${base}, head ${head}; ${pairs} pairs, alternated`);
for (const input of inputs) {
  const runs = { base: [], head: [] };
  for (let p = 0; p < pairs; p++) {
    const order = p % 2 === 0 ? ["base", "head"] : ["head", "base"];
    for (const which of order) runs[which].push(await run(which === "base" ? base : head, input));
  }
  const same = new Set([...runs.base, ...runs.head].map((r) => r.digest)).size === 1;
  const failed = [...runs.base, ...runs.head].some((r) => r.status !== 0);
  console.log(`\n${input.name}: ${input.articles} articles, ${f2(input.mb)} MB`);
  for (const which of ["base", "head"]) {
    const rs = runs[which];
    console.log(
      `  ${which}  CPU-s ${rs.map((r) => f2(r.cpu)).join(" ")}  (median ${f2(median(rs.map((r) => r.cpu)))}, ` +
        `${f2(input.mb / median(rs.map((r) => r.cpu)))} MB/CPU-s)  peak RSS ${rs.map((r) => Math.round(r.rssMb)).join(" ")} MB` +
        `  load ${rs.map((r) => r.load.toFixed(1)).join(" ")}`,
    );
  }
  const ratio = median(runs.head.map((r) => r.cpu)) / median(runs.base.map((r) => r.cpu));
  console.log(
    `  head/base CPU ×${ratio.toFixed(3)}; output ${same ? "byte-identical" : "DIFFERS"} across all runs` +
      (failed ? "; some run exited non-zero" : ""),
  );
}
fs.rmSync(tmp, { recursive: true, force: true });
