// What the PostgreSQL store (./pg-store.ts) knows inside one transaction without asking the
// database again: each answer is one round trip saved (a message to the driver's thread, the
// socket, the server and back). Everything here is dropped when the transaction ends or rolls
// back. It holds:
//   - the incidents of an article (`incidentsOf`), kept across the transaction's writes: a write
//     forgets only the articles whose answer it can change;
//   - the incidents this handle wrote (or deleted), as written: reading one back gives what the
//     database would;
//   - incident watch snapshots, read and written;
//   - the articles stored in the transaction (then those the linker's index gave it), whose
//     incidents (and, of the incidents written, whose watches) are read together on the first
//     miss: a batch's linking and watching ask for each of them in turn;
//   - the duplicates of an article just stored, read with its insert;
//   - every incident read (or found missing), and the links of incidents, read together for the
//     incidents read and not yet asked for (a period's linking asks for each in turn), kept up
//     to date with the transaction's own link writes;
//   - the linker's index answers (`linkKeys`), a range answered from a wider one read before,
//     until the transaction writes features.
// The linker's blocks are locked (`lockBlocks`) for the transaction, so what it reads of them
// stays as read; SQLite, one writer at a time, answers the same.
import type { ArticleId, Incident, IncidentId, Link, LinkKey, LinkKeyQuery } from "./store.js";

export class TransactionReads {
  private readonly incidentsOfArticle = new Map<ArticleId, IncidentId[]>();
  private readonly written = new Map<IncidentId, { body: string; read?: Incident } | null>();
  private readonly watches = new Map<IncidentId, string | null>();
  private readonly stored = new Set<ArticleId>();
  private readonly duplicates = new Map<ArticleId, ArticleId[]>();
  private readonly seen = new Map<IncidentId, Incident | null>();
  private readonly links = new Map<IncidentId, Link[]>();
  private readonly keys: { query: LinkKeyQuery; rows: LinkKey[] }[] = [];
  private readonly met = new Set<ArticleId>();

  /** Forgets everything (the transaction ended or rolled back). */
  clear(): void {
    this.seen.clear();
    this.links.clear();
    this.keys.length = 0;
    this.met.clear();
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

  /**
   * The articles stored in the transaction, then those the linker's index gave it, whose incidents
   * are not known yet (at most `max`).
   */
  unknownStored(max: number): ArticleId[] {
    const out: ArticleId[] = [];
    for (const from of [this.stored, this.met])
      for (const a of from) {
        if (out.length >= max) return out;
        if (!this.incidentsOfArticle.has(a)) out.push(a);
      }
    return out;
  }

  /** A link was written (as `link`) or deleted (null): the article's incidents may have changed. */
  linkChanged(incident: IncidentId, article: ArticleId, link: Link | null): void {
    this.incidentsOfArticle.delete(article);
    const known = this.links.get(incident);
    if (!known) return;
    // As the database orders them: a link written again keeps its place, a new one comes last.
    const at = known.findIndex((l) => l.article === article);
    if (link === null) {
      if (at >= 0) known.splice(at, 1);
    } else if (at >= 0) known[at] = copyLink(link);
    else known.push(copyLink(link));
  }

  /**
   * An incident was written (its reports `articles`) or deleted (null): the articles it held, and
   * those it holds now, may be in it or out of it now.
   */
  incidentChanged(id: IncidentId, written: { incident: Incident; body: string } | null): void {
    for (const a of written?.incident.articles ?? []) this.incidentsOfArticle.delete(a);
    for (const [a, ids] of this.incidentsOfArticle) if (ids.includes(id)) this.incidentsOfArticle.delete(a);
    this.written.set(id, written && { body: written.body });
    // (deleting an incident deletes its links)
    if (written === null) this.links.set(id, []);
  }

  // --- incidents read, and their links ----------------------------------------------------------

  /** An incident as read in the transaction (null: found missing), or undefined when not read. */
  seenIncident(id: IncidentId): Incident | null | undefined {
    return this.seen.get(id);
  }

  setSeen(id: IncidentId, incident: Incident | null): void {
    this.seen.set(id, incident);
  }

  /** The links of an incident as known in the transaction, or undefined. */
  linksOf(incident: IncidentId): Link[] | undefined {
    return this.links.get(incident)?.map(copyLink);
  }

  setLinks(incident: IncidentId, links: readonly Link[]): void {
    this.links.set(incident, links.map(copyLink));
  }

  /** Incidents read (and there) in the transaction whose links are not known yet (at most `max`). */
  unknownLinks(max: number): IncidentId[] {
    const out: IncidentId[] = [];
    for (const [id, incident] of this.seen) {
      if (out.length >= max) break;
      if (incident !== null && !this.links.has(id) && this.written.get(id) !== null) out.push(id);
    }
    return out;
  }

  // --- the linker's index -----------------------------------------------------------------------

  /** The index's answer to `query`, from one read before that covers it, or undefined. */
  linkKeys(query: LinkKeyQuery): LinkKey[] | undefined {
    for (const k of this.keys) {
      if ("from" in query && "from" in k.query) {
        // (a read of any country answers one of one country; a country's, only its own)
        const iso = query.iso;
        const countries = k.query.iso === undefined || k.query.iso === iso;
        if (countries && k.query.from <= query.from && query.to <= k.query.to)
          return k.rows
            .filter((r) => r.day !== null && r.day >= query.from && r.day <= query.to)
            .filter((r) => iso === undefined || r.iso === iso)
            .map((r) => ({ ...r }));
      } else if (!("from" in query) && !("from" in k.query)) {
        if (k.query.iso === query.iso && Boolean(k.query.undated) === Boolean(query.undated))
          return k.rows.map((r) => ({ ...r }));
      }
    }
    return undefined;
  }

  setLinkKeys(query: LinkKeyQuery, rows: readonly LinkKey[]): void {
    this.keys.push({ query: { ...query }, rows: rows.map((r) => ({ ...r })) });
    for (const r of rows) this.met.add(r.article);
  }

  /** Features were written: the index may answer otherwise now. */
  featuresChanged(): void {
    this.keys.length = 0;
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

function copyLink(link: Link): Link {
  return { ...link, reasons: [...link.reasons] };
}
