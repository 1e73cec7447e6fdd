// Small pieces every route shares: the context the routes close over, reading a JSON body, the
// 404 of an unknown incident, an incident as answered and as a reference, the answer of a refused
// correction, and an article's problems as a 422.
import type { Context } from "hono";
import type { Message } from "../core/model.js";
import type { StrategyName } from "../core/tally/index.js";
import { incidentRecord } from "../incidents/export.js";
import { CorrectionRefused } from "../incidents/corrections.js";
import type { IncidentId, Store } from "../store/store.js";
import type { ApiOptions } from "./app.js";
import { ApiError } from "./errors.js";
import { incidentView, type Summaries } from "./views.js";

/** What the route groups share: the store, the incident summaries kept for listing, the options. */
export interface Api {
  store: Store;
  summaries: Summaries;
  options: ApiOptions;
}

export async function json(c: Context): Promise<unknown> {
  try {
    return JSON.parse(await c.req.text());
  } catch (e) {
    throw new ApiError(400, "BAD_JSON", `The body is not JSON (${(e as Error).message}).`);
  }
}

export function incidentOr404(store: Store, id: string) {
  const inc = store.getIncident(id as IncidentId);
  if (!inc) throw new ApiError(404, "NOT_FOUND", `No incident ${id}; GET /api/incidents lists them.`);
  return inc;
}

/** An incident as GET /api/incidents/{id} answers it (a 404 when there is none). */
export function incidentAnswer(store: Store, id: string, strategy: StrategyName) {
  return incidentView(store, incidentRecord(store, incidentOr404(store, id), strategy));
}

export function incidentRefs(store: Store, ids: readonly IncidentId[]) {
  return [...new Set(ids)].flatMap((id) => {
    const inc = store.getIncident(id);
    return inc ? [{ id: inc.id, title: inc.title }] : [];
  });
}

/** Runs a correction, its refusal answered as a 404, 409 or 422 that says why. */
export function correcting<T>(fn: () => T): T {
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

export function stripSource(m: Message & { source?: string; line?: number }): Message {
  return { code: m.code, severity: m.severity, message: m.message, ...(m.span ? { span: m.span } : {}) };
}

export function unprocessable(messages: readonly Message[]): ApiError {
  const errors = messages.filter((m) => m.severity === "error");
  const first = errors[0] ?? messages[0];
  return new ApiError(
    422,
    first?.code ?? "UNPROCESSABLE",
    first ? errors.map((m) => m.message).join(" ") || first.message : "No article was found in the body.",
  );
}
