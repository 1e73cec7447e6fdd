// `tally serve [--db PATH] [--host H] [--port N] [--token T] [--allow-host NAMES] [--public-read]`:
// the dashboard and the HTTP API (../../server/) on a local address, printed on start. Ctrl-C
// stops it. Bound beyond loopback a token is needed (`--token`, else TALLY_TOKEN, else one is made
// and printed) for writes, and for reads unless --public-read.
import { InvalidArgumentError, Option, type Command } from "../commander.js";
import { changeShareOption } from "./change-share-option.js";
import { TallyError } from "../../core/errors.js";
import type { Durability } from "../../store/sqlite-store.js";
import { durabilityOption } from "./durability-option.js";
import { EXIT_FAILED, type SetStatus } from "./store-action.js";
import { dbOption } from "./db-option.js";

interface ServeFlags {
  db: string;
  host: string;
  port: number;
  token?: string;
  allowHost: string[];
  publicRead: boolean;
  webhook?: string;
  changeShare: number;
  durability: Durability;
}

export function register(program: Command, setStatus: SetStatus = () => {}): void {
  program
    .command("serve")
    .description("Serve the dashboard and the HTTP API over the store (see /openapi.json).")
    .addOption(dbOption())
    .addOption(new Option("--host <HOST>", "address to listen on").env("TALLY_HOST").default("127.0.0.1"))
    .addOption(
      new Option("--port <N>", "port (0: any free port)")
        .env("TALLY_PORT")
        .default(8080)
        .argParser(parsePort),
    )
    .addOption(new Option("--token <T>", "token that writes (and reads) must carry").env("TALLY_TOKEN"))
    .addOption(
      new Option("--allow-host <NAMES>", "host names the server is reached by (comma-separated)")
        .default([])
        .argParser(parseNames),
    )
    .addOption(new Option("--public-read", "with a token: reading needs none").default(false))
    .addOption(durabilityOption())
    .addOption(
      new Option(
        "--webhook <URL>",
        "POST each change of the change log to URL, signed with HMAC-SHA256 (secret: TALLY_WEBHOOK_SECRET)",
      ).argParser(parseUrl),
    )
    .addOption(changeShareOption())
    .action((flags: ServeFlags) => serve(flags, setStatus));
}

/** Starts the server with the flags and serves until SIGINT or SIGTERM. */
async function serve(flags: ServeFlags, setStatus: SetStatus): Promise<void> {
  const secret = process.env.TALLY_WEBHOOK_SECRET ?? "";
  if (flags.webhook && secret.length < 16) {
    process.stderr.write(
      "tally: --webhook needs a secret of 16 or more characters in TALLY_WEBHOOK_SECRET to sign each delivery with; set it and run again.\n",
    );
    setStatus(2);
    return;
  }
  const { startServer } = await import("../../server/serve.js");
  let server;
  try {
    server = await startServer({
      db: flags.db,
      host: flags.host,
      port: flags.port,
      token: flags.token ?? null,
      allowHosts: flags.allowHost,
      publicRead: flags.publicRead,
      changeShare: flags.changeShare,
      durability: flags.durability,
      webhook: flags.webhook ? webhookOf(flags.webhook, secret) : null,
    });
  } catch (e) {
    process.stderr.write(`tally: ${cannotServe(e, flags)}\n`);
    setStatus(EXIT_FAILED);
    return;
  }
  const needs = flags.publicRead ? "Writing needs" : "Reading and writing need";
  process.stdout.write(
    (server.token ? `${needs} the header  Authorization: Bearer ${server.token}\n` : "") +
      `Tally dashboard: ${server.dashboard}  (database ${flags.db}; Ctrl-C stops)\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().then(resolve);
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}

/** The webhook's settings: a delivery that fails is told on stderr and the next one goes on. */
function webhookOf(url: string, secret: string) {
  return {
    url,
    secret,
    onFailure: (change: { seq: number }, reason: string) =>
      process.stderr.write(
        `tally: webhook: change #${change.seq} could not be delivered to ${url} (${reason}); going on with the next\n`,
      ),
  };
}

/** Why the server could not start, for the user; an error of no known kind is thrown on. */
function cannotServe(e: unknown, flags: ServeFlags): string {
  if (e instanceof TallyError) return `${e.code} ${e.message}`;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "EADDRINUSE")
    return `port ${flags.port} on ${flags.host} is in use; choose another with --port (0 picks a free one).`;
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND")
    return `cannot listen on ${flags.host}: no such address on this machine.`;
  if (code === "EACCES") return `not allowed to listen on port ${flags.port}; use a port above 1023.`;
  throw e;
}

function parseNames(value: string, previous: string[]): string[] {
  const names = value.split(",").map((n) => n.trim().toLowerCase());
  if (names.some((n) => !/^[a-z0-9.-]+$/.test(n)))
    throw new InvalidArgumentError("host names separated by commas (tally.example.org,tally.lan)");
  return [...previous, ...names];
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError("a port from 0 to 65535");
  return n;
}

function parseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError("an http:// or https:// address");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new InvalidArgumentError("an http:// or https:// address");
  return url.href;
}
