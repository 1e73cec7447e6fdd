// `tally queue status --queue nats://host:port [--json] [--failed N]`: what the work queue holds:
// articles pending (published, not yet taken), in flight (taken, not yet acknowledged), given out
// more than once, and failed (on the dead-letter subject, with their reasons when asked).
import { InvalidArgumentError, Option, type Command } from "../commander.js";
import { TallyError } from "../../core/errors.js";
import { queueOption } from "./queue-option.js";
import { EXIT_FAILED, write, type SetStatus } from "./store-action.js";

interface StatusFlags {
  queue?: string;
  json: boolean;
  failed: number;
}

export function register(program: Command, setStatus: SetStatus): void {
  const queue = program.command("queue").description("The work queue of `ingest --queue` and `worker`.");
  queue
    .command("status")
    .description("Articles pending, in flight and failed on the work queue.")
    .addOption(queueOption("the NATS JetStream work queue"))
    .addOption(new Option("--json", "one JSON object").default(false))
    .addOption(
      new Option("--failed <N>", "also list the first N failed articles with their reasons")
        .default(0)
        .argParser((v) => {
          const n = Number(v);
          if (!/^\d+$/.test(v) || n > 10_000)
            throw new InvalidArgumentError("Expected a whole number up to 10000.");
          return n;
        }),
    )
    .action(async (flags: StatusFlags) => setStatus(await runStatus(flags)));
}

async function runStatus(flags: StatusFlags): Promise<number> {
  if (!flags.queue) {
    process.stderr.write("tally: queue status needs --queue nats://host:port (or TALLY_QUEUE_URL)\n");
    return 2;
  }
  const { openQueue } = await import("../../queue/nats-queue.js");
  let queue = null;
  try {
    queue = await openQueue(flags.queue);
    const status = await queue.status();
    const failed = flags.failed > 0 ? await queue.deadLetters(flags.failed) : [];
    if (flags.json) {
      await write(`${JSON.stringify({ ...status, failedArticles: failed.map(deadLetterView) })}\n`);
      return 0;
    }
    await write(
      `pending      ${status.pending}\n` +
        `in flight    ${status.inFlight}\n` +
        `redelivered  ${status.redelivered}\n` +
        `failed       ${status.failed}\n`,
    );
    for (const f of failed.map(deadLetterView))
      await write(`failed: ${f.source}${f.line ? `:${f.line}` : ""}\t${f.id}\t${f.reason}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof TallyError)) throw e;
    process.stderr.write(`tally: ${e.code === "USAGE" ? "" : `${e.code} `}${e.message}\n`);
    return EXIT_FAILED;
  } finally {
    await queue?.close();
  }
}

/** A dead letter as shown: where its article came from, its id, the reason. */
function deadLetterView(d: { reason: string; deliveries: number; payload: string }) {
  let source = "?";
  let line: number | null = null;
  let id = "?";
  try {
    const v = JSON.parse(d.payload) as { source?: unknown; line?: unknown; article?: { id?: unknown } };
    if (typeof v.source === "string") source = v.source;
    if (typeof v.line === "number") line = v.line;
    if (typeof v.article?.id === "string") id = v.article.id;
  } catch {
    // not JSON: shown as "?"
  }
  return { source, line, id, reason: d.reason, deliveries: d.deliveries };
}
