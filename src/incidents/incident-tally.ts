// An incident's tally (issue 3, point 5): per (outcome, group), low/best/high and the grade under
// a chosen strategy, from the claims of all its reports — src/core/tally does the reconciling;
// this file gathers the claims in publication order (the order `tally` reads as "later") and
// shows the state's, the armed groups' and the independent sources' figures apart.
import type { Claim, Mention, Party, TallyRow } from "../core/model.js";
import {
  claimantTotals,
  reconcile,
  tally,
  type Reconciliation,
  type StrategyName,
  type TextOf,
} from "../core/tally/index.js";
import type { Incident, Store, StoredArticle } from "../store/store.js";
import { qualify } from "./claim-key.js";
import { rejectedClaims, type Rejections } from "./rejections.js";

export interface IncidentClaims {
  incident: Incident;
  /** Its reports, oldest publication first (undated last). */
  articles: StoredArticle[];
  /** Their claims, report by report in that order, ids qualified with the article id. */
  claims: Claim[];
  /**
   * The outcomes they state with no figure (model.ts `Mention`), ids qualified the same way; read
   * only by the dataset fields (read from the store on first use). Empty where the store read
   * from keeps none.
   */
  readonly mentions: Mention[];
  /** A report's text by its id (the claims' evidence points into it). */
  textOf: TextOf;
}

/**
 * The reports and claims of an incident, in publication order. Reports with the same text under
 * other ids (duplicates, issue 10 §2) are all listed; only the first of them gives claims, so a
 * text is counted once. Claims an analyst rejected as misread are left out (issue 10 §3). A caller
 * that reads many incidents passes `rejected` (rejectedClaims) once, instead of the store's
 * whole correction history being read again for each incident.
 */
export function incidentClaims(
  store: Pick<Store, "getArticle" | "getClaims" | "listCorrections"> & Partial<Pick<Store, "getMentions">>,
  incident: Incident,
  rejected: Rejections = rejectedClaims(store),
): IncidentClaims {
  const articles = incident.articles
    .map((id) => store.getArticle(id))
    .filter((a): a is StoredArticle => a !== null)
    .sort((a, b) => (a.published ?? "9999").localeCompare(b.published ?? "9999") || a.id.localeCompare(b.id));
  const seen = new Set<string>();
  const counted = articles.filter((a) => !seen.has(a.hash) && seen.add(a.hash));
  // Claims an analyst rejected as misread count nowhere (issue 10 §3); they stay in the store.
  const claims = counted
    .flatMap((a) => store.getClaims(a.id).map((c) => qualify({ ...c, article: a.id })))
    .filter((c) => !rejected.has(c));
  const texts = new Map(articles.map((a) => [a.id as string, a.text]));
  // Read on first use: only the dataset fields want them (the change log's watch never asks).
  let mentions: Mention[] | null = null;
  return {
    incident,
    articles,
    claims,
    get mentions() {
      mentions ??= counted.flatMap((a) =>
        (store.getMentions?.(a.id) ?? []).map((m) => ({ ...m, id: `${a.id}#${m.id}`, article: a.id })),
      );
      return mentions;
    },
    textOf: (id) => texts.get(id),
  };
}

/** An incident's reconciliation under a strategy: core/tally's, with each row's sides. */
export interface IncidentReconciliation extends Reconciliation {
  rows: IncidentTallyRow[];
}

/** The one reconciliation of an incident that every surface reads (CODEBOOK §3b). */
export function reconcileIncident(ic: IncidentClaims, strategy: StrategyName): IncidentReconciliation {
  const r = reconcile(ic.claims, strategy, ic.textOf, ic.mentions);
  return { ...r, rows: withSides(ic.claims, r.rows, strategy) };
}

export interface SideFigure {
  low: number | null;
  best: number | null;
  high: number | null;
  claimants: string[];
}

export interface IncidentTallyRow extends TallyRow {
  /** The figures of each side's claimants alone (null where that side gave none). */
  sides: Record<Party, SideFigure | null>;
  /** Each claimant's own figure in this row. */
  claimants: {
    name: string;
    party: Party;
    low: number | null;
    best: number | null;
    high: number | null;
    claims: string[];
  }[];
}

export const PARTIES: readonly Party[] = ["state", "non_state", "independent"];

/** The tally of an incident's claims (in publication order) under a strategy, by (outcome, group). */
export function incidentTally(claims: readonly Claim[], strategy: StrategyName = "ucdp"): IncidentTallyRow[] {
  return withSides(claims, tally(claims, strategy), strategy);
}

function withSides(
  claims: readonly Claim[],
  rows: readonly TallyRow[],
  strategy: StrategyName,
): IncidentTallyRow[] {
  const bySide = new Map(
    PARTIES.map(
      (p) =>
        [
          p,
          tally(
            claims.filter((c) => c.claimant.party === p),
            strategy,
          ),
        ] as const,
    ),
  );
  return rows.map((row) => {
    const mine = claims.filter((c) => c.outcome === row.outcome && c.group === row.group);
    const sides = Object.fromEntries(
      PARTIES.map((p) => {
        const r = bySide.get(p)!.find((x) => x.outcome === row.outcome && x.group === row.group);
        const names = [...new Set(mine.filter((c) => c.claimant.party === p).map((c) => c.claimant.name))];
        return [p, r ? { low: r.low, best: r.best, high: r.high, claimants: names } : null];
      }),
    ) as Record<Party, SideFigure | null>;
    const claimants = claimantTotals(mine).map((t) => ({
      name: t.name,
      party: t.party,
      low: t.figures?.low ?? null,
      best: t.figures?.best ?? null,
      high: t.figures?.high ?? null,
      claims: t.claims,
    }));
    return { ...row, sides, claimants };
  });
}
