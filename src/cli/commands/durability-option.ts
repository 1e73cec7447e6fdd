// `--durability normal|full`, shared by the commands that write the database (ingest, serve):
// "full" syncs every commit to disk (SQLite synchronous=FULL) for users who need the store to
// survive an OS crash or power loss; "normal" (WAL, synchronous=NORMAL) survives a killed process.
import { Option } from "../commander.js";
import type { Durability } from "../../store/sqlite-store.js";

export function durabilityOption(): Option {
  const choices: Durability[] = ["normal", "full"];
  return new Option(
    "--durability <MODE>",
    "normal: safe if Tally is killed; full: each commit synced, safe if the machine crashes (slower)",
  )
    .choices(choices)
    .default("normal");
}
