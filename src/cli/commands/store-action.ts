// Shared by the incident commands: open the store named by `--db`, run, close; a TallyError
// (a locked, corrupt or newer database, an unknown incident) becomes one line on stderr and exit
// status 1; anything else is a bug and goes up to main's handler. These commands read (or correct)
// a store that exists: a `--db` path with no file is an error, never a new empty database (a
// PostgreSQL URL is opened as given: its schema is made on first use, as `ingest` would).
import { existsSync } from "node:fs";
import { TallyError } from "../../core/errors.js";
import { isPostgresUrl, openStore } from "../../store/open-store.js";
import type { Store } from "../../store/store.js";

export const EXIT_FAILED = 1;

export type SetStatus = (code: number) => void;

export async function withStore(
  db: string,
  setStatus: SetStatus,
  fn: (store: Store) => Promise<void> | void,
): Promise<void> {
  let store: Store | null = null;
  try {
    if (!isPostgresUrl(db) && !existsSync(db))
      throw new TallyError(
        "USAGE",
        `No database at ${db}: nothing has been stored there. Pass the --db of an existing store, or run \`tally ingest FILES --db ${db}\` first.`,
      );
    store = await openStore(db);
    await fn(store);
  } catch (e) {
    if (!(e instanceof TallyError)) throw e;
    process.stderr.write(`tally: ${e.code === "USAGE" ? "" : `${e.code} `}${e.message}\n`);
    setStatus(EXIT_FAILED);
  } finally {
    store?.close();
  }
}

/** Writes text to stdout, waiting when the reader is slower. */
export function write(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once("drain", () => resolve());
  });
}
