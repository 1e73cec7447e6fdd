// `tally serve` as a process (dist/ is built by global-setup.ts): it prints its address, serves the
// API and the dashboard there, stops on SIGTERM with status 0, and says clearly when its port is
// taken.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tally-serve-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts `tally serve` and resolves with its printed address. */
function serve(args: string[]): Promise<{ child: ChildProcess; url: string; out: () => string }> {
  const child = spawn("node", [cli, "serve", "--db", join(dir, "tally.db"), "--port", "0", ...args], {
    cwd: dir,
  });
  let out = "";
  child.stdout!.on("data", (b: Buffer) => (out += b.toString()));
  child.stderr!.on("data", (b: Buffer) => (out += b.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed: ${out}`)), 20_000);
    child.stdout!.on("data", () => {
      const m = /Tally dashboard: (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, out: () => out });
      }
    });
    child.once("exit", () => reject(new Error(`exited early: ${out}`)));
  });
}

describe("tally serve", () => {
  it("serves the API and the dashboard on loopback, and stops on SIGTERM", async () => {
    const { child, url } = await serve([]);
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const health = (await (await fetch(new URL("api/health", url))).json()) as { ok: boolean };
      expect(health.ok).toBe(true);
      const page = await fetch(url);
      expect(page.headers.get("content-type")).toContain("text/html");
      const stored = await fetch(new URL("api/articles", url), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          text: "Gunmen killed 12 people near Quetta on Tuesday, police said.",
          published: "2025-03-12",
        }),
      });
      expect(stored.status).toBe(201);
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
  });

  it("prints a token and refuses writes and reads without it when bound beyond loopback", async () => {
    const { child, url, out } = await serve(["--host", "0.0.0.0"]);
    try {
      const token = /Authorization: Bearer (\S+)/.exec(out())?.[1];
      expect(token).toBeTruthy();
      expect(url).toContain(`#token=${token}`);
      const local = url.replace("0.0.0.0", "127.0.0.1");
      const auth = (token?: string): Record<string, string> =>
        token ? { authorization: `Bearer ${token}` } : {};
      const post = (token?: string) =>
        fetch(new URL("api/extract", local), {
          method: "POST",
          headers: { "content-type": "application/json", ...auth(token) },
          body: JSON.stringify({ text: "Gunmen killed 12 people near Quetta on Tuesday, police said." }),
        });
      expect((await post()).status).toBe(401);
      expect((await post(token)).status).toBe(200);
      const read = (token?: string) => fetch(new URL("api/incidents", local), { headers: auth(token) });
      expect((await read()).status).toBe(401);
      expect((await read(token)).status).toBe(200);
    } finally {
      child.kill("SIGTERM");
    }
  });

  it("says which port is taken and exits 1", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = spawnSync("node", [cli, "serve", "--db", join(dir, "t2.db"), "--port", String(port)], {
        encoding: "utf8",
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`port ${port} on 127.0.0.1 is in use`);
    } finally {
      blocker.close();
    }
  });

  it("answers reads while a long posted article is extracted, and stops on SIGTERM at once, keeping what was stored", async () => {
    const { child, url } = await serve(["--db", join(dir, "busy.db")]);
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const post = (text: string) =>
      fetch(new URL("api/articles", url), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text, published: "2025-03-12" }),
      });
    try {
      expect((await post("Gunmen killed 12 people near Quetta on Tuesday, police said.")).status).toBe(201);
      // About 1 MB of copy written for this test: seconds of extraction on a worker thread.
      const paragraph =
        "Gunmen killed 12 people near Kalat on Tuesday, police said. At least 30 others were injured, " +
        "a hospital official said, and 4 soldiers were missing after the attack on the checkpoint.";
      const long = Array.from({ length: 5500 }, (_, i) => `${paragraph} Report ${i}.`).join("\n\n");
      let posted = false;
      const longPost = post(long).then(
        (r) => ((posted = true), r.status),
        () => ((posted = true), "cut off"),
      );
      await new Promise((r) => setTimeout(r, 300));
      // Read while it is being extracted: answered before the post is (the event loop is free).
      const health = await fetch(new URL("api/health", url));
      const list = await fetch(new URL("api/incidents", url));
      expect([health.status, list.status, posted]).toEqual([200, 200, false]);
      const sent = Date.now();
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(Date.now() - sent).toBeLessThan(5_000);
      await longPost;
    } finally {
      child.kill("SIGKILL");
    }
    // What was committed before the stop is there.
    const { openSqliteStore } = await import("../src/store/sqlite-store.js");
    const store = openSqliteStore(join(dir, "busy.db"));
    try {
      expect(store.listArticles().length).toBeGreaterThanOrEqual(1);
    } finally {
      store.close();
    }
  }, 60_000);
});
