// The attribution grid: a coverage bench for who speaks (issue 9 §3). It generates report
// sentences of our own from three tables — attribution frames ("X said …", "according to X", a
// quote closed by X, "X, quoted by Y, said", a speaker carried into the next sentence …), claimant
// heads with the codebook types a careful coder accepts for them (bare nouns, compound heads,
// titled names, "a spokesman for X", organisations by their class), and outcome clauses in several
// tenses and voices — and runs the built CLI's `extract` over them as a user does (one whole
// process, JSON Lines on stdin). Each sentence must yield the figure's claim with the head's type
// and a name holding the head's key word. It prints the pass rate overall, by frame, by head and by
// clause, and the failing rows, so a frame or a head class that fails across the grid shows as one
// row: a mechanism to fix, not a phrase.
//
//   npm run build && node bench/attribution-grid.mjs [--show N] [--frame NAME] [--head TEXT] [--cli FILE]
//
//   --cli FILE  the CLI to run (default dist/cli/main.js): another build's, to compare before and after
//
// Reads nothing from ../shared; every sentence is written here.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractRows, printFailing } from "./lib/grid.mjs";
import { option, usageOnHelp } from "./lib/options.mjs";
import { CLAUSES, FRAMES, HEADS, gridRows, judge } from "./lib/attribution-grid.mjs";

usageOnHelp(import.meta.url);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.resolve(option("--cli", path.join(repoRoot, "dist/cli/main.js")));
const show = Number(option("--show", "40"));
const onlyFrame = option("--frame", null);
const onlyHead = option("--head", null);
if (!fs.existsSync(cli)) {
  console.error(`attribution-grid: ${cli} is missing; run \`npm run build\` first.`);
  process.exit(1);
}

const rows = gridRows({ frame: onlyFrame, head: onlyHead });

const started = process.hrtime.bigint();
const results = await extractRows(cli, rows);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

for (const r of rows) r.verdict = judge(r, results.get(r.id)?.claims ?? []);
const passed = rows.filter((r) => r.verdict.ok).length;
console.log(
  `attribution grid: ${passed} / ${rows.length} pass (${((100 * passed) / rows.length).toFixed(1)}%); ` +
    `${FRAMES.length} frames × ${HEADS.length} heads × ${CLAUSES.length} clauses; extract ${seconds.toFixed(1)} s wall`,
);
printFailing("by frame (failing only)", rows, (r) => r.frame);
printFailing("by head (failing only)", rows, (r) => r.head.text);
printFailing("by clause (failing only)", rows, (r) => r.clause.text);
console.log(`\nfailing rows (first ${show}):`);
for (const r of rows.filter((x) => !x.verdict.ok).slice(0, show))
  console.log(`  [${r.verdict.why}] want ${r.head.types.join("/")}, got ${r.verdict.got}: ${r.text}`);
