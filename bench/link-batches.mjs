// Whether the grouping depends on batches (issue 11 §1): `npm run build && node bench/link-batches.mjs
// [--rows 600] [--per 1,15,100]`. The first `--rows` GTD dev summaries (../shared/eval/dev/gtd.jsonl,
// read, never copied into the project; the bench says so when absent) are stored once without
// linking (as `tally ingest` stores them, in process), then the store is copied and its reports
// linked all at once and `--per` at a time (`linkArticles`, as each batch of `tally ingest` or a
// worker links it), in file order, reversed and shuffled (a fixed seed). Prints each run's
// incidents and CPU seconds, and exits 1 if any grouping differs from the first.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ingest } from "../dist/app/ingest.js";
import { linkArticles } from "../dist/incidents/link.js";
import { openSqliteStore } from "../dist/store/sqlite-store.js";
import { gtdAbsent, gtdFile } from "./gtd-feed.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const rows = Number(opt("--rows", "600"));
const pers = opt("--per", "1,15,100").split(",").map(Number);
const gtd = gtdFile(root);
if (!gtd) {
  console.log(`link-batches: ${gtdAbsent(root)}; nothing to measure.`);
  process.exit(0);
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tally-bench-batches-"));
let differ = 0;
try {
  const lines = fs
    .readFileSync(gtd, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .slice(0, rows);
  const input = path.join(tmp, "in.jsonl");
  fs.writeFileSync(input, `${lines.join("\n")}\n`);
  const base = path.join(tmp, "base.db");
  const stored = openSqliteStore(base);
  await ingest(stored, [input]);
  stored.close();
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  let first = null;
  for (const order of ["file", "reversed", "shuffled"])
    for (const per of [lines.length, ...pers]) {
      const db = path.join(tmp, "run.db");
      fs.copyFileSync(base, db);
      const store = openSqliteStore(db);
      let ids = store.listArticles({ limit: lines.length }).map((a) => a.id);
      if (order === "reversed") ids.reverse();
      if (order === "shuffled") {
        seed = 7;
        ids = ids
          .map((id) => [random(), id])
          .sort((a, b) => a[0] - b[0])
          .map(([, id]) => id);
      }
      const t0 = process.cpuUsage();
      for (let i = 0; i < ids.length; i += per) linkArticles(store, ids.slice(i, i + per));
      const t = process.cpuUsage(t0);
      const grouping = store
        .listIncidents()
        .map((i) => [...i.articles].sort().join(" "))
        .sort();
      store.close();
      fs.rmSync(db);
      first ??= new Set(grouping);
      const otherwise = grouping.filter((g) => !first.has(g)).length;
      if (otherwise > 0) differ++;
      console.log(
        `${order}, ${per} at a time: ${grouping.length} incidents, ${otherwise} not in the first run's grouping; ${((t.user + t.system) / 1e6).toFixed(1)} CPU-s`,
      );
    }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(
  differ === 0 ? "link-batches: every grouping identical" : `link-batches: ${differ} groupings differ`,
);
process.exit(differ === 0 ? 0 : 1);
