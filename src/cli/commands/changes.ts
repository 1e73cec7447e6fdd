// `tally changes --since TIME [--format text|json] [--db PATH]`: the change log (issue 15) —
// material changes to incidents (new incidents, figures that moved, grades, new checks), oldest
// first, each with the report that caused it.
import { InvalidArgumentError, Option, type Command } from "../commander.js";
import { changeView, parseSince } from "../../app/changes.js";
import type { IncidentId } from "../../store/store.js";
import { withStore, write, type SetStatus } from "./store-action.js";
import { dbOption } from "./db-option.js";

interface Flags {
  since?: string;
  incident?: string;
  format: "text" | "json";
  db: string;
}

export function register(program: Command, setStatus: SetStatus = () => {}): void {
  program
    .command("changes")
    .description("List the material changes to incidents: new incidents, figures that moved, grades, checks.")
    .addOption(
      new Option(
        "--since <TIME>",
        "from this time: YYYY-MM-DD, an ISO timestamp, or 30m / 24h / 7d back",
      ).argParser((v) => {
        const t = parseSince(v);
        if (t === null)
          throw new InvalidArgumentError("Expected YYYY-MM-DD, an ISO timestamp, or a span like 24h or 7d.");
        return t;
      }),
    )
    .option("--incident <ID>", "only this incident's changes")
    .addOption(new Option("--format <F>", "output format").choices(["text", "json"]).default("text"))
    .addOption(dbOption())
    .action(async (flags: Flags) =>
      withStore(flags.db, setStatus, async (store) => {
        const changes = store
          .listChanges({ since: flags.since, incident: flags.incident as IncidentId | undefined })
          .map((c) => changeView(store, c));
        if (flags.format === "json") {
          await write(`${JSON.stringify(changes, null, 2)}\n`);
          return;
        }
        const text = changes.map((c) => {
          const by = c.report
            ? `${c.report.id} (${[c.report.outlet, c.report.published].filter(Boolean).join(", ") || "?"})`
            : "analyst";
          return `${c.at}  #${c.seq}  ${c.incident}  ${c.title}\n  report ${by}\n${c.lines.map((l) => `  - ${l}`).join("\n")}\n`;
        });
        await write(text.length ? text.join("\n") : "No changes.\n");
      }),
    );
}
