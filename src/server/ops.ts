// `/healthz` and `/metrics`, as `tally serve` answers them beside its API and as `tally worker`
// answers them on a port of their own (`--metrics-port`). /healthz: 200 `{"ok":true}` while the
// process can do its work (its database answers; a worker's queue is connected and it is not
// stopping), else 503 with the reason: what a load balancer or a supervisor polls. /metrics:
// Prometheus's text format (../app/metrics.ts).
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import type { Metrics } from "../app/metrics.js";

/** Why the process cannot do its work now, or null when it can. */
export type HealthCheck = () => string | null | Promise<string | null>;

export function opsRoutes(app: Hono, metrics: Metrics, health: HealthCheck): Hono {
  app.get("/healthz", async (c) => {
    let problem: string | null;
    try {
      problem = await health();
    } catch (e) {
      problem = e instanceof Error ? e.message : String(e);
    }
    return problem === null ? c.json({ ok: true }) : c.json({ ok: false, problem }, 503);
  });
  app.get("/metrics", async (c) => {
    const { body, contentType } = await metrics.render();
    return c.body(body, 200, { "content-type": contentType });
  });
  return app;
}

export interface OpsServer {
  url: string;
  close(): Promise<void>;
}

/** Serves only /healthz and /metrics on `host:port` (a worker's). */
export async function startOpsServer(
  host: string,
  port: number,
  metrics: Metrics,
  health: HealthCheck,
): Promise<OpsServer> {
  const app = opsRoutes(new Hono(), metrics, health);
  app.notFound((c) => c.json({ error: "only /healthz and /metrics are served here" }, 404));
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port }, () => resolve(s));
    s.once("error", reject);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${bound}/`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
