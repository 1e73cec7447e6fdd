// Benchmark of incident linking as a user gets it: `npm run build && node bench/link-incidents.mjs`.
//
// Each set is ingested through the CLI, a whole process as a user runs it
// (`node dist/cli/main.js ingest FILE --db FRESH.db`), from a JSON Lines file in three orders:
// the file's own, reversed, and shuffled (a fixed seed); the reordered copies are written to a
// temporary folder, line for line as they are (no sorting by date, no dates filled in: a line
// without `date` or `published` is ingested undated, as `tally ingest` reads it). Each order is
// ingested as one file (one batch: linked at once) and again split into files of five reports
// named in order to one `tally ingest` (a batch each, linked into what the earlier ones formed,
// as when files arrive over time). The grouping is
// then read back with `node dist/cli/main.js export --format json` and scored with
// ../shared/eval/score-linking.mjs (B-cubed against the gold `incident` labels), and the three
// groupings are compared with each other (identical, or how many reports are grouped otherwise).
//
// Sets (read from ../shared/eval, never copied into the project; the bench says so when absent):
//   mixed-dev       incidents/mixed-dev.jsonl, 45 reports of 6 incidents, gold labels
//   jaffar-express  jaffar-express/articles.jsonl, 15 reports of one incident (no labels: must
//                   form one incident)
//   gtd-dev         dev/gtd.jsonl, 1,500 summaries of distinct events (file order only; every
//                   incident holding two rows is a false merge). `--no-gtd` skips it.
// and, from the project itself (reports we wrote, so this set runs without ../shared/eval):
//   world-fixtures  test/fixtures/linking/world-incidents.jsonl, 33 reports of 13 incidents in
//                   Nigeria, Burkina Faso, Ukraine, Mexico, the US, Afghanistan, Mali, Somalia:
//                   a toll that rises, a place named as village / district / province, aliases,
//                   transliterations, follow-ups days later, two attacks of one province and day.
//   world-hard      test/fixtures/linking/world-incidents-hard.jsonl, 37 reports of 17 incidents
//                   we wrote: serial attacks in one city on consecutive days, two named people
//                   shot in one city on one day, two the same day in
//                   neighbouring districts, a revised toll three weeks later beside another attack
//                   in the city, undated reports naming only a weekday, wire datelines from a
//                   capital about a province, places named only by a district or a landmark.
//   world-hard-2    test/fixtures/linking/world-incidents-hard-2.jsonl, 32 reports of 10 incidents we
//                   wrote: two bombings in one city on consecutive days (the second naming the
//                   first), one armed group in two provinces on one day, tolls that rise over days,
//                   datelines from the capital and from another country, undated reports, and
//                   places spelt several ways ("Kyiv"/"Kiev", "Afgoye"/"Afgooye", "Deir ez-Zor"/
//                   "Deir al-Zor"/"Deir el-Zour", "Mazar-i-Sharif"/"Mazar-e-Sharif"/"Mazar").
//   world-hard-3    test/fixtures/linking/world-incidents-hard-3.jsonl, 30 reports of 8 incidents we
//                   wrote: places named only by a district, a neighbourhood or a landmark (a
//                   national park and its headquarters); two roadside bombs with one toll on one day
//                   in one country, both claimed days later by one group; two attacks of one toll
//                   on one day in two regions of one country, each told from the capital too;
//                   capital datelines about far provinces; tolls raised days later with no place;
//                   groups' claims days later; an undated report; "Ma'rib"/"Marib".
//   dated-summaries test/fixtures/linking/dated-summaries.jsonl, 10 reports of 8 incidents we
//                   wrote, entries of an event dataset ("05/04/2026: Assailants …") beside wire
//                   reports: one template's entries a day apart in one town, a wire report that
//                   fits two days' entries, two entries of one series dated only by a week
//                   ("03/00/2026: Sometime between …") and another entry of a day before that week, an
//                   entry and the wire reports of its event.
// B-cubed is computed here (`bcubed`, as ../shared/eval/score-linking.mjs computes it).
// `--only NAME` runs one set.
// Writes bench/results/linking.json.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { evalDirOption, usageOnHelp } from "./lib/options.mjs";

usageOnHelp(import.meta.url);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist/cli/main.js");
// TALLY_EVAL_DIR, `--eval DIR`, else ../shared/eval beside the repository (lib/options.mjs).
const evalDir = process.env.TALLY_EVAL_DIR ?? evalDirOption(root);
const args = process.argv.slice(2);
const ORDERS = ["file", "reversed", "shuffled"];
/** Each order is ingested as one file, and again in files of CHUNK reports (a batch each). */
const CHUNK = 5;
const sets = [
  {
    name: "mixed-dev",
    file: path.join(evalDir, "incidents/mixed-dev.jsonl"),
    gold: true,
    orders: ORDERS,
    chunked: true,
  },
  {
    name: "jaffar-express",
    file: path.join(evalDir, "jaffar-express/articles.jsonl"),
    oneIncident: true,
    orders: ORDERS,
    chunked: true,
  },
  ...(args.includes("--no-gtd")
    ? []
    : [{ name: "gtd-dev", file: path.join(evalDir, "dev/gtd.jsonl"), distinct: true, orders: ["file"] }]),
  {
    name: "world-fixtures",
    file: path.join(root, "test/fixtures/linking/world-incidents.jsonl"),
    gold: true,
    orders: ORDERS,
    chunked: true,
  },
  {
    name: "world-hard",
    file: path.join(root, "test/fixtures/linking/world-incidents-hard.jsonl"),
    gold: true,
    orders: ORDERS,
    chunked: true,
  },
  {
    name: "world-hard-2",
    file: path.join(root, "test/fixtures/linking/world-incidents-hard-2.jsonl"),
    gold: true,
    orders: ORDERS,
    chunked: true,
  },
  {
    name: "world-hard-3",
    file: path.join(root, "test/fixtures/linking/world-incidents-hard-3.jsonl"),
    gold: true,
    orders: ORDERS,
    chunked: true,
  },
  {
    name: "dated-summaries",
    file: path.join(root, "test/fixtures/linking/dated-summaries.jsonl"),
    gold: true,
    orders: ORDERS,
    chunked: true,
  },
].filter((s) => !args.includes("--only") || args[args.indexOf("--only") + 1] === s.name);
if (!fs.existsSync(evalDir))
  console.log(`link-incidents: ${evalDir} is absent (pass --eval DIR); only the project's own sets run.`);
if (!fs.existsSync(cli)) {
  console.error("link-incidents: dist/ is missing; run `npm run build` first.");
  process.exit(1);
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tally-bench-link-"));
fs.mkdirSync(path.join(root, "bench/results"), { recursive: true });
const results = [];
try {
  for (const set of sets) {
    if (!fs.existsSync(set.file)) {
      console.log(`link-incidents: ${set.file} is absent; skipped.`);
      continue;
    }
    const lines = fs
      .readFileSync(set.file, "utf8")
      .split("\n")
      .filter((l) => l.trim());
    const groupings = [];
    const runs = set.orders.flatMap((order) => [order, ...(set.chunked ? [`${order}/${CHUNK}`] : [])]);
    for (const run of runs) {
      const r = runOrder(set, lines, run);
      groupings.push(r.grouping);
      results.push({ set: set.name, order: run, ...r.summary });
    }
    if (groupings.length > 1) {
      const differ = groupings.slice(1).map((g) => differences(groupings[0], g));
      console.log(
        `  ${set.name}: groupings across orders ${
          differ.every((d) => d === 0)
            ? "IDENTICAL"
            : `differ (reports grouped otherwise than in file order: ${runs
                .slice(1)
                .map((o, i) => `${o} ${differ[i]}`)
                .join(", ")})`
        }`,
      );
    }
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
fs.writeFileSync(path.join(root, "bench/results/linking.json"), JSON.stringify(results, null, 2));

/**
 * Ingests the set's lines in one order through the CLI; returns its grouping and scores. An order
 * "shuffled/5" is the shuffled lines in files of five, named in order to one `tally ingest` (each
 * file is stored and linked as its own batch, as when a user adds files over time).
 */
function runOrder(set, lines, run) {
  const [order, chunk] = run.split("/");
  const ordered =
    order === "reversed" ? [...lines].reverse() : order === "shuffled" ? shuffle(lines, 20250311) : lines;
  const name = `${set.name}-${run.replace("/", "-by-")}`;
  const size = chunk ? Number(chunk) : ordered.length;
  const inputs = [];
  for (let i = 0; i < ordered.length; i += size) {
    const input = path.join(tmp, `${name}-${String(i).padStart(5, "0")}.jsonl`);
    fs.writeFileSync(input, ordered.slice(i, i + size).join("\n") + "\n");
    inputs.push(input);
  }
  const db = path.join(tmp, `${name}.db`);
  const ing = spawnSync(process.execPath, [cli, "ingest", ...inputs, "--db", db, "--no-progress"], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (ing.status !== 0) throw new Error(`ingest failed (${ing.status}): ${ing.stderr.slice(-2000)}`);
  const exp = spawnSync(process.execPath, [cli, "export", "--format", "json", "--db", db], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (exp.status !== 0) throw new Error(`export failed (${exp.status}): ${exp.stderr.slice(-2000)}`);
  const exported = JSON.parse(exp.stdout);
  const incidents = exported.map((e) => ({
    ...e.incident,
    articles: e.incident.articles.map(String),
  }));
  const out = path.join(root, `bench/results/incidents-${name}.json`);
  fs.writeFileSync(out, JSON.stringify(exported, null, 2));
  const grouping = new Map();
  for (const inc of incidents)
    for (const a of inc.articles) grouping.set(a, [...inc.articles].sort().join(" "));
  const summary = { reports: lines.length, incidents: incidents.length };
  const how = chunk ? `${order} order in files of ${chunk}` : `${order} order`;
  console.log(`\n${set.name}, ${how}: ${lines.length} reports → ${incidents.length} incidents`);
  if (set.gold) {
    const s = bcubed(lines, incidents);
    Object.assign(summary, s);
    console.log(
      `  B-cubed precision ${s.precision}, recall ${s.recall}, F1 ${s.f1}; ${s.mixed} mixed incidents`,
    );
  }
  if (set.oneIncident)
    console.log(`  ${incidents.length === 1 ? "one incident" : `SPLIT into ${incidents.length}`}`);
  if (set.distinct) {
    const merged = incidents.filter((i) => i.articles.length > 1);
    const rows = merged.reduce((n, i) => n + i.articles.length, 0);
    summary.falseMergeRows = rows;
    console.log(
      `  false merges: ${merged.length} incidents hold ${rows} of ${lines.length} rows (${((100 * rows) / lines.length).toFixed(1)}%)`,
    );
  } else
    for (const inc of incidents) {
      const l = inc.location;
      console.log(
        `  ${inc.start}..${inc.end} ${inc.eventType} | ${l ? `${[l.name, l.admin2, l.admin1, l.country].filter(Boolean).join(", ")} where_prec ${l.wherePrec}` : "no place"} | ${inc.articles.join(" ")}`,
      );
    }
  return { grouping, summary };
}

/**
 * B-cubed precision, recall and F1 of a grouping against the lines' gold `incident` labels (a
 * report in no incident stands alone), and how many incidents mix gold labels.
 */
function bcubed(lines, incidents) {
  const gold = new Map(lines.map((l) => JSON.parse(l)).map((r) => [String(r.id), r.incident]));
  const pred = new Map();
  incidents.forEach((inc, k) => inc.articles.forEach((a) => pred.set(a, k)));
  const ids = [...gold.keys()];
  for (const id of ids) if (!pred.has(id)) pred.set(id, `alone:${id}`);
  let p = 0;
  let r = 0;
  for (const a of ids) {
    const sameP = ids.filter((b) => pred.get(b) === pred.get(a));
    const sameG = ids.filter((b) => gold.get(b) === gold.get(a));
    const both = sameP.filter((b) => gold.get(b) === gold.get(a)).length;
    p += both / sameP.length;
    r += both / sameG.length;
  }
  p /= ids.length;
  r /= ids.length;
  const mixed = incidents.filter((inc) => new Set(inc.articles.map((a) => gold.get(a))).size > 1).length;
  const f = (x) => +x.toFixed(3);
  return { precision: f(p), recall: f(r), f1: f((2 * p * r) / (p + r)), mixed };
}

/** Reports whose incident (as a set of reports) differs between two groupings. */
function differences(a, b) {
  let n = 0;
  for (const [id, g] of a) if (b.get(id) !== g) n++;
  return n;
}

/** A seeded Fisher–Yates shuffle (mulberry32), so the shuffled order is the same every run. */
function shuffle(xs, seed) {
  const out = [...xs];
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
