// A recall probe: which casualty figures in real reports does `tally extract` leave unread?
// It runs the built CLI (whole process, files in the order below) over reports we may read, finds
// every number that sits in one clause with a casualty word, and lists those that no claim's
// evidence span covers, grouped by their local pattern and ranked by frequency. Each frequent
// group is a phrasing class the extractor lacks (or a number that is no count: read the sample).
// After `npm run build`:
//
//   node bench/recall-probe.mjs [--eval DIR] [--sets pool,jaffar,claims] [--every N]
//                               [--top 40] [--sample 50] [--seed 1] [--examples 2]
//
//   --eval DIR   the evaluation data (default ../shared/eval beside the repository)
//   --sets LIST  which reports to read (default all three):
//                pool    pool/*.jsonl (GTD and ACLED texts), leaving out every row whose text is
//                        also an odd-index (held-out, scored-only) row of a dev/*.jsonl file
//                jaffar  jaffar-express/articles.jsonl, less the reports claims-dev's half B holds
//                claims  claims-dev/ and claims-world/ reports at an even index of the sorted
//                        file names (the "look" half A); the odd-index half B is never opened
//   --every N    read every Nth readable pool row only (default 1: all), to keep a run short
//   --top N      how many pattern groups to print (default 40)
//   --sample N   also print N uncovered hits drawn at random (seeded), to judge by hand how many
//                are true misses (default 0)
//   --examples N examples printed per group (default 2)
//   --json FILE  write every uncovered hit as JSON Lines to FILE as well
//
// Reads ../shared/eval; when it is absent this says so and exits without a figure. Nothing read
// here is written into the project.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { claimsAReports, jaffarReports, poolReports } from "./lib/readable-eval.mjs";
import { evalDirOption, option, usageOnHelp } from "./lib/options.mjs";

usageOnHelp(import.meta.url);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const evalDir = evalDirOption(repoRoot);
const sets = new Set(option("--sets", "pool,jaffar,claims").split(","));
const every = Math.max(1, Number(option("--every", "1")) || 1);
const top = Number(option("--top", "40")) || 40;
const sampleSize = Number(option("--sample", "0")) || 0;
const exampleCount = Number(option("--examples", "2"));
const jsonOut = option("--json", null);
let seed = Number(option("--seed", "1")) || 1;
const CLI = path.join(repoRoot, "dist/cli/main.js");

if (!fs.existsSync(evalDir)) {
  console.log(`recall probe: no evaluation data at ${evalDir} (pass --eval DIR); nothing measured.`);
  process.exit(0);
}
if (!fs.existsSync(CLI)) {
  console.error(`recall probe: ${CLI} is missing; run \`npm run build\` first.`);
  process.exit(1);
}
const { verbForms, plural } = await import(path.join(repoRoot, "dist/extract/lexicon/morphology.js"));

// --- the casualty words, generated from base words --------------------------------------------

/** Verbs of an outcome, as lemmas; every inflection is derived. "free" and "rescue" included. */
const VERBS = (
  "kill die wound injure hurt abduct kidnap arrest free rescue release massacre behead lynch " +
  "murder slay execute maim shoot stab burn hack perish succumb capture detain seize hold " +
  "slaughter assassinate decapitate torture rape displace evacuate hospitalise hospitalize " +
  "treat bury recover neutralise neutralize eliminate"
).split(" ");
/** Nouns of an outcome, as singulars; plurals are derived. */
const NOUNS = (
  "body corpse casualty fatality toll victim death hostage captive massacre killing injury " +
  "wound abductee detainee prisoner survivor martyr dead injured wounded missing"
).split(" ");
/** Adjectives and participles that stand alone. */
const ADJECTIVES = "dead missing injured wounded hurt killed slain lifeless unaccounted".split(" ");

/** surface form → lemma. */
const TRIGGERS = new Map();
for (const v of VERBS) {
  const f = verbForms(v);
  for (const form of [f.base, f.third, f.ing, ...f.past, ...f.participle]) TRIGGERS.set(form, v);
}
for (const n of NOUNS) {
  TRIGGERS.set(n, n);
  TRIGGERS.set(plural(n), n);
}
for (const a of ADJECTIVES) TRIGGERS.set(a, TRIGGERS.get(a) ?? a);
const PASSIVE_AUX = new Set("was were been being is are be got".split(" "));

// --- numbers ----------------------------------------------------------------------------------

const NUMBER_WORDS = new Set(
  (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " +
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety " +
    "hundred hundreds thousand thousands dozen dozens scores"
  ).split(" "),
);
const MONTHS =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)$/i;
/** Words after a number that make it a measure, an age or a time, not a count of people. */
const UNIT_AFTER =
  /^(km|kms|kilomet(er|re)s?|met(er|re)s?|miles?|percent|per|%|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|yrs?|seconds?|am|pm|a\.m|p\.m|kg|tonnes?|tons?|acres?|hectares?|mm|cm|inch(es)?|feet|foot|o'clock|times|rounds|shots|bullets|rockets?|missiles?|shells?|mortars?|grenades?|drones?|vehicles?|cars?|trucks?|houses?|homes?|buildings?|shops?|villages?|naira|dollars?|usd|shillings?|birr|rupees?|pesos?|-year-old|-years-old|year-old|attacks?|events?|incidents?|occasions?|clans?|actors?|sides?|countries|firearms?|guns?|rifles?|weapons?|ak|goats?|cattle|cows?|camels?|sheep|donkeys?|animals?|livestock|heads?|shots?|th|st|nd|rd)$/i;
/** The text right beside a digit that makes it part of a date, a code or a model ("20/06", "AK-47", "25th"). */
const GLUED = /[/\\-]$|^[/\\-]|^[A-Za-z]/;
const WORD_RE = /[A-Za-z][A-Za-z'’-]*|\d[\d,.]*(?:-year-old)?/g;

/** Tokens of a clause with their offsets. */
function words(text, start, end) {
  const out = [];
  WORD_RE.lastIndex = start;
  for (let m; (m = WORD_RE.exec(text)) && m.index < end;) {
    const word = m[0].replace(/[.,]+$/, "");
    out.push({ text: word, start: m.index, end: m.index + word.length });
  }
  out.text = text;
  return out;
}

function isNumber(tokens, i) {
  const t = tokens[i].text;
  const low = t.toLowerCase();
  if (/^\d/.test(t)) {
    if (/year-old$/.test(low)) return false;
    const digits = t.replace(/[,.]/g, "");
    const prev = tokens[i - 1]?.text ?? "";
    const next = tokens[i + 1]?.text ?? "";
    if (/^(19|20)\d\d$/.test(digits)) return false; // a year
    if (MONTHS.test(prev) || MONTHS.test(next)) return false; // a date
    if (/^(aged?|age|no|number|route|highway|kilometer|km|at|page|section|article|resolution)$/i.test(prev))
      return false;
    if (UNIT_AFTER.test(next)) return false;
    const { text: src } = tokens;
    if (
      GLUED.test(src.slice(tokens[i].start - 1, tokens[i].start)) ||
      GLUED.test(src.slice(tokens[i].end, tokens[i].end + 1))
    )
      return false;
    return true;
  }
  if (!NUMBER_WORDS.has(low)) return false;
  if (low === "one" && /^(of|another|no|any|every|each|the|this|that)$/i.test(tokens[i + 1]?.text ?? ""))
    return false;
  if (low === "one" && /^(the|no|any|every|each|this|that)$/i.test(tokens[i - 1]?.text ?? "")) return false;
  if (UNIT_AFTER.test(tokens[i + 1]?.text ?? "")) return false;
  // "twenty-five": the second part is read with the first
  return !(
    i > 0 &&
    NUMBER_WORDS.has(tokens[i - 1].text.toLowerCase()) &&
    tokens[i - 1].end + 1 >= tokens[i].start
  );
}

// --- clauses ----------------------------------------------------------------------------------

/** Clauses as [start, end): split at sentence ends, and at , ; : ( ) — – and a line break. */
function clauses(text) {
  const out = [];
  const re = /[.!?](?=\s+[A-Z0-9"“])|[;:,()\n—–]|\s-\s/g;
  let start = 0;
  for (let m; (m = re.exec(text));) {
    out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  out.push([start, text.length]);
  return out.filter(([s, e]) => e > s);
}

// --- inputs -----------------------------------------------------------------------------------

function articles() {
  const out = [];
  let excluded = 0;
  if (sets.has("pool")) {
    const pool = poolReports(evalDir, (rows) => rows.filter((_, i) => i % every === 0));
    out.push(...pool.reports);
    excluded = pool.excluded;
  }
  if (sets.has("jaffar")) out.push(...jaffarReports(evalDir));
  if (sets.has("claims"))
    out.push(...claimsAReports(evalDir, "claims-dev"), ...claimsAReports(evalDir, "claims-world"));
  return { articles: out, excluded };
}

// --- the run ----------------------------------------------------------------------------------

function extract(list) {
  const input = list
    .map((a) => JSON.stringify({ id: a.id, text: a.text, published: a.published }))
    .join("\n");
  const res = spawnSync(process.execPath, [CLI, "extract"], { input, maxBuffer: 1 << 30, encoding: "utf8" });
  if (res.status !== 0) throw new Error(`tally extract failed (${res.status}): ${res.stderr.slice(0, 500)}`);
  const byId = new Map();
  for (const line of res.stdout.split("\n")) if (line.trim()) byId.set(JSON.parse(line).id, JSON.parse(line));
  return byId;
}

/** The probe's hits in one article: numbers in a clause with a casualty word, covered or not. */
function hits(article, result) {
  const covered = [];
  for (const c of result?.claims ?? []) for (const ev of c.evidence ?? []) covered.push([ev.start, ev.end]);
  const out = [];
  for (const [cs, ce] of clauses(article.text)) {
    const tokens = words(article.text, cs, ce);
    const triggers = tokens
      .map((t, i) => (TRIGGERS.has(t.text.toLowerCase()) ? i : -1))
      .filter((i) => i >= 0);
    if (triggers.length === 0) continue;
    tokens.forEach((tok, i) => {
      if (!isNumber(tokens, i)) return;
      const isCovered = covered.some(([s, e]) => tok.start < e && tok.end > s);
      const near = triggers.reduce((best, j) => (Math.abs(j - i) < Math.abs(best - i) ? j : best));
      out.push({ tok, i, near, tokens, isCovered });
    });
  }
  return out;
}

function pattern({ i, near, tokens }) {
  const trig = tokens[near].text.toLowerCase();
  const lemma = TRIGGERS.get(trig);
  const [a, b] = near > i ? [i + 1, near] : [near + 1, i];
  const between = tokens
    .slice(a, b)
    .map((t) => (isNumber(tokens, tokens.indexOf(t)) ? "N" : t.text.toLowerCase()));
  const gap = between.length > 4 ? "…" : between.join(" ");
  const passive = tokens
    .slice(Math.max(0, near - 3), near)
    .some((t) => PASSIVE_AUX.has(t.text.toLowerCase()));
  const order = near > i ? "N … trigger" : "trigger … N";
  const form = trig === lemma ? "" : `:${trig}`;
  return `${order} | ${lemma}${form} | [${gap}] | ${passive ? "passive" : "active"}`;
}

function rand() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}

const { articles: list, excluded } = articles();
if (list.length === 0) {
  console.log(`recall probe: no reports found under ${evalDir} for sets ${[...sets].join(",")}.`);
  process.exit(0);
}
const cpu0 = process.cpuUsage();
const results = extract(list);
const groups = new Map();
const uncovered = [];
let total = 0;
const perSet = new Map();
for (const a of list) {
  const row = perSet.get(a.set) ?? { articles: 0, hits: 0, uncovered: 0 };
  row.articles++;
  for (const h of hits(a, results.get(a.id))) {
    total++;
    row.hits++;
    if (h.isCovered) continue;
    row.uncovered++;
    const key = pattern(h);
    const ctxStart = h.tokens[Math.max(0, Math.min(h.i, h.near) - 6)].start;
    const ctxEnd = h.tokens[Math.min(h.tokens.length - 1, Math.max(h.i, h.near) + 6)].end;
    const context = `${a.text.slice(ctxStart, h.tok.start)}⟦${h.tok.text}⟧${a.text.slice(h.tok.end, ctxEnd)}`;
    const hit = { set: a.set, id: a.id, key, number: h.tok.text, context };
    uncovered.push(hit);
    const g = groups.get(key) ?? [];
    g.push(hit);
    groups.set(key, g);
  }
  perSet.set(a.set, row);
}
const cpu = process.cpuUsage(cpu0);

console.log(
  `recall probe over ${evalDir} (${list.length} reports; ${excluded} pool rows left out as held-out dev text)`,
);
for (const [set, r] of perSet)
  console.log(`  ${set}: ${r.articles} reports, ${r.hits} hits, ${r.uncovered} uncovered`);
console.log(
  `hits (numbers in a clause with a casualty word): ${total}; covered by no claim: ${uncovered.length}`,
);
console.log(`probe CPU (this process, the CLI not counted): ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`);
console.log(`\ntop ${top} groups (order | trigger lemma[:form] | [words between] | voice):`);
[...groups.entries()]
  .sort((x, y) => y[1].length - x[1].length)
  .slice(0, top)
  .forEach(([key, g]) => {
    console.log(`${String(g.length).padStart(5)}  ${key}`);
    for (const h of g.slice(0, exampleCount))
      console.log(`         ${h.set} ${h.id}: …${h.context.replace(/\s+/g, " ")}…`);
  });
if (sampleSize > 0) {
  console.log(`\nrandom sample of ${sampleSize} uncovered hits (seed ${option("--seed", "1")}):`);
  const pool = [...uncovered];
  for (let k = 0; k < sampleSize && pool.length > 0; k++) {
    const h = pool.splice(Math.floor(rand() * pool.length), 1)[0];
    console.log(
      `${String(k + 1).padStart(3)}. [${h.number}] ${h.set} ${h.id}: …${h.context.replace(/\s+/g, " ")}…`,
    );
  }
}
if (jsonOut) fs.writeFileSync(jsonOut, uncovered.map((h) => JSON.stringify(h)).join("\n") + "\n");
