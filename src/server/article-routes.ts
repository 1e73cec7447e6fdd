// Articles over HTTP: the list, one article with its claims, mentions, incidents and history,
// posting a report (stored, extracted and linked as `tally ingest` does), and extracting one
// without storing it.
import type { Hono } from "hono";
import { extractArticle } from "../app/extract-articles.js";
import { ingestContent, type IngestEvent } from "../app/ingest.js";
import { readContentOffThread } from "../app/read-content.js";
import type { Message } from "../core/model.js";
import { linkAndWatchBatch } from "../incidents/watch.js";
import type { ArticleId, IncidentId } from "../store/store.js";
import { ApiError, validate } from "./errors.js";
import { incidentRefs, stripSource, unprocessable, type Api } from "./http.js";
import { pageQuery } from "./schemas.js";
import { readUpload, type Upload } from "./upload.js";
import { articleMeta } from "./views.js";

export function articleRoutes(app: Hono, api: Api): void {
  const { store } = api;

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
    const { stored, messages, touched } = await ingestUpload(api, upload);
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
    const { pool } = api.options;
    const upload = await readUpload(c);
    const source = { name: upload.name, content: upload.content };
    const read = await readContentOffThread(pool, source, upload.ext, upload.published);
    const article = read.articles[0];
    if (!article) throw unprocessable(read.messages.map(stripSource));
    const extractOptions = { published: upload.published ?? null };
    // (a worker that died: read here rather than fail the request)
    const result = pool
      ? await pool.extract(article, extractOptions).catch(() => extractArticle(article, extractOptions))
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
}

/**
 * Stores, extracts and links a posted body as `tally ingest` does: a body of many reports (JSON
 * Lines, an array) is linked a batch at a time, each block re-linked once for the batch.
 */
async function ingestUpload({ store, options }: Api, upload: Upload) {
  const { metrics } = options;
  const stored: Extract<IngestEvent, { kind: "article" }>[] = [];
  const messages: Message[] = [];
  const touched: IncidentId[] = [];
  await ingestContent(store, { name: upload.name, content: upload.content }, upload.ext, {
    published: upload.published,
    pool: options.pool,
    offThread: true,
    signal: options.signal,
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
  return { stored, messages, touched };
}
