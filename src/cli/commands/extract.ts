// `tally extract [FILE...] [--published D] [--format F] [--input-format F] [--jobs N]`: the claims
// of every article in the inputs, written in input order. Messages go to stderr as
// `tally: SOURCE[:LINE]: CODE message`; an error-severity message raises the exit status to 1.
// With more than one job, a file's articles are extracted by a pool of worker threads
// (../../app/extract-pool.ts), which also writes their JSON; the output is the same byte for byte.
// JSON Lines are handed to the workers line by line as they are cut, each worker reading its own
// lines, so the workers start at once and no JSON is parsed here; a line's messages (T006, T007…)
// are reported in line order with its article's, whatever the number of jobs.
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import { InvalidArgumentError, Option, type Command } from "../commander.js";
import { outputRecord } from "../../app/extract-results.js";
import { loadExtractor } from "../../app/load-extractor.js";
import { decodeBytes } from "../../app/decode.js";
import type { ExtractPool, SourceLine } from "../../app/extract-pool.js";
import {
  detectFormat,
  INPUT_FORMATS,
  readArticles,
  readJsonLine,
  type InputFormat,
  type SourceMessage,
} from "../../app/read-articles.js";
import { message } from "../../core/errors.js";
import type { Article, ExtractionResult, Message } from "../../core/model.js";
import { publicationDay } from "../../extract/publication-day.js";
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
/**
 * Lines of JSON Lines go to a worker in batches of about this many characters (one message and
 * one answer a batch, since each message and the promises around it cost the main thread more
 * than copying its text), fewer where the input is small, so that every job gets several.
 */
const BATCH_CHARS = 32_768;
const BATCHES_PER_JOB = 8;
/** Batches under way at once per job. */
const BATCH_WINDOW_PER_JOB = 3;

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
    if (flags.format === "json") out("[");
    for (const file of inputs) {
      const source = await readSource(file);
      if ("error" in source) {
        report(message("T009", source.error), source.name);
        continue;
      }
      const lines = jsonLines(source, flags.inputFormat);
      for await (const batch of lines ? extractor.lines(lines) : extractor.read(source)) {
        for (const done of batch) {
          for (const m of done.read) report(m, m.source, m.line);
          if (done.text === null) continue;
          for (const m of done.messages) report(m, source.name, done.line);
          if (flags.format === "jsonl") out(`${done.text}\n`);
          else if (flags.format === "json") out(`${written ? "," : ""}\n${indent(done.text)}`);
          else out(`${written ? "\n" : ""}${done.text}`);
          written++;
        }
        if (pendingChars >= FLUSH_CHARS || Date.now() - flushedAt >= FLUSH_MS) await flush();
      }
    }
    if (flags.format === "json") out(written ? "\n]\n" : "]\n");
  } finally {
    await flush();
    await extractor.close();
  }
}

/**
 * An article extracted and formatted for the output (`text` null: a line that held none), with the
 * messages of reading it and of extracting it, and the line of the input it starts on.
 */
interface Done {
  read: SourceMessage[];
  text: string | null;
  messages: Message[];
  line: number | null;
}

/**
 * The non-blank lines of an input read as JSON Lines, as `readArticles` reads them (plain UTF-8
 * only; an input in another encoding, or of another format, is read whole by `readArticles`).
 */
function jsonLines(source: { name: string; content: Buffer }, format: InputFormat): SourceLine[] | null {
  const decoded = decodeBytes(source.content);
  if (decoded.binary || decoded.note) return null;
  const text = decoded.text;
  if (detectFormat(source.name, text, format) !== "jsonl") return null;
  const lines: SourceLine[] = [];
  let n = 0;
  for (let at = 0; at <= text.length; n++) {
    const end = text.indexOf("\n", at);
    const line = text.slice(at, end < 0 ? text.length : end);
    if (NOT_BLANK.test(line)) lines.push({ name: source.name, text: line, n: n + 1 });
    at = end < 0 ? text.length + 1 : end + 1;
  }
  return lines;
}

const NOT_BLANK = /\S/;

/** Lines cut into batches of at most BATCH_CHARS, and fewer characters where that gives every job several. */
function* batches(lines: SourceLine[], jobs: number): Generator<SourceLine[]> {
  const total = lines.reduce((n, l) => n + l.text.length, 0);
  const most = Math.min(BATCH_CHARS, Math.ceil(total / (jobs * BATCHES_PER_JOB)));
  let batch: SourceLine[] = [];
  let chars = 0;
  for (const line of lines) {
    batch.push(line);
    chars += line.text.length;
    if (chars >= most) {
      yield batch;
      batch = [];
      chars = 0;
    }
  }
  if (batch.length) yield batch;
}

/**
 * The pool's module, loaded only where a pool may run: `--jobs 1` and a single article never load
 * node:worker_threads (~10 M instructions of a one-article run).
 */
const poolModule = () => import("../../app/extract-pool.js");

/**
 * Extracts a file's articles in order: in this thread for one job or one article, else on a pool
 * of worker threads (started on first need). Either way an article that cannot be extracted
 * becomes T011 for that article, never a lost one.
 */
class Extractor {
  private pool: ExtractPool | null = null;
  private readonly options: { published: string | null };

  constructor(private readonly flags: ExtractFlags) {
    this.options = { published: flags.published ?? null };
  }

  /** Jobs as given, else the number of cores (which the pool's module reads). */
  private async jobs(): Promise<number> {
    return this.flags.jobs ?? (await poolModule()).defaultJobs();
  }

  /** An input read whole (text, JSON, another encoding): its reader's messages first. */
  async *read(source: { name: string; content: Buffer }): AsyncGenerator<Done[]> {
    const read = readArticles(source, { published: this.flags.published, format: this.flags.inputFormat });
    if (read.messages.length) yield [{ read: read.messages, text: null, messages: [], line: null }];
    let i = 0;
    for await (const done of this.articles(read.articles)) yield [{ ...done, line: read.lines[i++] ?? null }];
  }

  /** JSON Lines, each line read where its article is extracted; in batches, in input order. */
  async *lines(lines: SourceLine[]): AsyncGenerator<Done[]> {
    const jobs = await this.jobs();
    if (this.onThisThread(jobs, lines.length)) {
      const { extractArticle } = await loadExtractor();
      for (const line of lines) {
        const read = readJsonLine(line.name, line.text, line.n, this.flags.published);
        const article = read.articles[0];
        yield [
          article
            ? {
                ...this.format(article, extractArticle(article, this.options)),
                read: read.messages,
                line: line.n,
              }
            : { read: read.messages, text: null, messages: [], line: line.n },
        ];
      }
      return;
    }
    const { ExtractPool, inOrder } = await poolModule();
    const pool = (this.pool ??= new ExtractPool({ jobs }));
    const output = this.flags.format === "table" ? "result" : { json: this.indent() };
    const batch = async (lines: SourceLine[]): Promise<Done[]> => {
      try {
        const done = await pool.extractLines(lines, this.options, output);
        return done.map(({ read, article }, i) => {
          const line = lines[i]!.n;
          if (!article) return { read, text: null, messages: [], line };
          const done =
            "json" in article ? this.fromJson(article.json) : this.format(article.article, article.result);
          return { ...done, read, line };
        });
      } catch (e) {
        return Promise.all(lines.map((line) => this.failed(line, e)));
      }
    };
    yield* inOrder(batches(lines, jobs), batch, jobs * BATCH_WINDOW_PER_JOB);
  }

  /** A line whose worker died: read here, its article kept with the failure (T011). */
  private async failed(line: SourceLine, e: unknown): Promise<Done> {
    const read = readJsonLine(line.name, line.text, line.n, this.flags.published);
    const article = read.articles[0];
    if (!article) return { read: read.messages, text: null, messages: [], line: line.n };
    const failed = await this.emptyResult(article, e);
    return { ...this.format(article, failed), read: read.messages, line: line.n };
  }

  /**
   * An article's result with the failure (T011) and nothing extracted; from the extractor's
   * module, loaded here only then (it holds the tally, which an empty result's dataset fields need).
   */
  private async emptyResult(article: Article, e: unknown): Promise<ExtractionResult> {
    const { emptyResult } = await loadExtractor();
    return emptyResult(article.id, [message("T011", errorText(e))]);
  }

  private async *articles(articles: Article[]): AsyncGenerator<Omit<Done, "line">> {
    const jobs = await this.jobs();
    if (this.onThisThread(jobs, articles.length)) {
      const { extractArticle } = await loadExtractor();
      for (const article of articles) yield this.format(article, extractArticle(article, this.options));
      return;
    }
    const { ExtractPool, inOrder } = await poolModule();
    const pool = (this.pool ??= new ExtractPool({ jobs }));
    const failed = async (article: Article, e: unknown) =>
      this.format(article, await this.emptyResult(article, e));
    const one = (article: Article): Promise<Omit<Done, "line">> =>
      (this.flags.format === "table"
        ? pool.extract(article, this.options).then((result) => this.format(article, result))
        : pool.extractJson(article, this.options, this.indent()).then((json) => this.fromJson(json))
      ).catch((e: unknown) => failed(article, e));
    yield* inOrder(articles, one, jobs * WINDOW_PER_JOB);
  }

  /** One job, or a single article with no pool started yet: no worker is worth starting. */
  private onThisThread(jobs: number, articles: number): boolean {
    return jobs === 1 || (articles < 2 && !this.pool);
  }

  private format(article: Article, result: ExtractionResult): Omit<Done, "line"> {
    const text = this.flags.format === "table" ? formatTable(article, result) : this.json(result);
    return { read: [], text, messages: result.messages };
  }

  private fromJson({ json, messages }: { json: string; messages: Message[] }): Omit<Done, "line"> {
    return { read: [], text: json, messages };
  }

  private json(result: ExtractionResult): string {
    return JSON.stringify(outputRecord(result), null, this.indent());
  }

  private indent(): number | undefined {
    return this.flags.format === "json" ? 2 : undefined;
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Output is gathered into writes of about 64 KB (a write a line cost a system call per article),
 * written after a batch of articles once over that or a quarter second old, so that a slow run
 * still shows its progress.
 */
const FLUSH_CHARS = 1 << 16;
const FLUSH_MS = 250;
let pending: string[] = [];
let pendingChars = 0;
let flushedAt = Date.now();

/** Adds to what is written to stdout at the next `flush`. */
function out(text: string): void {
  pending.push(text);
  pendingChars += text.length;
}

/** Writes what `out` gathered to stdout, waiting when the reader is slower than we are. */
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
