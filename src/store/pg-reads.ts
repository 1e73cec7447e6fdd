// What the PostgreSQL store (./pg-store.ts) knows inside one transaction without asking the
// database again: each answer is one round trip saved (a message to the driver's thread, the
// socket, the server and back). Everything here is dropped when the transaction ends or rolls
// back. It holds:
//   - the incidents of an article (`incidentsOf`), kept across the transaction's writes: a write
//     forgets only the articles whose answer it can change;
//   - the incidents this handle wrote (or deleted), as written: reading one back gives what the
//     database would;
//   - incident watch snapshots, read and written;
//   - the articles stored in the transaction, whose incidents (and, of the incidents written,
//     whose watches) are read together on the first miss: a batch's linking and watching ask
//     for each of them in turn;
//   - the duplicates of an article just stored, read with its insert.
import type { ArticleId, Incident, IncidentId } from "./store.js";

export class TransactionReads {
  private readonly incidentsOfArticle = new Map<ArticleId, IncidentId[]>();
  private readonly written = new Map<IncidentId, { body: string; read?: Incident } | null>();
  private readonly watches = new Map<IncidentId, string | null>();
  private readonly stored = new Set<ArticleId>();
  private readonly duplicates = new Map<ArticleId, ArticleId[]>();

  /** Forgets everything (the transaction ended or rolled back). */
  clear(): void {
    this.incidentsOfArticle.clear();
    this.written.clear();
    this.watches.clear();
    this.stored.clear();
    this.duplicates.clear();
  }

  // --- incidents of an article ------------------------------------------------------------------

  incidentsOf(article: ArticleId): IncidentId[] | undefined {
    const ids = this.incidentsOfArticle.get(article);
    return ids && [...ids];
  }

  setIncidentsOf(article: ArticleId, ids: readonly IncidentId[]): void {
    this.incidentsOfArticle.set(article, [...ids]);
  }

  /** The articles stored in the transaction whose incidents are not known yet (at most `max`). */
  unknownStored(max: number): ArticleId[] {
    const out: ArticleId[] = [];
    for (const a of this.stored) {
      if (out.length >= max) break;
      if (!this.incidentsOfArticle.has(a)) out.push(a);
    }
    return out;
  }

  /** A link of `article` was written or deleted: its incidents may have changed. */
  linkChanged(article: ArticleId): void {
    this.incidentsOfArticle.delete(article);
  }

  /**
   * An incident was written (its reports `articles`) or deleted (null): the articles it held, and
   * those it holds now, may be in it or out of it now.
   */
  incidentChanged(id: IncidentId, written: { incident: Incident; body: string } | null): void {
    for (const a of written?.incident.articles ?? []) this.incidentsOfArticle.delete(a);
    for (const [a, ids] of this.incidentsOfArticle) if (ids.includes(id)) this.incidentsOfArticle.delete(a);
    this.written.set(id, written && { body: written.body });
  }

  // --- incidents written ------------------------------------------------------------------------

  /** The incident as this transaction wrote it (null: deleted; undefined: not written here). */
  writtenIncident(id: IncidentId, read: (body: string) => Incident): Incident | null | undefined {
    const w = this.written.get(id);
    if (w === undefined || w === null) return w;
    return (w.read ??= read(w.body));
  }

  writtenIds(): IncidentId[] {
    return [...this.written.keys()];
  }

  // --- watches ----------------------------------------------------------------------------------

  /** A watch snapshot as JSON (null: none stored), or undefined when not known. */
  watch(incident: IncidentId): string | null | undefined {
    return this.watches.get(incident);
  }

  setWatch(incident: IncidentId, snapshot: string | null): void {
    this.watches.set(incident, snapshot);
  }

  /** The incidents written in the transaction whose watches are not known yet. */
  unknownWatches(max: number): IncidentId[] {
    const out: IncidentId[] = [];
    for (const [id, w] of this.written) {
      if (out.length >= max) break;
      if (w !== null && !this.watches.has(id)) out.push(id);
    }
    return out;
  }

  // --- articles stored --------------------------------------------------------------------------

  /** An article was stored (new, or a new version): its duplicates as read with it. */
  articleStored(article: ArticleId, duplicates?: readonly ArticleId[]): void {
    this.stored.add(article);
    // Another text stored may share a hash with those read before.
    this.duplicates.clear();
    if (duplicates) this.duplicates.set(article, [...duplicates]);
  }

  /** An article's claims were stored (read again by a new engine): it is linked and watched next. */
  claimsStored(article: ArticleId): void {
    this.stored.add(article);
  }

  duplicatesOf(article: ArticleId): ArticleId[] | undefined {
    const d = this.duplicates.get(article);
    return d && [...d];
  }
}
