// `--queue nats://host:port` as `ingest`, `worker` and `queue status` take it: from the flag,
// else from TALLY_QUEUE_URL.
import { InvalidArgumentError, Option } from "../commander.js";

/** The environment variable `--queue` falls back to. */
export const QUEUE_URL_ENV = "TALLY_QUEUE_URL";

export function queueOption(description: string): Option {
  return new Option("--queue <URL>", `${description} (nats://host:port)`)
    .env(QUEUE_URL_ENV)
    .argParser(parseQueueUrl);
}

function parseQueueUrl(value: string): string {
  if (!/^nats:\/\/[^/\s]+$/i.test(value.trim()))
    throw new InvalidArgumentError("a NATS server's address as nats://host:port (nats://127.0.0.1:4222)");
  return value.trim();
}
