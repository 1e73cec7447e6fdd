// The API's shapes of stored things (./schemas.ts): an article without its text, an incident's
// summary row for the list, and an incident's whole record with each claim's sentence. Summaries
// need a reconciliation each; they are kept until the store changes (its revision), so a list of
// ten thousand incidents sorted by deaths costs one pass, not one per request.
import type { IncidentRecord } from "../incidents/export.js";
import { incidentClaims, incidentTally, type IncidentTallyRow } from "../incidents/incident-tally.js";
import type { StrategyName } from "../core/tally/index.js";
import { changeView } from "../app/changes.js";
import { sentenceAt } from "../app/sentence-at.js";
import type { Incident, Store, StoredArticle } from "../store/store.js";
import type { ArticleMeta, IncidentSummary } from "./schemas.js";

export function articleMeta(store: Store, a: StoredArticle): ArticleMeta {
  return {
    id: a.id,
    title: a.title ?? null,
    outlet: a.outlet ?? null,
    published: a.published ?? null,
    url: a.url ?? null,
    source: a.source,
    ingestedAt: a.ingestedAt,
    claims: store.getClaims(a.id).length,
  };
}

/** An incident's record as the API gives it: articles without text, claims with their sentence. */
export function incidentView(store: Store, r: IncidentRecord) {
  const text = new Map(r.articles.map((a) => [a.id as string, a.text]));
  return {
    incident: r.incident,
    links: r.links,
    articles: r.articles.map((a) => articleMeta(store, a)),
    claims: r.claims.map((c) => {
      const ev = c.evidence[0];
      const t = text.get(c.article);
      return { ...c, sentence: t !== undefined && ev ? sentenceAt(t, ev.start, ev.end) : (ev?.text ?? "") };
    }),
    tally: r.tally,
    datasets: r.datasets,
    timeline: r.timeline,
    sideTimeline: r.sideTimeline,
    checks: r.checks,
    // The change log of this incident, oldest first: the page shows it beside the figures by date.
    changes: store.listChanges({ incident: r.incident.id }).map((c) => changeView(store, c)),
  };
}

export interface Summarised {
  summary: IncidentSummary;
  rows: IncidentTallyRow[];
}

/** Incident summaries under a strategy, kept while the store's revision stays the same. */
export class Summaries {
  private revision = "";
  /** By strategy, then incident id. */
  private readonly kept = new Map<StrategyName, Map<string, Summarised>>();

  constructor(private readonly store: Store) {}

  /** The summaries for one request: the store's revision is read once, here. */
  under(strategy: StrategyName): (incident: Incident) => Summarised {
    const revision = this.store.revision();
    if (revision !== this.revision) {
      this.kept.clear();
      this.revision = revision;
    }
    let kept = this.kept.get(strategy);
    if (!kept) this.kept.set(strategy, (kept = new Map()));
    const made = kept;
    return (incident) => {
      let s = made.get(incident.id);
      if (!s) {
        const rows = incidentTally(incidentClaims(this.store, incident).claims, strategy);
        s = { summary: summarize(incident, rows), rows };
        made.set(incident.id, s);
      }
      return s;
    };
  }
}

function summarize(i: Incident, rows: readonly IncidentTallyRow[]): IncidentSummary {
  // Per outcome: the named groups' figures added up (a row missing low or best takes its other
  // figure; one with no high, "more than 40", leaves the total's high open), or the figure of
  // people unspecified when that is larger: "14 people, among them 3 soldiers and 11 fighters"
  // is 14, not 28.
  type Sum = { low: number; best: number; high: number | null; contested: boolean };
  const add = (f: Sum | undefined, t: IncidentTallyRow): Sum => ({
    low: (f?.low ?? 0) + (t.low ?? t.best ?? t.high!),
    best: (f?.best ?? 0) + (t.best ?? t.low ?? t.high!),
    high: f !== undefined && f.high === null ? null : t.high === null ? null : (f?.high ?? 0) + t.high,
    contested: (f?.contested ?? false) || t.grade === "contested",
  });
  const named = new Map<string, Sum>();
  const unnamed = new Map<string, Sum>();
  for (const t of rows) {
    if (t.low === null && t.best === null && t.high === null) continue;
    const into = t.group === "people" ? unnamed : named;
    into.set(t.outcome, add(into.get(t.outcome), t));
  }
  const figures: IncidentSummary["figures"] = {};
  for (const outcome of new Set([...named.keys(), ...unnamed.keys()])) {
    const a = named.get(outcome);
    const b = unnamed.get(outcome);
    const larger = !a ? b! : !b ? a : b.best > a.best ? b : a;
    figures[outcome] = { ...larger, contested: (a?.contested ?? false) || (b?.contested ?? false) };
  }
  return {
    id: i.id,
    title: i.title,
    start: i.start,
    end: i.end,
    location: i.location ? { ...i.location } : null,
    eventType: i.eventType,
    acled: i.acled,
    actors: i.actors,
    reports: i.articles.length,
    figures,
  };
}
