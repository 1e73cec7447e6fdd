// `tally serve`: the API (./app.ts) and the dashboard's files on one socket. It binds to
// 127.0.0.1 unless told otherwise; bound to any other address, a token is needed (one is made and
// printed when none is given) for writes, and for reads unless `publicRead`. It answers only to
// loopback names, IP addresses, the name it listens on and `allowHosts` (./guard.ts).
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { ExtractPool } from "../app/extract-pool.js";
import { Metrics } from "../app/metrics.js";
import { openStore } from "../store/open-store.js";
import type { Durability } from "../store/sqlite-store.js";
import type { Store } from "../store/store.js";
import { createApi } from "./app.js";
import { staticFiles } from "./static-files.js";
import { WebhookSender, type WebhookOptions } from "./webhook.js";

/** Where `npm run build` puts the dashboard (dist/web beside dist/server). */
export const DEFAULT_WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../web");

export interface ServeOptions {
  db: string;
  host?: string;
  port?: number;
  token?: string | null;
  /** Host names besides loopback names and IP addresses that the server is reached by. */
  allowHosts?: readonly string[];
  /** With a token: reads need no token (writes still do). */
  publicRead?: boolean;
  durability?: Durability;
  /** Worker threads extracting posted articles (default: the cores). */
  jobs?: number;
  webRoot?: string;
  /** POST each change of the change log here, signed (./webhook.ts). */
  webhook?: WebhookOptions | null;
  /** A figure enters the change log when it moves by this share of it (default: any move of one). */
  changeShare?: number;
}

export interface RunningServer {
  url: string;
  /** The token writes (and reads, unless public) need, or null on loopback without one. */
  token: string | null;
  /** The dashboard's address, with the token in its fragment when there is one. */
  dashboard: string;
  store: Store;
  close(): Promise<void>;
}

export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  const token = options.token ?? (isLoopback(host) ? null : randomBytes(18).toString("base64url"));
  const store = await openStore(options.db, { durability: options.durability ?? "normal" });
  const hosts = [host, ...(options.allowHosts ?? [])];
  const webhook = options.webhook ? new WebhookSender(store, options.webhook) : null;
  // Posted articles are extracted on worker threads: reads are answered meanwhile, and SIGTERM
  // is heard at once (the pool's workers start on the first post).
  const pool = new ExtractPool({ jobs: options.jobs });
  const stopping = new AbortController();
  const metrics = new Metrics();
  const app = createApi({
    metrics,
    pool,
    signal: stopping.signal,
    store,
    token,
    hosts,
    publicRead: options.publicRead ?? false,
    changeShare: options.changeShare ?? 0,
    onChange: () => webhook?.nudge(),
  });
  app.get("*", staticFiles(options.webRoot ?? DEFAULT_WEB_ROOT));
  let server: ReturnType<typeof serve>;
  try {
    server = await new Promise<ReturnType<typeof serve>>((resolveServer, reject) => {
      const s = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 8080 }, () =>
        resolveServer(s),
      );
      s.once("error", reject);
    });
  } catch (e) {
    await pool.terminate();
    store.close();
    throw e;
  }
  webhook?.start();
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}/`,
    token,
    dashboard: `http://${shown}:${port}/${token ? `#token=${encodeURIComponent(token)}` : ""}`,
    store,
    close: () =>
      new Promise<void>((done) => {
        // An article being extracted is dropped (nothing of it was stored); committed work stays.
        stopping.abort();
        void pool.terminate();
        server.close(() => {
          void (webhook?.stop() ?? Promise.resolve()).then(() => {
            store.close();
            done();
          });
        });
        // Keep-alive connections (a browser's) would hold close() open.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
