// Part of `npm run build`, after tsc: bundles the commands that start often or start threads —
// `tally extract` (the command, the pipeline with chrono-node's English locale, and the pool's
// worker), `tally ingest` with its incident linker, `tally serve`, `tally worker` and the commands
// over a store (`incidents`, `show`, `export`, `changes`, `relink`, `queue`) — into a few files under
// dist/bundle/ (shared code in shared chunks), so a process and each worker thread loads a few
// modules instead of ~190–400 (measured in the README). src/cli/main.ts loads a command's bundle
// only while it is newer than the compiled command; after a bare `tsc` it falls back to the
// modules. Other packages stay imports of node_modules. The lexicons derived when their module
// loads (outcome phrases, group nouns, the counts' gate) are put in the bundle as data (./snapshot-data.mjs).
import { rolldown } from "rolldown";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { snapshotData } from "./snapshot-data.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const out = path.join(root, "dist/bundle");
fs.rmSync(out, { recursive: true, force: true });
/** Modules that export only data, derived when they load: bundled as their values. */
const DATA_MODULES = [
  "dist/extract/lexicon/outcomes.js",
  "dist/extract/lexicon/groups.js",
  "dist/extract/outcome/count-triggers.js",
];
const plugins = () => [snapshotData(DATA_MODULES.map((m) => path.join(root, m)))];
const external = (id) => !/^[./]/.test(id) && !id.startsWith("chrono-node");
const bundle = await rolldown({
  input: {
    extract: "dist/cli/commands/extract.js",
    "extract-worker": "dist/app/extract-worker.js",
    ingest: "dist/cli/commands/ingest.js",
    watch: "dist/incidents/watch.js",
    serve: "dist/cli/commands/serve.js",
    worker: "dist/cli/commands/worker.js",
    // The commands over a store, each a short process an analyst runs often.
    incidents: "dist/cli/commands/incidents.js",
    show: "dist/cli/commands/show.js",
    export: "dist/cli/commands/export.js",
    changes: "dist/cli/commands/changes.js",
    relink: "dist/cli/commands/relink.js",
    queue: "dist/cli/commands/queue.js",
  },
  cwd: root,
  platform: "node",
  plugins: plugins(),
  logLevel: "warn",
  external,
});
// The pool finds its worker beside itself (`new URL("./extract-worker.js", import.meta.url)`).
// Written in ASCII, without comments: V8 holds a source with any other character (a curly quote, a
// dash) as two bytes a character and scans it so, at each start and for each function compiled
// later. Such characters in strings and regular expressions are written as their \u escapes, which
// denote the same characters (a regular expression's `source` shows the escape; the pattern
// matches the same); the code is not otherwise minified (names and lines stay readable).
const minify = { compress: false, mangle: false, codegen: { removeWhitespace: false, asciiOnly: true } };
await bundle.write({
  dir: out,
  format: "esm",
  entryFileNames: "[name].js",
  chunkFileNames: "[name]-[hash].js",
  comments: false,
  minify,
});
await bundle.close();

// The extractor again as one CommonJS file, which src/app/load-extractor.ts compiles with V8's code
// cache (Node 20 keeps none for ES modules); the cache is made by ./code-cache.mjs.
const cjsOut = path.join(root, "dist/bundle-cjs");
fs.rmSync(cjsOut, { recursive: true, force: true });
const cjs = await rolldown({
  input: { "extract-articles": "dist/app/extract-articles.js" },
  cwd: root,
  platform: "node",
  plugins: plugins(),
  logLevel: "warn",
  external,
});
await cjs.write({
  dir: cjsOut,
  format: "cjs",
  entryFileNames: "[name].cjs",
  codeSplitting: false,
  comments: false,
  minify,
});
await cjs.close();
await import("./code-cache.mjs");
