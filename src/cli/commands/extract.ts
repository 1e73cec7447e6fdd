// `tally extract [FILE...] [--published D] [--format F] [--input-format F] [--jobs N]`: the claims
// of every article in the inputs, written in input order. Messages go to stderr as
// `tally: SOURCE[:LINE]: CODE message`; an error-severity message raises the exit status to 1.
// With more than one job, a file's articles are extracted by a pool of worker threads
// (../../app/extract-pool.ts), which also writes their JSON; the output is the same byte for byte.
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import { InvalidArgumentError, Option, type Command } from "commander";
import { defaultJobs, ExtractPool, inOrder } from "../../app/extract-pool.js";
import { emptyResult, outputRecord } from "../../app/extract-results.js";
import { INPUT_FORMATS, readArticles, type InputFormat } from "../../app/read-articles.js";
import { message } from "../../core/errors.js";
import type { Article, ExtractionResult, Message } from "../../core/model.js";
import { publicationDay } from "../../extract/input-checks.js";
import { formatTable } from "../format-table.js";
import { jobsOption } from "./jobs-option.js";
import type { SetStatus } from "./store-action.js";

const OUTPUT_FORMATS = ["jsonl", "json", "table"] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const EXIT_FAILED = 1;

interface ExtractFlags {
  published?: string;
  format: OutputFormat;
  inputFormat: InputFormat;
  jobs?: number;
}

/** Articles under way at once per job: enough to keep the workers busy, few enough to bound memory. */
const WINDOW_PER_JOB = 16;

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
    .addOption(jobsOption("worker threads extracting at once (default: the number of cores)"))
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
  const extractor = new Extractor(flags);
  const inputs = files.length ? files : ["-"];
  let written = 0;
  try {
    if (flags.format === "json") await out("[");
    for (const file of inputs) {
      const source = await readSource(file);
      if ("error" in source) {
        report(message("T009", source.error), source.name);
        continue;
      }
      const read = readArticles(source, { published: flags.published, format: flags.inputFormat });
      for (const m of read.messages) report(m, m.source, m.line);
      let i = 0;
      for await (const done of extractor.run(read.articles)) {
        for (const m of done.messages) report(m, source.name, read.lines[i]);
        i++;
        if (flags.format === "jsonl") await out(`${done.text}\n`);
        else if (flags.format === "json") await out(`${written ? "," : ""}\n${indent(done.text)}`);
        else await out(`${written ? "\n" : ""}${done.text}`);
        written++;
      }
    }
    if (flags.format === "json") await out(written ? "\n]\n" : "]\n");
  } finally {
    await flush();
    await extractor.close();
  }
}

/** An article extracted and formatted for the output. */
interface Done {
  text: string;
  messages: Message[];
}

/**
 * Extracts a file's articles in order: in this thread for one job or one article, else on a pool
 * of worker threads (started on first need). Either way an article that cannot be extracted
 * becomes T011 for that article, never a lost one.
 */
class Extractor {
  private pool: ExtractPool | null = null;
  private readonly jobs: number;
  private readonly options: { published: string | null };

  constructor(private readonly flags: ExtractFlags) {
    this.jobs = flags.jobs ?? defaultJobs();
    this.options = { published: flags.published ?? null };
  }

  async *run(articles: Article[]): AsyncGenerator<Done> {
    const format = (article: Article, result: ExtractionResult): Done => ({
      text:
        this.flags.format === "table"
          ? formatTable(article, result)
          : JSON.stringify(outputRecord(result), null, this.flags.format === "json" ? 2 : undefined),
      messages: result.messages,
    });
    if (this.jobs === 1 || (articles.length < 2 && !this.pool)) {
      const { extractArticle } = await import("../../app/extract-articles.js");
      for (const article of articles) yield format(article, extractArticle(article, this.options));
      return;
    }
    const pool = (this.pool ??= new ExtractPool({ jobs: this.jobs }));
    const failed = (article: Article, e: unknown) =>
      format(article, emptyResult(article.id, [message("T011", e instanceof Error ? e.message : String(e))]));
    const one = (article: Article): Promise<Done> =>
      (this.flags.format === "table"
        ? pool.extract(article, this.options).then((result) => format(article, result))
        : pool
            .extractJson(article, this.options, this.flags.format === "json" ? 2 : undefined)
            .then(({ json, messages }) => ({ text: json, messages }))
      ).catch((e: unknown) => failed(article, e));
    yield* inOrder(articles, one, this.jobs * WINDOW_PER_JOB);
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}

/**
 * Output is gathered into writes of about 64 KB (a write a line cost a system call per article),
 * and written at least every quarter second so that a slow run still shows its progress.
 */
const FLUSH_CHARS = 1 << 16;
const FLUSH_MS = 250;
let pending: string[] = [];
let pendingChars = 0;
let flushedAt = Date.now();

/** Writes to stdout, waiting when the reader is slower than we are. */
async function out(text: string): Promise<void> {
  pending.push(text);
  pendingChars += text.length;
  if (pendingChars >= FLUSH_CHARS || Date.now() - flushedAt >= FLUSH_MS) await flush();
}

async function flush(): Promise<void> {
  flushedAt = Date.now();
  if (!pending.length) return;
  const text = pending.join("");
  pending = [];
  pendingChars = 0;
  if (!process.stdout.write(text)) await once(process.stdout, "drain");
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
