// Alternated A/B of one extraction stage, in one process: the built extractor of this checkout and
// of `--base DIR` are loaded side by side, the news input's sentences read once by each, then the
// stage is run over every sentence by one build and the other in turn, for several rounds. On a
// machine whose load swings, whole processes (bench/ab.mjs) cannot resolve a change of a few per
// cent in a stage of a fifth of the run; alternating passes in one process weighs the load on both
// alike. This is not how a user runs the product: a figure from it is labelled as a stage's, in one
// process, warm (the first pass of each build is untimed; its output digests are compared).
//
//   node bench/stage-ab.mjs --base DIR [--stage counts|candidates|tokens] [--rounds 10] [--mb 8] [--eval DIR]
//
//   --stage   counts: `cuedCounts` over every sentence with a parser's words (outcome/find-counts);
//             candidates: `findCandidates` over the same; tokens: `tokenize` of every sentence
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { benchInputs } from "./lib/extract-inputs.mjs";
import { evalDirOption, option, usageOnHelp } from "./lib/options.mjs";

usageOnHelp(import.meta.url);

const head = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const baseArg = option("--base", null);
const stage = option("--stage", "counts");
if (!baseArg || !["counts", "candidates", "tokens"].includes(stage)) {
  console.log(
    "usage: node bench/stage-ab.mjs --base DIR [--stage counts|candidates|tokens] [--rounds 10] [--mb 8]",
  );
  process.exit(2);
}
const rounds = Math.max(2, Number(option("--rounds", "10")) || 10);
const base = path.resolve(baseArg);
for (const root of [head, base])
  if (!fs.existsSync(path.join(root, "dist/extract/pipeline.js"))) {
    console.log(`${root}/dist is missing: build that checkout first (npm run build).`);
    process.exit(1);
  }

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tally-stage-ab-"));
const { haveEval, news } = benchInputs({
  evalDir: evalDirOption(head),
  repoRoot: head,
  dir: tmp,
  mb: Number(option("--mb", "8")) || 8,
});
if (!haveEval) console.log("The evaluation data is absent: timing the project's own reports.");
const texts = [];
for (const line of fs.readFileSync(news.file, "utf8").split("\n")) {
  if (!line) continue;
  try {
    const text = JSON.parse(line).text;
    if (typeof text === "string" && text) texts.push(text);
  } catch {
    // (a line that is not an article is none of the stage's input)
  }
}
fs.rmSync(tmp, { recursive: true, force: true });

/** One build's modules and the sentences it read, with their tokens and count cues. */
async function load(root) {
  const from = (file) => import(pathToFileURL(path.join(root, "dist/extract", file)).href);
  const m = {
    ...(await from("segment/sentences.js")),
    ...(await from("segment/unwrap.js")),
    ...(await from("tokens.js")),
    ...(await from("outcome/find-counts.js")),
    ...(await from("outcome/candidates.js")),
  };
  const work = [];
  for (const t of texts) {
    const text = m.unwrapLines(t);
    for (const s of m.sentences(text)) {
      const tokens = m.tokenize(text, s);
      work.push({ text, s, tokens, cues: m.countCues(tokens) });
    }
  }
  return { root, m, work, times: [], digest: "" };
}

const NO_CONTEXT = { earlier: null, recent: [] };

/** One pass of the stage over every sentence; the first (untimed) digests the output. */
function pass(side, first) {
  const { m, work } = side;
  const hash = first ? crypto.createHash("sha256") : null;
  const t0 = process.cpuUsage();
  for (const w of work) {
    let out;
    if (stage === "tokens") out = m.tokenize(w.text, w.s);
    else {
      if (w.cues === 0) continue;
      const slice = (a, b) => w.text.slice(a, b);
      out =
        stage === "candidates"
          ? m.findCandidates(w.tokens, slice)
          : m.cuedCounts(w.tokens, slice, NO_CONTEXT, w.cues);
    }
    hash?.update(JSON.stringify(out));
  }
  const used = process.cpuUsage(t0);
  if (hash) side.digest = hash.digest("hex");
  else side.times.push((used.user + used.system) / 1e6);
}

const sides = [await load(base), await load(head)];
for (const side of sides) pass(side, true);
for (let r = 0; r < rounds; r++) for (const side of r % 2 ? [...sides].reverse() : sides) pass(side, false);

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const f3 = (x) => x.toFixed(3);
const [b, h] = sides;
console.log(
  `${stage} over ${b.work.length} sentences of ${news.mb.toFixed(2)} MB, ${rounds} alternated rounds ` +
    `(load ${os.loadavg()[0].toFixed(1)}); output ${b.digest === h.digest ? "identical" : "DIFFERS"}`,
);
for (const [name, side] of [
  ["base", b],
  ["head", h],
])
  console.log(
    `  ${name}  CPU-s a pass: min ${f3(Math.min(...side.times))}, median ${f3(median(side.times))}`,
  );
console.log(
  `  head/base ×${(Math.min(...h.times) / Math.min(...b.times)).toFixed(3)} (min), ` +
    `×${(median(h.times) / median(b.times)).toFixed(3)} (median)`,
);
