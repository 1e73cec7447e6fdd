// A coverage grid of outcome phrasings: every outcome lemma of the lexicon in each voice it takes,
// × number forms, × person nouns by class, written as template sentences of our own, run through
// the built CLI (`tally extract`, one whole process over all sentences, in the order generated),
// and checked for a claim of the expected outcome, value and group. It prints the coverage of each
// dimension and the failing cells grouped by their shape, so that what fails systematically (a
// voice, a number form, a class of noun) shows as a mechanism to fix, not as single phrasings.
// After `npm run build`:
//
//   node bench/outcome-grid.mjs [--show 3] [--sample 2000] [--seed 1] [--only SWEEP] [--json FILE]
//
// Sweeps: `lemmas` (every lemma × its voices, "12 villagers"), `numbers` (every number form × a
// few lemmas and voices), `nouns` (person nouns sampled from WordNet's classes × three voices),
// `mixed` (a seeded random sample of the whole product). Reads nothing outside the repository.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractWithCli } from "./lib/cli-extract.mjs";
import { option, usageOnHelp } from "./lib/options.mjs";

usageOnHelp(import.meta.url);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI = path.join(repoRoot, "dist/cli/main.js");
if (!fs.existsSync(CLI)) {
  console.error(`outcome grid: ${CLI} is missing; run \`npm run build\` first.`);
  process.exit(1);
}
const lib = (p) => import(path.join(repoRoot, "dist/extract/lexicon", p));
const { OUTCOME_LEMMAS } = await lib("outcome-lemmas.js");
const { ACCEPTED_OUTCOME_LEMMAS } = await lib("generated/wordnet-outcomes.js");
const { WORDNET_PERSONS } = await lib("generated/wordnet-persons.js");
const { verbForms, plural } = await lib("morphology.js");

const show = Number(option("--show", "3"));
const sampleSize = Number(option("--sample", "2000"));
const only = option("--only", null);
const jsonOut = option("--json", null);
let seed = Number(option("--seed", "1")) || 1;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
const pick = (list) => list[Math.floor(random() * list.length)];

// --- the dimensions ------------------------------------------------------------------------------

/** Number forms with the value and lower bound a reader takes from them (codebook §1 `quantity`). */
const NUMBERS = [
  ["12", 12, 12],
  ["twelve", 12, 12],
  ["21", 21, 21],
  ["twenty-one", 21, 21],
  ["two", 2, 2],
  ["three", 3, 3],
  ["1,200", 1200, 1200],
  ["a dozen", 12, 12],
  ["at least 12", 12, 12],
  ["at least seven", 7, 7],
  ["more than 40", 40, 41],
  ["over 100", 100, 101],
  ["about 30", 30, null],
  ["some 30", 30, null],
  ["nearly 50", 50, null],
  ["up to 15", 15, null],
  ["between 10 and 15", 10, 10],
  ["dozens of", null, 24],
  ["scores of", null, 40],
  ["hundreds of", null, 200],
];

/** Person nouns: a fixed core of common ones with their group, and a sample of WordNet's classes. */
const CORE_NOUNS = [
  ["villager", "civilians"],
  ["soldier", "security_forces"],
  ["policeman", "security_forces"],
  ["militant", "militants"],
  ["passenger", "civilians"],
  ["person", "people"],
];

/** Whether a noun, as its plural, reads as a plain count noun in a template (no odd senses). */
const plainNoun = (n) => /^[a-z]+$/.test(n) && n.length > 3;

function sampleNouns(perGroup) {
  const out = [];
  for (const [group, words] of Object.entries(WORDNET_PERSONS)) {
    const list = words.split(" ").filter(plainNoun);
    const taken = new Set();
    for (let i = 0; i < perGroup * 4 && taken.size < Math.min(perGroup, list.length); i++)
      taken.add(pick(list));
    for (const n of taken) out.push([n, group]);
  }
  return out;
}

/** Every lemma with its class and outcome: the base entries (composed injury phrases left to one each). */
function lemmas() {
  const out = new Map();
  const put = (lemma, cls, outcome) => out.set(`${outcome} ${cls} ${lemma}`, { lemma, cls, outcome });
  for (const [outcome, classes] of Object.entries(OUTCOME_LEMMAS))
    for (const [cls, list] of Object.entries(classes))
      for (const lemma of list) {
        if (outcome === "present" || outcome === "held") continue;
        // the composed "sustain serious gunshot injuries" family: its first two stand for all
        if (/^(sustain|suffer|receive|escape with) .+ (injuries|wounds|burns)$/.test(lemma)) continue;
        put(lemma, cls, outcome);
      }
  for (const w of ACCEPTED_OUTCOME_LEMMAS) put(w.lemma, w.class, w.outcome);
  return [...out.values()];
}

/** The lemma's verb inflected (its first word not an adverb in -ly), the rest kept. */
function inflected(lemma, form, subject) {
  const words = lemma.split(" ");
  const i = words.findIndex((w) => !w.endsWith("ly"));
  const as = (verb) => {
    const f = verbForms(verb);
    return { past: f.past[0], participle: f.participle[0], ing: f.ing, third: f.third, base: f.base }[form];
  };
  // the first verb and each verb joined to it by "and" ("shoot and kill" → "shot and killed")
  return words
    .map((w, j) => (j === i || (j > i && words[j - 1] === "and") ? as(w) : w))
    .join(" ")
    .replace(/\bone's life\b/, subject === "one" ? "his life" : "their lives")
    .replace(/\bone's\b/, subject === "one" ? "his" : "their")
    .replace(/\boneself\b/, subject === "one" ? "himself" : "themselves");
}

const cap = (s) => s[0].toUpperCase() + s.slice(1);

/**
 * The voices a lemma of a class stands in, each a template over (number, noun) → sentence.
 * `{N}` is the number form, `{P}` the noun's plural.
 */
function voices({ lemma, cls }) {
  const ofPhrase = lemma.endsWith(" of");
  const v = (form) => inflected(lemma, form, "many");
  const n = (s) => s; // readability of the table below
  switch (cls) {
    case "transitive":
      return [
        ["active", n(`Gunmen ${v("past")} {N} {P} in the district on Monday, officials said.`)],
        ["active-perfect", n(`Officials said gunmen had ${v("participle")} {N} {P} in the district.`)],
        ["gerund", n(`The attackers opened fire on Monday, ${v("ing")} {N} {P}, officials said.`)],
        ...(ofPhrase
          ? []
          : [
              ["passive", n(`{N} {P} were ${v("participle")} in the district on Monday, officials said.`)],
              ["passive-said", n(`Officials said {N} {P} had been ${v("participle")} in the district.`)],
              [
                "reduced-relative",
                n(`Officials said the {N} {P} ${v("participle")} in the attack were from one village.`),
              ],
              ["headline", n(`{N} {P} ${v("participle")} in attack on district`)],
            ]),
      ];
    case "intransitive":
      return [
        ["intransitive", n(`{N} {P} ${v("past")} in the attack on Monday, officials said.`)],
        ["intransitive-said", n(`Officials said {N} {P} had ${v("participle")} in the attack.`)],
      ];
    case "participle":
      return [
        ["passive", n(`{N} {P} were ${v("participle")} in the district on Monday, officials said.`)],
        ["passive-said", n(`Officials said {N} {P} had been ${v("participle")} in the district.`)],
      ];
    case "noun":
      return [
        ["nominal", n(`Officials condemned the ${lemma} of {N} {P} in the district on Monday.`)],
        ["nominal-plural", n(`The ${plural(lemma)} of {N} {P} on Monday were condemned by officials.`)],
      ];
    case "lives":
      return [["lives", n(`The attack ${v("past")} {N} lives in the district on Monday, officials said.`)]];
    default:
      return [];
  }
}

/** A sentence for a cell, and what it must yield. */
function cell(sweep, l, [voice, template], [numText, value, min], [noun, group]) {
  let text = template.replace("{N}", numText).replace("{P}", l.cls === "lives" ? "" : plural(noun));
  text = text.replace(/ {2,}/g, " ");
  if (/^[a-z]/.test(text)) text = cap(text);
  const expectGroup = l.cls === "lives" ? null : group;
  return {
    sweep,
    lemma: l.lemma,
    cls: l.cls,
    outcome: l.outcome,
    voice,
    num: numText,
    value,
    min,
    noun,
    group: expectGroup,
    text,
  };
}

// --- the sweeps -------------------------------------------------------------------------------

const ALL = lemmas();
const cells = [];
const want = (s) => !only || only === s;
const twelve = NUMBERS[0];
const villagers = CORE_NOUNS[0];
if (want("lemmas"))
  for (const l of ALL) for (const vc of voices(l)) cells.push(cell("lemmas", l, vc, twelve, villagers));
const CORE_LEMMAS = ALL.filter((l) =>
  [
    "killed transitive kill",
    "killed intransitive die",
    "injured transitive injure",
    "abducted transitive abduct",
    "released transitive free",
    "arrested transitive arrest",
    "killed noun killing",
  ].includes(`${l.outcome} ${l.cls} ${l.lemma}`),
);
if (want("numbers"))
  for (const l of CORE_LEMMAS)
    for (const vc of voices(l)) for (const num of NUMBERS) cells.push(cell("numbers", l, vc, num, villagers));
const NOUNS = [...CORE_NOUNS, ...sampleNouns(40)];
if (want("nouns"))
  for (const l of CORE_LEMMAS.slice(0, 3))
    for (const vc of voices(l)) for (const noun of NOUNS) cells.push(cell("nouns", l, vc, twelve, noun));
if (want("mixed"))
  for (let i = 0; i < sampleSize; i++) {
    const l = pick(ALL);
    const vs = voices(l);
    if (vs.length) cells.push(cell("mixed", l, pick(vs), pick(NUMBERS), pick(NOUNS)));
  }

/**
 * Constructions beyond a verb and its people (issue 9 §1, §2, §4, §6): each a template over a
 * number {N}, a second number {M} and a plural noun {P}, with the claims it must yield as
 * [outcome, value], value "N"/"M" for the numbers, or a fixed number, and those it may yield too
 * (optional under the codebook: a context figure, the stock of hostages).
 */
const CONSTRUCTIONS = [
  ["left-dead", "The attack left {N} {P} dead, officials said.", [["killed", "N"]]],
  ["headline-dead", "{N} dead in market attack", [["killed", "N"]]],
  ["headline-kills", "Market blast kills {N} {P}", [["killed", "N"]]],
  [
    "killed-hurt",
    "{N} killed, {M} hurt in market attack",
    [
      ["killed", "N"],
      ["injured", "M"],
    ],
  ],
  ["adjectival-injured", "{N} injured {P} were taken to a clinic, officials said.", [["injured", "N"]]],
  ["adjectival-slain", "Officials buried the {N} slain {P} on Tuesday.", [["killed", "N"]]],
  ["adjectival-wounded", "Medics treated {N} wounded {P} at the scene, officials said.", [["injured", "N"]]],
  ["lives-lost", "Lives lost: {N}", [["killed", "N"]]],
  ["dead-numbered", "The dead numbered {N}, officials said.", [["killed", "N"]]],
  ["toll-risen", "The death toll from the attack has risen to {N}, officials said.", [["killed", "N"]]],
  ["toll-stood", "The death toll stood at {N} on Tuesday, officials said.", [["killed", "N"]]],
  [
    "toll-bringing",
    "Rescuers found more bodies, bringing the death toll to {N}, officials said.",
    [["killed", "N"]],
  ],
  ["number-of-dead", "The number of dead rose to {N} on Tuesday, officials said.", [["killed", "N"]]],
  ["bodies", "Rescuers recovered {N} bodies from the rubble, officials said.", [["killed", "N"]]],
  ["fatalities", "Officials reported {N} fatalities after the attack.", [["killed", "N"]]],
  ["confirmed-dead", "{N} {P} have been confirmed dead, officials said.", [["killed", "N"]]],
  [
    "killing-wounding",
    "Gunmen opened fire on a bus, killing {N} and wounding {M}, officials said.",
    [
      ["killed", "N"],
      ["injured", "M"],
    ],
  ],
  [
    "killed-and-wounded",
    "{N} {P} were killed and {M} wounded in the attack, officials said.",
    [
      ["killed", "N"],
      ["injured", "M"],
    ],
  ],
  [
    "two-groups",
    "The attackers killed {N} soldiers and {M} {P}, officials said.",
    [
      ["killed", "N"],
      ["killed", "M"],
    ],
  ],
  [
    "including",
    "{N} {P} were killed, including {M} women, officials said.",
    [
      ["killed", "N"],
      ["killed", "M"],
    ],
  ],
  [
    "of-them",
    "At least {N} {P}, {M} of them children, were killed, officials said.",
    [
      ["killed", "N"],
      ["killed", "M"],
    ],
  ],
  ["among-dead", "Among the dead were {N} {P}, officials said.", [["killed", "N"]]],
  ["among-killed", "{N} {P} were among those killed, officials said.", [["killed", "N"]]],
  ["total-of", "A total of {N} {P} were killed in the attack, officials said.", [["killed", "N"]]],
  [
    "of-the-M",
    "{M} of the {N} {P} on the bus were killed, officials said.",
    [["killed", "M"]],
    [["present", "N"]],
  ],
  [
    "of-hostages-freed",
    "Of the {N} hostages, {M} were freed on Tuesday, officials said.",
    [["released", "M"]],
    [
      ["held", "N"],
      ["abducted", "N"],
    ],
  ],
  [
    "elliptical-day",
    "{N} {P} were killed on Monday and {M} on Tuesday, officials said.",
    [
      ["killed", "N"],
      ["killed", "M"],
    ],
  ],
  [
    "victims-include",
    "{M} people were killed in the attack. The victims include {N} women, officials said.",
    [
      ["killed", "M"],
      ["killed", "N"],
    ],
  ],
  [
    "bare-were-killed",
    "Officials said {N} were killed and {M} were wounded.",
    [
      ["killed", "N"],
      ["injured", "M"],
    ],
  ],
  ["lost-lives", "{N} {P} lost their lives in the attack, officials said.", [["killed", "N"]]],
  ["hospitalised", "{N} {P} were hospitalised after the attack, officials said.", [["injured", "N"]]],
  ["still-missing", "{N} {P} remain missing after the attack, officials said.", [["missing", "N"]]],
  ["line-break", "Gunmen killed {N}\n{P} in the district on Monday,\nofficials said.", [["killed", "N"]]],
  ["sentence-digit", "The attack came at dawn. {N} {P} were killed, officials said.", [["killed", "N"]]],
  ["no-deaths", "No deaths were recorded after the attack, officials said.", [["killed", 0]]],
  ["no-injuries", "No injuries were reported, officials said.", [["injured", 0]]],
  ["question", "It was not known whether anyone was hurt, officials said.", []],
  ["shot-single", "A policeman was shot dead in the district on Monday, officials said.", [["killed", 1]]],
  ["driver-died", "The driver died at the scene, officials said.", [["killed", 1]]],
  ["both", "Both {P} were killed in the attack, officials said.", [["killed", 2]]],
  ["family-of", "A family of five was killed in the attack, officials said.", [["killed", 5]]],
  [
    "kills-headline-of",
    "Attack kills {N}, injures {M} in district",
    [
      ["killed", "N"],
      ["injured", "M"],
    ],
  ],
  ["death-of", "Officials confirmed the deaths of {N} {P}.", [["killed", "N"]]],
  ["claimed-lives", "The attack claimed the lives of {N} {P}, officials said.", [["killed", "N"]]],
  ["people-shot", "{N} {P} were shot in the attack, officials said.", [["injured", "N"]]],
  // "N casualties", killed or injured: no claim (ARCHITECTURE.md, where the codebook is silent)
  ["casualties", "The attack caused {N} casualties, officials said.", []],
  [
    "shot-with-deaths",
    "A gunman shot {N} {P} in the market, killing {M}, officials said.",
    [["killed", "M"]],
  ],
  ["killed-or-injured", "{N} {P} were killed or injured in the attack, officials said.", [["injured", "N"]]],
];
const CONSTRUCTION_NUMBERS = [
  ["12", "4"],
  ["twenty-one", "three"],
  ["at least 30", "more than 10"],
];
const CONSTRUCTION_NOUNS = ["people", "villagers", "soldiers", "passengers", "civilians"];
const value = (v, n, m) => {
  const num = (t) => {
    const r = NUMBERS.find(([x]) => x === t) ?? [
      t,
      Number(t.replace(/^(at least|more than) /, "").replace(/,/g, "")),
    ];
    const words = { three: 3, "more than 10": 10, "at least 30": 30 };
    return words[t] ?? r[1];
  };
  return v === "N" ? num(n) : v === "M" ? num(m) : v;
};
if (want("constructions"))
  for (const [name, template, expect, allow = []] of CONSTRUCTIONS)
    for (const [n, m] of CONSTRUCTION_NUMBERS)
      for (const p of CONSTRUCTION_NOUNS) {
        let text = template.replaceAll("{N}", n).replaceAll("{M}", m).replaceAll("{P}", p);
        text = text.replace(/(^|\. )([a-z])/g, (_, a, b) => a + b.toUpperCase());
        cells.push({
          sweep: "constructions",
          voice: name,
          text,
          expect: expect.map(([o, v]) => [o, value(v, n, m)]),
          allow: allow.map(([o, v]) => [o, value(v, n, m)]),
        });
        if (!template.includes("{P}") && !template.includes("{N}")) break;
      }

// --- run the product once over every cell ----------------------------------------------------

const extracted = await extractWithCli(
  CLI,
  cells.map((c, i) => ({ id: `g${i}`, text: c.text, published: "2025-03-10" })),
  ["--jobs", "1"],
).catch((e) => {
  console.error(`outcome grid: ${e.message}`);
  process.exit(1);
});
const byId = new Map(extracted.map((r) => [r.id, r.claims]));

/** found: a claim of the outcome and number; group: of the expected group too. */
function judge(c, claims) {
  const q = (k) =>
    k.outcome === c.outcome &&
    (c.value === null ? k.quantity.value === null && k.quantity.min === c.min : k.quantity.value === c.value);
  const hits = claims.filter(q);
  const found = hits.length > 0;
  const grouped = c.group === null || hits.some((k) => k.group === c.group);
  const extra = claims.length - (found ? 1 : 0);
  const why = found
    ? ""
    : claims.map((k) => `${k.outcome}/${k.group}/${k.quantity.value ?? k.quantity.min}`).join(",") || "none";
  return { found, grouped, extra, why, got: hits.map((k) => k.group) };
}

/** A construction's cell: every expected [outcome, value] read, and no other claim. */
function judgeAll(c, claims) {
  const read = claims.map((k) => [
    k.outcome,
    k.quantity.value ?? (k.quantity.hedge === "none" ? 0 : k.quantity.min),
  ]);
  const missing = c.expect.filter(([o, v]) => !read.some(([ro, rv]) => ro === o && rv === v));
  const known = [...c.expect, ...c.allow];
  const extra = read.filter(([o, v]) => !known.some(([eo, ev]) => eo === o && ev === v));
  const fmt = (l) => l.map(([o, v]) => `${o}/${v}`).join(",");
  const why = missing.length || extra.length ? `got [${fmt(read)}] want [${fmt(c.expect)}]` : "";
  return { found: missing.length === 0, grouped: true, extra: extra.length, why };
}

const results = cells.map((c, i) => ({
  ...c,
  ...(c.expect ? judgeAll : judge)(c, byId.get(`g${i}`) ?? []),
}));
if (jsonOut) fs.writeFileSync(jsonOut, results.map((r) => JSON.stringify(r)).join("\n") + "\n");

// --- report -------------------------------------------------------------------------------------

const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : "-");
function table(title, rows, key) {
  const groups = new Map();
  for (const r of rows) {
    const k = key(r);
    const g = groups.get(k) ?? { n: 0, found: 0, grouped: 0, extra: 0, fails: [], rows: [] };
    g.n++;
    g.rows.push(r);
    if (r.found) g.found++;
    else g.fails.push(r);
    if (r.found && r.grouped) g.grouped++;
    if (r.extra > 0) g.extra++;
    groups.set(k, g);
  }
  console.log(`\n${title}`);
  const sorted = [...groups].sort((a, b) => a[1].found / a[1].n - b[1].found / b[1].n);
  for (const [k, g] of sorted) {
    console.log(
      `  ${k.padEnd(28)} ${String(g.n).padStart(5)}  found ${pct(g.found, g.n).padStart(5)}%  group ${pct(g.grouped, g.found).padStart(5)}%  extra ${g.extra}`,
    );
    const shown = [...g.fails, ...(g.fails.length ? [] : [])].slice(0, show);
    for (const f of shown) console.log(`      ✗ ${JSON.stringify(f.text)}  → ${f.why}`);
    if (!g.fails.length && g.extra)
      for (const f of g.rows.filter((r) => r.extra).slice(0, show))
        console.log(`      + ${JSON.stringify(f.text)}  → ${f.why}`);
  }
}

for (const sweep of ["lemmas", "numbers", "nouns", "mixed", "constructions"]) {
  const rows = results.filter((r) => r.sweep === sweep);
  if (!rows.length) continue;
  const found = rows.filter((r) => r.found).length;
  const grouped = rows.filter((r) => r.found && r.grouped).length;
  console.log(
    `\n== ${sweep}: ${rows.length} sentences, found ${pct(found, rows.length)}%, group right ${pct(grouped, found)}% of found, with extra claims ${rows.filter((r) => r.extra > 0).length}`,
  );
  if (sweep === "lemmas") {
    table("by voice", rows, (r) => r.voice);
    table("by outcome", rows, (r) => r.outcome);
  }
  if (sweep === "numbers") table("by number form", rows, (r) => r.num);
  if (sweep === "nouns") table("by group of noun", rows, (r) => `${r.group} / ${r.voice}`);
  if (sweep === "mixed") table("by voice", rows, (r) => r.voice);
  if (sweep === "constructions")
    table("by construction (found: every claim read; extra: more read)", rows, (r) => r.voice);
}
const total = results.filter((r) => r.found).length;
console.log(`\noverall: ${results.length} sentences, found ${pct(total, results.length)}%`);
