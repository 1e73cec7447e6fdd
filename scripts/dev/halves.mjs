// Makes the fixed split of the claims folders as folders of links, for scoring each half alone:
//   node scripts/dev/halves.mjs [EVAL_DIR] [OUT_DIR]
// (defaults: ../shared/eval beside the repository, and /tmp/tally-halves). OUT/claims-dev-A,
// claims-dev-B, claims-world-A and claims-world-B each hold links to the gold files of their half
// (bench/lib/readable-eval.mjs claimsHalf: the sorted names, even index = A) and to the .txt beside
// each, which score.mjs reads. Half B is linked for scoring only: never open what it links to.
// Nothing is copied: the links point into the evaluation data.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { claimsHalf } from "../../bench/lib/readable-eval.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const evalDir = path.resolve(process.argv[2] ?? path.join(root, "../shared/eval"));
const out = path.resolve(process.argv[3] ?? "/tmp/tally-halves");
for (const set of ["claims-dev", "claims-world"]) {
  const dir = path.join(evalDir, set);
  if (!fs.existsSync(dir)) {
    console.error(`halves: ${dir} is absent: pass the evaluation folder as the first argument`);
    process.exit(2);
  }
  for (const half of ["A", "B"]) {
    const target = path.join(out, `${set}-${half}`);
    fs.rmSync(target, { recursive: true, force: true });
    fs.mkdirSync(target, { recursive: true });
    const golds = claimsHalf(dir, half);
    for (const gold of golds)
      for (const name of [gold, gold.replace(/\.expected\.json$/, ".txt")])
        if (fs.existsSync(path.join(dir, name)))
          fs.symlinkSync(path.join(dir, name), path.join(target, name));
    console.log(`${target}: ${golds.length} reports`);
  }
}
