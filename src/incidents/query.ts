// Finding incidents for the commands: the store's own filters (dates, country, paging), then the
// tally filters applied on the reconciled figures (an outcome's best figure at least `min`, a
// grade), which a store may or may not apply itself — applying them again here is harmless.
import type { StrategyName } from "../core/tally/index.js";
import type { IncidentFilter, Store } from "../store/store.js";
import { incidentRecord, type IncidentRecord } from "./export.js";

export function queryIncidents(
  store: Store,
  filter: IncidentFilter = {},
  strategy: StrategyName = "ucdp",
): IncidentRecord[] {
  const { limit, offset, outcome, group, min, grade, ...dates } = filter;
  const tallied = outcome !== undefined || min !== undefined || grade !== undefined;
  const listed = store.listIncidents(tallied ? { ...dates, outcome, group, min, grade } : filter);
  const records = listed.map((i) => incidentRecord(store, i, strategy));
  const kept = records.filter((r) => {
    const rows = r.tally.filter(
      (t) => (outcome === undefined || t.outcome === outcome) && (group === undefined || t.group === group),
    );
    if (outcome !== undefined && rows.length === 0) return false;
    if (min !== undefined) {
      const total = rows.reduce((n, t) => n + (t.best ?? 0), 0);
      if (total < min) return false;
    }
    if (grade !== undefined && !rows.some((t) => t.grade === grade)) return false;
    return true;
  });
  if (!tallied) return kept;
  const from = offset ?? 0;
  return kept.slice(from, limit === undefined ? undefined : from + limit);
}
