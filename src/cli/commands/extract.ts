// `tally extract [FILE...] [--published D] [--format F] [--input-format F]`: the claims of every
// article in the inputs, written in input order. Messages go to stderr as
// `tally: SOURCE[:LINE]: CODE message`; an error-severity message raises the exit status to 1.
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import { InvalidArgumentError, Option, type Command } from "commander";
import { extractArticle, publicationDay } from "../../app/extract-articles.js";
import { INPUT_FORMATS, readArticles, type InputFormat } from "../../app/read-articles.js";
import { message } from "../../core/errors.js";
import type { ExtractionResult, Message } from "../../core/model.js";
import { formatTable } from "../format-table.js";
import type { SetStatus } from "./store-action.js";

const OUTPUT_FORMATS = ["jsonl", "json", "table"] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const EXIT_FAILED = 1;

interface ExtractFlags {
  published?: string;
  format: OutputFormat;
  inputFormat: InputFormat;
}

/** Registers `tally extract` on `program`; `setStatus` raises the process's exit status. */
export function register(program: Command, setStatus: SetStatus): void {
  program
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
    .action(async (files: string[], flags: ExtractFlags) => runExtract(files, flags, setStatus));
}

async function runExtract(files: string[], flags: ExtractFlags, setStatus: SetStatus): Promise<void> {
  const report = (m: Message, source: string, line?: number | null): void => {
    if (m.severity === "error") setStatus(EXIT_FAILED);
    process.stderr.write(`tally: ${source}${line ? `:${line}` : ""}: ${m.code} ${m.message}\n`);
  };
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

/** Writes to stdout, waiting when the reader is slower than we are. */
async function out(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, "drain");
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

function parseDate(value: string): string {
  const day = publicationDay(value);
  if (!day) throw new InvalidArgumentError("Expected a real date as YYYY-MM-DD.");
  return day;
}
