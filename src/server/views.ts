// The API's shapes of stored things (./schemas.ts): an article without its text, an incident's
// summary row for the list, and an incident's whole record with each claim's sentence. Summaries
// need a reconciliation each; they are kept until the store changes (its revision), so a list of
// ten thousand incidents sorted by deaths costs one pass, not one per request.
import type { IncidentRecord } from "../incidents/export.js";
import { incidentClaims, reconcileIncident, type IncidentTallyRow } from "../incidents/incident-tally.js";
import type { OutcomeTotal, StrategyName, UnknownDeaths } from "../core/tally/index.js";
import { changeView } from "../app/changes.js";
import { sentenceAt } from "../app/sentence-at.js";
import { qualify } from "../incidents/claim-key.js";
import { correctionsOf, correctionText } from "../incidents/corrections.js";
import { rejectedClaims, Rejections } from "../incidents/rejections.js";
import type { Correction, Incident, Store, StoredArticle } from "../store/store.js";
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
    version: a.version,
    duplicates: store.duplicatesOf(a.id),
  };
}

/** An incident's record as the API gives it: articles without text, claims with their sentence. */
export function incidentView(store: Store, r: IncidentRecord) {
  const text = new Map(r.articles.map((a) => [a.id as string, a.text]));
  return {
    incident: r.incident,
    links: r.links,
    articles: r.articles.map((a) => articleMeta(store, a)),
    claims: r.claims.map((c) => withSentence(c, text.get(c.article))),
    mentions: r.mentions.map((m) => withSentence(m, text.get(m.article))),
    strategy: r.strategy,
    tally: r.tally,
    totals: r.totals,
    datasets: r.datasets,
    unknownDeaths: r.unknownDeaths,
    timeline: r.timeline,
    sideTimeline: r.sideTimeline,
    checks: r.checks,
    // The change log of this incident, oldest first: the page shows it beside the figures by date.
    changes: store.listChanges({ incident: r.incident.id }).map((c) => changeView(store, c)),
    ...correctionsView(store, r),
  };
}

/** A correction as the API gives it: with its words and whether it was undone. */
export function correctionView(c: Correction, all: readonly Correction[]) {
  return {
    ...c,
    text: correctionText(c, all),
    undone: all.some((x) => x.action.kind === "undo" && x.action.undoes === c.seq),
  };
}

/** The corrections concerning an incident, and its reports' claims that stand rejected. */
function correctionsView(store: Store, r: IncidentRecord) {
  const all = store.listCorrections();
  const texts = new Map(r.articles.map((a) => [a.id as string, a.text]));
  const read = r.articles.flatMap((a) => store.getClaims(a.id).map((c) => qualify({ ...c, article: a.id })));
  const { held, stale } = new Rejections(all).match(read, [...texts.keys()]);
  return {
    corrections: correctionsOf(store, r.incident.id, r.incident.articles).map((c) => correctionView(c, all)),
    rejected: held.map(({ claim, rejection }) => ({
      claim: withSentence(claim, texts.get(claim.article)),
      reason: rejection.reason,
      correction: rejection.correction.seq,
    })),
    staleRejections: stale.map((x) => ({ claim: x.key, reason: x.reason, correction: x.correction.seq })),
  };
}

/** A claim with the sentence its first evidence span is in. */
function withSentence<C extends { evidence: { start: number; end: number; text: string }[] }>(
  c: C,
  text: string | undefined,
) {
  const ev = c.evidence[0];
  return { ...c, sentence: text !== undefined && ev ? sentenceAt(text, ev.start, ev.end) : (ev?.text ?? "") };
}

export interface Summarised {
  summary: IncidentSummary;
  rows: IncidentTallyRow[];
  totals: OutcomeTotal[];
}

/** Incident summaries under a strategy, kept while the store's revision stays the same. */
export class Summaries {
  private revision = "";
  /** The claims rejected at this revision, read once for all the incidents summarised under it. */
  private rejected: Rejections | null = null;
  /** By strategy, then incident id. */
  private readonly kept = new Map<StrategyName, Map<string, Summarised>>();

  constructor(private readonly store: Store) {}

  /**
   * Whole views (filters and sort, unpaged) by their query, for this revision: paging through a
   * view, exporting it, or many readers on the same list cost one filter and sort, not one each.
   * The oldest is let go past VIEWS_KEPT.
   */
  private readonly views = new Map<string, Incident[]>();

  /** The summaries for one request: the store's revision is read once, here. */
  under(strategy: StrategyName): (incident: Incident) => Summarised {
    this.sync();
    let kept = this.kept.get(strategy);
    if (!kept) this.kept.set(strategy, (kept = new Map()));
    const made = kept;
    return (incident) => {
      let s = made.get(incident.id);
      if (!s) {
        this.rejected ??= rejectedClaims(this.store);
        const r = reconcileIncident(incidentClaims(this.store, incident, this.rejected), strategy);
        s = { summary: summarize(incident, r.totals, r.unknownDeaths), rows: r.rows, totals: r.totals };
        made.set(incident.id, s);
      }
      return s;
    };
  }

  /** A view's incidents in order, made by `make` once per revision and query. */
  view(query: object, make: () => Incident[]): readonly Incident[] {
    this.sync();
    const key = JSON.stringify(query);
    let got = this.views.get(key);
    if (!got) {
      got = make();
      if (this.views.size >= VIEWS_KEPT) this.views.delete(this.views.keys().next().value as string);
      this.views.set(key, got);
    }
    return got;
  }

  /** Lets go of everything made under an older revision of the store. */
  private sync(): void {
    const revision = this.store.revision();
    if (revision === this.revision) return;
    this.kept.clear();
    this.views.clear();
    this.rejected = null;
    this.revision = revision;
  }
}

const VIEWS_KEPT = 64;

/** A list row: the incident and, per outcome, its all-group total (core/tally/totals.ts). */
function summarize(
  i: Incident,
  totals: readonly OutcomeTotal[],
  unknownDeaths: UnknownDeaths,
): IncidentSummary {
  const figures: IncidentSummary["figures"] = {};
  for (const t of totals)
    figures[t.outcome] = { low: t.low, best: t.best, high: t.high, contested: t.grade === "contested" };
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
    unknownDeaths,
  };
}
