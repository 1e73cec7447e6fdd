#!/usr/bin/env node
// `tally`, the command-line adapter: turns flags into calls of the application functions
// (../app/) and their results into output and an exit status. Exit 0: every input read and
// extracted without an error-severity message; 1: some input failed (unreadable file, invalid
// line, fatal check, extraction failure); 2: usage error.
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { extractArticle, publicationDay } from "../app/extract-articles.js";
import { INPUT_FORMATS, readArticles, type InputFormat } from "../app/read-articles.js";
import { message } from "../core/errors.js";
import type { ExtractionResult, Message } from "../core/model.js";
import { register as registerExport } from "./commands/export.js";
import { register as registerIncidents } from "./commands/incidents.js";
import { registerIngest } from "./commands/ingest.js";
import { register as registerServe } from "./commands/serve.js";
import { register as registerShow } from "./commands/show.js";
import { formatTable } from "./format-table.js";

const OUTPUT_FORMATS = ["jsonl", "json", "table"] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];

interface ExtractFlags {
  published?: string;
  format: OutputFormat;
  inputFormat: InputFormat;
}

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

// --- output ---------------------------------------------------------------------------------

let status = EXIT_OK;

// A reader that goes away (`tally extract … | head`) is not an error: stop quietly.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(status);
  process.stderr.write(`tally: cannot write the output: ${err.message}\n`);
  process.exit(EXIT_FAILED);
});
process.stderr.on("error", () => {});

/** Writes to stdout, waiting when the reader is slower than we are. */
async function out(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, "drain");
}

function report(m: Message, source: string, line?: number | null): void {
  if (m.severity === "error") status = EXIT_FAILED;
  process.stderr.write(`tally: ${source}${line ? `:${line}` : ""}: ${m.code} ${m.message}\n`);
}

// --- tally extract --------------------------------------------------------------------------

async function runExtract(files: string[], flags: ExtractFlags): Promise<void> {
  const inputs = files.length ? files : ["-"];
  let written = 0;
  if (flags.format === "json") await out("[");
  for (const file of inputs) {
    const source = await readSource(file);
    if ("error" in source) {
      report(message("T009", source.error), source.name);
      continue;
    }
    const read = readArticles(source, { published: flags.published, format: flags.inputFormat });
    for (const m of read.messages) report(m, m.source, m.line);
    for (const [i, article] of read.articles.entries()) {
      const result = extractArticle(article, { published: flags.published ?? null });
      for (const m of result.messages) report(m, source.name, read.lines[i]);
      const record = toRecord(result);
      if (flags.format === "jsonl") await out(`${JSON.stringify(record)}\n`);
      else if (flags.format === "json")
        await out(`${written ? "," : ""}\n${indent(JSON.stringify(record, null, 2))}`);
      else await out(`${written ? "\n" : ""}${formatTable(article, result)}`);
      written++;
    }
  }
  if (flags.format === "json") await out(written ? "\n]\n" : "]\n");
}

/** The output record of one article, its fields in a fixed order. */
function toRecord(r: ExtractionResult) {
  return { id: r.id, claims: r.claims, tally: r.tally, datasets: r.datasets, messages: r.messages };
}

function indent(json: string): string {
  return json.replace(/^/gm, "  ");
}

async function readSource(
  file: string,
): Promise<{ name: string; content: Buffer } | { name: string; error: string }> {
  if (file === "-") {
    if (process.stdin.isTTY) process.stderr.write("tally: reading articles from stdin (end with Ctrl-D)\n");
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return { name: "stdin", content: Buffer.concat(chunks) };
  }
  try {
    return { name: file, content: await readFile(file) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { name: file, error: err.message };
  }
}

// --- commands -------------------------------------------------------------------------------

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

function parseDate(value: string): string {
  const day = publicationDay(value);
  if (!day) throw new InvalidArgumentError("Expected a real date as YYYY-MM-DD.");
  return day;
}

function program(): Command {
  const tally = new Command("tally")
    .description("Reads news reports of violent incidents into source-attributed, hedged casualty claims.")
    .version(version())
    .exitOverride()
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ outputError: (text, write) => write(`tally: ${text.replace(/^error: /, "")}`) });

  tally
    .command("extract")
    .description("Extract casualty claims from articles in FILEs (or stdin when none or -).")
    .argument("[FILE...]", "plain text, JSON or JSON Lines files of articles; - for stdin")
    .addOption(
      new Option("--published <YYYY-MM-DD>", "publication date for articles that carry none").argParser(
        parseDate,
      ),
    )
    .addOption(new Option("--format <format>", "output format").choices(OUTPUT_FORMATS).default("jsonl"))
    .addOption(
      new Option("--input-format <format>", "how to read the inputs").choices(INPUT_FORMATS).default("auto"),
    )
    .addHelpText(
      "after",
      `
Inputs: plain text (one article; its id is the file name, or "stdin"), a JSON article or
array of articles, or JSON Lines, one {id, text, published, outlet?, url?, title?} a line.
Exit status: 0 all read and extracted, 1 some input failed, 2 usage error.`,
    )
    .action(async (files: string[], flags: ExtractFlags) => runExtract(files, flags));
  // The incident linker runs after each stored article; loaded only when `ingest` runs.
  registerIngest(
    tally,
    (code) => void (status = Math.max(status, code)),
    async (store) => {
      const { linkArticle } = await import("../incidents/link.js");
      return (id) => linkArticle(store, id);
    },
  );
  registerIncidents(tally, (code) => void (status = Math.max(status, code)));
  registerShow(tally, (code) => void (status = Math.max(status, code)));
  registerExport(tally, (code) => void (status = Math.max(status, code)));
  registerServe(tally, (code) => void (status = Math.max(status, code)));
  return tally;
}

async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv);
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
