// The HTTP API over the incident store (issue 4), as a Hono app: tests call `app.request()` in
// process; ./serve.ts puts it on a socket with the dashboard's files. Every request is checked
// against ./schemas.ts at the edge; every error is JSON with a stable code (./errors.ts). What
// another web page may not do (cross-origin writes, rebinding reads) and the token are ./guard.ts;
// ./serve.ts sets a token whenever the server listens beyond loopback. Bodies are limited to
// `maxBodyBytes`.
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { extractArticle } from "../app/extract-articles.js";
import type { ExtractPool } from "../app/extract-pool.js";
import { ingestContent, type IngestEvent } from "../app/ingest.js";
import type { Metrics } from "../app/metrics.js";
import { readContentOffThread } from "../app/read-content.js";
import type { Message } from "../core/model.js";
import { ENGINE_VERSION } from "../extract/pipeline.js";
import { FORMAT_STRATEGY, exportRecords, incidentRecord, type ExportFormat } from "../incidents/export.js";
import {
  CorrectionRefused,
  mergeCorrection,
  rejectClaim,
  restoreClaim,
  splitCorrection,
  undoCorrection,
} from "../incidents/corrections.js";
import { rejectedClaims } from "../incidents/rejections.js";
import { linkAndWatchBatch } from "../incidents/watch.js";
import type { ArticleId, IncidentId, Store } from "../store/store.js";
import { registerChanges } from "./changes.js";
import { ApiError, toApiError, validate } from "./errors.js";
import { guard, securityHeaders, type GuardOptions } from "./guard.js";
import { opsRoutes } from "./ops.js";
import { listIncidents, viewIncidents } from "./incident-list.js";
import { openApiDocument } from "./openapi.js";
import {
  articleBody,
  exportQuery,
  incidentListQuery,
  mergeBody,
  pageQuery,
  rejectBody,
  restoreBody,
  splitBody,
  undoBody,
  strategyQuery,
  uploadQuery,
} from "./schemas.js";
import { articleMeta, correctionView, incidentView, Summaries } from "./views.js";

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
  const summaries = new Summaries(store);
  const app = new Hono();

  app.onError((e, c) => {
    const err = toApiError(e);
    return c.json(err.body(), err.status);
  });

  app.use("*", securityHeaders());
  app.use("*", guard(options));
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: options.maxBodyBytes ?? MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError(
          413,
          "TOO_LARGE",
          `The body is over ${Math.round((options.maxBodyBytes ?? MAX_BODY_BYTES) / 1024)} KB; send one article at a time.`,
        );
      },
    }),
  );

  app.get("/openapi.json", (c) => c.json(openApiDocument()));

  const metrics = options.metrics;
  if (metrics)
    opsRoutes(app, metrics, () => {
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

  // --- incidents -------------------------------------------------------------------------------

  app.get("/api/incidents", (c) => {
    const q = validate(incidentListQuery, c.req.query(), "query");
    const { total, items } = listIncidents(store, summaries, q);
    return c.json({ total, limit: q.limit, offset: q.offset, items });
  });

  app.post("/api/incidents/merge", async (c) => {
    const body = validate(mergeBody, await json(c), "body");
    for (const id of [body.into, body.from]) incidentOr404(store, id);
    const { strategy } = validate(strategyQuery, c.req.query(), "query");
    correcting(() => mergeCorrection(store, body.into as IncidentId, body.from as IncidentId));
    options.onChange?.();
    return c.json(incidentView(store, incidentRecord(store, incidentOr404(store, body.into), strategy)));
  });

  app.get("/api/incidents/:id", (c) => {
    const { strategy } = validate(strategyQuery, c.req.query(), "query");
    const inc = incidentOr404(store, c.req.param("id"));
    return c.json(incidentView(store, incidentRecord(store, inc, strategy)));
  });

  app.post("/api/incidents/:id/split", async (c) => {
    const inc = incidentOr404(store, c.req.param("id"));
    const body = validate(splitBody, await json(c), "body");
    const done = correcting(() => splitCorrection(store, inc.id, body.articles as ArticleId[]));
    options.onChange?.();
    const left = store.getIncident(inc.id);
    const created = done.action.kind === "split" ? store.getIncident(done.action.created) : null;
    return c.json({
      left: left && { id: left.id, title: left.title },
      created: created && { id: created.id, title: created.title },
      correction: done.seq,
    });
  });

  // --- corrections (issue 10 §3) -----------------------------------------------------------------

  app.post("/api/incidents/:id/claims/reject", async (c) => {
    const inc = incidentOr404(store, c.req.param("id"));
    const body = validate(rejectBody, await json(c), "body");
    const { strategy } = validate(strategyQuery, c.req.query(), "query");
    correcting(() => rejectClaim(store, inc.id, body.claim, body.reason));
    options.onChange?.();
    return c.json(incidentView(store, incidentRecord(store, incidentOr404(store, inc.id), strategy)));
  });

  app.post("/api/incidents/:id/claims/restore", async (c) => {
    const inc = incidentOr404(store, c.req.param("id"));
    const body = validate(restoreBody, await json(c), "body");
    const { strategy } = validate(strategyQuery, c.req.query(), "query");
    correcting(() => restoreClaim(store, inc.id, body.claim, body.reason ?? null));
    options.onChange?.();
    return c.json(incidentView(store, incidentRecord(store, incidentOr404(store, inc.id), strategy)));
  });

  app.get("/api/corrections", (c) => {
    const all = store.listCorrections();
    return c.json({ items: all.map((x) => correctionView(x, all)) });
  });

  app.post("/api/corrections/:seq/undo", async (c) => {
    const seq = Number(c.req.param("seq"));
    if (!Number.isInteger(seq) || seq < 1)
      throw new ApiError(
        400,
        "BAD_REQUEST",
        `A correction's number is a whole number from 1; got "${c.req.param("seq")}".`,
      );
    const body = validate(undoBody, await json(c), "body");
    const done = correcting(() => undoCorrection(store, seq, body.reason ?? null));
    options.onChange?.();
    const all = store.listCorrections();
    const undone = all.find((x) => x.seq === seq)!;
    const ids = [
      undone.incident,
      ...(undone.action.kind === "merge" ? [undone.action.from] : []),
      ...(undone.action.kind === "split" ? [undone.action.created] : []),
    ];
    return c.json({ correction: correctionView(done, all), incidents: incidentRefs(store, ids) });
  });

  // --- articles --------------------------------------------------------------------------------

  app.get("/api/articles", (c) => {
    const q = validate(pageQuery, c.req.query(), "query");
    const items = store.listArticles(q).map((a) => articleMeta(store, a));
    return c.json({ total: store.counts().articles, limit: q.limit, offset: q.offset, items });
  });

  app.get("/api/articles/:id", (c) => {
    const id = c.req.param("id") as ArticleId;
    const a = store.getArticle(id);
    if (!a) throw new ApiError(404, "NOT_FOUND", `No article ${id}; GET /api/articles lists them.`);
    return c.json({
      article: { ...articleMeta(store, a), text: a.text, hash: a.hash },
      claims: store.getClaims(id),
      mentions: store.getMentions(id),
      incidents: incidentRefs(store, store.incidentsOf(id)),
      history: store.articleHistory(id).map(({ article: _, ...v }) => v),
    });
  });

  app.post("/api/articles", async (c) => {
    const upload = await readUpload(c);
    const stored: Extract<IngestEvent, { kind: "article" }>[] = [];
    const messages: Message[] = [];
    const touched: IncidentId[] = [];
    await ingestContent(store, { name: upload.name, content: upload.content }, upload.ext, {
      published: upload.published,
      pool: options.pool,
      offThread: true,
      signal: options.signal,
      // A body of many reports (JSON Lines, an array) is linked a batch at a time, each block
      // re-linked once for the batch, as `tally ingest` links.
      onBatch: (batch) => {
        const started = performance.now();
        const ids = linkAndWatchBatch(store, batch, options.changeShare ?? 0);
        metrics?.linked((performance.now() - started) / 1000);
        options.onChange?.();
        return ids;
      },
      onEvent: (e) => {
        if (e.kind === "problem" && e.message.severity === "error") metrics?.stored("failed");
        if (e.kind === "article") {
          metrics?.stored(e.status);
          stored.push(e);
          touched.push(...e.incidents);
        } else if (e.kind === "problem") messages.push(stripSource(e.message));
      },
    });
    const first = stored[0];
    if (!first) throw unprocessable(messages);
    const article = store.getArticle(first.id)!;
    const incidents = touched.length > 0 ? touched : store.incidentsOf(first.id);
    return c.json(
      {
        article: articleMeta(store, article),
        created: first.status !== "unchanged",
        status: first.status,
        claims: store.getClaims(first.id),
        incidents: incidentRefs(store, incidents),
        messages,
      },
      first.status === "new" ? 201 : 200,
    );
  });

  app.post("/api/extract", async (c) => {
    const upload = await readUpload(c);
    const source = { name: upload.name, content: upload.content };
    const read = await readContentOffThread(options.pool, source, upload.ext, upload.published);
    const article = read.articles[0];
    if (!article) throw unprocessable(read.messages.map(stripSource));
    const extractOptions = { published: upload.published ?? null };
    // (a worker that died: read here rather than fail the request)
    const result = options.pool
      ? await options.pool
          .extract(article, extractOptions)
          .catch(() => extractArticle(article, extractOptions))
      : extractArticle(article, extractOptions);
    const messages = [...read.messages.map(stripSource), ...result.messages];
    if (messages.some((m) => m.severity === "error") && result.claims.length === 0)
      throw unprocessable(messages);
    return c.json({
      text: article.text,
      title: article.title ?? null,
      published: article.published ?? null,
      claims: result.claims,
      tally: result.tally,
      messages,
    });
  });

  // --- exports ---------------------------------------------------------------------------------

  app.get("/api/export", (c) => {
    const { format, strategy, ...view } = validate(exportQuery, c.req.query(), "query");
    const s = strategy ?? FORMAT_STRATEGY[format];
    const rejected = rejectedClaims(store);
    const records = viewIncidents(store, summaries, { ...view, strategy: s }).map((i) =>
      incidentRecord(store, i, s, rejected),
    );
    const { type, ext } = EXPORT_TYPES[format];
    c.header("Content-Type", type);
    c.header("Content-Disposition", `attachment; filename="tally-${format}.${ext}"`);
    return c.body(exportRecords(records, format));
  });

  registerChanges(app, store, summaries);

  app.all("/api/*", (c) => {
    throw new ApiError(404, "NOT_FOUND", `No ${c.req.method} ${c.req.path}; /openapi.json lists the API.`);
  });

  return app;
}

const EXPORT_TYPES: Record<ExportFormat, { type: string; ext: string }> = {
  acled: { type: "text/csv; charset=utf-8", ext: "csv" },
  ucdp: { type: "text/csv; charset=utf-8", ext: "csv" },
  gtd: { type: "text/csv; charset=utf-8", ext: "csv" },
  geojson: { type: "application/geo+json", ext: "geojson" },
  json: { type: "application/json", ext: "json" },
  jsonl: { type: "application/x-ndjson", ext: "jsonl" },
};

/** Runs a correction, its refusal answered as a 404, 409 or 422 that says why. */
function correcting<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof CorrectionRefused)
      throw new ApiError(
        e.status,
        e.status === 404 ? "NOT_FOUND" : e.status === 409 ? "CONFLICT" : "UNPROCESSABLE",
        e.message,
      );
    throw e;
  }
}

function incidentOr404(store: Store, id: string) {
  const inc = store.getIncident(id as IncidentId);
  if (!inc) throw new ApiError(404, "NOT_FOUND", `No incident ${id}; GET /api/incidents lists them.`);
  return inc;
}

function incidentRefs(store: Store, ids: readonly IncidentId[]) {
  return [...new Set(ids)].flatMap((id) => {
    const inc = store.getIncident(id);
    return inc ? [{ id: inc.id, title: inc.title }] : [];
  });
}

async function json(c: Context): Promise<unknown> {
  try {
    return JSON.parse(await c.req.text());
  } catch (e) {
    throw new ApiError(400, "BAD_JSON", `The body is not JSON (${(e as Error).message}).`);
  }
}

function stripSource(m: Message & { source?: string; line?: number }): Message {
  return { code: m.code, severity: m.severity, message: m.message, ...(m.span ? { span: m.span } : {}) };
}

function unprocessable(messages: readonly Message[]): ApiError {
  const errors = messages.filter((m) => m.severity === "error");
  const first = errors[0] ?? messages[0];
  return new ApiError(
    422,
    first?.code ?? "UNPROCESSABLE",
    first ? errors.map((m) => m.message).join(" ") || first.message : "No article was found in the body.",
  );
}

interface Upload {
  name: string;
  content: Buffer;
  ext: string | null;
  published: string | undefined;
}

/**
 * A posted article: JSON `{ text, published?, title?, outlet?, url?, id? }`, or a file (an HTML
 * page, text, JSON) as multipart/form-data in a `file` field, with `published`, `title`, `outlet`
 * and `url` as form fields or in the query. ./guard.ts has refused every other content type.
 */
async function readUpload(c: Context): Promise<Upload> {
  const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "multipart/form-data") return readFileUpload(c);
  const meta = validate(uploadQuery, c.req.query(), "query");
  const body = validate(articleBody, await json(c), "body");
  // No id (nor URL): the reader names it by its place, and the text is its identity.
  const article = { ...meta, ...stripNull(body) };
  return {
    name: "upload",
    content: Buffer.from(JSON.stringify(article)),
    ext: ".json",
    published: meta.published,
  };
}

const UPLOAD_EXTENSIONS: Record<string, string> = {
  ".html": ".html",
  ".htm": ".html",
  ".xhtml": ".html",
  ".txt": ".txt",
  ".text": ".txt",
  ".json": ".json",
  ".jsonl": ".jsonl",
  ".ndjson": ".jsonl",
};

async function readFileUpload(c: Context): Promise<Upload> {
  let form: Record<string, string | File>;
  try {
    form = await c.req.parseBody();
  } catch (e) {
    throw new ApiError(400, "BAD_REQUEST", `The form could not be read (${(e as Error).message}).`);
  }
  const file = form.file;
  if (!(file instanceof File)) {
    throw new ApiError(400, "BAD_REQUEST", 'The form has no file: send the page in a field named "file".');
  }
  const fields = Object.fromEntries(Object.entries(form).filter(([k, v]) => k !== "file" && v !== ""));
  const meta = validate(uploadQuery, { ...c.req.query(), ...fields }, "form");
  const dot = file.name.lastIndexOf(".");
  const ext = dot < 0 ? null : (UPLOAD_EXTENSIONS[file.name.slice(dot).toLowerCase()] ?? null);
  return {
    name: file.name || "upload",
    content: Buffer.from(await file.arrayBuffer()),
    ext: ext ?? (/html/.test(file.type) ? ".html" : null),
    published: meta.published,
  };
}

function stripNull<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}
