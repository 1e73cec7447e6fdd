// Corrections of claims over HTTP (issue 10 §3): reject and restore a claim of an incident, the
// list of every correction, and undoing one. Merge and split are with the incidents
// (./incident-routes.ts).
import type { Hono } from "hono";
import { rejectClaim, restoreClaim, undoCorrection } from "../incidents/corrections.js";
import { ApiError, validate } from "./errors.js";
import { correcting, incidentAnswer, incidentOr404, incidentRefs, json, type Api } from "./http.js";
import { rejectBody, restoreBody, strategyQuery, undoBody } from "./schemas.js";
import { correctionView } from "./views.js";

export function correctionRoutes(app: Hono, { store, options }: Api): void {
  app.post("/api/incidents/:id/claims/reject", async (c) => {
    const inc = incidentOr404(store, c.req.param("id"));
    const body = validate(rejectBody, await json(c), "body");
    const { strategy } = validate(strategyQuery, c.req.query(), "query");
    correcting(() => rejectClaim(store, inc.id, body.claim, body.reason));
    options.onChange?.();
    return c.json(incidentAnswer(store, inc.id, strategy));
  });

  app.post("/api/incidents/:id/claims/restore", async (c) => {
    const inc = incidentOr404(store, c.req.param("id"));
    const body = validate(restoreBody, await json(c), "body");
    const { strategy } = validate(strategyQuery, c.req.query(), "query");
    correcting(() => restoreClaim(store, inc.id, body.claim, body.reason ?? null));
    options.onChange?.();
    return c.json(incidentAnswer(store, inc.id, strategy));
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
}
