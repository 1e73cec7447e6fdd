// Checks bench/pg-copy-store.sql (issue 14: the "stored by copy" figure): a store copied from a
// real ingest must give the linker what an ingested store gives it. After `npm run build`:
//   TALLY_BENCH_PG=postgres://user@127.0.0.1:5432/db node bench/pg-copy-check.mjs [--articles 2000] [--new 500]
// Needs psql on PATH and the GTD dev summaries (../shared/eval, read, never copied); absent
// either it says so and stops.
//
// A: a real `tally ingest` of the first --articles articles of bench/gtd-feed.mjs's feed.
// B: a fresh schema filled by the copy script from A with copies 0 and 1 (copy 1: ids suffixed
//    '~1', days moved 20,020).
// Checked, each a line that says ok or what differs:
//   1. every report of B has kept features under the key the linker asks for (so it never reads
//      a copy's text again), B's linkKeys (the Store interface, every country and day) are A's
//      for copy 0 and A's moved for copy 1, and copy 1's features, incidents and claims are A's
//      with ids and days moved;
//   2. then the same --new articles (the feed's next ones) are ingested into A and into B by
//      whole `tally ingest` processes: the new articles' incidents (which reports they hold) are
//      the same in both, and copy 1's rows are untouched.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FEATURES_VERSION } from "../dist/incidents/kept-features.js";
import { openPgStore } from "../dist/store/pg-store.js";
import { freshPgDb } from "../dist/store/test-engines.js";
import { gtdAbsent, gtdFeed, gtdFile } from "./gtd-feed.mjs";
import { copyStore, schemaOf } from "./lib/pg-copy.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist/cli/main.js");
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const n = Number(opt("--articles", "2000"));
const fresh = Number(opt("--new", "500"));
const SHIFT = 20_020;

const gtd = gtdFile(root);
const pgBase = process.env.TALLY_BENCH_PG || process.env.TALLY_TEST_PG;
const psql = spawnSync("psql", ["--version"]).status === 0;
for (const [missing, what] of [
  [!gtd, gtdAbsent(root)],
  [!pgBase, "no PostgreSQL server: set TALLY_BENCH_PG=postgres://user@127.0.0.1:5432/db"],
  [!psql, "no psql on PATH (apt-get install postgresql-client)"],
])
  if (missing) {
    console.log(`pg-copy-check: ${what}; nothing to check.`);
    process.exit(0);
  }

const { article } = gtdFeed(gtd);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tally-copy-check-"));
const write = (name, from, count) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, Array.from({ length: count }, (_, i) => article(from + i)).join("\n") + "\n");
  return file;
};
const sourceFile = write("source.jsonl", 0, n);
const newFile = write("new.jsonl", n, fresh);

function ingest(file, db) {
  const r = spawnSync(process.execPath, [cli, "ingest", file, "--db", db, "--no-progress", "--jobs", "1"], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`tally ingest ${file} failed (${r.status}): ${r.stderr.slice(-2000)}`);
}

const moved = (day, k) => {
  if (k === 0 || day === null || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  return new Date(Date.parse(`${day}T00:00:00Z`) + k * SHIFT * 86_400_000).toISOString().slice(0, 10);
};
/** A's JSON as the copy should have it: ids suffixed where named, every quoted day moved. */
const movedJson = (text, ids, k) => {
  let out = text;
  for (const id of ids) out = out.split(`"${id}"`).join(`"${id}~${k}"`);
  return out.replace(/"(\d{4}-\d{2}-\d{2})"/g, (_, d) => `"${moved(d, k)}"`);
};

let failures = 0;
function check(what, problems) {
  const list = problems.filter(Boolean);
  console.log(
    `${list.length === 0 ? "ok  " : "FAIL"} ${what}${list.length ? `: ${list.length} differ, e.g. ${list.slice(0, 3).join("; ")}` : ""}`,
  );
  if (list.length) failures++;
}

/** Every row of the linker's index through the Store interface, each country's days and undated. */
function allLinkKeys(store, rows) {
  const countries = [...new Set(rows.map((r) => r.iso))];
  return countries.flatMap((iso) => [
    ...store.linkKeys({ from: "0000-01-01", to: "9999-12-31", iso }),
    ...store.linkKeys({ iso, undated: true }),
  ]);
}
const keyText = (k) => `${k.article}|${k.iso}|${k.day}`;

const a = freshPgDb(pgBase);
const b = freshPgDb(pgBase);
try {
  console.log(
    `pg-copy-check: ${n} articles ingested into A (${schemaOf(a.db)}); B (${schemaOf(b.db)}) copied from it, copies 0 and 1`,
  );
  ingest(sourceFile, a.db);
  b.open().close(); // migrated
  copyStore(root, a.db, b.db, 0, 1);

  const sa = openPgStore(a.db);
  const sb = openPgStore(b.db);
  const rowsOf = (db, text) => {
    const out = spawnSync(
      "psql",
      [
        "-At",
        "-F",
        "\t",
        "-c",
        text,
        db.replace(/\?.*$/, "") + `?options=${encodeURIComponent(`-c search_path=${schemaOf(db)}`)}`,
      ],
      {
        encoding: "utf8",
        maxBuffer: 1 << 30,
      },
    );
    if (out.status !== 0) throw new Error(out.stderr);
    return out.stdout
      .split("\n")
      .filter(Boolean)
      .map((l) => l.split("\t"));
  };

  // 1. Keys: under the key the linker asks for (featuresKey: version, the text's hash, newest engine).
  const wrongKeys = rowsOf(
    b.db,
    `SELECT a.id, f.key FROM articles a LEFT JOIN link_features f ON f.article = a.id
     WHERE f.key IS DISTINCT FROM '${FEATURES_VERSION}:' || a.hash || ':' ||
       (SELECT engine_version FROM extractions e WHERE e.article = a.id ORDER BY seq DESC LIMIT 1)`,
  );
  check(
    `B: every article's kept features under the linker's key (${FEATURES_VERSION}:hash:engine)`,
    wrongKeys.map((w) => `${w[0]} has ${w[1] || "none"}`),
  );
  const keysA = allLinkKeys(
    sa,
    rowsOf(a.db, "SELECT DISTINCT iso FROM link_features").map(([iso]) => ({ iso: iso || null })),
  );
  const keysB = allLinkKeys(
    sb,
    rowsOf(b.db, "SELECT DISTINCT iso FROM link_features").map(([iso]) => ({ iso: iso || null })),
  );
  const want = new Set([
    ...keysA.map(keyText),
    ...keysA.map((k) => keyText({ article: `${k.article}~1`, iso: k.iso, day: moved(k.day, 1) })),
  ]);
  const got = new Set(keysB.map(keyText));
  check(
    `B's linkKeys (${got.size}) are A's (${keysA.length}) and A's moved`,
    [...want]
      .filter((k) => !got.has(k))
      .map((k) => `missing ${k}`)
      .concat([...got].filter((k) => !want.has(k)).map((k) => `extra ${k}`)),
  );
  const hashes = new Map(rowsOf(a.db, "SELECT id, hash FROM articles").map(([id, hash]) => [id, hash]));
  const featA = new Map(rowsOf(a.db, "SELECT article, body FROM link_features"));
  const featB = new Map(rowsOf(b.db, "SELECT article, body FROM link_features WHERE article LIKE '%~1'"));
  check(
    "copy 1's kept features are A's with id, hash and days moved",
    [...featA].map(([id, body]) =>
      featB.get(`${id}~1`) === movedJson(body, [id, hashes.get(id)], 1) ? null : id,
    ),
  );
  const incA = rowsOf(a.db, "SELECT id, body FROM incidents");
  const incB = new Map(rowsOf(b.db, "SELECT id, body FROM incidents WHERE id LIKE '%~1'"));
  check(
    "copy 1's incidents are A's with ids and days moved",
    incA.map(([id, body]) => {
      const ids = [id, ...JSON.parse(body).articles];
      return incB.get(`${id}~1`) === movedJson(body, ids, 1) ? null : id;
    }),
  );
  const claimsA = rowsOf(a.db, "SELECT article, claim_id, body FROM claims");
  const claimsB = new Map(
    rowsOf(b.db, "SELECT article || '/' || claim_id, body FROM claims WHERE article LIKE '%~1'"),
  );
  check(
    "copy 1's claims are A's with their article and days moved",
    claimsA.map(([art, c, body]) =>
      claimsB.get(`${art}~1/${c}`) === movedJson(body, [art], 1) ? null : `${art}/${c}`,
    ),
  );

  // 2. The same new articles into both, by whole processes.
  const copyOne = () =>
    crypto
      .createHash("sha256")
      .update(
        rowsOf(
          b.db,
          `SELECT string_agg(x, E'\\n' ORDER BY x) FROM (
             SELECT 'f' || article || key || body || coalesce(iso, '') || coalesce(day, '') AS x FROM link_features WHERE article LIKE '%~1'
             UNION ALL SELECT 'i' || id || body || rev FROM incidents WHERE id LIKE '%~1'
             UNION ALL SELECT 'l' || incident || article || score FROM incident_articles WHERE article LIKE '%~1') s`,
        ).join("\n"),
      )
      .digest("hex");
  const before = copyOne();
  sa.close();
  sb.close();
  console.log(`pg-copy-check: ${fresh} new articles (the feed's next) ingested into A and B`);
  ingest(newFile, a.db);
  ingest(newFile, b.db);
  const newIds = new Set(rowsOf(a.db, `SELECT id FROM articles ORDER BY seq OFFSET ${n}`).map(([id]) => id));
  /** The incidents holding a new article, each as its reports' ids. */
  const groups = (db) => {
    const byIncident = new Map();
    for (const [inc, art] of rowsOf(db, "SELECT incident, article FROM incident_articles"))
      byIncident.set(inc, [...(byIncident.get(inc) ?? []), art]);
    return [...byIncident.values()]
      .filter((arts) => arts.some((x) => newIds.has(x)))
      .map((arts) => arts.sort().join(","))
      .sort();
  };
  const gA = groups(a.db);
  const gB = groups(b.db);
  const setB = new Set(gB);
  check(
    `the new articles' incidents (${gA.length} in A, ${gB.length} in B) hold the same reports`,
    gA
      .filter((g) => !setB.has(g))
      .map((g) => `A's ${g.slice(0, 80)}`)
      .concat(gB.filter((g) => !new Set(gA).has(g)).map((g) => `B's ${g.slice(0, 80)}`)),
  );
  check("copy 1's features, incidents and links untouched by the new ingest", [
    copyOne() === before ? null : "changed",
  ]);
} finally {
  a.dispose();
  b.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(failures === 0 ? "pg-copy-check: all ok" : `pg-copy-check: ${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
