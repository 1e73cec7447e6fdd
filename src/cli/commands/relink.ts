// `tally relink [--db PATH] [--json]`: re-runs incident linking over every stored report (after a
// rule change, or to settle a store filled before issue 11), keeping the analyst's merges and
// splits, and says what moved: one line per report that changed incident, then a summary.
import type { Command } from "../commander.js";
import { withStore, write, type SetStatus } from "./store-action.js";
import { dbOption } from "./db-option.js";

export function register(program: Command, setStatus: SetStatus = () => {}): void {
  program
    .command("relink")
    .description("Re-link every stored report into incidents (analysts' corrections kept); list what moved.")
    .addOption(dbOption())
    .option("--json", "print {moved, articles, incidents} as JSON")
    .action(async (flags: { db: string; json?: boolean }) =>
      withStore(flags.db, setStatus, async (store) => {
        const { relinkAll } = await import("../../incidents/link.js");
        const r = relinkAll(store);
        if (flags.json) {
          await write(
            `${JSON.stringify({ moved: r.moved, articles: r.articles.length, incidents: r.incidents.length }, null, 2)}\n`,
          );
          return;
        }
        for (const m of r.moved) await write(`moved ${m.article}: ${m.from ?? "(none)"} → ${m.to}\n`);
        await write(
          `relinked ${r.articles.length} reports into ${r.incidents.length} incidents; ${r.moved.length} moved\n`,
        );
      }),
    );
}
