// What the end-to-end tests run against: a fresh SQLite database in a temporary folder, filled
// by `tally ingest` (dist/, built by test/global-setup.ts) with the project's test articles or
// generated ones, served by `tally serve`'s startServer from dist/ with the built dashboard.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type * as Serve from "../../src/server/serve.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
export const CLI = join(root, "dist/cli/main.js");
export const WEB_INDEX = join(root, "dist/web/index.html");
export const SCREENSHOTS = join(root, "test-results/screenshots");
const FIXTURES = join(root, "test/fixtures/articles");

export interface JsonArticle {
  id: string;
  text: string;
  published: string | null;
  title?: string;
  outlet?: string;
}

/** The project's test articles (test/fixtures/articles), each with the date its expectation gives. */
export function fixtureArticles(): JsonArticle[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const id = f.replace(/\.txt$/, "");
      const text = readFileSync(join(FIXTURES, f), "utf8");
      const expected = JSON.parse(readFileSync(join(FIXTURES, `${id}.expected.json`), "utf8")) as {
        article?: { published?: string | null };
      };
      // A first line short enough to be a headline is the title; a lede is not.
      const first = text.split("\n")[0]?.trim() ?? "";
      const title = first.length <= 100 && !/[.:]$/.test(first) ? first : undefined;
      return { id, text, published: expected.article?.published ?? null, title };
    });
}

export interface TestServer {
  dir: string;
  db: string;
  url: string;
  close(): Promise<void>;
}

/** Ingests `articles` into a new database and serves it with the dashboard on a free port. */
export async function startTestServer(prefix: string, articles: readonly JsonArticle[]): Promise<TestServer> {
  if (!existsSync(WEB_INDEX)) {
    throw new Error(
      `${WEB_INDEX} is missing: the dashboard is not built (npm run build, or npx vite build --config web/vite.config.ts)`,
    );
  }
  const serveJs = join(root, "dist/server/serve.js");
  if (!existsSync(serveJs)) throw new Error(`${serveJs} is missing: run npm run build`);
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const db = join(dir, "tally.db");
  const input = join(dir, "articles.jsonl");
  writeFileSync(input, articles.map((a) => JSON.stringify(a)).join("\n") + "\n");
  const r = spawnSync("node", [CLI, "ingest", input, "--db", db, "--no-progress"], {
    cwd: dir,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`tally ingest failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const { startServer } = (await import(pathToFileURL(serveJs).href)) as typeof Serve;
  const server = await startServer({ db, port: 0 });
  return {
    dir,
    db,
    url: server.url,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** GET a JSON API answer from the server under test. */
export async function getJson<T>(base: string, path: string): Promise<T> {
  const res = await fetch(new URL(path, base));
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
