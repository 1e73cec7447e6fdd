// Benchmark of incident linking: `npm run build && node bench/link-incidents.mjs`.
// Reads ../shared/eval/incidents/mixed-dev.jsonl (45 reports of 6 incidents, gold labels) and
// ../shared/eval/jaffar-express/articles.jsonl (15 reports of one incident); these files are not
// part of the project and are never copied into it. Each report is extracted, stored in an
// in-memory Store and linked in publication order; the incidents are written to
// bench/results/incidents-*.json and scored with ../shared/eval/score-linking.mjs (B-cubed).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { extract, ENGINE_VERSION } from "../dist/extract/pipeline.js";
import { linkArticle } from "../dist/incidents/link.js";
import { MemoryStore } from "../dist/store/memory-store.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const evalDir = path.resolve(root, "../shared/eval");
const sets = [
  { name: "mixed-dev", file: path.join(evalDir, "incidents/mixed-dev.jsonl"), gold: true },
  { name: "jaffar-express", file: path.join(evalDir, "jaffar-express/articles.jsonl"), gold: false },
  // The same file as `tally ingest` reads it: in its own order, undated lines (date_approx only)
  // without a publication date.
  {
    name: "jaffar-express-as-ingested",
    file: path.join(evalDir, "jaffar-express/articles.jsonl"),
    gold: false,
    asIngested: true,
  },
  // GTD rows are distinct events: every incident holding two rows is a false merge.
  { name: "gtd-dev", file: path.join(evalDir, "dev/gtd.jsonl"), gold: false, distinct: true },
];
if (!fs.existsSync(evalDir)) {
  console.log(
    `link-incidents: ${evalDir} is absent; there is nothing to measure linking on (no gold incidents ship with the project).`,
  );
  process.exit(0);
}
fs.mkdirSync(path.join(root, "bench/results"), { recursive: true });
const args = process.argv.slice(2);
const weighting = args.includes("--weighting") ? args[args.indexOf("--weighting") + 1] : undefined;
const options = weighting ? { weighting } : {};

/** The publication day: `date`, else the first day of `date_approx` ("2025-03-12/2025-03-13"). */
const published = (r) => r.date ?? (r.date_approx ? String(r.date_approx).slice(0, 10) : null);

for (const set of sets) {
  if (!fs.existsSync(set.file)) {
    console.log(`link-incidents: ${set.file} is absent; skipped.`);
    continue;
  }
  const rows = fs
    .readFileSync(set.file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  if (!set.asIngested)
    rows.sort(
      (a, b) =>
        (published(a) ?? "").localeCompare(published(b) ?? "") || String(a.id).localeCompare(String(b.id)),
    );
  const store = new MemoryStore();
  const t0 = performance.now();
  for (const r of rows) {
    const article = {
      id: String(r.id),
      text: r.text,
      published: set.asIngested ? (r.published ?? r.date ?? null) : published(r),
      outlet: r.outlet ?? null,
      url: r.url ?? null,
    };
    const { article: stored } = store.putArticle(article, set.file);
    store.putClaims(stored.id, ENGINE_VERSION, extract(article).claims);
    linkArticle(store, stored.id, options);
  }
  const ms = performance.now() - t0;
  const incidents = store.listIncidents().map((inc) => ({ ...inc, links: store.linksOf(inc.id) }));
  const out = path.join(root, `bench/results/incidents-${set.name}.json`);
  fs.writeFileSync(out, JSON.stringify(incidents, null, 2));
  console.log(
    `\n${set.name}: ${rows.length} reports → ${incidents.length} incidents in ${ms.toFixed(0)} ms (extract + link), written to ${path.relative(root, out)}`,
  );
  for (const inc of set.distinct ? [] : incidents) {
    const l = inc.location;
    console.log(
      `  ${inc.id} ${inc.start}..${inc.end} (date_prec ${inc.datePrec}) ${inc.eventType} | ${l ? `${l.name}, ${l.admin1}, ${l.country} (${l.lat}, ${l.lon}) where_prec ${l.wherePrec}` : "no place"} | ${inc.articles.length} reports: ${inc.articles.join(" ")}`,
    );
  }
  if (set.distinct) {
    const merged = incidents.filter((i) => i.articles.length > 1);
    const rowsMerged = merged.reduce((n, i) => n + i.articles.length, 0);
    console.log(
      `  false merges: ${merged.length} incidents hold ${rowsMerged} of ${rows.length} rows (${((100 * rowsMerged) / rows.length).toFixed(1)}%)`,
    );
    const gold = new Map(rows.map((r) => [String(r.id), r]));
    const related = merged.reduce((n, i) => {
      const key = (id) => `${gold.get(id)?.date}|${gold.get(id)?.country}|${gold.get(id)?.admin1}`;
      return n + i.articles.filter((a) => i.articles.some((b) => b !== a && key(b) === key(a))).length;
    }, 0);
    console.log(
      `  of these, ${related} rows share the day and province (gold) with another row of their incident (GTD codes coordinated or nearby same-day attacks one row per site)`,
    );
    for (const i of merged.slice(0, 8))
      console.log(
        `    ${i.articles.join(" + ")}: ${i.links.map((l) => `${l.score}`).join(", ")} — ${i.links.at(-1)?.reasons.join("; ")}`,
      );
    placeAndTypeAccuracy(rows, store);
  } else if (set.gold) {
    const r = spawnSync(
      process.execPath,
      [path.join(evalDir, "score-linking.mjs"), "--gold", set.file, "--incidents", out],
      { encoding: "utf8" },
    );
    process.stdout.write(r.stdout + r.stderr);
  }
}

/** How often the located country and province, and the GTD attack type, agree with the row's gold. */
async function placeAndTypeAccuracy(rows, store) {
  const { findPlaces, locate } = await import("../dist/incidents/places.js");
  const { typeEvent } = await import("../dist/incidents/event-type.js");
  let country = 0;
  let admin1 = 0;
  let withAdmin1 = 0;
  let type = 0;
  for (const r of rows) {
    const loc = locate(findPlaces(r.text));
    if (loc?.country && r.country && loc.country.toLowerCase() === String(r.country).toLowerCase()) country++;
    if (r.admin1) {
      withAdmin1++;
      if (loc?.admin1 && loc.admin1.toLowerCase().includes(String(r.admin1).toLowerCase().split(" ")[0]))
        admin1++;
    }
    const t = typeEvent(r.text, store.getClaims(String(r.id))).gtd;
    if (r.event_type && String(r.event_type).toLowerCase() === t.toLowerCase()) type++;
  }
  const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`;
  console.log(
    `  country located right: ${pct(country, rows.length)}; province (admin1) right: ${pct(admin1, withAdmin1)} of ${withAdmin1} rows with one; GTD attack type right: ${pct(type, rows.length)}`,
  );
}
