// The extractor's module for `tally extract` on its own thread and for the pool's workers, loaded
// with V8's code cache where the build made one. A process compiles the extractor's JavaScript again each time it
// starts: the start-up parse of ~0.6 MB and each function's compile on its first call cost a
// short run ~8% of its instructions. Node 20 keeps no code cache for ES modules, so the build also
// writes the extractor as one CommonJS file (dist/bundle-cjs/, scripts/build/bundle-extract.mjs)
// and runs `tally extract` over the project's own reports to cache its compiled functions
// (scripts/build/code-cache.mjs). Here that file is compiled with the cache; V8 rejects a cache made
// by another version or under other flags, and compiles the source as before. Without the file (a
// bare `tsc` build, the tests), with it older than the compiled extractor, without a cache for this
// process's node flags, or with TALLY_NO_BUNDLE=1, the module is imported as before. The cache changes no result: it is the same source, compiled ahead.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import type * as ExtractArticles from "./extract-articles.js";

type Extractor = typeof ExtractArticles;

/** Set by scripts/build/code-cache.mjs: write the cache for this process's node flags at exit. */
export const WRITE_CODE_CACHE = "TALLY_WRITE_CODE_CACHE";

const mtime = (file: string) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;

/** The cache file for this process's node flags (V8 accepts a cache only under the flags it was made with). */
export function codeCacheFile(source: string, execArgv: readonly string[] = process.execArgv): string {
  const flags = execArgv.join(" ").replace(/[^A-Za-z0-9]+/g, "_");
  return source.replace(/\.cjs$/, flags ? `.${flags}.cache` : ".cache");
}

/** The CommonJS extractor compiled with its code cache, or null where there is none to use. */
function fromCodeCache(): Extractor | null {
  if (process.env.TALLY_NO_BUNDLE === "1") return null; // (the modules, as src/cli/main.ts takes them)
  const file = fileURLToPath(new URL("../bundle-cjs/extract-articles.cjs", import.meta.url));
  const compiled = fileURLToPath(new URL("../extract/pipeline.js", import.meta.url));
  if (mtime(file) < Math.max(0, mtime(compiled))) return null;
  const cacheFile = codeCacheFile(file);
  const write = process.env[WRITE_CODE_CACHE] === "1";
  let cachedData: Buffer | undefined;
  try {
    cachedData = write ? undefined : readFileSync(cacheFile);
  } catch {
    return null;
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, "utf8")}\n})`;
  const script = new Script(wrapped, { filename: file, cachedData });
  const module = { exports: {} as Extractor };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  if (write) process.on("exit", () => writeFileSync(cacheFile, script.createCachedData()));
  return module.exports;
}

/** The extractor: from the code cache where there is one, else its module. */
export async function loadExtractor(): Promise<Extractor> {
  return fromCodeCache() ?? (await import("./extract-articles.js"));
}
