// `tally extract` as users run it loads dist/bundle/ (scripts/build/bundle-extract.mjs, made by
// `npm run build` and by test/global-setup.ts): its output must be the sources' own, byte for
// byte, with one job and with the worker pool; a bundle older than the compiled modules is not used.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../src/app/extract-articles.js";
import { outputRecord } from "../src/app/extract-results.js";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const CLI = path.join(root, "dist/cli/main.js");
const fixtures = path.join(root, "test/fixtures/articles");
const articles = readdirSync(fixtures)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ id: f, text: readFileSync(path.join(fixtures, f), "utf8"), published: "2025-03-12" }));
const input = articles.map((a) => JSON.stringify(a)).join("\n") + "\n";

function cli(jobs: number): string {
  const r = spawnSync(process.execPath, [CLI, "extract", "-", "--jobs", String(jobs)], {
    cwd: root,
    input,
    encoding: "utf8",
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe("the extract bundle", () => {
  it("is newer than the compiled pipeline, so the CLI loads it", () => {
    const mtime = (f: string) => statSync(path.join(root, "dist", f)).mtimeMs;
    expect(mtime("bundle/extract.js")).toBeGreaterThanOrEqual(mtime("extract/pipeline.js"));
    // ingest (with its linker) and serve load theirs too; their process tests run them.
    expect(mtime("bundle/ingest.js")).toBeGreaterThanOrEqual(mtime("cli/commands/ingest.js"));
    expect(mtime("bundle/watch.js")).toBeGreaterThanOrEqual(mtime("incidents/watch.js"));
    expect(mtime("bundle/serve.js")).toBeGreaterThanOrEqual(mtime("cli/commands/serve.js"));
    // The extractor as CommonJS with V8's code cache (src/app/load-extractor.ts), which the CLI's
    // one-job runs below load.
    expect(mtime("bundle-cjs/extract-articles.cjs")).toBeGreaterThanOrEqual(mtime("extract/pipeline.js"));
    expect(mtime("bundle-cjs/extract-articles.cache")).toBeGreaterThanOrEqual(
      mtime("bundle-cjs/extract-articles.cjs"),
    );
  });

  it("writes what the sources extract, with one job and with two", { timeout: 60_000 }, () => {
    const expected = articles
      .map((a) => JSON.stringify(outputRecord(extractArticle(a, { published: a.published }))) + "\n")
      .join("");
    expect(articles.length).toBeGreaterThan(10);
    expect(cli(1)).toBe(expected);
    expect(cli(2)).toBe(expected);
  });
});
