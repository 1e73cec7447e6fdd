// What the "stored by copy" benches (bench/pg-copy-check.mjs, bench/pg-stored-rate.mjs) share:
// the schema a test database URL names, and bench/pg-copy-store.sql run from one schema into another.
import { spawnSync } from "node:child_process";
import path from "node:path";

/** The schema of a URL made by freshPgDb (libpq's `options=-c search_path=…`). */
export const schemaOf = (db) => new URL(db).searchParams.get("options").replace(/^-c search_path=/, "");

/** Runs psql with `argv` against the server of `url` (its search_path dropped); returns stdout or throws. */
export function psqlRun(url, argv) {
  const base = new URL(url);
  base.searchParams.delete("options");
  const r = spawnSync("psql", ["-q", ...argv, base.toString()], { encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`psql failed: ${r.stderr}`);
  return r.stdout;
}

/** Fills the schema of `target` with copies kfrom..kto of the store in `source`'s (bench/pg-copy-store.sql). */
export function copyStore(root, source, target, kfrom, kto) {
  psqlRun(source, [
    ...["-v", `src=${schemaOf(source)}`, "-v", `target=${schemaOf(target)}`],
    ...["-v", `kfrom=${kfrom}`, "-v", `kto=${kto}`, "-f", path.join(root, "bench/pg-copy-store.sql")],
  ]);
}
