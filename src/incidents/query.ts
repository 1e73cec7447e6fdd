// Finding incidents for the commands: the store's own filters (dates, country, paging), then the
// tally filters applied on the reconciled figures (an outcome's figure at least `min`, a grade),
// which a store may or may not apply itself — applying them again here is harmless.
import type { TallyRow } from "../core/model.js";
import type { OutcomeTotal, StrategyName } from "../core/tally/index.js";
import type { IncidentFilter, Store } from "../store/store.js";
import { incidentRecord, type IncidentRecord } from "./export.js";
import { rejectedClaims } from "./rejections.js";

export type TallyFilter = Pick<IncidentFilter, "outcome" | "group" | "min" | "grade">;

/**
 * Whether an incident's figures pass the tally filters. `min` compares the outcome's (default
 * killed) all-group total (CODEBOOK §3b) — or with `group`, that group's row — by its best figure,
 * else its low; `grade` looks at the total's grade and its rows'.
 */
export function passesTally(
  totals: readonly OutcomeTotal[],
  rows: readonly TallyRow[],
  f: TallyFilter,
): boolean {
  const outcome = f.outcome ?? (f.min !== undefined ? "killed" : undefined);
  const mine = rows.filter(
    (t) => (outcome === undefined || t.outcome === outcome) && (f.group === undefined || t.group === f.group),
  );
  if (outcome !== undefined && mine.length === 0) return false;
  if (f.min !== undefined) {
    const figure =
      f.group !== undefined
        ? (mine[0]?.best ?? mine[0]?.low ?? null)
        : (() => {
            const t = totals.find((x) => x.outcome === outcome);
            return t ? (t.best ?? t.low) : null;
          })();
    if ((figure ?? 0) < f.min) return false;
  }
  if (f.grade !== undefined) {
    const total = outcome === undefined ? [] : totals.filter((t) => t.outcome === outcome);
    if (!mine.some((t) => t.grade === f.grade) && !total.some((t) => t.grade === f.grade)) return false;
  }
  return true;
}

export function queryIncidents(
  store: Store,
  filter: IncidentFilter = {},
  strategy: StrategyName = "ucdp",
): IncidentRecord[] {
  const { limit, offset, outcome, group, min, grade, ...dates } = filter;
  const tallied = outcome !== undefined || min !== undefined || grade !== undefined;
  const listed = store.listIncidents(tallied ? dates : filter);
  const rejected = rejectedClaims(store);
  const records = listed.map((i) => incidentRecord(store, i, strategy, rejected));
  if (!tallied) return records;
  const kept = records.filter((r) => passesTally(r.totals, r.tally, { outcome, group, min, grade }));
  const from = offset ?? 0;
  return kept.slice(from, limit === undefined ? undefined : from + limit);
}
