// Builds dist/ once before the tests that run the CLI as a process (test/cli.test.ts), with the
// bundle `tally extract` loads (scripts/build/bundle-extract.mjs, as `npm run build` makes it), and the
// dashboard into dist/web/ for the browser tests (test/e2e/), so that they never test a stale bundle.
// tsc emits even when it finds type errors; those are reported here and by `tsc --noEmit` (CI),
// and the CLI tests then run on what was emitted rather than every test failing at setup.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  const root = fileURLToPath(new URL("..", import.meta.url));
  try {
    execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  } catch (e) {
    if (!existsSync(new URL("../dist/cli/main.js", import.meta.url))) throw e;
    console.warn("global-setup: tsc reported errors (above); the CLI tests run on what it emitted.");
  }
  // The gazetteer's index, built once here rather than by each test process that links.
  execFileSync(process.execPath, ["scripts/build/gazetteer.mjs"], { cwd: root, stdio: "inherit" });
  execFileSync(process.execPath, ["scripts/build/bundle-extract.mjs"], { cwd: root, stdio: "inherit" });
  execFileSync("npx", ["vite", "build", "--config", "web/vite.config.ts", "--logLevel", "warn"], {
    cwd: root,
    stdio: "inherit",
  });
}
