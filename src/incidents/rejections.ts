// The claims an analyst rejected as misread (issue 10 §3), as they stand now.
//
// A claim's id ("c4") is only its place among its report's claims: a new version of the report, or
// an engine that reads one more figure earlier in the text, gives the same reading another id, and
// "c4" to another claim. So a rejection keeps the claim's reading (what was read, not where), and
// it holds for the claim of that report that is read the same way, whatever its id now; a reading
// no claim of the report has any longer (the report changed there, or the engine now reads it
// differently) rejects nothing and is listed as no longer applying. Rejections made before readings
// were kept fall back on the id.
import type { Claim } from "../core/model.js";
import type { ArticleId, Correction, Store } from "../store/store.js";
import { qualify } from "./claim-key.js";

/** A claim as it was read, without where its words sit or what it is numbered. */
export function readingOf(claim: Claim): string {
  return JSON.stringify({
    outcome: claim.outcome,
    group: claim.group,
    noun: claim.noun,
    quantity: claim.quantity,
    claimant: [
      claim.claimant.name,
      claim.claimant.type,
      claim.claimant.party,
      claim.claimant.channel?.name ?? null,
    ],
    modality: claim.modality,
    scope: claim.scope,
    evidence: claim.evidence.map((e) => e.text),
  });
}

/** A rejection in force: its correction, the claim it named, and the reading it was made on. */
export interface Rejection {
  correction: Correction;
  /** `article#claim` as named when rejected. */
  key: string;
  article: string;
  reason: string;
  /** Null for rejections stored before readings were kept: they hold for the id. */
  reading: string | null;
}

const articleOf = (key: string) => key.slice(0, key.indexOf("#"));

export class Rejections {
  private readonly standing: Rejection[] = [];

  /** The rejections in force after the store's corrections, in order: each last reject or restore decides. */
  constructor(corrections: readonly Correction[]) {
    for (const c of corrections) {
      const a = c.action;
      if (a.kind === "reject")
        this.standing.push({
          correction: c,
          key: a.claim,
          article: articleOf(a.claim),
          reason: a.reason,
          reading: a.reading ?? null,
        });
      else if (a.kind === "restore") this.lift(a.claim, a.reading ?? null);
    }
  }

  private lift(key: string, reading: string | null): void {
    const article = articleOf(key);
    for (let i = this.standing.length - 1; i >= 0; i--) {
      const r = this.standing[i]!;
      if (r.key === key || (reading !== null && r.article === article && r.reading === reading))
        this.standing.splice(i, 1);
    }
  }

  /** The rejection that holds for a claim (its id qualified `article#claim`), or null. */
  of(claim: Claim): Rejection | null {
    const article = articleOf(claim.id);
    let reading: string | undefined;
    for (const r of this.standing) {
      if (r.article !== article) continue;
      if (r.reading === null ? r.key === claim.id : r.reading === (reading ??= readingOf(claim))) return r;
    }
    return null;
  }

  has(claim: Claim): boolean {
    return this.of(claim) !== null;
  }

  /**
   * These reports' claims matched in one pass: each claim that stands rejected with the rejection
   * that holds for it, and the rejections of these reports that no claim of theirs matches now.
   */
  match(
    claims: readonly Claim[],
    articles: readonly string[],
  ): { held: { claim: Claim; rejection: Rejection }[]; stale: Rejection[] } {
    const mine = new Set(articles);
    const held: { claim: Claim; rejection: Rejection }[] = [];
    for (const claim of claims) {
      const rejection = this.of(claim);
      if (rejection) held.push({ claim, rejection });
    }
    const matched = new Set(held.map((h) => h.rejection));
    return { held, stale: this.standing.filter((r) => mine.has(r.article) && !matched.has(r)) };
  }
}

/** The rejections of these reports that no claim of theirs, as stored now, matches. */
export function staleRejections(
  store: Pick<Store, "getClaims">,
  articles: readonly string[],
  rejections: Rejections,
): Rejection[] {
  const claims = articles.flatMap((a) =>
    store.getClaims(a as ArticleId).map((c) => qualify({ ...c, article: a })),
  );
  return rejections.match(claims, articles).stale;
}

/** The claims rejected now, from the store's correction history. */
export function rejectedClaims(store: Pick<Store, "listCorrections">): Rejections {
  return new Rejections(store.listCorrections());
}
