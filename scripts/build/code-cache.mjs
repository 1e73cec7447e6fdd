// Part of `npm run build`, after the bundles (./bundle-extract.mjs): V8's code cache of the
// extractor's CommonJS file (dist/bundle-cjs/), read by src/app/load-extractor.ts. `tally extract`
// runs over the project's own reports (examples/, test/fixtures/articles/) with the cache to write
// at its exit, so that it holds every function a run compiles, under the flags the CLI sets; once
// with node's default flags and once under `--predictable` (the flags the instruction counts of the
// README are taken with), as V8 accepts a cache only under the flags it was made with.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The project's own reports as JSON Lines: no evaluation text goes into the cache's making. */
function reports() {
  const lines = [];
  const examples = path.join(root, "examples/articles");
  for (const f of fs.existsSync(examples) ? fs.readdirSync(examples).sort() : [])
    if (f.endsWith(".json")) {
      const a = JSON.parse(fs.readFileSync(path.join(examples, f), "utf8"));
      lines.push({ id: String(a.id ?? f), text: String(a.text), published: a.published ?? null });
    }
  const fixtures = path.join(root, "test/fixtures/articles");
  for (const f of fs.existsSync(fixtures) ? fs.readdirSync(fixtures).sort() : [])
    if (f.endsWith(".txt"))
      lines.push({ id: f, text: fs.readFileSync(path.join(fixtures, f), "utf8"), published: "2024-03-01" });
  return lines.map((a) => JSON.stringify(a)).join("\n") + "\n";
}

const input = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tally-code-cache-")), "reports.jsonl");
fs.writeFileSync(input, reports());
const cjs = path.join(root, "dist/bundle-cjs/extract-articles.cjs");
for (const flags of [[], ["--predictable"]]) {
  // (Its exit status says what the reports held, not whether the cache was written.)
  spawnSync(
    process.execPath,
    [...flags, path.join(root, "dist/cli/main.js"), "extract", "--jobs", "1", input],
    {
      env: { ...process.env, TALLY_WRITE_CODE_CACHE: "1" },
      stdio: "ignore",
    },
  );
  const cache = cjs.replace(
    /\.cjs$/,
    flags.length ? `.${flags.join("_").replace(/[^A-Za-z0-9]+/g, "_")}.cache` : ".cache",
  );
  if (!fs.existsSync(cache))
    console.warn(`code-cache: no ${path.relative(root, cache)}; tally extract will compile as before`);
}
fs.rmSync(path.dirname(input), { recursive: true, force: true });
