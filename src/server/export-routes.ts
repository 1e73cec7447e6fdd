// Exports over HTTP: `GET /api/export?format=` writes the incidents of the list's view as ACLED,
// UCDP or GTD rows (CSV), GeoJSON, JSON or JSON Lines (../incidents/export.ts), as a download.
import type { Hono } from "hono";
import { FORMAT_STRATEGY, exportRecords, incidentRecord, type ExportFormat } from "../incidents/export.js";
import { rejectedClaims } from "../incidents/rejections.js";
import { validate } from "./errors.js";
import type { Api } from "./http.js";
import { viewIncidents } from "./incident-list.js";
import { exportQuery } from "./schemas.js";

export function exportRoutes(app: Hono, { store, summaries }: Api): void {
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
}

const EXPORT_TYPES: Record<ExportFormat, { type: string; ext: string }> = {
  acled: { type: "text/csv; charset=utf-8", ext: "csv" },
  ucdp: { type: "text/csv; charset=utf-8", ext: "csv" },
  gtd: { type: "text/csv; charset=utf-8", ext: "csv" },
  geojson: { type: "application/geo+json", ext: "geojson" },
  json: { type: "application/json", ext: "json" },
  jsonl: { type: "application/x-ndjson", ext: "jsonl" },
};
