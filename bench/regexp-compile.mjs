// What compiling regular expressions costs a fresh process (a diagnostic of V8's warm-up, not a
// throughput benchmark). V8 compiles each pattern on its first use in an isolate (to bytecode,
// then to machine code: `node --trace-regexp-tier-up`), so every `tally extract` process and every
// `--jobs` worker pays it again, however small its input.
//
//   node bench/regexp-compile.mjs [FILE.jsonl] [--eval DIR] [--top N]     (after `npm run build`)
//
// 1. Records every RegExp `exec` of one extraction pass over FILE (default: the GTD dev summaries
//    of ../shared/eval beside the repository, or of --eval DIR), through dist/'s modules, with RegExp.prototype.exec wrapped (which also
//    routes `test`, `replace`, `match` and `split` through it: an approximation of the real run,
//    whose unwrapped fast paths V8 keeps for itself).
// 2. Replays those calls, in order, in a fresh process, twice: the first pass compiles each
//    pattern and runs it, the second only runs it. Prints both passes' CPU time, and the patterns
//    whose first pass cost most over their second (wall time per call: noisy under load).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { evalDirOption, option, usageOnHelp } from "./lib/options.mjs";

usageOnHelp(import.meta.url);

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const top = Number(option("--top", "12")) || 12;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

if (args[0] === "--replay") {
  const { patterns, calls } = JSON.parse(fs.readFileSync(args[1], "utf8"));
  const regexps = patterns.map(([flags, source]) => new RegExp(source, flags));
  const passes = [];
  const perPattern = [new Float64Array(regexps.length), new Float64Array(regexps.length)];
  for (let pass = 0; pass < 2; pass++) {
    const start = cpuMs();
    for (const [id, subject, lastIndex] of calls) {
      const re = regexps[id];
      re.lastIndex = lastIndex;
      const t = process.hrtime.bigint();
      re.exec(subject);
      perPattern[pass][id] += Number(process.hrtime.bigint() - t) / 1e6;
    }
    passes.push(cpuMs() - start);
  }
  const costliest = patterns
    .map(([flags, source], id) => ({ ms: perPattern[0][id] - perPattern[1][id], flags, source }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, Number(args[2]));
  console.log(JSON.stringify({ passes, costliest }));
  process.exit(0);
}

const evalDir = evalDirOption(path.resolve(here, ".."));
const file = args[0] && !args[0].startsWith("--") ? args[0] : path.join(evalDir, "dev/gtd.jsonl");
if (!fs.existsSync(file)) {
  console.error(`regexp-compile: ${file} not found; pass a JSON Lines file of articles`);
  process.exit(2);
}
const ids = new Map();
const calls = [];
const exec = RegExp.prototype.exec;
RegExp.prototype.exec = function (subject) {
  const key = `${this.flags}\u0000${this.source}`;
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = ids.size));
  calls.push([id, String(subject), this.lastIndex]);
  return exec.call(this, subject);
};
const { extractArticle } = await import("../dist/app/extract-articles.js");
const articles = fs
  .readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
for (const a of articles)
  extractArticle({ id: String(a.id), text: String(a.text) }, { published: a.published ?? null });
RegExp.prototype.exec = exec;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tally-regexp-"));
const recorded = path.join(tmp, "calls.json");
fs.writeFileSync(
  recorded,
  JSON.stringify({ patterns: [...ids.keys()].map((k) => k.split("\u0000")), calls }),
);
const child = spawnSync(
  process.execPath,
  [fileURLToPath(import.meta.url), "--replay", recorded, String(top)],
  {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  },
);
fs.rmSync(tmp, { recursive: true, force: true });
if (child.status !== 0) {
  console.error(child.stderr);
  process.exit(1);
}
const { passes, costliest } = JSON.parse(child.stdout);
console.log(
  `${path.basename(file)}: ${articles.length} articles, ${ids.size} distinct patterns, ${calls.length} calls; ` +
    `load average ${os.loadavg()[0].toFixed(1)}`,
);
console.log(
  `replayed in a fresh process: first pass ${passes[0].toFixed(0)} CPU-ms (compiling and running), ` +
    `second ${passes[1].toFixed(0)} CPU-ms (running)`,
);
console.log("costliest first uses (ms over the second pass, wall time):");
for (const r of costliest)
  console.log(
    `${r.ms.toFixed(1).padStart(8)}  /${r.source.length > 90 ? r.source.slice(0, 90) + "…" : r.source}/${r.flags}`,
  );
