// Opens the store a `--db` value names: a `postgres://` (or `postgresql://`) URL is a PostgreSQL
// database (./pg-store.ts), anything else the path of a SQLite file (./sqlite-store.ts). Each
// engine's module is loaded only when it is used (start-up of the commands that store nothing).
import type { SqliteStoreOptions } from "./sqlite-store.js";
import type { Store } from "./store.js";

/** Where `--db` falls back to when the flag is not given (commander's `Option.env`). */
export const DATABASE_URL_ENV = "TALLY_DATABASE_URL";

export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** The store for `db`; `options` are SQLite's (PostgreSQL takes its settings from the URL). */
export async function openStore(db: string, options: SqliteStoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(db)) {
    const { openPgStore } = await import("./pg-store.js");
    return openPgStore(db, options.now ? { now: options.now } : {});
  }
  const { openSqliteStore } = await import("./sqlite-store.js");
  return openSqliteStore(db, options);
}
