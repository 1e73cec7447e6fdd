// The change log (issue 15, "Watch"): after an incident is touched (a report linked into it, an
// analyst's merge or split), its figures, grades and checks are compared with what the log last
// reported of it, and a material change is recorded — a new incident, a best figure that moved
// (by at least one, or by at least `share` of the figure last reported), a grade that changed, a
// new check. A report that moves nothing records nothing. Figures are the incident's tally rows
// under the `ucdp` strategy (the dashboard's default), of the claims incident-tally.ts gathers
// for every other surface; a figure that moved less than `share` stays as last reported, so small moves add
// up until they count.
import { checkClaims, checkKey } from "../core/checks/index.js";
import type { ArticleId, Change, ChangeItem, IncidentId, Store, WatchSnapshot } from "../store/store.js";
import { tally } from "../core/tally/index.js";
import { incidentClaims } from "./incident-tally.js";
import { linkArticle } from "./link.js";

export interface WatchOptions {
  /** The report whose storing touched the incidents (null for an analyst's correction). */
  article?: ArticleId | null;
  /** A best figure counts as moved when it moves by at least this share of the last one (default 0: any move of one or more). */
  share?: number;
}

/** Records the material changes of the given incidents; returns the changes recorded. */
export function watchIncidents(
  store: Store,
  incidents: readonly IncidentId[],
  options: WatchOptions = {},
): Change[] {
  const out: Change[] = [];
  for (const id of new Set(incidents)) {
    const incident = store.getIncident(id);
    if (!incident) {
      store.putWatch(id, null);
      continue;
    }
    const { claims } = incidentClaims(store, incident);
    const now = current(claims);
    const before = store.getWatch(id);
    const { items, snapshot } = compare(before, now, options.share ?? 0);
    store.putWatch(id, snapshot);
    if (items.length === 0) continue;
    out.push(
      store.addChange({ incident: id, title: incident.title, article: options.article ?? null, items }),
    );
  }
  return out;
}

interface Current extends WatchSnapshot {
  checkItems: Map<string, Extract<ChangeItem, { kind: "check" }>>;
}

function current(claims: Parameters<typeof checkClaims>[0]): Current {
  // The incident's rows as incident-tally.ts reconciles them, without each side's figures apart.
  const rows = tally(claims, "ucdp").map(({ outcome, group, low, best, high, grade }) => ({
    outcome,
    group,
    low,
    best,
    high,
    grade,
  }));
  const checkItems = new Map(
    checkClaims(claims).map((c) => [
      checkKey(c),
      { kind: "check" as const, code: c.code, message: c.message, claims: c.claims },
    ]),
  );
  return { rows, checks: [...checkItems.keys()], checkItems };
}

/** The items that changed since `before`, and the snapshot to keep. */
export function compare(
  before: WatchSnapshot | null,
  now: Current,
  share: number,
): { items: ChangeItem[]; snapshot: WatchSnapshot } {
  const items: ChangeItem[] = before ? [] : [{ kind: "new_incident" }];
  const last = new Map((before?.rows ?? []).map((r) => [`${r.outcome}|${r.group}`, r]));
  const rows: WatchSnapshot["rows"] = [];
  for (const row of now.rows) {
    const prev = last.get(`${row.outcome}|${row.group}`) ?? null;
    const from = prev ? figureOf(prev) : null;
    const to = figureOf(row);
    const moved =
      from !== to && (from === null || to === null || Math.abs(to - from) >= Math.max(1, share * from));
    if (moved)
      items.push({
        kind: "figure",
        outcome: row.outcome,
        group: row.group,
        from,
        to,
        low: row.low,
        high: row.high,
      });
    if (prev && prev.grade !== row.grade)
      items.push({ kind: "grade", outcome: row.outcome, group: row.group, from: prev.grade, to: row.grade });
    rows.push(moved || !prev ? row : { ...row, best: prev.best, low: prev.low, high: prev.high });
  }
  const known = new Set(before?.checks ?? []);
  for (const [key, item] of now.checkItems) if (!known.has(key)) items.push(item);
  return { items, snapshot: { rows, checks: [...new Set([...known, ...now.checks])] } };
}

/** A row's figure: its best, else its low (the `range` strategy gives no best). */
function figureOf(r: { best: number | null; low: number | null }): number | null {
  return r.best ?? r.low;
}

/** Links a stored report into incidents and records what that changed; returns the incidents touched. */
export function linkAndWatch(store: Store, article: ArticleId, share = 0): IncidentId[] {
  const touched = linkArticle(store, article);
  watchIncidents(store, touched, { article, share });
  return touched;
}
