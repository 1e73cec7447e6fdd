// `tally export --format acled|ucdp|gtd|geojson|json|jsonl [--strategy S] [--db PATH]`: every
// incident in the store, in the chosen dataset's shape (../../incidents/export.ts), to stdout.
import { Option, type Command } from "../commander.js";
import { STRATEGY_NAMES, type StrategyName } from "../../core/tally/index.js";
import { EXPORT_FORMATS, FORMAT_STRATEGY, exportRecords, type ExportFormat } from "../../incidents/export.js";
import { queryIncidents } from "../../incidents/query.js";
import { withStore, write, type SetStatus } from "./store-action.js";
import { dbOption } from "./db-option.js";

export function register(program: Command, setStatus: SetStatus = () => {}): void {
  program
    .command("export")
    .description(
      "Write the store's incidents as ACLED, UCDP or GTD rows, GeoJSON, JSON or claims as JSON Lines.",
    )
    .addOption(new Option("--format <F>", "output format").choices(EXPORT_FORMATS).makeOptionMandatory())
    .addOption(
      new Option(
        "--strategy <S>",
        "reconciliation strategy of every figure (default: the format's own: acled conservative, gtd gtd, others ucdp)",
      ).choices(STRATEGY_NAMES),
    )
    .addOption(dbOption())
    .addHelpText(
      "after",
      `
acled: one row per incident-day; fatalities is the total across groups (CODEBOOK §3b), disputes in notes.
ucdp, gtd: one row per incident, columns named as in those datasets' codebooks;
  ucdp deaths_a + deaths_b + deaths_civilians + deaths_unknown = best.
Every CSV ends with a tally_strategy column; GeoJSON and JSON carry a "strategy" member.`,
    )
    .action(async (flags: { format: ExportFormat; strategy?: StrategyName; db: string }) =>
      withStore(flags.db, setStatus, async (store) => {
        const strategy = flags.strategy ?? FORMAT_STRATEGY[flags.format];
        await write(exportRecords(queryIncidents(store, {}, strategy), flags.format));
      }),
    );
}
