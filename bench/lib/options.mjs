// Command-line options of the benchmarks: `--name value` pairs read from process.argv.
import fs from "node:fs";
import path from "node:path";

/** The value after `name` on the command line, or `fallback` when the option (or its value) is absent. */
export function option(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
}

/**
 * The evaluation data's folder: `--eval DIR`, else ../shared/eval beside the repository. A git
 * worktree's repository is its main checkout's, wherever the worktree sits (/work/wt/x is a
 * worktree of /work/main, whose data is /work/shared/eval), so beside the worktree is tried first,
 * then beside the main checkout. Where neither exists, the first: each bench says it is absent.
 */
export function evalDirOption(repoRoot) {
  const given = option("--eval", null);
  if (given !== null) return path.resolve(given);
  const tried = [repoRoot, mainCheckout(repoRoot)]
    .filter((r) => r !== null)
    .map((r) => path.resolve(r, "../shared/eval"));
  return tried.find((d) => fs.existsSync(d)) ?? tried[0];
}

/**
 * The main checkout of the git worktree at `root` (whose `.git` is a file, "gitdir: <main>/.git/
 * worktrees/<name>", and whose git folder names the shared one in `commondir`); null for a main
 * checkout, or where the files do not say.
 */
export function mainCheckout(root) {
  try {
    const dotGit = path.join(root, ".git");
    if (!fs.statSync(dotGit).isFile()) return null;
    const gitdir = /^gitdir:\s*(.+)$/m.exec(fs.readFileSync(dotGit, "utf8"))?.[1]?.trim();
    if (!gitdir) return null;
    const own = path.resolve(root, gitdir);
    const common = path.resolve(own, fs.readFileSync(path.join(own, "commondir"), "utf8").trim());
    return path.basename(common) === ".git" ? path.dirname(common) : null;
  } catch {
    return null;
  }
}

/**
 * With `--help` or `-h` on the command line: prints the opening comment of the script at
 * `scriptUrl` (its usage and what it measures) and exits, before the script runs anything.
 */
export function usageOnHelp(scriptUrl) {
  const args = process.argv.slice(2);
  if (!args.includes("--help") && !args.includes("-h")) return;
  const lines = fs.readFileSync(new URL(scriptUrl), "utf8").split("\n");
  const end = lines.findIndex((l) => !l.startsWith("//"));
  console.log(
    lines
      .slice(0, end < 0 ? lines.length : end)
      .map((l) => l.replace(/^\/\/ ?/, ""))
      .join("\n"),
  );
  process.exit(0);
}
