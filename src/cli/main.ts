#!/usr/bin/env node
// `tally`, the command-line adapter: turns flags into calls of the application functions
// (../app/) and their results into output and an exit status. Exit 0: every input read and
// extracted without an error-severity message; 1: some input failed (unreadable file, invalid
// line, fatal check, extraction failure); 2: usage error.
//
// Each command lives in ./commands/ and is imported only when it runs: `tally extract` loads the
// extraction and nothing of the store, the incidents (gazetteer) or the server; `tally help X`
// loads X. `--version`, the list of commands (`--help`) and an unknown command load no command:
// they list each command from ./summaries.ts.
import { readFileSync, statSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { Command, CommanderError, Help } from "./commander.js";
import { COMMAND_SUMMARIES } from "./summaries.js";
import type * as ExtractCommand from "./commands/extract.js";
import type * as IngestCommand from "./commands/ingest.js";
import type * as ServeCommand from "./commands/serve.js";
import type * as WorkerCommand from "./commands/worker.js";
import type * as ChangesCommand from "./commands/changes.js";
import type * as IncidentsCommand from "./commands/incidents.js";
import type * as ShowCommand from "./commands/show.js";
import type * as ExportCommand from "./commands/export.js";
import type * as RelinkCommand from "./commands/relink.js";
import type * as QueueCommand from "./commands/queue.js";
import type * as Watch from "../incidents/watch.js";
import type { SetStatus } from "./commands/store-action.js";

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

/**
 * V8 optimises a function once it has run about 66 KB of bytecode (`--interrupt-budget`); the
 * extractor is hundreds of medium-sized functions, so at that budget TurboFan compiles and
 * re-compiles many of them long before they are hot, and a short run spends more CPU compiling
 * than the optimised code saves (the GTD summaries: 3.7 CPU-s as a whole process, 1.9 with no
 * optimising compiler at all). A larger budget optimises only what stays hot; measured in the
 * README ("Benchmark and scores"). Set before any command is loaded; worker threads share it.
 * A budget given on node's command line wins (`node --interrupt-budget=N dist/cli/main.js …`;
 * NODE_OPTIONS does not accept V8's flags).
 */
const INTERRUPT_BUDGET = 1_000_000;
if (!process.execArgv.some((a) => a.startsWith("--interrupt-budget")))
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);

/**
 * V8 compiles a regular expression to bytecode on its first run and to machine code on its
 * second (`--regexp-tier-up-ticks=1`); chrono-node's largest patterns ("N units ago", "N units
 * later") take ~20 ms each to compile to machine code, and most of a run's ~700 patterns run too
 * few times to pay that back. Until it is compiled a pattern runs in V8's bytecode interpreter,
 * several times slower: at 1000 runs the interpreter was ~6% of the instructions of extracting the
 * news reports five times over. At 100 runs the patterns that run a few hundred times are compiled
 * too, and the rare ones still stay bytecode: instructions ×0.955 on the news reports ×5, ×0.983
 * on 300 GTD summaries (10: ×0.974, ×0.995; 30: ×0.974, ×0.988; 300: ×0.985, ×0.991); measured in
 * the README ("Benchmark and scores", output byte-identical). Set before any command is loaded, as
 * the budget is; node's own flag wins.
 */
const REGEXP_TIER_UP_TICKS = 100;
if (!process.execArgv.some((a) => a.startsWith("--regexp-tier-up")))
  setFlagsFromString(`--regexp-tier-up-ticks=${REGEXP_TIER_UP_TICKS}`);

/**
 * The bytecode a pattern is first compiled to goes through a peephole pass that merges common
 * sequences; for a pattern that runs a few hundred times the pass costs more than it saves (the
 * time extractor's duration pattern: ~30 M instructions to compile, a third of it the pass), and
 * a pattern that stays hot is compiled to machine code from its graph, not from the bytecode.
 * Measured in the README ("Benchmark and scores", output byte-identical); node's own flag wins.
 */
if (!process.execArgv.some((a) => a.includes("regexp-peephole-optimization")))
  setFlagsFromString("--no-regexp-peephole-optimization");

let status = EXIT_OK;
const setStatus: SetStatus = (code) => void (status = Math.max(status, code));

// A reader that goes away (`tally extract … | head`) is not an error: stop quietly.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(status);
  process.stderr.write(`tally: cannot write the output: ${err.message}\n`);
  process.exit(EXIT_FAILED);
});
process.stderr.on("error", () => {});

/** Each command's registration, loading its module on demand. */
const COMMANDS: Record<string, (tally: Command) => Promise<void>> = {
  extract: async (tally) => (await extractCommand()).register(tally, setStatus),
  // The incident linker runs on each batch of stored articles, and the change log records what
  // it changed; loaded only when `ingest` runs.
  ingest: async (tally) =>
    (
      await bundled<typeof IngestCommand>(
        "ingest",
        "./commands/ingest.js",
        () => import("./commands/ingest.js"),
      )
    ).registerIngest(tally, setStatus, async (store, { changeShare }) => {
      const { linkAndWatchBatch } = await bundled<typeof Watch>(
        "watch",
        "../incidents/watch.js",
        () => import("../incidents/watch.js"),
      );
      return (ids) => linkAndWatchBatch(store, ids, changeShare);
    }),
  changes: async (tally) =>
    (await command<typeof ChangesCommand>("changes", () => import("./commands/changes.js"))).register(
      tally,
      setStatus,
    ),
  incidents: async (tally) =>
    (await command<typeof IncidentsCommand>("incidents", () => import("./commands/incidents.js"))).register(
      tally,
      setStatus,
    ),
  show: async (tally) =>
    (await command<typeof ShowCommand>("show", () => import("./commands/show.js"))).register(
      tally,
      setStatus,
    ),
  export: async (tally) =>
    (await command<typeof ExportCommand>("export", () => import("./commands/export.js"))).register(
      tally,
      setStatus,
    ),
  relink: async (tally) =>
    (await command<typeof RelinkCommand>("relink", () => import("./commands/relink.js"))).register(
      tally,
      setStatus,
    ),
  serve: async (tally) =>
    (
      await bundled<typeof ServeCommand>("serve", "./commands/serve.js", () => import("./commands/serve.js"))
    ).register(tally, setStatus),
  worker: async (tally) =>
    (
      await bundled<typeof WorkerCommand>(
        "worker",
        "./commands/worker.js",
        () => import("./commands/worker.js"),
      )
    ).register(tally, setStatus),
  queue: async (tally) =>
    (await command<typeof QueueCommand>("queue", () => import("./commands/queue.js"))).register(
      tally,
      setStatus,
    ),
};

/**
 * A command's module from its bundle (dist/bundle/, made by `npm run build`: the command and what
 * it loads in a few files instead of hundreds of modules) while the bundle is newer than the
 * compiled module, else from the modules (a bare `tsc` build, or the sources under test).
 * TALLY_NO_BUNDLE=1 takes the modules whatever is built (a profile then names each module).
 */
async function bundled<T>(name: string, compiled: string, load: () => Promise<T>): Promise<T> {
  if (process.env.TALLY_NO_BUNDLE === "1") return load();
  const bundle = new URL(`../bundle/${name}.js`, import.meta.url);
  const mtime = (url: URL) => statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? Number.NaN;
  if (mtime(bundle) >= mtime(new URL(compiled, import.meta.url))) return (await import(bundle.href)) as T;
  return load();
}

/** A command's module from its bundle (`name`, as ./commands/ names it) while that is current. */
const command = <T>(name: string, load: () => Promise<T>): Promise<T> =>
  bundled<T>(name, `./commands/${name}.js`, load);

const extractCommand = () =>
  bundled<typeof ExtractCommand>("extract", "../extract/pipeline.js", () => import("./commands/extract.js"));

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      version?: string;
    };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}

/**
 * The command named on the command line: the first argument that is not an option, or for
 * `tally help X`, X.
 */
function commandName(argv: string[]): string | undefined {
  const [first, second] = argv.slice(2).filter((a) => !a.startsWith("-"));
  return first === "help" ? second : first;
}

async function program(argv: string[]): Promise<Command> {
  const tally = new Command("tally")
    .description("Reads news reports of violent incidents into source-attributed, hedged casualty claims.")
    .version(version())
    .exitOverride()
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ outputError: (text, write) => write(`tally: ${text.replace(/^error: /, "")}`) });
  const wanted = commandName(argv);
  if (wanted !== undefined && wanted in COMMANDS) await COMMANDS[wanted]!(tally);
  else listCommands(tally);
  return tally;
}

/** Each command by its summary alone, for the list of commands and an unknown command's hints. */
function listCommands(tally: Command): void {
  for (const [name, { description }] of Object.entries(COMMAND_SUMMARIES))
    tally.command(name).description(description);
  const help = new Help();
  tally.configureHelp({
    subcommandTerm: (cmd) => COMMAND_SUMMARIES[cmd.name()]?.term ?? help.subcommandTerm(cmd),
  });
}

async function main(argv: string[]): Promise<number> {
  try {
    await (await program(argv)).parseAsync(argv);
    return status;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw e;
  }
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const text = e instanceof Error ? e.message : String(e);
    process.stderr.write(`tally: internal error (a bug in Tally; please report it): ${text}\n`);
    process.exitCode = EXIT_FAILED;
  },
);
