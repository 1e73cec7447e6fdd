// `tally ingest PATH… [--db PATH] [--published YYYY-MM-DD] [--list]`: the CLI side of
// ../../app/ingest.ts. Problems go to stderr as `tally: FILE[:LINE]: CODE message`; `--list`
// prints one line per article to stdout as it is stored; a closing summary goes to stdout. A
// progress bar (articles, rate, time left) shows on stderr for runs longer than a second, only when
// stderr is a terminal.
// Exit status (through `setStatus`): 0 all processed, 1 some input or the database failed.
import cliProgress from "cli-progress";
import { InvalidArgumentError, Option, type Command } from "../commander.js";
import { changeShareOption } from "./change-share-option.js";
import type { IngestEvent, IngestSummary } from "../../app/ingest.js";
import { publicationDay } from "../../app/extract-articles.js";
import { TallyError } from "../../core/errors.js";
import type { ArticleId, IncidentId, Store } from "../../store/store.js";
import type { Durability } from "../../store/sqlite-store.js";
import { durabilityOption } from "./durability-option.js";
import { jobsOption } from "./jobs-option.js";
import { dbOption } from "./db-option.js";
import { queueOption } from "./queue-option.js";

/** Runs on each batch of stored articles (the incident linker); returns the incidents touched. */
export type StoredHook = (articles: readonly ArticleId[]) => readonly IncidentId[] | void;
/**
 * Makes the hook run on each batch of stored articles (the incident linker), given the open
 * store. It may load its module lazily, so that other commands do not pay for it at start-up:
 *   async (store) => { const { linkArticles } = await import("../incidents/link.js");
 *                      return (ids) => linkArticles(store, ids); }
 */
export type LinkerFactory = (
  store: Store,
  options: { changeShare: number },
) => StoredHook | Promise<StoredHook>;

interface IngestFlags {
  db: string;
  published?: string;
  list?: boolean;
  progress: boolean;
  jobs?: number;
  changeShare: number;
  durability: Durability;
  queue?: string;
}

const EXIT_FAILED = 1;

/** Registers `tally ingest` on `program`; `setStatus` raises the process's exit status. */
export function registerIngest(
  program: Command,
  setStatus: (code: number) => void,
  linker?: LinkerFactory,
): void {
  program
    .command("ingest")
    .description("Store articles from files, folders (recursively) or stdin, with their claims.")
    .argument("[PATH...]", ".txt, .html/.htm, .json and .jsonl files, folders of them; - for stdin")
    .addOption(dbOption())
    .addOption(
      new Option(
        "--published <YYYY-MM-DD>",
        "publication date for articles that carry none (.txt files)",
      ).argParser(parseDate),
    )
    .option("--list", "print one line per article to stdout: status, id, source, claims")
    .option("--no-progress", "no progress bar, even on a terminal")
    .addOption(
      jobsOption(
        "worker threads extracting ahead while articles are stored and linked (default: the number of cores; 1: none)",
      ),
    )
    .addOption(changeShareOption())
    .addOption(durabilityOption())
    .addOption(
      queueOption(
        "publish the articles read to this NATS JetStream work queue and return; `tally worker`s store them",
      ),
    )
    .addHelpText(
      "after",
      `
Articles already stored (the same text) are skipped; an interrupted run can simply be run again.
With --queue nothing is extracted or stored here (--db is the workers'); the same text published
again within the server's duplicate window (2 minutes) is not queued twice, and a worker finds an
article stored already and skips it.
Exit status: 0 all processed, 1 some input (or the database) failed, 2 usage error.`,
    )
    .action(async (paths: string[], flags: IngestFlags) => {
      setStatus(
        await (flags.queue ? runPublish(paths, flags.queue, flags) : runIngest(paths, flags, linker)),
      );
    });
}

async function runIngest(paths: string[], flags: IngestFlags, linker?: LinkerFactory): Promise<number> {
  // Loaded here, not at start-up: the HTML reader and SQLite cost other commands ~0.2 s.
  const [{ countArticles, ingest }, { openStore }, { defaultJobs, ExtractPool }] = await Promise.all([
    import("../../app/ingest.js"),
    import("../../store/open-store.js"),
    import("../../app/extract-pool.js"),
  ]);
  const jobs = flags.jobs ?? defaultJobs();
  const pool = jobs > 1 ? new ExtractPool({ jobs }) : undefined;
  if ((paths.length === 0 || paths.includes("-")) && process.stdin.isTTY) {
    process.stderr.write("tally: reading articles from stdin (end with Ctrl-D)\n");
  }
  let store: Store | null = null;
  const progress =
    flags.progress && process.stderr.isTTY ? new Progress(countArticles(paths.length ? paths : ["-"])) : null;
  const say = (line: string) => (progress ? progress.log(line) : process.stderr.write(`${line}\n`));
  try {
    store = await openStore(flags.db, { durability: flags.durability });
    const opened = store;
    const summary = await ingest(opened, paths, {
      published: flags.published,
      onBatch: linker ? await linker(opened, { changeShare: flags.changeShare }) : undefined,
      pool,
      // The workers read each new article's linking features too: this thread stores and links.
      featuresAhead: linker !== undefined,
      onEvent: (event) => {
        if (event.kind === "problem") {
          say(problemLine(event));
          // A line or item that failed is one article less to come.
          if (event.message.severity === "error" && event.line !== null) progress?.tick();
        } else if (event.kind === "article") {
          progress?.tick();
          const note = identityNote(event);
          if (note) say(note);
          if (flags.list)
            process.stdout.write(
              `${event.status}\t${event.id}\t${event.source}${event.line ? `:${event.line}` : ""}\t${event.claims}\n`,
            );
        }
      },
    });
    progress?.stop();
    process.stdout.write(`${summaryLine(summary)}\n`);
    return summary.failed > 0 ? EXIT_FAILED : 0;
  } catch (e) {
    progress?.stop();
    if (!(e instanceof TallyError)) throw e;
    process.stderr.write(`tally: ${e.code} ${e.message}\n`);
    return EXIT_FAILED;
  } finally {
    await pool?.close();
    store?.close();
  }
}

/** `tally ingest --queue`: reads the inputs and publishes their articles; extracts nothing. */
async function runPublish(paths: string[], url: string, flags: IngestFlags): Promise<number> {
  const [{ countArticles, readToSink }, { openQueue }] = await Promise.all([
    import("../../app/ingest.js"),
    import("../../queue/nats-queue.js"),
  ]);
  const progress =
    flags.progress && process.stderr.isTTY ? new Progress(countArticles(paths.length ? paths : ["-"])) : null;
  const say = (line: string) => (progress ? progress.log(line) : process.stderr.write(`${line}\n`));
  let queue = null;
  try {
    queue = await openQueue(url);
    const opened = queue;
    const summary = await readToSink(paths, {
      published: flags.published,
      sink: (items) => opened.publish(items),
      onEvent: (event) => {
        if (event.kind === "problem") say(problemLine(event));
        else if (event.kind === "queued") {
          progress?.tick();
          if (flags.list)
            process.stdout.write(`${event.status}\t${event.source}${event.line ? `:${event.line}` : ""}\n`);
        }
      },
    });
    progress?.stop();
    process.stdout.write(
      `queued ${summary.files} file${summary.files === 1 ? "" : "s"} on ${url}: ${summary.new} new, ` +
        `${summary.unchanged} already queued, ${summary.failed} failed, ${summary.skipped} skipped\n`,
    );
    return summary.failed > 0 ? EXIT_FAILED : 0;
  } catch (e) {
    progress?.stop();
    if (!(e instanceof TallyError)) throw e;
    process.stderr.write(`tally: ${e.code === "USAGE" ? "" : `${e.code} `}${e.message}\n`);
    return EXIT_FAILED;
  } finally {
    await queue?.close();
  }
}

/** "45s", "3m 05s", "1h 02m". */
function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

/** A line saying an article was a new version of a stored one, or the same text as another (never silent). */
function identityNote(event: Extract<IngestEvent, { kind: "article" }>): string | null {
  const where = `${event.source}${event.line ? `:${event.line}` : ""}`;
  if (event.status === "version")
    return `tally: ${where}: article ${event.id} has a changed text: stored as its version ${event.version}, the earlier text kept in its history (tally show on its incident; GET /api/articles/${encodeURIComponent(event.id)})`;
  if (event.status === "new" && event.duplicates.length > 0)
    return `tally: ${where}: article ${event.id} has the same text as ${event.duplicates.join(", ")}: both kept, marked as duplicates and counted once`;
  return null;
}

function problemLine(event: Extract<IngestEvent, { kind: "problem" }>): string {
  const where = `${event.source}${event.line ? `:${event.line}` : ""}`;
  return `tally: ${where}: ${event.message.code} ${event.message.message}`;
}

function summaryLine(s: IngestSummary): string {
  return (
    `ingested ${s.files} file${s.files === 1 ? "" : "s"}: ${s.new} new (${s.duplicates} duplicate text${s.duplicates === 1 ? "" : "s"}), ` +
    `${s.unchanged} unchanged, ${s.versions} new version${s.versions === 1 ? "" : "s"}, ${s.reextracted} re-extracted, ${s.failed} failed, ${s.skipped} skipped; ${s.claims} claims; ` +
    `${s.incidents} incidents touched`
  );
}

function parseDate(value: string): string {
  const day = publicationDay(value);
  if (!day) throw new InvalidArgumentError("Expected a real date as YYYY-MM-DD.");
  return day;
}

/**
 * A bar over articles (one big JSON Lines file as well as a folder of files), with the rate and the
 * time left, that appears once a run has taken a second; lines are printed above it.
 */
class Progress {
  private readonly started = Date.now();
  private total: number | null = null;
  private done = 0;
  private bars: cliProgress.MultiBar | null = null;
  private bar: cliProgress.SingleBar | null = null;

  /** `count` walks the folders without reading files; the bar waits for it. */
  constructor(count: Promise<number>) {
    void count.then(
      (n) => (this.total = n),
      () => undefined,
    );
  }

  tick(): void {
    this.done++;
    if (!this.bar && this.total !== null && Date.now() - this.started > 1000) {
      this.bars = new cliProgress.MultiBar(
        {
          stream: process.stderr,
          format: "ingest [{bar}] {value}/{total} articles | {rate}/s | {left} left",
          hideCursor: true,
          clearOnComplete: true,
        },
        cliProgress.Presets.shades_classic,
      );
      this.bar = this.bars.create(this.total, this.done, { rate: "0", left: "?" });
    }
    if (!this.bar) return;
    // A JSON array counted as one article holds more: the total grows with what was read.
    if (this.total !== null && this.done > this.total) this.bar.setTotal((this.total = this.done));
    // The rate over the whole run: articles arrive in batches, so a moving estimate jumps.
    const rate = this.done / Math.max((Date.now() - this.started) / 1000, 0.001);
    this.bar.update(this.done, {
      rate: rate.toFixed(0),
      left: duration(((this.total ?? 0) - this.done) / rate),
    });
  }

  log(line: string): void {
    if (this.bars) this.bars.log(`${line}\n`);
    else process.stderr.write(`${line}\n`);
  }

  stop(): void {
    this.bars?.stop();
    this.bars = null;
    this.bar = null;
  }
}
