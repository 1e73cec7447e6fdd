// `tally incidents [--from --to --country --outcome --group --min --grade --limit --offset --strategy
// --format --db]`
// lists incidents; its subcommands (merge, split, reject, restore, undo, corrections) are the
// analyst's corrections, ./incident-corrections.ts.
import { InvalidArgumentError, Option, type Command } from "../commander.js";
import { GROUPS, OUTCOMES } from "../../core/model.js";
import { STRATEGY_NAMES, type StrategyName } from "../../core/tally/index.js";
import type { IncidentRecord } from "../../incidents/export.js";
import { queryIncidents } from "../../incidents/query.js";
import type { IncidentFilter, Store } from "../../store/store.js";
import { registerCorrections } from "./incident-corrections.js";
import { withStore, write, type SetStatus } from "./store-action.js";
import { figureText, UNKNOWN_DEATHS_NOTE, withUnknownDeaths } from "../figure-text.js";
import { dbOption } from "./db-option.js";

const GRADES = ["confirmed", "fair", "single_source", "contested", "party_only"] as const;

interface ListFlags extends IncidentFilter {
  db: string;
  strategy: StrategyName;
  format: "table" | "json";
}

export function register(program: Command, setStatus: SetStatus = () => {}): void {
  const cmd = program
    .command("incidents")
    .description("List the incidents in the store, with their place, dates, type and toll.")
    .addOption(dbOption())
    .addOption(new Option("--from <YYYY-MM-DD>", "incidents ending on or after this day").argParser(day))
    .addOption(new Option("--to <YYYY-MM-DD>", "incidents starting on or before this day").argParser(day))
    .option("--country <NAME>", "country name or ISO code")
    .addOption(
      new Option("--outcome <OUTCOME>", "only incidents with figures for this outcome").choices(OUTCOMES),
    )
    .addOption(new Option("--group <GROUP>", "with --outcome/--min: only this group").choices(GROUPS))
    .addOption(
      new Option("--min <N>", "best figure for --outcome (default killed) at least N").argParser(count),
    )
    .addOption(new Option("--grade <GRADE>", "a figure of this grade").choices(GRADES))
    .addOption(new Option("--limit <N>", "at most N incidents (a page)").argParser(positive))
    .addOption(new Option("--offset <N>", "skip the first N incidents that match").argParser(count))
    .addOption(
      new Option("--strategy <S>", "reconciliation strategy").choices(STRATEGY_NAMES).default("ucdp"),
    )
    .addOption(new Option("--format <F>", "output format").choices(["table", "json"]).default("table"))
    .action(async (flags: ListFlags) =>
      withStore(flags.db, setStatus, async (store) => listIncidents(store, flags)),
    );

  registerCorrections(cmd, setStatus);
}

/** The incidents that match the flags, as a table or JSON. */
async function listIncidents(store: Store, flags: ListFlags): Promise<void> {
  const outcome = flags.outcome ?? (flags.min !== undefined ? "killed" : undefined);
  const records = queryIncidents(
    store,
    {
      from: flags.from,
      to: flags.to,
      country: flags.country,
      outcome,
      group: flags.group,
      min: flags.min,
      grade: flags.grade,
      limit: flags.limit,
      offset: flags.offset,
    },
    flags.strategy,
  );
  if (flags.format === "json")
    await write(
      `${JSON.stringify(
        records.map((r) => ({
          ...r.incident,
          strategy: r.strategy,
          totals: r.totals,
          unknownDeaths: r.unknownDeaths,
          tally: r.tally.map(({ claimants: _c, ...row }) => row),
        })),
        null,
        2,
      )}\n`,
    );
  else await write(listTable(records));
}

/** One line per incident: id, dates, place, type, reports, and the killed row(s). */
export function listTable(records: readonly IncidentRecord[]): string {
  if (records.length === 0) return "No incidents match.\n";
  const rows = records.map((r) => {
    const i = r.incident;
    const loc = i.location;
    const total = (o: string) => {
      const t = r.totals.find((x) => x.outcome === o);
      return t ? `${figureText(t)}${t.grade === "contested" ? " !" : ""}` : "-";
    };
    return [
      i.id,
      i.start === i.end || !i.end ? (i.start ?? "?") : `${i.start}..${i.end}`,
      loc
        ? `${[loc.name, loc.admin1, loc.country].filter((x, k, a) => x && a.indexOf(x) === k).join(", ")} (${loc.wherePrec})`
        : "?",
      i.eventType ?? "?",
      String(i.articles.length),
      withUnknownDeaths(total("killed"), r.unknownDeaths),
      total("injured"),
    ];
  });
  const strategy = records[0]!.strategy;
  const unknown = records.some((r) => r.unknownDeaths !== null);
  const head = [
    "incident",
    "dates",
    "place (where_prec)",
    "type",
    "reports",
    `killed (${strategy}; ! contested${unknown ? "; ? no figure" : ""})`,
    "injured",
  ];
  const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, k) => c.padEnd(widths[k]!))
      .join("  ")
      .trimEnd();
  const note = unknown ? `${UNKNOWN_DEATHS_NOTE}\n` : "";
  return `${[line(head), ...rows.map(line)].join("\n")}\n${note}`;
}

function day(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new InvalidArgumentError("Expected a date as YYYY-MM-DD.");
  return value;
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("Expected a whole number ≥ 1.");
  return n;
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("Expected a whole number ≥ 0.");
  return n;
}
