// `tally incidents [--from --to --country --outcome --group --min --grade --limit --offset --strategy
// --format --db]`
// lists incidents; `tally incidents merge A B` and `tally incidents split ID ARTICLE…` let an
// analyst correct the linker (links recorded as by "analyst").
import { InvalidArgumentError, Option, type Command } from "commander";
import { TallyError } from "../../core/errors.js";
import { GROUPS, OUTCOMES } from "../../core/model.js";
import { STRATEGY_NAMES, type StrategyName } from "../../core/tally/index.js";
import type { IncidentRecord } from "../../incidents/export.js";
import {
  correctionsOf,
  correctionText,
  mergeCorrection,
  rejectClaim,
  restoreClaim,
  splitCorrection,
  undoCorrection,
} from "../../incidents/corrections.js";
import { queryIncidents } from "../../incidents/query.js";
import { DEFAULT_DB } from "../../store/sqlite-store.js";
import type { ArticleId, IncidentFilter, IncidentId } from "../../store/store.js";
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
      withStore(flags.db, setStatus, async (store) => {
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
      }),
    );

  cmd
    .command("merge")
    .description(
      "Merge incident B into incident A (an analyst's correction, kept in the history; `undo` reverses it).",
    )
    .argument("<A>", "the incident to keep")
    .argument("<B>", "the incident whose reports move into A")
    .addOption(dbOption())
    .action(async (a: string, b: string, _flags: unknown, self: Command) =>
      withStore(dbOf(self), setStatus, async (store) => {
        const c = mergeCorrection(store, a as IncidentId, b as IncidentId);
        const merged = store.getIncident(a as IncidentId)!;
        await write(
          `correction ${c.seq}: merged ${b} into ${merged.id}: ${merged.articles.length} reports\n`,
        );
      }),
    );

  cmd
    .command("split")
    .description(
      "Move reports out of an incident into a new one (an analyst's correction; `undo` reverses it).",
    )
    .argument("<ID>", "the incident")
    .argument("<ARTICLE...>", "ids of its reports to move")
    .addOption(dbOption())
    .action(async (id: string, articles: string[], _flags: unknown, self: Command) =>
      withStore(dbOf(self), setStatus, async (store) => {
        const c = splitCorrection(store, id as IncidentId, articles as ArticleId[]);
        if (c.action.kind !== "split") return;
        const left = store.getIncident(id as IncidentId);
        await write(
          `correction ${c.seq}: split ${c.action.moved.length} reports into ${c.action.created}; ${left ? `${left.id} keeps ${left.articles.length}` : `${id} is now empty and was removed`}\n`,
        );
      }),
    );

  cmd
    .command("reject")
    .description("Reject a claim as misread, with the reason: no figure counts it until it is restored.")
    .argument("<ID>", "the incident")
    .argument("<CLAIM>", "the claim, as report#claim (tally show --format json lists them)")
    .requiredOption("--reason <TEXT>", "why the claim is misread (kept in the history)")
    .addOption(dbOption())
    .action(async (id: string, claim: string, flags: { reason: string }, self: Command) =>
      withStore(dbOf(self), setStatus, async (store) => {
        const c = rejectClaim(store, id as IncidentId, claim, flags.reason);
        await write(`correction ${c.seq}: ${correctionText(c)}\n`);
      }),
    );

  cmd
    .command("restore")
    .description("Restore a claim rejected as misread.")
    .argument("<ID>", "the incident")
    .argument("<CLAIM>", "the claim, as report#claim")
    .option("--reason <TEXT>", "why it is restored")
    .addOption(dbOption())
    .action(async (id: string, claim: string, flags: { reason?: string }, self: Command) =>
      withStore(dbOf(self), setStatus, async (store) => {
        const c = restoreClaim(store, id as IncidentId, claim, flags.reason ?? null);
        await write(`correction ${c.seq}: ${correctionText(c)}\n`);
      }),
    );

  cmd
    .command("undo")
    .description(
      "Undo a merge or a split by its number in the corrections' history (tally incidents corrections).",
    )
    .argument("<N>", "the correction's number")
    .option("--reason <TEXT>", "why it is undone")
    .addOption(dbOption())
    .action(async (n: string, flags: { reason?: string }, self: Command) =>
      withStore(dbOf(self), setStatus, async (store) => {
        const seq = Number(n);
        if (!Number.isInteger(seq) || seq < 1)
          throw new TallyError("USAGE", `A correction's number is a whole number from 1; got "${n}".`);
        const c = undoCorrection(store, seq, flags.reason ?? null);
        await write(`correction ${c.seq}: ${correctionText(c, store.listCorrections())}\n`);
      }),
    );

  cmd
    .command("corrections")
    .description(
      "The corrections' history, oldest first: every rejection, restoration, merge, split and undo.",
    )
    .argument("[ID]", "only those concerning this incident")
    .addOption(dbOption())
    .action(async (id: string | undefined, _flags: unknown, self: Command) =>
      withStore(dbOf(self), setStatus, async (store) => {
        const all = store.listCorrections();
        const inc = id ? store.getIncident(id as IncidentId) : null;
        if (id && !inc && !all.some((c) => c.incident === id))
          throw new TallyError("USAGE", `No incident ${id}; see \`tally incidents\`.`);
        const shown = id ? correctionsOf(store, id as IncidentId, inc?.articles ?? []) : all;
        await write(
          shown.length
            ? shown.map((c) => `${c.seq}\t${c.at}\t${c.incident}\t${correctionText(c, all)}`).join("\n") +
                "\n"
            : "No corrections.\n",
        );
      }),
    );
}

/** `--db` given before or after the subcommand (`incidents` has the option too). */
function dbOf(self: Command): string {
  return (self.optsWithGlobals() as { db?: string }).db ?? DEFAULT_DB;
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
