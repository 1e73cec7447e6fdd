// The library entry point: `import { extract, openStore } from "tally"` (package.json `exports`,
// with types from dist/index.d.ts). The same functions the CLI and the server call, nothing more:
// read a report into claims, store and link reports, reconcile and export incidents.
export { extract, type ExtractOptions } from "./extract/pipeline.js";
export { openSqliteStore as openStore, type SqliteStoreOptions } from "./store/sqlite-store.js";
export { MemoryStore } from "./store/memory-store.js";
export {
  DEFAULT_DB,
  type ArticleId,
  type Incident,
  type IncidentFilter,
  type IncidentId,
  type Store,
  type StoredArticle,
} from "./store/store.js";
export { ingest, ingestContent, type IngestOptions, type IngestSummary } from "./app/ingest.js";
export { linkArticle, linkArticles, mergeIncidents, relinkAll, splitIncident } from "./incidents/link.js";
export { queryIncidents } from "./incidents/query.js";
export {
  EXPORT_FORMATS,
  FORMAT_STRATEGY,
  exportRecords,
  incidentRecord,
  type ExportFormat,
  type IncidentRecord,
} from "./incidents/export.js";
export {
  STRATEGIES,
  STRATEGY_NAMES,
  datasets,
  outcomeTotal,
  reconcile,
  tally,
  totals,
  type OutcomeTotal,
  type StrategyName,
} from "./core/tally/index.js";
export { TallyError } from "./core/errors.js";
export type * from "./core/model.js";
