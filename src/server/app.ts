// The HTTP API over the incident store (issue 4), as a Hono app: tests call `app.request()` in
// process; ./serve.ts puts it on a socket with the dashboard's files. Every request is checked
// against ./schemas.ts at the edge; every error is JSON with a stable code (./errors.ts). What
// another web page may not do (cross-origin writes, rebinding reads) and the token are ./guard.ts;
// ./serve.ts sets a token whenever the server listens beyond loopback. Bodies are limited to
// `maxBodyBytes`.
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { ExtractPool } from "../app/extract-pool.js";
import type { Metrics } from "../app/metrics.js";
import { ENGINE_VERSION } from "../extract/pipeline.js";
import type { Store } from "../store/store.js";
import { articleRoutes } from "./article-routes.js";
import { registerChanges } from "./changes.js";
import { correctionRoutes } from "./correction-routes.js";
import { ApiError, toApiError } from "./errors.js";
import { exportRoutes } from "./export-routes.js";
import { guard, securityHeaders, type GuardOptions } from "./guard.js";
import type { Api } from "./http.js";
import { incidentRoutes } from "./incident-routes.js";
import { opsRoutes } from "./ops.js";
import { openApiDocument } from "./openapi.js";
import { Summaries } from "./views.js";

/** The largest body taken: the extraction engine's own limit on an article is 5 MB. */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

export interface ApiOptions extends GuardOptions {
  store: Store;
  maxBodyBytes?: number;
  /** A figure enters the change log when it moves by this share of it (default: any move of one). */
  changeShare?: number;
  /** Called after a request may have recorded changes (the webhook reads the log at once). */
  onChange?: () => void;
  /**
   * Worker threads that extract posted articles, so that the event loop serves other requests
   * meanwhile (default: extraction in this thread).
   */
  pool?: Pick<ExtractPool, "extract"> & Partial<Pick<ExtractPool, "read">>;
  /** Aborted when the server stops: a post being extracted then stores nothing more. */
  signal?: AbortSignal;
  /** Counts what posts store, and serves /healthz and /metrics (./ops.ts). */
  metrics?: Metrics;
}

export function createApi(options: ApiOptions): Hono {
  const { store } = options;
  const api: Api = { store, summaries: new Summaries(store), options };
  const app = new Hono();

  app.onError((e, c) => {
    const err = toApiError(e);
    return c.json(err.body(), err.status);
  });
  app.use("*", securityHeaders());
  app.use("*", guard(options));
  app.use("/api/*", limitBody(options.maxBodyBytes ?? MAX_BODY_BYTES));

  app.get("/openapi.json", (c) => c.json(openApiDocument()));
  healthRoutes(app, api);
  incidentRoutes(app, api);
  correctionRoutes(app, api);
  articleRoutes(app, api);
  exportRoutes(app, api);
  registerChanges(app, store, api.summaries);

  app.all("/api/*", (c) => {
    throw new ApiError(404, "NOT_FOUND", `No ${c.req.method} ${c.req.path}; /openapi.json lists the API.`);
  });
  return app;
}

function limitBody(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError(
        413,
        "TOO_LARGE",
        `The body is over ${Math.round(maxSize / 1024)} KB; send one article at a time.`,
      );
    },
  });
}

/** /healthz and /metrics (./ops.ts) when the server counts, and the API's own /api/health. */
function healthRoutes(app: Hono, { store, options }: Api): void {
  if (options.metrics)
    opsRoutes(app, options.metrics, () => {
      if (options.signal?.aborted) return "stopping";
      store.revision(); // the database answers (throws a TallyError when it does not)
      return null;
    });

  app.get("/api/health", (c) => {
    const n = store.counts();
    return c.json({
      ok: true as const,
      engine: ENGINE_VERSION,
      counts: { articles: n.articles, claims: n.claims, incidents: n.incidents },
      writable: true,
      tokenRequired: Boolean(options.token),
    });
  });
}
