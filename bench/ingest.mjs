// Benchmark of `tally ingest` end to end into a fresh SQLite file: `npm run bench` (builds first),
// or `node bench/ingest.mjs` after `npm run build`. Target: at least 500 articles/s.
//
// Input: ../shared/eval/dev/gtd.jsonl (1,500 GTD summaries with their dates; read, never copied
// into the project). When it is absent the bench says so and generates 1,500 small articles.
// Runs, each on a fresh database in a temporary folder, each linking every stored article into
// an incident as `tally ingest` does:
//   1. in process: `ingest(store, [file], {onBatch: linkArticles})` (the JSON Lines file), then
//      again: a no-op (0 new)
//   2. the CLI: `node dist/cli/main.js ingest FILE`, process start-up included
//   3. the same CLI ingest again: must be a no-op (0 new), and is timed
// Prints a table and writes bench/results/ingest.json.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { evalDirOption, usageOnHelp } from "./lib/options.mjs";
import { ingest } from "../dist/app/ingest.js";
import { linkArticles } from "../dist/incidents/link.js";
import { openSqliteStore } from "../dist/store/sqlite-store.js";

usageOnHelp(import.meta.url);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const gtd = path.join(evalDirOption(repoRoot), "dev/gtd.jsonl");
const cli = path.join(repoRoot, "dist/cli/main.js");
const TARGET = 500;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tally-bench-ingest-"));
await main().finally(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function main() {
  // --- input -------------------------------------------------------------------------------------
  /** @type {{ id: string, text: string, published: string | null }[]} */
  let articles;
  let data;
  if (fs.existsSync(gtd)) {
    data = gtd;
    articles = fs
      .readFileSync(gtd, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l, i) => {
        const r = JSON.parse(l);
        return {
          id: String(r.id ?? `gtd:${i + 1}`),
          text: String(r.text ?? ""),
          published: r.published ?? r.date ?? null,
        };
      });
  } else {
    data = `generated (${gtd} is absent)`;
    console.log(`bench/ingest: ${gtd} is absent (pass --eval DIR); timing 1,500 generated articles instead.`);
    articles = Array.from({ length: 1500 }, (_, i) => ({
      id: `gen:${i}`,
      text:
        `Report ${i}. Gunmen killed ${(i % 17) + 2} people near Quetta on Tuesday, police said. ` +
        `At least ${(i % 5) + 1} others were injured and ${i % 3} were abducted, officials said.`,
      published: "2025-03-12",
    }));
  }
  const jsonl = path.join(tmp, "articles.jsonl");
  fs.writeFileSync(jsonl, articles.map((a) => JSON.stringify(a)).join("\n") + "\n");

  // --- 1. in process ---------------------------------------------------------------------------
  const db1 = path.join(tmp, "in-process.db");
  const store = openSqliteStore(db1);
  let t = performance.now();
  // End to end: each batch of stored articles is linked into incidents, as `tally ingest` does.
  const onBatch = (ids) => linkArticles(store, ids);
  const first = await ingest(store, [jsonl], { onBatch });
  const inProcessS = (performance.now() - t) / 1000;
  t = performance.now();
  const second = await ingest(store, [jsonl], { onBatch });
  const inProcessAgainS = (performance.now() - t) / 1000;
  const counts = store.counts();
  store.close();

  // --- 2, 3. the CLI on the same JSON Lines (dates kept; linking included) ----------------------------
  const db2 = path.join(tmp, "cli.db");
  const cliRun = () => {
    const start = performance.now();
    const r = spawnSync("node", [cli, "ingest", jsonl, "--db", db2, "--no-progress"], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = (performance.now() - start) / 1000;
    const m = /ingested (\d+) files?: (\d+) new, (\d+) duplicate, \d+ re-extracted, (\d+) failed/.exec(
      r.stdout,
    );
    if (!m) throw new Error(`no summary from the CLI (status ${r.status}): ${r.stderr.slice(0, 500)}`);
    return { seconds, files: +m[1], new: +m[2], duplicate: +m[3], failed: +m[4], status: r.status };
  };
  const cliFirst = cliRun();
  const cliAgain = cliRun();

  // --- report ------------------------------------------------------------------------------------
  const n = articles.length;
  const rate = (count, s) => Math.round((count / s) * 10) / 10;
  const rows = [
    ["in process, JSON Lines", n, first.new, first.duplicate, first.failed, inProcessS, rate(n, inProcessS)],
    [
      "  again (no-op)",
      n,
      second.new,
      second.duplicate,
      second.failed,
      inProcessAgainS,
      rate(n, inProcessAgainS),
    ],
    [
      "CLI, the same JSON Lines",
      n,
      cliFirst.new,
      cliFirst.duplicate,
      cliFirst.failed,
      cliFirst.seconds,
      rate(n, cliFirst.seconds),
    ],
    [
      "  again (no-op)",
      n,
      cliAgain.new,
      cliAgain.duplicate,
      cliAgain.failed,
      cliAgain.seconds,
      rate(n, cliAgain.seconds),
    ],
  ];
  console.log(
    `\ningest into SQLite (${data}; ${n} articles; node ${process.version}, ${os.cpus().length} cpus)`,
  );
  console.log(["run".padEnd(28), "articles", "new", "dup", "failed", "seconds", "articles/s"].join("\t"));
  for (const r of rows)
    console.log(
      [
        r[0].padEnd(28),
        ...r.slice(1).map((v) => (typeof v === "number" && !Number.isInteger(v) ? v.toFixed(3) : v)),
      ].join("\t"),
    );
  const slowest = Math.min(rate(n, inProcessS), rate(n, cliFirst.seconds));
  const noOp = second.new === 0 && cliAgain.new === 0;
  console.log(
    `\nstored: ${counts.articles} articles, ${counts.claims} claims; target ${TARGET} articles/s: ${slowest >= TARGET ? "met" : "NOT met"} (slowest run ${slowest}/s); second ingest a no-op: ${noOp ? "yes (0 new)" : "NO"}`,
  );

  const out = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    data,
    articles: n,
    stored: counts,
    in_process: { seconds: inProcessS, articles_per_s: rate(n, inProcessS), summary: first },
    in_process_again: { seconds: inProcessAgainS, summary: second },
    cli: { ...cliFirst, articles_per_s: rate(n, cliFirst.seconds) },
    cli_again: cliAgain,
    target_articles_per_s: TARGET,
    target_met: slowest >= TARGET,
    second_ingest_no_op: noOp,
  };
  fs.mkdirSync(path.join(repoRoot, "bench/results"), { recursive: true });
  fs.writeFileSync(path.join(repoRoot, "bench/results/ingest.json"), JSON.stringify(out, null, 2) + "\n");
  if (!noOp) process.exitCode = 1;
}
