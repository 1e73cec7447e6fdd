// Linking a dense period (issue 11 §3: a period is re-clustered whole): `node bench/link-dense.mjs
// [--reports 2000] [--per 2000,100]` after `npm run build`.
//
// Writes `--reports` short reports of one country within one 28-day period (six towns, four kinds
// of attack, figures and agencies varying; written here, no evaluation data), stores them once
// without linking (`ingest`, in process), then links the copies of that store all at once and
// `--per` at a time (`linkArticles`, as each batch of `tally ingest` links it) and prints each
// run's incidents and CPU seconds, and a digest of its grouping (the same digest: the same
// incidents, whatever the batches).
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ingest } from "../dist/app/ingest.js";
import { linkArticles } from "../dist/incidents/link.js";
import { openSqliteStore } from "../dist/store/sqlite-store.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const reports = Number(opt("--reports", "2000"));
const pers = opt("--per", `${reports},100`).split(",").map(Number);
if (!fs.existsSync(path.join(root, "dist/incidents/link.js"))) {
  console.error("link-dense: dist/ is missing; run `npm run build` first.");
  process.exit(1);
}
const TOWNS = ["Quetta", "Peshawar", "Bannu", "Kohat", "Turbat", "Gwadar"];
const DEEDS = [
  "a roadside bomb struck a police vehicle",
  "gunmen attacked a checkpoint",
  "a suicide bomber blew himself up near a market",
  "militants ambushed a convoy",
];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tally-bench-dense-"));
try {
  const input = path.join(tmp, "dense.jsonl");
  const lines = [];
  for (let i = 0; i < reports; i++) {
    const day = `2025-02-${String(1 + ((i * 7919) % 27)).padStart(2, "0")}`;
    const town = TOWNS[(i * 31) % TOWNS.length];
    const text =
      `${town.toUpperCase()}, Pakistan — On ${day}, ${DEEDS[(i * 13) % DEEDS.length]} in ${town}, ` +
      `killing ${2 + (i % 9)} people and wounding ${i % 13}, officials said. ` +
      `Report ${i} by agency ${i % 17}.`;
    lines.push(JSON.stringify({ id: `r${i}`, published: day, text }));
  }
  fs.writeFileSync(input, `${lines.join("\n")}\n`);
  const base = path.join(tmp, "base.db");
  const stored = openSqliteStore(base);
  await ingest(stored, [input]);
  stored.close();
  for (const per of pers) {
    const db = path.join(tmp, "run.db");
    fs.copyFileSync(base, db);
    const store = openSqliteStore(db);
    const ids = store.listArticles({ limit: reports }).map((a) => a.id);
    const t0 = process.cpuUsage();
    for (let i = 0; i < ids.length; i += per) linkArticles(store, ids.slice(i, i + per));
    const t = process.cpuUsage(t0);
    const grouping = store
      .listIncidents()
      .map((inc) => [...inc.articles].sort().join(" "))
      .sort();
    store.close();
    fs.rmSync(db);
    const digest = createHash("sha256").update(grouping.join("\n")).digest("hex").slice(0, 12);
    console.log(
      `${reports} reports, ${per} at a time: ${grouping.length} incidents (grouping ${digest}); ${((t.user + t.system) / 1e6).toFixed(1)} CPU-s`,
    );
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
