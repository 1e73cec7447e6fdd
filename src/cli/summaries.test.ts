// The list of commands that `tally --help` shows without loading them (./summaries.ts) must be
// what each command's own definition says: registered for real here, term and description compared.
import { Command, Help } from "commander";
import { describe, expect, it } from "vitest";
import { register as changes } from "./commands/changes.js";
import { register as exportCommand } from "./commands/export.js";
import { register as extract } from "./commands/extract.js";
import { register as incidents } from "./commands/incidents.js";
import { registerIngest } from "./commands/ingest.js";
import { register as queue } from "./commands/queue.js";
import { register as relink } from "./commands/relink.js";
import { register as serve } from "./commands/serve.js";
import { register as show } from "./commands/show.js";
import { register as worker } from "./commands/worker.js";
import { COMMAND_SUMMARIES } from "./summaries.js";

describe("command summaries", () => {
  const program = new Command("tally");
  const none = () => {};
  for (const register of [extract, changes, incidents, show, exportCommand, relink, serve, worker, queue])
    register(program, none);
  registerIngest(program, none);
  const help = new Help();

  it("names every command, and only those", () => {
    expect(Object.keys(COMMAND_SUMMARIES).sort()).toEqual(program.commands.map((c) => c.name()).sort());
  });

  it.each(Object.keys(COMMAND_SUMMARIES))("%s: the term and description its definition gives", (name) => {
    const command = program.commands.find((c) => c.name() === name)!;
    expect(COMMAND_SUMMARIES[name]).toEqual({
      term: help.subcommandTerm(command),
      description: command.description(),
    });
  });
});
