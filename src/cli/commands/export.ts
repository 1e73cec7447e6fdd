// `tally export --format acled|ucdp|gtd|geojson|json|jsonl [--strategy S] [--db PATH]`: every
// incident in the store, in the chosen dataset's shape (../../incidents/export.ts), to stdout.
import { Option, type Command } from "commander";
import { STRATEGY_NAMES, type StrategyName } from "../../core/tally/index.js";
import { EXPORT_FORMATS, exportRecords, type ExportFormat } from "../../incidents/export.js";
import { queryIncidents } from "../../incidents/query.js";
import { DEFAULT_DB } from "../../store/sqlite-store.js";
import { withStore, write, type SetStatus } from "./store-action.js";

export function register(program: Command, setStatus: SetStatus = () => {}): void {
  program
    .command("export")
    .description(
      "Write the store's incidents as ACLED, UCDP or GTD rows, GeoJSON, JSON or claims as JSON Lines.",
    )
    .addOption(new Option("--format <F>", "output format").choices(EXPORT_FORMATS).makeOptionMandatory())
    .addOption(
      new Option("--strategy <S>", "reconciliation strategy for tallies and notes")
        .choices(STRATEGY_NAMES)
        .default("ucdp"),
    )
    .addOption(new Option("--db <PATH>", "the database file").default(DEFAULT_DB))
    .addHelpText(
      "after",
      `
acled: one row per incident-day; fatalities is the conservative total (CODEBOOK §1b), disputes in notes.
ucdp, gtd: one row per incident, columns named as in those datasets' codebooks.`,
    )
    .action(async (flags: { format: ExportFormat; strategy: StrategyName; db: string }) =>
      withStore(flags.db, setStatus, async (store) => {
        await write(exportRecords(queryIncidents(store, {}, flags.strategy), flags.format));
      }),
    );
}
