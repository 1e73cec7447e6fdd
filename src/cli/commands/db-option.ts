// `--db` as every command takes it: a SQLite file or a postgres:// URL, from the flag, else from
// TALLY_DATABASE_URL, else ./tally.db.
import { Option } from "../commander.js";
import { DATABASE_URL_ENV } from "../../store/open-store.js";
import { DEFAULT_DB } from "../../store/store.js";

export function dbOption(): Option {
  return new Option("--db <PATH|URL>", "the SQLite file, or a postgres://user@host:port/name URL")
    .env(DATABASE_URL_ENV)
    .default(DEFAULT_DB);
}
