// The reference grid: a coverage bench for descriptions and pronouns that refer back to an actor
// named earlier in the report (issue 9 §3). Two sentences of our own words a row (bench/lib/
// reference-grid.mjs): an actor named without a figure, then a figure given through "the group",
// "the militia", "the paramilitary force", "the ministry", "it" … It runs the built CLI's `extract`
// over them as a user does (one whole process, JSON Lines on stdin) and prints the pass rate
// overall, by description, by actor, by intro and by frame, and the failing rows.
//
//   npm run build && node bench/reference-grid.mjs [--show N] [--cli FILE]
//
// Reads nothing from ../shared; every sentence is written here.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractRows, printFailing } from "./lib/grid.mjs";
import { option, usageOnHelp } from "./lib/options.mjs";
import { gridRows, judge } from "./lib/reference-grid.mjs";

usageOnHelp(import.meta.url);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.resolve(option("--cli", path.join(repoRoot, "dist/cli/main.js")));
const show = Number(option("--show", "30"));
if (!fs.existsSync(cli)) {
  console.error(`reference-grid: ${cli} is missing; run \`npm run build\` first.`);
  process.exit(1);
}

const rows = gridRows();
const results = await extractRows(cli, rows);
for (const r of rows) r.verdict = judge(r, results.get(r.id)?.claims ?? []);

const rate = (list) => `${list.filter((r) => r.verdict.ok).length} / ${list.length}`;
const fitting = rows.filter((r) => r.fits);
const controls = rows.filter((r) => !r.fits);
console.log(
  `reference grid: ${rate(rows)} pass; referring back ${rate(fitting)}, ` +
    `descriptions with no fitting actor ${rate(controls)}; ` +
    `referring back with the actor's type (any name) ${fitting.filter((r) => r.verdict.ok || r.verdict.why === "name").length} / ${fitting.length}`,
);
printFailing(
  "by description (failing only)",
  rows,
  (r) => `${r.description.text}${r.fits ? "" : " (no fitting actor)"}`,
);
printFailing("by actor (failing only)", rows, (r) => r.actor.text);
printFailing("by intro (failing only)", rows, (r) => r.intro.name);
printFailing("by frame (failing only)", rows, (r) => r.frame.name);
console.log(`\nfailing rows (first ${show}):`);
for (const r of rows.filter((x) => !x.verdict.ok).slice(0, show))
  console.log(`  [${r.verdict.why}] got ${r.verdict.got}: ${r.text}`);
