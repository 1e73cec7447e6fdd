// Command-line options of the benchmarks: `--name value` pairs read from process.argv.
import path from "node:path";

/** The value after `name` on the command line, or `fallback` when the option (or its value) is absent. */
export function option(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
}

/** The evaluation data's folder: `--eval DIR`, else ../shared/eval beside the repository. */
export function evalDirOption(repoRoot) {
  return path.resolve(option("--eval", path.resolve(repoRoot, "../shared/eval")));
}
