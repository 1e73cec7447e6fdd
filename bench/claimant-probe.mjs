// The claimant probe: a gap finder for who speaks and what type (issue 9 §3). It runs the built
// CLI's `extract` as a user does (one whole process, JSON Lines on stdin) over the real reports we
// may read, and tabulates every claimant it names, by the shapes that mark a wrong reading:
//
//   untyped      a named claimant typed `unknown` ("IOM" said …)
//   function     a name that is, or opens with, a function word of no name ("the", "it", "however")
//   verb         a name that holds a verb ("the WHO said" named "WHO said")
//   long         a name of more than six words (a clause, not a name)
//   two-types    the same name typed two ways across the reports
//   generic      a name with no capitalised word ("a commander", "elders", "local sources"),
//                tabulated by its head noun with its types
//
// Each row is ranked by frequency: a frequent wrong pattern is a phrasing class to build. The
// figures it prints (untyped share, odd-name share) are the probe's before/after measure.
//
//   npm run build && node bench/claimant-probe.mjs [--eval DIR] [--max N] [--top K] [--json FILE]
//
//   --eval DIR  the evaluation data (default ../shared/eval beside the repository)
//   --max N     rows read from each pool file, evenly spread (default 1500; 0 = every row)
//   --top K     rows shown per table (default 25)
//   --json FILE also write every claimant read, with its article, span and shapes
//
// Reports read (never copied into the project): pool/*.jsonl, except every row whose text is one
// of the odd-index rows of the dev file drawn from it (dev/gtd.jsonl, dev/acled.jsonl), which are
// scored only; jaffar-express/articles.jsonl, except the reports claims-dev's held-out half holds;
// and the look half A of claims-dev/ and claims-world/ (files whose name sorts at an even index).
// The held-out half B is never read. When the evaluation data is absent this says so and stops.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { claimsAReports, jaffarReports, poolReports } from "./lib/readable-eval.mjs";
import { extractWithCli } from "./lib/cli-extract.mjs";
import { evalDirOption, option, usageOnHelp } from "./lib/options.mjs";

usageOnHelp(import.meta.url);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const evalDir = evalDirOption(repoRoot);
const maxRows = Number(option("--max", "1500"));
const top = Number(option("--top", "25"));
const jsonOut = option("--json", null);
const cli = path.join(repoRoot, "dist/cli/main.js");

if (!fs.existsSync(evalDir)) {
  console.log(`claimant-probe: no evaluation data at ${evalDir}; nothing to probe (pass --eval DIR).`);
  process.exit(0);
}
if (!fs.existsSync(cli)) {
  console.error(`claimant-probe: ${cli} is missing; run \`npm run build\` first.`);
  process.exit(1);
}

// --- inputs -------------------------------------------------------------------------------------

/** Every `step`-th row, so a sample spreads over the whole file. */
function spread(rows, max) {
  if (!max || rows.length <= max) return rows;
  const step = rows.length / max;
  return Array.from({ length: max }, (_, i) => rows[Math.floor(i * step)]);
}

// --- running the CLI ----------------------------------------------------------------------------

// --- shapes -------------------------------------------------------------------------------------

const FUNCTION_WORDS = new Set(
  (
    "the a an its their his her this that these those it they he she we i however but also and or " +
    "which who whom what when where while as if so then there here one some all both each"
  ).split(" "),
);
// Verbs a name should not hold: speech verbs and auxiliaries, as a reading that ran past its name leaves them.
const VERBS = new Set(
  (
    "said says say told tells added stated claimed confirmed reported announced was were is are has have had " +
    "been be killed died wounded injured attacked according cited quoted noted estimated put gave"
  ).split(" "),
);

function shapes(name, type) {
  const words = name.split(/\s+/).filter(Boolean);
  const lower = words.map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, ""));
  const out = [];
  if (type === "unknown") out.push("untyped");
  if (FUNCTION_WORDS.has(lower[0]) && (words.length === 1 || !/^\p{Lu}/u.test(words[1] ?? "")))
    if (words.length === 1 || !["the", "a", "an"].includes(lower[0])) out.push("function");
  if (lower.some((w) => VERBS.has(w))) out.push("verb");
  if (words.length > 6) out.push("long");
  if (!words.some((w) => /^\p{Lu}/u.test(w)) && !FUNCTION_WORDS.has(lower.join(" "))) out.push("generic");
  return out;
}

/** The head of a generic name: its last word before a complement ("head of the village" → head). */
function head(name) {
  const words = name.toLowerCase().split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && /^(of|for|in|at|from|with|who|which|close|near)$/.test(w));
  const before = cut > 0 ? words.slice(0, cut) : words;
  return before[before.length - 1].replace(/[^\p{L}'-]/gu, "");
}

// --- the probe ----------------------------------------------------------------------------------

const pool = poolReports(evalDir, (rows) => spread(rows, maxRows));
const inputs = [
  ...pool.reports,
  ...jaffarReports(evalDir),
  ...claimsAReports(evalDir, "claims-dev"),
  ...claimsAReports(evalDir, "claims-world"),
];
const by = (set) => inputs.filter((a) => a.set === set).length;
console.log(
  `claimant-probe: ${inputs.length} reports from ${evalDir} (${pool.reports.length} pool rows, ${pool.excluded} ` +
    `excluded as held-out dev text; jaffar ${by("jaffar")}; claims-dev A ${by("claims-dev-A")}; ` +
    `claims-world A ${by("claims-world-A")})`,
);
const texts = new Map(inputs.map((a) => [a.id, a.text]));
const t0 = process.cpuUsage();
const results = await extractWithCli(
  cli,
  inputs.map((a) => ({ id: a.id, text: a.text, published: a.published })),
);
console.log(`extract: ${results.length} articles out`);

/** One row per claimant mention (a claim's claimant, once per article and name). */
const seen = new Set();
const mentions = [];
let claims = 0;
let media = 0;
for (const r of results) {
  for (const c of r.claims ?? []) {
    claims++;
    const cl = c.claimant;
    if (!cl || cl.name === "media") {
      media++;
      continue;
    }
    const key = `${r.id}\u0000${cl.name}\u0000${cl.type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const m = cl.mention;
    const text = texts.get(r.id) ?? "";
    if (m && text.slice(m.start, m.end) !== m.text)
      throw new Error(`claimant span [${m.start},${m.end}) of ${r.id} does not slice back to "${m.text}"`);
    mentions.push({
      article: r.id,
      name: cl.name,
      type: cl.type,
      mention: m ?? null,
      shapes: shapes(cl.name, cl.type),
    });
  }
}
// Names typed two ways across the reports.
const typesOf = new Map();
for (const m of mentions) {
  const k = m.name.toLowerCase();
  if (!typesOf.has(k)) typesOf.set(k, new Map());
  const t = typesOf.get(k);
  t.set(m.type, (t.get(m.type) ?? 0) + 1);
}
for (const m of mentions) if (typesOf.get(m.name.toLowerCase()).size > 1) m.shapes.push("two-types");

function table(title, rows) {
  const counts = new Map();
  for (const key of rows) counts.set(key, (counts.get(key) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  console.log(`\n## ${title}: ${rows.length} mentions, ${ranked.length} distinct`);
  for (const [key, n] of ranked.slice(0, top)) console.log(`${String(n).padStart(5)}  ${key}`);
}

const withShape = (s) => mentions.filter((m) => m.shapes.includes(s));
table(
  "untyped names",
  withShape("untyped").map((m) => m.name),
);
table(
  "names that are or open with a function word",
  withShape("function").map((m) => `${m.name} [${m.type}]`),
);
table(
  "names holding a verb",
  withShape("verb").map((m) => `${m.name} [${m.type}]`),
);
table(
  "names of more than six words",
  withShape("long").map((m) => `${m.name} [${m.type}]`),
);
table(
  "names typed two ways",
  withShape("two-types").map(
    (m) => `${m.name}: ${[...typesOf.get(m.name.toLowerCase()).keys()].sort().join("/")}`,
  ),
);
table(
  "generic names by head noun and type",
  withShape("generic").map((m) => `${head(m.name)} [${m.type}]`),
);
table(
  "all names by type (the most frequent)",
  mentions.map((m) => `${m.type}`),
);

const odd = mentions.filter((m) => m.shapes.some((s) => s === "function" || s === "verb" || s === "long"));
const pct = (n) => `${((100 * n) / Math.max(1, mentions.length)).toFixed(1)}%`;
const cpu = process.cpuUsage(t0);
console.log(
  `\n## figures\nclaims ${claims} (outlet's voice ${media}); claimant mentions ${mentions.length} ` +
    `(one per article and name); untyped ${withShape("untyped").length} (${pct(withShape("untyped").length)}); ` +
    `odd names ${odd.length} (${pct(odd.length)}: function word, verb or >6 words); typed two ways ` +
    `${withShape("two-types").length} (${pct(withShape("two-types").length)}); generic ${withShape("generic").length} ` +
    `(${pct(withShape("generic").length)})`,
);
console.log(
  `(probe's own CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s; the extract child's is not counted)`,
);
if (jsonOut) fs.writeFileSync(jsonOut, mentions.map((m) => JSON.stringify(m)).join("\n") + "\n");
