// What each command loads at start-up: walks the static imports (not `import()`) from a module
// through the sources, so a command that pulls in the store, the incidents (gazetteer) or the
// server for nothing fails here rather than costing every run a fraction of a second.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const STATIC_IMPORT = /^(?:import|export)\s+(?!type\b)(?:[^;]*?\sfrom\s+)?["']([^"']+)["']/gm;

/** Every source file and package a module loads before it runs, by its static imports. */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, spec] of readFileSync(file, "utf8").matchAll(STATIC_IMPORT)) {
      if (spec!.startsWith(".")) visit(path.resolve(path.dirname(file), spec!).replace(/\.js$/, ".ts"));
      else if (!spec!.startsWith("node:")) packages.add(spec!);
    }
  };
  visit(path.join(src, entry));
  return { files: new Set([...files].map((f) => path.relative(src, f))), packages };
}

describe("start-up imports", () => {
  it("the CLI's entry loads no command", () => {
    const { files, packages } = staticGraph("cli/main.ts");
    expect([...files].sort()).toEqual(["cli/commander.ts", "cli/main.ts", "cli/summaries.ts"]);
    // commander is required (cli/commander.ts), not imported: no ES-module package at all.
    expect([...packages]).toEqual([]);
  });

  it("tally extract loads neither the store, the incidents nor the server", () => {
    const { files, packages } = staticGraph("cli/commands/extract.ts");
    expect([...files].filter((f) => /^(store|incidents|server)\//.test(f))).toEqual([]);
    expect([...packages].sort()).toEqual([]);
  });

  it("tally extract loads the worker pool (node:worker_threads) only when it runs one", () => {
    expect(staticGraph("cli/commands/extract.ts").files).not.toContain("app/extract-pool.ts");
  });

  it("tally extract's own thread reads --published without the input checks' word tables", () => {
    // (The extractor holds its own copy, from the code-cached bundle: app/load-extractor.ts.)
    expect(staticGraph("cli/commands/extract.ts").files).not.toContain("extract/input-checks.ts");
  });

  it("the extraction is loaded by the worker through the code-cache loader, chrono-node's English locale only", () => {
    // The worker loads the extractor as `tally extract` does (app/load-extractor.ts): from the
    // build's CommonJS file with V8's code cache, else by `import()` of the module walked here.
    const worker = staticGraph("app/extract-worker.ts");
    expect(worker.files).toContain("app/load-extractor.ts");
    const loader = readFileSync(path.join(src, "app/load-extractor.ts"), "utf8");
    expect(loader).toContain('import("./extract-articles.js")');
    const extractor = staticGraph("app/extract-articles.ts");
    expect(extractor.files).toContain("extract/pipeline.ts");
    expect([...new Set([...worker.packages, ...extractor.packages])].sort()).toEqual(["chrono-node/en"]);
  });

  it("the walk sees what it should: ingest loads the store's interface", () => {
    expect(staticGraph("cli/commands/ingest.ts").files).toContain("store/store.ts");
  });
});
