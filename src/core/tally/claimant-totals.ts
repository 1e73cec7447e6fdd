// One claimant's figure for one (outcome, group) — CODEBOOK §3, "Increments from one claimant are
// summed into that claimant's running total; a cumulative claim replaces the sum when it is later
// or larger."
//
// Which claims count at all (`isTallied`): asserted or reported_unconfirmed claims about this
// incident. Denied and threatened figures, and background figures of other incidents, are kept
// as claims but never tallied.
//
// How one claimant's claims combine, for claims of ONE (outcome, group):
//   1. sub-counts (`partOf` set: "five women" among "11 people") never add to a total. Only where
//      the claimant gives no whole count for this (outcome, group) does its latest sub-count stand
//      as its figure (five women killed is still a figure for women). Sums over groups, in
//      datasets.ts, leave sub-counts out altogether.
//   2. of several `single` claims, those of the claimant's latest article stand and the earlier
//      articles' are superseded (a revised toll); within one article, distinct single figures of
//      one claimant add up ("four assailants and one NUM member were killed"; "two police were
//      killed in the first attack … three in the second"), since a restatement of the same figure
//      was already merged into one claim by the extractor (figures of different days in one
//      article are different deaths; a revised toll is written as one: "the toll rose to");
//   3. `increment` claims ("another 40") add to that single, or to each other: the running total;
//   4. the latest `cumulative` claim ("brings the total to over 100") replaces the running total
//      when it is later than every claim in it, or at least as large (by `best`). It replaces the
//      sum outright: increments stated after it are not added on, since an outlet's summary often
//      precedes the quoted statements it sums (the seed's "60 captives" before "50 additional").
// Claims without a number ("all the hostages") are kept in `considered` but add nothing.
//
// "Later" (`chronology`): by `time.date` when both claims carry one and they differ; else by the
// order of their articles in the input (callers pass articles oldest first), then by the start of
// their first evidence span, then by input order.
import type { Claim, ClaimantType, Modality, Party } from "../model.js";
import { addFigures, figures, hasNumber, type Figures } from "./figures.js";

/** The modalities that enter a tally. */
export const TALLIED_MODALITIES: readonly Modality[] = ["asserted", "reported_unconfirmed"];

/** Whether a claim enters tallies: asserted or reported_unconfirmed, and about this incident. */
export function isTallied(claim: Claim): boolean {
  return TALLIED_MODALITIES.includes(claim.modality) && !claim.otherIncident;
}

/** Whether a claim is a part of another ("five women" among "11 people"); parts never add. */
export function isSubCount(claim: Claim): boolean {
  return claim.partOf !== null;
}

/** A comparator of claims, negative when `a` came first: see "Later" above. */
export type Chronology = (a: Claim, b: Claim) => number;

export function chronology(claims: readonly Claim[]): Chronology {
  const articleRank = new Map<string, number>();
  const index = new Map<Claim, number>();
  claims.forEach((c, i) => {
    if (!articleRank.has(c.article)) articleRank.set(c.article, articleRank.size);
    index.set(c, i);
  });
  const starts = new Map<Claim, number>();
  const start = (c: Claim): number => {
    let v = starts.get(c);
    if (v === undefined) {
      v = Number.POSITIVE_INFINITY;
      for (const e of c.evidence) if (e.start < v) v = e.start;
      starts.set(c, v);
    }
    return v;
  };
  return (a, b) => {
    const da = a.time?.date ?? null;
    const db = b.time?.date ?? null;
    if (da !== null && db !== null && da !== db) return da < db ? -1 : 1;
    const ra = articleRank.get(a.article) ?? Number.POSITIVE_INFINITY;
    const rb = articleRank.get(b.article) ?? Number.POSITIVE_INFINITY;
    if (ra !== rb) return ra - rb;
    const sa = start(a);
    const sb = start(b);
    if (sa !== sb) return sa < sb ? -1 : 1;
    return (index.get(a) ?? 0) - (index.get(b) ?? 0);
  };
}

/** The latest of some claims under a chronology (the last stated on ties). */
export function latestOf(claims: readonly Claim[], order: Chronology): Claim | null {
  let latest: Claim | null = null;
  for (const c of claims) if (latest === null || order(c, latest) >= 0) latest = c;
  return latest;
}

export interface ClaimantTotal {
  /** The claimant's resolved name: the key claimants are told apart by. */
  name: string;
  party: Party;
  type: ClaimantType;
  /** The claimant's figure under every reading; null when none of its claims gives a number. */
  figures: Figures | null;
  /** The figure rests on vague words ("dozens") somewhere. */
  vague: boolean;
  /** The figure rests on a running count ("27 killed so far"): a lower bound on the final figure. */
  running: boolean;
  /** Ids of the claims the figure rests on, in input order. */
  claims: string[];
  /** Ids of every tallied claim of this claimant in the row, in input order. */
  considered: string[];
  /** The latest claim behind the figure (for "most recent"); null when there is no figure. */
  latest: Claim | null;
}

/**
 * Each claimant's total over claims of one (outcome, group), claimants in order of first
 * appearance. Untallied claims are dropped here, so callers may pass a row's claims unfiltered.
 * `order` is `chronology(claims)`, passed by a caller that has it already (./row-totals.ts).
 */
export function claimantTotals(
  claims: readonly Claim[],
  order: Chronology = chronology(claims),
): ClaimantTotal[] {
  const byName = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!isTallied(c)) continue;
    const own = byName.get(c.claimant.name);
    if (own) own.push(c);
    else byName.set(c.claimant.name, [c]);
  }
  return [...byName.values()].map((own) => claimantTotal(own, order));
}

function claimantTotal(own: Claim[], order: Chronology): ClaimantTotal {
  const first = own[0]!;
  const behind = resolve(own, order);
  const ids = new Set(behind.map((c) => c.id));
  return {
    name: first.claimant.name,
    party: first.claimant.party,
    type: first.claimant.type,
    figures: behind.length === 0 ? null : behind.map((c) => figures(c.quantity)).reduce(addFigures),
    vague: behind.some((c) => c.quantity.hedge === "vague"),
    running: behind.some((c) => c.running === true),
    claims: own.filter((c) => ids.has(c.id)).map((c) => c.id),
    considered: own.map((c) => c.id),
    latest: latestOf(behind, order),
  };
}

/** The claims whose figures, added, make the claimant's total (steps 1–4 above). */
function resolve(own: Claim[], order: Chronology): Claim[] {
  // Vague words beside a precise figure of the same claimant in the same article restate it ("73
  // killed … many bodies under the debris"); they count only where the claimant gives no number.
  const precise = new Set(
    own.filter((c) => hasNumber(c.quantity) && c.quantity.hedge !== "vague").map((c) => c.article),
  );
  const numeric = own.filter(
    (c) => hasNumber(c.quantity) && !(c.quantity.hedge === "vague" && precise.has(c.article)),
  );
  const whole = numeric.filter((c) => !isSubCount(c));
  if (whole.length === 0) {
    const part = latestOf(numeric, order);
    return part ? [part] : [];
  }
  const singles = whole.filter((c) => c.scope === "single");
  const latestSingle = latestOf(singles, order);
  const current = latestSingle ? singles.filter((c) => c.article === latestSingle.article) : [];
  const running = [...current, ...whole.filter((c) => c.scope === "increment")];
  const cumulative = latestOf(
    whole.filter((c) => c.scope === "cumulative"),
    order,
  );
  if (cumulative === null) return running;
  if (running.length === 0) return [cumulative];
  const laterThanAll = running.every((c) => order(cumulative, c) > 0);
  const sum = running.map((c) => figures(c.quantity).best ?? 0).reduce((a, b) => a + b, 0);
  const larger = (figures(cumulative.quantity).best ?? 0) >= sum;
  return laterThanAll || larger ? [cumulative] : running;
}
