// What a SQLite handle read while it holds the write lock (a transaction: BEGIN IMMEDIATE), kept
// until the transaction ends: no other connection can commit meanwhile, so a read changes only by
// this handle's own writes, and each write forgets what it can change. The linker asks for the
// incidents of the same reports and the same incidents again and again within a batch (12,000
// incident reads and 11,000 reads of a report's incidents for 1,000 reports at 60,000 stored),
// each a query, and `PRAGMA data_version` before each cached read of an article or its claims.
import type { Incident, IncidentId } from "./store.js";

/** Entries kept at most per map; past it a map starts afresh (both, see `keepIncident`). */
const MEMO_MAX = 50_000;

export class WriteMemo {
  /** Whether the handle holds the write lock (memos are kept only then). */
  active = false;
  /** Whether `data_version` was read since the lock was taken (another commit could not come since). */
  synced = false;
  private readonly incidents = new Map<string, Incident | null>();
  private readonly incidentsOf = new Map<string, readonly IncidentId[]>();

  begin(): void {
    this.active = true;
    this.synced = false;
  }

  end(): void {
    this.active = false;
    this.forget();
  }

  /** Forgets everything (a savepoint rolled back: what was read since may not be stored). */
  forget(): void {
    this.incidents.clear();
    this.incidentsOf.clear();
  }

  /** An incident as read (null: none), or undefined when not kept. */
  incident(id: string): Incident | null | undefined {
    return this.active ? this.incidents.get(id) : undefined;
  }

  keepIncident(id: string, incident: Incident | null): void {
    if (!this.active) return;
    // A report's incidents are kept only while the incidents they were read from are (see
    // `incidentWritten`): both start afresh together.
    if (this.incidents.size >= MEMO_MAX) this.forget();
    this.incidents.set(id, incident);
  }

  /** A report's incidents as read, or undefined when not kept. */
  incidentsOfArticle(article: string): readonly IncidentId[] | undefined {
    return this.active ? this.incidentsOf.get(article) : undefined;
  }

  keepIncidentsOf(article: string, ids: readonly IncidentId[]): void {
    if (!this.active) return;
    if (this.incidentsOf.size >= MEMO_MAX) this.incidentsOf.clear();
    this.incidentsOf.set(article, ids);
  }

  /**
   * An incident written or deleted: a report's incidents are those linked to it whose reports
   * include it, so those of the reports it held (as kept here) and holds now may change. A
   * report's incidents that include this one were read after it was last written, which kept it.
   */
  incidentWritten(id: string, articles: readonly string[]): void {
    for (const a of this.incidents.get(id)?.articles ?? []) this.incidentsOf.delete(a);
    for (const a of articles) this.incidentsOf.delete(a);
    this.incidents.delete(id);
  }

  /** A link of the report written or deleted. */
  linkWritten(article: string): void {
    this.incidentsOf.delete(article);
  }
}
