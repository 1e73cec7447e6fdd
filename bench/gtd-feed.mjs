// An endless feed of reports for the scale benchmarks (bench/ingest-curve.mjs, bench/scale.mjs):
// the 1,500 GTD dev summaries (../shared/eval/dev/gtd.jsonl, read, never copied into the project),
// repeated with their dates moved on by a thousand days per copy, so that every copy is a new
// event in a new block of time, as a feed's new reports are.
import fs from "node:fs";
import path from "node:path";
import { evalDirOption, usageOnHelp } from "./lib/options.mjs";

usageOnHelp(import.meta.url);

/** Where the GTD dev file is looked for: dev/gtd.jsonl of the evaluation data (lib/options.mjs). */
function gtdPath(root) {
  return path.join(evalDirOption(root), "dev/gtd.jsonl");
}

/** The GTD dev file (`--eval DIR`, else ../shared/eval beside the repository), or undefined. */
export function gtdFile(root) {
  const f = gtdPath(root);
  return fs.existsSync(f) ? f : undefined;
}

/** What a bench says when the GTD dev file is absent: where it looked, and what to pass. */
export function gtdAbsent(root) {
  return `${gtdPath(root)} is absent (pass --eval DIR)`;
}

/** The feed over `file`: its rows, and article n as one JSON line. */
export function gtdFeed(file) {
  const rows = fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

  /** Article n of the endless feed: GTD row n mod 1,500, its dates moved on 1,000 days per copy. */
  function article(n) {
    const r = rows[n % rows.length];
    const copy = Math.floor(n / rows.length);
    const shift = (d) =>
      new Date(Date.parse(`${d}T00:00:00Z`) + copy * 1000 * 86_400_000).toISOString().slice(0, 10);
    const published = r.date ? shift(String(r.date).slice(0, 10)) : null;
    const text = String(r.text).replace(/^(\d{1,2})\/(\d{1,2})\/(\d{4})/, (whole) => {
      if (!published) return whole;
      const [y, m, d] = published.split("-");
      return `${m}/${d}/${y}`;
    });
    return JSON.stringify({ id: `c${copy}:${r.id}`, text: `${text} (report ${n})`, published });
  }
  return { rows, article };
}
