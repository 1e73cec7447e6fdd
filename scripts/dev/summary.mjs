// The headline figures of scripts/dev/measure.sh's output, one line per set, several runs side by
// side: `node scripts/dev/summary.mjs BEFORE [AFTER …]`. Claims sets: recall, precision, F1,
// claimant-type accuracy and the counts behind them; dev files: each field's exact match (and the
// stated rows' for Wikipedia and Mother Jones). Only summary numbers: nothing per report.
import fs from "node:fs";

const load = (file) =>
  new Map(
    fs
      .readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l))
      .map((d) => [d.set, d.r]),
  );

function figures(r, set) {
  if (!r) return "FAILED";
  if (r.fields) {
    const stated = set === "motherjones" || set === "wikipedia";
    return Object.entries(r.fields)
      .map(
        ([k, v]) => `${k} ${v.exact}${stated && v.exact_stated != null ? ` (stated ${v.exact_stated})` : ""}`,
      )
      .join(", ");
  }
  return (
    `R ${r.recall} P ${r.precision} F1 ${r.f1} type ${r.claimant_type_accuracy} ` +
    `(pred ${r.predicted}, gold ${r.gold_claims}, matched ${r.matched})`
  );
}

const files = process.argv.slice(2);
if (!files.length) {
  console.error("summary: give one or more outputs of scripts/dev/measure.sh");
  process.exit(2);
}
const runs = files.map(load);
for (const set of runs[0].keys())
  console.log(`${set.padEnd(16)} ${runs.map((r) => figures(r.get(set), set)).join("  ||  ")}`);
