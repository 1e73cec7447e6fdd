// `tally worker --queue nats://host:port --db URL`: takes articles from the work queue, extracts,
// stores and links them (../../app/work.ts), one line per batch on stdout. Run any number, on any
// machines, against one PostgreSQL database (a SQLite file serves workers on one machine).
// SIGTERM or Ctrl-C: the batch being stored (or taken) is finished and acknowledged, what was not
// taken stays pending, and the worker exits 0. A failure of the database or of the queue: exit 1.
import { InvalidArgumentError, Option, type Command } from "../commander.js";
import { TallyError } from "../../core/errors.js";
import type { Store } from "../../store/store.js";
import type { Queue } from "../../queue/nats-queue.js";
import type { OpsServer } from "../../server/ops.js";
import type { BatchReport } from "../../app/work.js";
import type { Metrics } from "../../app/metrics.js";
import { changeShareOption } from "./change-share-option.js";
import { dbOption } from "./db-option.js";
import { jobsOption } from "./jobs-option.js";
import { queueOption } from "./queue-option.js";
import { EXIT_FAILED, type SetStatus } from "./store-action.js";

interface WorkerFlags {
  db: string;
  queue?: string;
  batch: number;
  jobs?: number;
  maxDeliveries: number;
  ackWait: number;
  untilEmpty: boolean;
  changeShare: number;
  metricsPort?: number;
  metricsHost: string;
}

export function register(program: Command, setStatus: SetStatus): void {
  program
    .command("worker")
    .description("Take articles from the work queue; extract, store and link them (see `ingest --queue`).")
    .addOption(queueOption("the NATS JetStream work queue to take articles from"))
    .addOption(dbOption())
    .addOption(
      new Option("--batch <N>", "articles taken at once (stored and linked in transactions of at most 100)")
        .env("TALLY_WORKER_BATCH")
        .default(100)
        .argParser(wholeNumber(1, 1000)),
    )
    .addOption(jobsOption("worker threads extracting a batch's articles (default: 1, none)"))
    .addOption(
      new Option(
        "--max-deliveries <N>",
        "an article that keeps failing goes to the dead-letter subject at this try",
      )
        .env("TALLY_MAX_DELIVERIES")
        .default(5)
        .argParser(wholeNumber(1, 100)),
    )
    .addOption(
      new Option(
        "--ack-wait <SECONDS>",
        "a message held this long unacknowledged (its worker died) is given out again",
      )
        .env("TALLY_ACK_WAIT")
        .default(60)
        .argParser(wholeNumber(1, 3600)),
    )
    .addOption(new Option("--until-empty", "exit once nothing is pending or in flight").default(false))
    .addOption(
      new Option(
        "--metrics-port <N>",
        "serve /healthz and /metrics (Prometheus) on this port (0: any free one)",
      )
        .env("TALLY_METRICS_PORT")
        .argParser(wholeNumber(0, 65535)),
    )
    .addOption(
      new Option("--metrics-host <HOST>", "the address /healthz and /metrics listen on")
        .env("TALLY_METRICS_HOST")
        .default("127.0.0.1"),
    )
    .addOption(changeShareOption())
    .addHelpText(
      "after",
      `
A message is acknowledged only once its article is committed; one given out again (its worker
died) is found stored and skipped. An article whose checks fail, or that keeps failing, goes to
the dead-letter subject (tally.dead; \`tally queue status\` counts them).
Exit status: 0 stopped (SIGTERM, Ctrl-C, --until-empty), 1 the database or the queue failed.`,
    )
    .action(async (flags: WorkerFlags) => setStatus(await runWorker(flags)));
}

async function runWorker(flags: WorkerFlags): Promise<number> {
  if (!flags.queue) {
    process.stderr.write("tally: worker needs --queue nats://host:port (or TALLY_QUEUE_URL)\n");
    return 2;
  }
  const [{ openStore }, { openQueue }, { work }, { linkAndWatchBatch }, { ExtractPool }, { Metrics }, ops] =
    await Promise.all([
      import("../../store/open-store.js"),
      import("../../queue/nats-queue.js"),
      import("../../app/work.js"),
      import("../../incidents/watch.js"),
      import("../../app/extract-pool.js"),
      import("../../app/metrics.js"),
      import("../../server/ops.js"),
    ]);
  const stopping = new AbortController();
  const stop = () => stopping.abort();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const pool = flags.jobs && flags.jobs > 1 ? new ExtractPool({ jobs: flags.jobs }) : undefined;
  let store: Store | null = null;
  let queue: Queue | null = null;
  let server: OpsServer | null = null;
  try {
    queue = await openQueue(flags.queue, { ackWaitMs: flags.ackWait * 1000 });
    store = await openStore(flags.db);
    const [opened, connected] = [store, queue];
    const metrics = new Metrics({ queueStatus: () => connected.status() });
    if (flags.metricsPort !== undefined)
      server = await ops.startOpsServer(flags.metricsHost, flags.metricsPort, metrics, () => {
        if (stopping.signal.aborted) return "stopping";
        opened.revision(); // the database answers (throws when it does not)
        return connected.problem();
      });
    process.stdout.write(
      `tally worker ${process.pid}: taking articles from ${flags.queue} into ${flags.db}` +
        (server ? `; /healthz and /metrics on ${server.url}` : "") +
        "\n",
    );
    const summary = await work(opened, queue, {
      batch: flags.batch,
      ackWaitMs: flags.ackWait * 1000,
      maxDeliveries: flags.maxDeliveries,
      pool,
      signal: stopping.signal,
      untilEmpty: flags.untilEmpty,
      onBatch: (ids) => linkAndWatchBatch(opened, ids, flags.changeShare),
      onBatchDone: batchDone(metrics),
    });
    process.stdout.write(
      `worker done: ${summary.stored} stored, ${summary.duplicate} duplicate, ${summary.deadLettered} dead-lettered, ` +
        `${summary.retried} given back to retry, in ${summary.batches} batches\n`,
    );
    return 0;
  } catch (e) {
    return failed(e, flags);
  } finally {
    process.off("SIGINT", stop);
    await server?.close();
    process.off("SIGTERM", stop);
    await pool?.close();
    await queue?.close();
    store?.close();
  }
}

/** Counts a settled batch in the metrics and tells it on stdout, one line. */
function batchDone(metrics: Metrics): (r: BatchReport) => void {
  return (r) => {
    metrics.stored("new", r.stored);
    metrics.stored("duplicate", r.duplicate);
    metrics.stored("failed", r.deadLettered);
    metrics.linked(r.linkMs / 1000);
    metrics.batchDone(r.storeMs / 1000, r.lagMs / 1000);
    process.stdout.write(
      `batch: ${r.stored} stored, ${r.duplicate} duplicate, ${r.deadLettered} dead-lettered, ${r.retried} retried; ` +
        `${Math.round(r.storeMs)} ms (linking ${Math.round(r.linkMs)} ms); waited ${(r.lagMs / 1000).toFixed(1)} s on the queue\n`,
    );
  };
}

/** The exit status of a worker that failed, told on stderr; an error that is no Tally error is thrown on. */
function failed(e: unknown, flags: WorkerFlags): number {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "EADDRINUSE" || code === "EADDRNOTAVAIL" || code === "EACCES") {
    process.stderr.write(
      `tally: cannot serve /metrics on ${flags.metricsHost}:${flags.metricsPort} (${code}); choose another --metrics-port or --metrics-host\n`,
    );
    return EXIT_FAILED;
  }
  if (!(e instanceof TallyError)) throw e;
  process.stderr.write(`tally: ${e.code === "USAGE" ? "" : `${e.code} `}${e.message}\n`);
  return EXIT_FAILED;
}

function wholeNumber(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max)
      throw new InvalidArgumentError(`Expected a whole number from ${min} to ${max}.`);
    return n;
  };
}
