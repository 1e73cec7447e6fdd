// The change log (issue 15, "Watch"): after an incident is touched (a report linked into it, an
// analyst's merge or split), its figures, grades and checks are compared with what the log last
// reported of it, and a material change is recorded — a new incident, a best figure that moved
// (by at least one, or by at least `share` of the figure last reported), a grade that changed, a
// new check. A report that moves nothing records nothing. Figures are the incident's one
// reconciliation (incident-tally.ts, CODEBOOK §3b) under the `ucdp` strategy (the dashboard's
// default): each group's row, and the total across groups as the group "all" — the figure every
// other surface shows — when the outcome has figures of more than one group. A figure that moved less than `share` stays as last reported, so small moves
// add up until they count. A moved figure names who, in the report that moved it, gave a figure of
// that row, so the feed reads as the story does ("killed, hostages: 21 → 214 — Baloch Liberation Army").
import { checkClaims, checkKey } from "../core/checks/index.js";
import type { Claim } from "../core/model.js";
import type {
  ArticleId,
  Change,
  ChangeItem,
  IncidentId,
  Store,
  WatchedGroup,
  WatchSnapshot,
} from "../store/store.js";
import { reconcile, rowFigures, type TextOf } from "../core/tally/index.js";
import { incidentClaims } from "./incident-tally.js";
import { linkArticle, linkArticles } from "./link.js";

export interface WatchOptions {
  /** The report whose storing touched the incidents (null for an analyst's correction). */
  article?: ArticleId | null;
  /** A best figure counts as moved when it moves by at least this share of the last one (default 0: any move of one or more). */
  share?: number;
  /** Reports left out of the incidents as watched (a batch's reports after `article`). */
  without?: ReadonlySet<ArticleId>;
  /** Where the incidents' reports and claims are read (default: the store). */
  reads?: Pick<Store, "getArticle" | "getClaims" | "listCorrections">;
  /** Items told first, and recorded even when nothing else moved (an analyst's correction). */
  extra?: ChangeItem[];
  /** Record the changes without reading them back (`Store.recordChange`); nothing is returned. */
  quiet?: boolean;
}

/** Records the material changes of the given incidents; returns the changes recorded (none when `quiet`). */
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
    const without = options.without;
    const as = without?.size
      ? { ...incident, articles: incident.articles.filter((a) => !without.has(a)) }
      : incident;
    const { claims, textOf, articles } = incidentClaims(options.reads ?? store, as);
    const now = current(claims, textOf, options.article ?? null);
    now.versions = articles.filter((a) => a.version > 1).map((a) => `${a.id}@${a.version}`);
    const before = store.getWatch(id);
    const compared = compare(before, now, options.share ?? 0);
    const { snapshot } = compared;
    const items = [...(options.extra ?? []), ...compared.items];
    store.putWatch(id, snapshot);
    if (items.length === 0) continue;
    const change = { incident: id, title: incident.title, article: options.article ?? null, items };
    if (options.quiet) store.recordChange(change);
    else out.push(store.addChange(change));
  }
  return out;
}

interface Current extends WatchSnapshot {
  checkItems: Map<string, Extract<ChangeItem, { kind: "check" }>>;
  /** Per row (`outcome|group`), the claimants of the causing report who gave a figure of it. */
  claimants: Map<string, string[]>;
}

function current(claims: readonly Claim[], textOf: TextOf, article: ArticleId | null): Current {
  // The incident's reconciliation as every surface shows it, without each side's figures apart.
  const r = reconcile(claims, "ucdp", textOf);
  const rows: WatchSnapshot["rows"] = [
    ...r.rows.map(rowFigures),
    // The total of an outcome said of one group only is that group's row again: left out.
    ...r.totals
      .filter((t) => r.rows.filter((row) => row.outcome === t.outcome).length > 1)
      .map(({ outcome, low, best, high, grade }) => ({
        outcome,
        group: "all" as const,
        low,
        best,
        high,
        grade,
      })),
  ];
  const checkItems = new Map(
    checkClaims(claims).map((c) => [
      checkKey(c),
      { kind: "check" as const, code: c.code, message: c.message, claims: c.claims },
    ]),
  );
  return { rows, checks: [...checkItems.keys()], checkItems, claimants: claimantsOf(claims, article) };
}

/** The claimants of one report's claims by row, the total ("all") of an outcome holding them all. */
function claimantsOf(claims: readonly Claim[], article: ArticleId | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (key: string, name: string) => {
    const names = out.get(key) ?? [];
    if (!names.includes(name)) out.set(key, [...names, name]);
  };
  for (const c of claims) {
    if (article === null || c.article !== article || (c.quantity.value === null && c.quantity.min === null))
      continue;
    add(rowKey(c.outcome, c.group), c.claimant.name);
    add(rowKey(c.outcome, "all"), c.claimant.name);
  }
  return out;
}

const rowKey = (outcome: string, group: WatchedGroup) => `${outcome}|${group}`;

/** The items that changed since `before`, and the snapshot to keep. */
export function compare(
  before: WatchSnapshot | null,
  now: Current,
  share: number,
): { items: ChangeItem[]; snapshot: WatchSnapshot } {
  const items: ChangeItem[] = before ? [] : [{ kind: "new_incident" }];
  const last = new Map((before?.rows ?? []).map((r) => [rowKey(r.outcome, r.group), r]));
  const rows: WatchSnapshot["rows"] = [];
  for (const row of now.rows) {
    const key = rowKey(row.outcome, row.group);
    const prev = last.get(key) ?? null;
    const from = prev ? figureOf(prev) : null;
    const to = figureOf(row);
    const moved =
      from !== to && (from === null || to === null || Math.abs(to - from) >= Math.max(1, share * from));
    if (moved) {
      const claimants = now.claimants.get(key);
      items.push({
        kind: "figure",
        outcome: row.outcome,
        group: row.group,
        from,
        to,
        low: row.low,
        high: row.high,
        ...(claimants ? { claimants } : {}),
      });
    }
    if (prev && prev.grade !== row.grade)
      items.push({ kind: "grade", outcome: row.outcome, group: row.group, from: prev.grade, to: row.grade });
    rows.push(moved || !prev ? row : { ...row, best: prev.best, low: prev.low, high: prev.high });
  }
  const known = new Set(before?.checks ?? []);
  for (const [key, item] of now.checkItems) if (!known.has(key)) items.push(item);
  // A report stored again with a changed text is told even when no figure moved.
  const seen = new Set(before?.versions ?? []);
  const versions = now.versions ?? [];
  for (const key of versions) {
    if (seen.has(key)) continue;
    const at = key.lastIndexOf("@");
    items.push({
      kind: "version",
      article: key.slice(0, at) as ArticleId,
      version: Number(key.slice(at + 1)),
    });
  }
  const snapshot: WatchSnapshot = { rows, checks: [...new Set([...known, ...now.checks])] };
  if (versions.length || before?.versions?.length) snapshot.versions = [...new Set([...seen, ...versions])];
  return { items, snapshot };
}

/** A row's figure: its best, else its low (the `range` strategy gives no best). */
function figureOf(r: { best: number | null; low: number | null }): number | null {
  return r.best ?? r.low;
}

/**
 * Links a batch of stored reports (linkArticles: one re-link a block), then records what each
 * report changed, in input order, as if they had come one by one into the grouping the batch
 * made: a report's incidents are watched without the batch's later new reports. An incident that
 * only lost reports (or is gone) is watched last, by the batch's last report. Returns the
 * incidents touched.
 */
export function linkAndWatchBatch(store: Store, articles: readonly ArticleId[], share = 0): IncidentId[] {
  // Reports linked before (read again by a new engine) are in their incidents all along.
  const later = new Set(articles.filter((id) => store.incidentsOf(id).length === 0));
  const touched = linkArticles(store, articles);
  const reads = readOnce(store);
  const watched = new Set<IncidentId>();
  for (const article of articles) {
    later.delete(article);
    const incidents = store.incidentsOf(article);
    for (const id of incidents) watched.add(id);
    watchIncidents(store, incidents, { article, share, without: later, reads, quiet: true });
  }
  const rest = touched.filter((id) => !watched.has(id));
  if (rest.length > 0)
    watchIncidents(store, rest, { article: articles.at(-1) ?? null, share, reads, quiet: true });
  return touched;
}

/** `fn`'s value, computed on the first call. */
function once<T>(fn: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: fn() }).v;
}

/** The store's reports and claims, each read once (a batch's incidents are watched report by report). */
function readOnce(store: Store): Pick<Store, "getArticle" | "getClaims" | "listCorrections"> {
  const articles = new Map<ArticleId, ReturnType<Store["getArticle"]>>();
  const claims = new Map<ArticleId, ReturnType<Store["getClaims"]>>();
  return {
    getArticle: (id) => {
      if (!articles.has(id)) articles.set(id, store.getArticle(id));
      return articles.get(id)!;
    },
    getClaims: (id) => {
      if (!claims.has(id)) claims.set(id, store.getClaims(id));
      return claims.get(id)!;
    },
    listCorrections: once(() => store.listCorrections()),
  };
}

/** Links a stored report into incidents and records what that changed; returns the incidents touched. */
export function linkAndWatch(store: Store, article: ArticleId, share = 0): IncidentId[] {
  const touched = linkArticle(store, article);
  watchIncidents(store, touched, { article, share, quiet: true });
  return touched;
}
