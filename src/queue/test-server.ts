// A NATS server with JetStream for the work-queue tests, when TALLY_TEST_NATS names the
// nats-server binary (`.ci/run` installs Debian's and sets it; developers run without it, and the
// queue tests are skipped saying so). Each suite starts its own server on a free loopback port
// with a scratch store folder, so suites running at once share nothing.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The nats-server binary of the integration tests, or undefined. */
export const TEST_NATS = process.env.TALLY_TEST_NATS || undefined;

/** How a skipped queue suite is named. */
export const NATS_SKIPPED = "NATS JetStream (skipped: TALLY_TEST_NATS is unset; .ci/run sets it)";

export interface TestNats {
  url: string;
  /** Stops the server; `keepStore` keeps its JetStream folder for `restart`. */
  stop(options?: { keepStore?: boolean }): Promise<void>;
  /**
   * Makes the server stop answering at once (SIGSTOP), for a test that needs the next request
   * unanswered whatever the machine's load; a later `stop` kills it without its reading what came
   * in meanwhile.
   */
  freeze(): void;
  /** A server again on the same port and JetStream folder (after `stop({ keepStore: true })`). */
  restart(): Promise<TestNats>;
}

/**
 * `pingSeconds`: the server pings each client that often and closes a connection as stale once
 * one ping goes unanswered (by default every 2 minutes, closed at the second).
 */
export async function startNats(
  binary = TEST_NATS!,
  at: { port?: number; dir?: string; pingSeconds?: number } = {},
): Promise<TestNats> {
  const dir = at.dir ?? mkdtempSync(join(tmpdir(), "tally-nats-"));
  const port = at.port ?? (await freePort());
  const args = ["-js", "-a", "127.0.0.1", "-p", String(port), "-sd", dir];
  if (at.pingSeconds !== undefined) {
    const conf = join(dir, "pings.conf");
    writeFileSync(conf, `ping_interval: "${at.pingSeconds}s"\nping_max: 1\n`);
    args.push("-c", conf);
  }
  const child: ChildProcess = spawn(binary, args, { stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitForPort(port, 10_000);
  let frozen = false;
  return {
    url: `nats://127.0.0.1:${port}`,
    freeze() {
      frozen = child.kill("SIGSTOP");
    },
    async stop({ keepStore = false } = {}) {
      child.kill(frozen ? "SIGKILL" : "SIGTERM");
      await exited;
      if (!keepStore) rmSync(dir, { recursive: true, force: true });
    },
    restart: () => startNats(binary, { port, dir, pingSeconds: at.pingSeconds }),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const c = createConnection({ host: "127.0.0.1", port }, () => {
        c.end();
        resolve(true);
      });
      c.once("error", () => resolve(false));
    });
    if (open) return;
    if (Date.now() > until) throw new Error(`nats-server did not listen on 127.0.0.1:${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
