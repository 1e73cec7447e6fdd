// The incidents over HTTP: the list (filtered, sorted, paged: ./incident-list.ts), one incident
// with its claims and tallies, and the two corrections of grouping, merge and split (issue 10).
import type { Hono } from "hono";
import { mergeCorrection, splitCorrection } from "../incidents/corrections.js";
import type { ArticleId, IncidentId } from "../store/store.js";
import { validate } from "./errors.js";
import { correcting, incidentAnswer, incidentOr404, json, type Api } from "./http.js";
import { listIncidents } from "./incident-list.js";
import { incidentListQuery, mergeBody, splitBody, strategyQuery } from "./schemas.js";

export function incidentRoutes(app: Hono, { store, summaries, options }: Api): void {
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
    return c.json(incidentAnswer(store, body.into, strategy));
  });

  app.get("/api/incidents/:id", (c) => {
    const { strategy } = validate(strategyQuery, c.req.query(), "query");
    return c.json(incidentAnswer(store, c.req.param("id"), strategy));
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
}
