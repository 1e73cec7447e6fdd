// The inputs of the extraction benchmarks (bench/extract.mjs, bench/ab.mjs), read from the
// evaluation data and written as JSON Lines to a temporary folder (never into the project):
//   news   the hand-coded reports of claims-dev/ and claims-world/ (.txt, with their publication
//          dates) and jaffar-express/articles.jsonl, in that order, repeated to ~N MB
//   gtd    dev/gtd.jsonl as given: 1,500 short GTD summaries
// Without the evaluation data: the project's own reports (examples/, test/fixtures/articles/)
// repeated the same way, and no short-summary input.
import fs from "node:fs";
import path from "node:path";

/** @typedef {{ id: string, text: string, published: string | null }} BenchArticle */
/** @typedef {{ name: string, file: string, articles: number, mb: number, unique?: number }} BenchInput */

const readJsonl = (file) =>
  fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

/** The reports of a hand-coded claims folder: each `*.expected.json` names its text file. */
function claimsReports(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".expected.json"))
    .sort()
    .map((f) => {
      const gold = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
      const text = fs.readFileSync(path.join(dir, gold.article.file), "utf8");
      return { id: String(gold.article.id), text, published: gold.article.published ?? null };
    });
}

/** @returns {BenchArticle[]} */
function rows(file) {
  return readJsonl(file).map((r, i) => ({
    id: String(r.id ?? `${path.basename(file)}:${i + 1}`),
    text: String(r.text ?? ""),
    published: r.published ?? r.date ?? null,
  }));
}

/** The project's own reports, for a machine without the evaluation data. */
function projectReports(repoRoot) {
  const out = [];
  const examples = path.join(repoRoot, "examples/articles");
  for (const f of fs.existsSync(examples) ? fs.readdirSync(examples).sort() : []) {
    if (!f.endsWith(".json")) continue;
    const a = JSON.parse(fs.readFileSync(path.join(examples, f), "utf8"));
    out.push({ id: String(a.id ?? f), text: String(a.text), published: a.published ?? null });
  }
  const fixtures = path.join(repoRoot, "test/fixtures/articles");
  for (const f of fs.existsSync(fixtures) ? fs.readdirSync(fixtures).sort() : []) {
    if (f.endsWith(".txt"))
      out.push({ id: f, text: fs.readFileSync(path.join(fixtures, f), "utf8"), published: null });
  }
  return out;
}

const bytesOf = (articles) => articles.reduce((n, a) => n + Buffer.byteLength(a.text, "utf8"), 0);

/** The articles repeated in their order until they reach `mb` MB of text; ids stay distinct. */
function repeatTo(articles, mb) {
  const once = bytesOf(articles);
  const times = Math.max(1, Math.round((mb * 1e6) / once));
  const out = [];
  for (let k = 0; k < times; k++)
    for (const a of articles) out.push({ ...a, id: k ? `${a.id}#${k + 1}` : a.id });
  return out;
}

/** Writes `articles` as JSON Lines to `dir/name`. @returns {BenchInput} */
export function writeJsonl(dir, name, articles) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, articles.map((a) => JSON.stringify(a)).join("\n") + "\n");
  return { name, file, articles: articles.length, mb: bytesOf(articles) / 1e6 };
}

/**
 * The benchmark inputs written to `dir`: news-length reports repeated to ~`mb` MB, and the GTD
 * summaries (null without the evaluation data in `evalDir`, when the news input is the project's
 * own reports). @returns {{ haveEval: boolean, news: BenchInput, short: BenchInput | null }}
 */
export function benchInputs({ evalDir, repoRoot, dir, mb }) {
  const haveEval = fs.existsSync(path.join(evalDir, "dev/gtd.jsonl"));
  const reports = haveEval
    ? [
        ...claimsReports(path.join(evalDir, "claims-dev")),
        ...claimsReports(path.join(evalDir, "claims-world")),
        ...rows(path.join(evalDir, "jaffar-express/articles.jsonl")),
      ]
    : projectReports(repoRoot);
  const news = { ...writeJsonl(dir, "news.jsonl", repeatTo(reports, mb)), unique: reports.length };
  const short = haveEval ? writeJsonl(dir, "gtd.jsonl", rows(path.join(evalDir, "dev/gtd.jsonl"))) : null;
  return { haveEval, news, short };
}
