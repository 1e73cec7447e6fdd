// What the generated grids (bench/attribution-grid.mjs, bench/reference-grid.mjs) share: their rows
// extracted as reports of their own by one whole `tally extract`, and the failing groups printed.
import { extractWithCli } from "./cli-extract.mjs";

/**
 * Each row ({ id, text }) as a report of its own, with an outlet's name and a publication day as a
 * feed gives them, extracted by one `node CLI extract` process; the results by row id.
 */
export async function extractRows(cli, rows) {
  const inputs = rows.map((r) => ({
    id: r.id,
    text: r.text,
    published: "2025-03-12",
    outlet: "The Grid Times",
  }));
  return new Map((await extractWithCli(cli, inputs)).map((r) => [r.id, r]));
}

/**
 * Prints `title`, then each group of rows by `key(row)` that has a failing row (`row.verdict.ok`
 * false), the lowest pass rate first: its percentage passing and how many fail.
 */
export function printFailing(title, rows, key) {
  const groups = new Map();
  for (const r of rows) {
    const k = key(r);
    const t = groups.get(k) ?? { n: 0, ok: 0 };
    t.n++;
    if (r.verdict.ok) t.ok++;
    groups.set(k, t);
  }
  console.log(`\n${title}`);
  for (const [k, t] of [...groups].sort((a, b) => a[1].ok / a[1].n - b[1].ok / b[1].n))
    if (t.ok < t.n)
      console.log(`  ${((100 * t.ok) / t.n).toFixed(0).padStart(3)}%  ${t.n - t.ok} failing  ${k}`);
}
