// `tally incidents merge A B`, `split ID ARTICLE…`, `reject ID CLAIM --reason`, `restore ID CLAIM`,
// `undo N` and `corrections [ID]`: an analyst's corrections of the linker and of misread claims,
// each kept in the corrections' history (links recorded as by "analyst").
import type { Command } from "../commander.js";
import { TallyError } from "../../core/errors.js";
import {
  correctionsOf,
  correctionText,
  mergeCorrection,
  rejectClaim,
  restoreClaim,
  splitCorrection,
  undoCorrection,
} from "../../incidents/corrections.js";
import { DEFAULT_DB } from "../../store/sqlite-store.js";
import type { ArticleId, IncidentId } from "../../store/store.js";
import { dbOption } from "./db-option.js";
import { withStore, write, type SetStatus } from "./store-action.js";

export function registerCorrections(cmd: Command, setStatus: SetStatus): void {
  groupingCommands(cmd, setStatus);
  claimCommands(cmd, setStatus);
  historyCommands(cmd, setStatus);
}

/** merge and split: corrections of the linker's grouping. */
function groupingCommands(cmd: Command, setStatus: SetStatus): void {
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
}

/** reject and restore: a claim misread, and taken back. */
function claimCommands(cmd: Command, setStatus: SetStatus): void {
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
}

/** undo and corrections: the history of corrections, and reversing one. */
function historyCommands(cmd: Command, setStatus: SetStatus): void {
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
