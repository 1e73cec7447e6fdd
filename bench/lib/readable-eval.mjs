// The evaluation reports a gap probe may read, one rule for every probe (bench/recall-probe.mjs,
// bench/claimant-probe.mjs). Our fixed split keeps half of the evaluation data scored only:
//
//   pool/*.jsonl        every row, except one whose text is an odd-index row of a dev/*.jsonl file
//                       (those dev rows are scored only, and the dev files were drawn from the pool)
//   jaffar-express/     every article, except the reports claims-dev's half B holds (the same
//                       reports are coded there, so reading them would read half B)
//   claims-dev/, claims-world/
//                       half A only: the gold files at an even index of the sorted names; half B,
//                       the odd indices, is never opened
//
// Nothing read here is written into the project. Each report comes back as
// { set, id, text, published }, `set` naming where it came from ("pool/FILE", "jaffar",
// "claims-dev-A", "claims-world-A").
import fs from "node:fs";
import path from "node:path";

export const readJsonl = (file) =>
  fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

const textKey = (text) => String(text ?? "").trim();

/** The gold files of a claims folder in one half: A the even indices of the sorted names, B the odd. */
export function claimsHalf(dir, half) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".expected.json"))
    .sort()
    .filter((_, i) => i % 2 === (half === "A" ? 0 : 1));
}

/** Texts of the dev files' odd-index rows: scored only, so never read by a probe. */
function heldOutDevTexts(evalDir) {
  const dir = path.join(evalDir, "dev");
  const out = new Set();
  if (!fs.existsSync(dir)) return out;
  for (const f of fs.readdirSync(dir).filter((name) => name.endsWith(".jsonl")))
    readJsonl(path.join(dir, f)).forEach((row, i) => {
      if (i % 2 === 1) out.add(textKey(row.text));
    });
  return out;
}

/**
 * The pool's readable rows. `pick(rows)` chooses which of a file's readable rows to keep (a
 * probe's sampling); `excluded` counts the rows left out as held-out dev text.
 */
export function poolReports(evalDir, pick = (rows) => rows) {
  const held = heldOutDevTexts(evalDir);
  const dir = path.join(evalDir, "pool");
  const reports = [];
  let excluded = 0;
  for (const f of fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []) {
    if (!f.endsWith(".jsonl")) continue;
    const rows = readJsonl(path.join(dir, f)).filter((row) => {
      const keep = !held.has(textKey(row.text));
      if (!keep) excluded++;
      return keep;
    });
    for (const row of pick(rows))
      reports.push({
        set: `pool/${f}`,
        id: String(row.id),
        text: String(row.text ?? ""),
        published: row.date ?? null,
      });
  }
  return { reports, excluded };
}

/** The Jaffar articles, less those whose report claims-dev's half B holds (matched by file name). */
export function jaffarReports(evalDir) {
  const file = path.join(evalDir, "jaffar-express/articles.jsonl");
  if (!fs.existsSync(file)) return [];
  const heldOut = new Set(
    claimsHalf(path.join(evalDir, "claims-dev"), "B").map((f) => f.replace(/\.expected\.json$/, "")),
  );
  return readJsonl(file)
    .filter((row) => !heldOut.has(String(row.id).replace(/\W/g, "_")))
    .map((row) => ({
      set: "jaffar",
      id: String(row.id),
      text: String(row.text ?? ""),
      published: row.published ?? row.date ?? null,
    }));
}

/** Half A of a claims folder (claims-dev or claims-world) as reports. */
export function claimsAReports(evalDir, name) {
  const dir = path.join(evalDir, name);
  return claimsHalf(dir, "A").map((f) => {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
    return {
      set: `${name}-A`,
      id: String(gold.article.id),
      text: fs.readFileSync(path.join(dir, gold.article.file), "utf8"),
      published: gold.article.published ?? null,
    };
  });
}
