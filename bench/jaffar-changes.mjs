// The change feed of the Jaffar Express reports (issue 15, "Must show"): the reports of
// ../shared/eval/jaffar-express/articles.jsonl split by their date into one file a day, ingested
// day by day through the CLI (`tally ingest DAY.jsonl`, in day order; within a day in the file's
// order), then the change log as `tally changes` prints it. It says which reports moved nothing
// (no change entry). Reads ../shared when present and says so when it is absent. Run after
// `npm run build`: node bench/jaffar-changes.mjs [--shared DIR] (default ../shared beside the repository)
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { evalDirOption, usageOnHelp } from "./lib/options.mjs";

usageOnHelp(import.meta.url);

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const at = process.argv.indexOf("--shared");
// (../shared beside the repository: the folder of lib/options.mjs's evaluation data)
const shared = at > 0 ? process.argv[at + 1] : dirname(evalDirOption(root));
const data = join(shared, "eval", "jaffar-express", "articles.jsonl");
if (!existsSync(data)) {
  console.log(`${data} is absent (pass --shared DIR): the Jaffar Express change feed was not made.`);
  process.exit(0);
}
const cli = join(root, "dist", "cli", "main.js");
const dir = mkdtempSync(join(tmpdir(), "tally-jaffar-"));
const db = join(dir, "tally.db");
try {
  const days = new Map();
  for (const line of readFileSync(data, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const day = JSON.parse(line).date ?? JSON.parse(line).published ?? "undated";
    days.set(day, [...(days.get(day) ?? []), line]);
  }
  const order = [...days.keys()].sort();
  const reports = [];
  for (const day of order) {
    const file = join(dir, `${day}.jsonl`);
    writeFileSync(file, `${days.get(day).join("\n")}\n`);
    reports.push(...days.get(day).map((l) => JSON.parse(l).id));
    const out = execFileSync("node", [cli, "ingest", file, "--db", db, "--no-progress"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    console.log(`ingest ${day} (${days.get(day).length} reports): ${out.trim()}`);
  }
  const changes = JSON.parse(
    execFileSync("node", [cli, "changes", "--db", db, "--format", "json"], { encoding: "utf8" }),
  );
  console.log(`\n${changes.length} change entries for ${reports.length} reports:\n`);
  console.log(execFileSync("node", [cli, "changes", "--db", db], { encoding: "utf8" }));
  const moved = new Set(changes.map((c) => c.report?.id));
  const quiet = reports.filter((r) => !moved.has(r));
  console.log(`Reports that moved nothing (no change entry): ${quiet.length ? quiet.join(", ") : "none"}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
