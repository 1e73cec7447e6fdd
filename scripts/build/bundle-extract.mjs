// Part of `npm run build`, after tsc: bundles `tally extract` (the command, the pipeline with
// chrono-node's English locale, and the pool's worker) into a few files under dist/bundle/, so a
// process and each worker thread loads 4 modules instead of ~190 (~0.1 CPU-s less start-up).
// src/cli/main.ts loads the bundle only while it is newer than the compiled modules; after a
// bare `tsc` it falls back to them. Other packages stay imports of node_modules.
import { rolldown } from "rolldown";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const out = path.join(root, "dist/bundle");
fs.rmSync(out, { recursive: true, force: true });
const bundle = await rolldown({
  input: { extract: "dist/cli/commands/extract.js", "extract-worker": "dist/app/extract-worker.js" },
  cwd: root,
  platform: "node",
  logLevel: "warn",
  external: (id) => !/^[./]/.test(id) && !id.startsWith("chrono-node"),
});
// The pool finds its worker beside itself (`new URL("./extract-worker.js", import.meta.url)`).
await bundle.write({
  dir: out,
  format: "esm",
  entryFileNames: "[name].js",
  chunkFileNames: "[name]-[hash].js",
});
await bundle.close();
