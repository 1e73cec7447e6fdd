// The Store (./store.ts) on PostgreSQL, for a newsroom's archive or several writers on one
// database (issue 14): chosen by a `postgres://` URL (./open-store.ts). The same schema as SQLite
// under the same migration numbers (./migrations.ts, `pg`), the same rows checked on the way back
// (./read-rows.ts), the same caches of what never changes (articles, an engine version's claims)
// and of incidents by revision. PostgreSQL is reached synchronously through ./pg-sync.ts (the
// `pg` driver in a worker thread); statements are sent in batches, so most calls cost one round
// trip. Concurrent writers are expected:
//   - articles are idempotent by the hash of their text (INSERT … ON CONFLICT DO NOTHING, then
//     the stored one is read), whichever writer stores a text first;
//   - linking takes advisory locks on its blocks (`lockBlocks`, pg_advisory_xact_lock), held until
//     the transaction ends, so two writers never re-link one block at once;
//   - revisions come from a sequence and the change token from the snapshot of transactions, so
//     no writer waits on a counter row.
// Failures become TallyErrors with catalogue codes, as in SQLite: T012 newer schema, T013 a lock
// or deadlock with another writer, T014 not Tally's or malformed, T016 cannot connect or write.
import { TallyError } from "../core/errors.js";
import type { Article, Claim, Mention } from "../core/model.js";
import { HeldLocks } from "./block-locks.js";
import { INCIDENT_CACHE_MAX, remember } from "./cache.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./migrations.js";
import { TransactionReads } from "./pg-reads.js";
import { PgError, SyncPg, type Row, type SqlValue, type Statement } from "./pg-sync.js";
import {
  addDays,
  check,
  countsRow,
  countValue,
  deepFreeze,
  json,
  newest,
  stringValue,
  toArticle,
  toArticleVersion,
  toCorrection,
  newArticleRow,
  toChange,
  toLink,
  toIncident,
  toWatch,
  withPath,
} from "./read-rows.js";
import { articleRow, claimBody, featuresRow, linkKeyRow, mentionsJson } from "./rows.js";
import {
  BatchWriteFailed,
  type ArticleId,
  type Change,
  type ChangeFilter,
  type Correction,
  type CorrectionAction,
  type Incident,
  type IncidentFilter,
  type IncidentId,
  type Link,
  type Store,
  type StoreCounts,
  type StoredArticle,
  type StoredFeatures,
  type LinkKey,
  type LinkKeyQuery,
  type WatchSnapshot,
} from "./store.js";
import {
  articleKey,
  placeArticle,
  VERSION_COLUMNS,
  versionRow,
  versionValues,
  type ArticleVersion,
  type PutArticleResult,
} from "./identity.js";
import { contentHash } from "./versions.js";

export interface PgStoreOptions {
  /** The clock read for `ingestedAt` and link times (fixed in tests). */
  now?: () => string;
}

/** The URL without its password, to name the database in messages. */
export function redactUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:@/]*):[^@/]*@/i, "$1:***@");
}

export function openPgStore(url: string, options: PgStoreOptions = {}): PgStore {
  return new PgStore(url, options);
}

const ARTICLE_COLUMNS = "id, hash, text, published, outlet, url, title, source, ingested_at, facts, version";

/** One key for every advisory lock Tally takes (the second half of the two-int form is the block). */
const LOCK_SPACE = 0x7a11;

/** At most this many articles' incidents (or incidents' watches) are read in one round trip. */
const BATCH_READ_MAX = 1000;

export class PgStore implements Store {
  /** The database as named in messages (no password). */
  readonly path: string;
  private readonly pg: SyncPg;
  private readonly now: () => string;
  /**
   * Statements sent with the next one that needs an answer (or with the commit): openers of
   * transactions and savepoints (dropped when nothing followed), and, inside a transaction, writes
   * whose answer nothing reads (a failure of one surfaces by the end of its savepoint, which
   * sends them).
   */
  private pending: Statement[] = [];
  /** How many of `pending` are writes (not openers) of the open levels. */
  private pendingWrites = 0;
  /**
   * Whether `pending` holds writes of an item's savepoint already closed (released with the next
   * round trip, not one of its own): a failure of that round trip cannot be told apart from the
   * statements after them, so it fails the transaction (BatchWriteFailed).
   */
  private owed = false;
  /** This transaction releases every savepoint at once (a batch stored again after BatchWriteFailed). */
  private exact = false;
  private exactNext = false;
  /** Round trips to PostgreSQL made by this handle (each a batch of statements). */
  roundTrips = 0;
  /** Inside a transaction: what it has read and written (./pg-reads.ts), the longest span stored. */
  private readonly reads = new TransactionReads();
  /** The block locks the transaction holds (`lockBlocks`). */
  private readonly locks = new HeldLocks();
  private longestSpan: number | undefined = undefined;
  private depth = 0;
  private writes = 0;
  /** The database's snapshot when `revision()` last looked. */
  private snapshot: unknown = undefined;
  private readonly claimsCache = new Map<string, Claim[]>();
  /** An extraction's mentions, kept like its claims (append-only, forgotten with them). */
  private readonly mentionsCache = new Map<string, Mention[]>();
  private readonly versionsCache = new Map<string, string[]>();
  private readonly articleCache = new Map<string, StoredArticle>();
  private readonly incidentCache = new Map<string, { rev: number; incident: Incident }>();

  constructor(url: string, options: PgStoreOptions = {}) {
    this.path = redactUrl(url);
    this.now = options.now ?? (() => new Date().toISOString());
    this.pg = new SyncPg(url);
    try {
      this.migrate();
    } catch (e) {
      this.pg.close();
      throw e;
    }
  }

  putArticle(article: Article, source: string | null): PutArticleResult {
    this.writes++;
    const hash = contentHash(article.text);
    const row$ = (raw: Row | undefined) => (raw === undefined ? null : check(this.path, articleRow, raw));
    return this.transaction(() => {
      // Another writer may take the id between our read and insert: the insert then does nothing
      // and the next round reads the row it stored (locked, as a new version would change it).
      for (let attempt = 0; attempt < 5; attempt++) {
        // An article under an id of its own (the usual case) is read and, were it new, inserted in
        // one round trip: the insert does nothing when the id is stored.
        const first = article.idGiven === false ? null : this.readOrInsert(article, hash, source);
        if (first?.inserted) return first.inserted;
        const { id, known, status } = placeArticle(article, hash, {
          byId: (c) =>
            first?.id === c
              ? first.known
              : row$(this.query(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1 FOR UPDATE`, [c])[0]),
          byHash: (h) =>
            row$(
              this.query(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE hash = $1 ORDER BY seq LIMIT 1`, [
                h,
              ])[0],
            ),
        });
        if (known && status === "unchanged")
          return { article: toArticle(this.path, known), created: false, status };
        const row = newArticleRow(article, {
          id,
          hash,
          source,
          at: this.now(),
          version: (known?.version ?? 0) + 1,
        });
        const values = articleValues(row);
        if (known) {
          // A new version: the current text and its newest claims go to the history first.
          const engineVersion = newest(this.claimVersions(id as ArticleId)) ?? null;
          const claims = engineVersion === null ? [] : this.getClaims(id as ArticleId, engineVersion);
          const mentions = engineVersion === null ? [] : this.getMentions(id as ArticleId, engineVersion);
          const history = versionValues(versionRow(known, { engineVersion, claims, mentions }, this.now()));
          this.query(
            `INSERT INTO article_versions (${VERSION_COLUMNS}) VALUES (${history.map((_, i) => `$${i + 1}`).join(", ")})`,
            history,
          );
          this.query("DELETE FROM claims WHERE article = $1", [id]);
          this.query("DELETE FROM extractions WHERE article = $1", [id]);
          this.query(
            `UPDATE articles SET hash = $2, text = $3, published = $4, outlet = $5, url = $6, title = $7,
               source = $8, ingested_at = $9, facts = $10, version = $11 WHERE id = $1`,
            values,
          );
          this.forgetArticle(id);
          this.reads.articleStored(id as ArticleId);
          return { article: this.remembered(row), created: true, status };
        }
        const [inserted, duplicates] = this.run(insertArticle(row));
        const stored = this.inserted(row, inserted!, duplicates!);
        if (stored) return stored;
      }
      throw new TallyError("T013", withPath("T013", this.path, "other writers kept taking the article's id"));
    });
  }

  /**
   * The article stored under the id it names, locked (null: none), and, when there was none, the
   * article inserted as new; in one round trip.
   */
  private readOrInsert(
    article: Article,
    hash: string,
    source: string | null,
  ): { id: string; known: ReturnType<typeof articleRow.parse> | null; inserted: PutArticleResult | null } {
    const id = articleKey(article, hash);
    const row = newArticleRow(article, { id, hash, source, at: this.now(), version: 1 });
    const [found, inserted, duplicates] = this.run([
      { text: `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1 FOR UPDATE`, values: [id] },
      ...insertArticle(row),
    ]);
    const known = found![0] === undefined ? null : check(this.path, articleRow, found![0]);
    return { id, known, inserted: known ? null : this.inserted(row, inserted!, duplicates!) };
  }

  /** A new article's insert as answered (with the texts it duplicates), or null when another writer took its id. */
  private inserted(row: Row, inserted: Row[], duplicates: Row[]): PutArticleResult | null {
    if (inserted.length === 0) return null;
    const id = String(row.id);
    this.versionsCache.set(id, []);
    this.reads.articleStored(
      id as ArticleId,
      duplicates.map((r) => check(this.path, stringValue, r.id) as ArticleId),
    );
    return { article: this.remembered(row), created: true, status: "new" };
  }

  articleHistory(id: ArticleId): ArticleVersion[] {
    return this.query(`SELECT ${VERSION_COLUMNS} FROM article_versions WHERE article = $1 ORDER BY version`, [
      id,
    ]).map((raw) => toArticleVersion(this.path, raw));
  }

  duplicatesOf(id: ArticleId): ArticleId[] {
    const known = this.depth > 0 ? this.reads.duplicatesOf(id) : undefined;
    if (known) return known;
    return this.query(
      "SELECT id FROM articles WHERE hash = (SELECT hash FROM articles WHERE id = $1) AND id <> $1 ORDER BY seq",
      [id],
    ).map((row) => check(this.path, stringValue, row.id) as ArticleId);
  }

  /** The article just stored, cached as read back (the transaction may roll back: see forget). */
  private remembered(row: Row): StoredArticle {
    const article = toArticle(this.path, row);
    remember(this.articleCache, article.id, article);
    return { ...article };
  }

  /** Drops what is cached of an article whose text changed. */
  private forgetArticle(id: string): void {
    this.articleCache.delete(id);
    this.versionsCache.delete(id);
    for (const cache of [this.claimsCache, this.mentionsCache])
      for (const key of cache.keys()) if (key.startsWith(`${id}\u0000`)) cache.delete(key);
  }

  getArticle(id: ArticleId): StoredArticle | null {
    const cached = this.articleCache.get(id);
    if (cached) return { ...cached };
    const row = this.query(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`, [id])[0];
    if (row === undefined) return null;
    const article = toArticle(this.path, row);
    remember(this.articleCache, id, article);
    return { ...article };
  }

  /** Those not cached in one round trip. */
  getArticles(ids: readonly ArticleId[]): (StoredArticle | null)[] {
    const found = new Map<string, StoredArticle>();
    for (const id of ids) {
      const cached = this.articleCache.get(id);
      if (cached) found.set(id, cached);
    }
    const wanted = [...new Set(ids.filter((id) => !found.has(id)))];
    if (wanted.length > 0)
      for (const row of this.query(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ANY($1::text[])`, [
        toTextArray(wanted),
      ])) {
        const article = toArticle(this.path, row);
        remember(this.articleCache, article.id, article);
        found.set(article.id, article);
      }
    return ids.map((id) => {
      const article = found.get(id);
      return article ? { ...article } : null;
    });
  }

  listArticles(opts: { limit?: number; offset?: number } = {}): StoredArticle[] {
    return this.query(`SELECT ${ARTICLE_COLUMNS} FROM articles ORDER BY seq LIMIT $1 OFFSET $2`, [
      opts.limit ?? null,
      opts.offset ?? 0,
    ]).map((row) => toArticle(this.path, row));
  }

  putClaims(article: ArticleId, engineVersion: string, claims: Claim[], mentions: Mention[] = []): void {
    this.writes++;
    // An article this handle has just stored has no other claims: what it writes is what it would
    // read back (the same checked rows); otherwise the next read asks the database.
    const versions = this.versionsCache.get(article);
    const fresh = versions !== undefined && versions.length === 0;
    this.versionsCache.delete(article);
    if (this.depth > 0) this.reads.claimsStored(article);
    const rows = claims.map((claim, position) => ({
      claim_id: claim.id,
      position,
      body: JSON.stringify(claim),
    }));
    // Append-only: a version's claims are written once (the extraction row decides, in one statement).
    this.write(
      `WITH e AS (
         INSERT INTO extractions (article, engine_version, claim_count, created_at, mentions)
         VALUES ($1, $2, $3, $4, $6)
         ON CONFLICT DO NOTHING RETURNING article)
       INSERT INTO claims (article, engine_version, claim_id, position, body)
       SELECT $1, $2, c.claim_id, c.position, c.body
       FROM e, jsonb_to_recordset($5::jsonb) AS c(claim_id text, position integer, body text)
       ON CONFLICT DO NOTHING`,
      [article, engineVersion, claims.length, this.now(), JSON.stringify(rows), JSON.stringify(mentions)],
    );
    if (fresh) {
      this.versionsCache.set(article, [engineVersion]);
      const read = rows.map((row) => check(this.path, claimBody, json(this.path, row.body)));
      remember(this.claimsCache, `${article}\u0000${engineVersion}`, read);
      const said = check(this.path, mentionsJson, json(this.path, JSON.stringify(mentions)));
      remember(this.mentionsCache, `${article}\u0000${engineVersion}`, said);
    }
  }

  getMentions(article: ArticleId, engineVersion?: string): Mention[] {
    const version = engineVersion ?? newest(this.claimVersions(article));
    if (version === undefined) return [];
    const key = `${article}\u0000${version}`;
    let mentions = this.mentionsCache.get(key);
    if (!mentions) {
      const body = this.query("SELECT mentions FROM extractions WHERE article = $1 AND engine_version = $2", [
        article,
        version,
      ])[0]?.mentions;
      mentions = body == null ? [] : check(this.path, mentionsJson, json(this.path, body));
      remember(this.mentionsCache, key, mentions);
    }
    return [...mentions];
  }

  getClaims(article: ArticleId, engineVersion?: string): Claim[] {
    const version = engineVersion ?? newest(this.claimVersions(article));
    if (version === undefined) return [];
    const key = `${article}\u0000${version}`;
    let claims = this.claimsCache.get(key);
    if (!claims) {
      claims = this.query(
        "SELECT body FROM claims WHERE article = $1 AND engine_version = $2 ORDER BY position",
        [article, version],
      ).map((row) => check(this.path, claimBody, json(this.path, row.body)));
      remember(this.claimsCache, key, claims);
    }
    return [...claims];
  }

  claimVersions(article: ArticleId): string[] {
    let versions = this.versionsCache.get(article);
    if (!versions) {
      versions = this.query("SELECT engine_version FROM extractions WHERE article = $1 ORDER BY seq", [
        article,
      ]).map((row) => check(this.path, stringValue, row.engine_version));
      remember(this.versionsCache, article, versions);
    }
    return [...versions];
  }

  counts(): StoreCounts {
    const row = check(
      this.path,
      countsRow,
      this.query(
        `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM extractions) AS extractions,
           (SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM incidents) AS incidents,
           (SELECT count(*) FROM incident_articles) AS links`,
      )[0],
    );
    return { ...row };
  }

  putIncident(incident: Incident): void {
    this.writes++;
    const span = spanDays(incident.start, incident.end);
    if (this.longestSpan !== undefined) this.longestSpan = Math.max(this.longestSpan, span);
    const body = JSON.stringify(incident);
    if (this.depth > 0) this.reads.incidentChanged(incident.id, { incident, body });
    this.write(
      `INSERT INTO incidents (id, start_date, end_date, country, iso, body, updated_at, rev, span_days)
       VALUES ($1, $2, $3, $4, $5, $6, $7, nextval('incident_revisions'), $8)
       ON CONFLICT (id) DO UPDATE SET start_date = excluded.start_date, end_date = excluded.end_date,
         country = excluded.country, iso = excluded.iso, body = excluded.body,
         updated_at = excluded.updated_at, rev = excluded.rev, span_days = excluded.span_days`,
      [
        incident.id,
        incident.start,
        incident.end,
        incident.location?.country ?? null,
        incident.location?.iso ?? null,
        body,
        this.now(),
        span,
      ],
    );
  }

  getIncident(id: IncidentId): Incident | null {
    // As this transaction wrote it, else one round trip: the body only when the cached revision is not the stored one.
    // In a transaction, as read in it before (its blocks are locked).
    const written = this.depth > 0 ? this.writtenIncident(id) : undefined;
    if (written !== undefined) return written;
    const seen = this.depth > 0 ? this.reads.seenIncident(id) : undefined;
    if (seen !== undefined) return seen;
    const cached = this.incidentCache.get(id);
    const row = this.query(
      "SELECT id, rev, CASE WHEN rev = $2 THEN NULL ELSE body END AS body FROM incidents WHERE id = $1",
      [id, cached?.rev ?? -1],
    )[0];
    const incident = row === undefined ? null : (this.incidents([row])[0] ?? null);
    if (this.depth > 0) this.reads.setSeen(id, incident);
    return incident;
  }

  /** Those not written or read in the transaction in one round trip. */
  getIncidents(ids: readonly IncidentId[]): (Incident | null)[] {
    const known = (id: IncidentId): Incident | null | undefined => {
      if (this.depth === 0) return undefined;
      const written = this.writtenIncident(id);
      return written !== undefined ? written : this.reads.seenIncident(id);
    };
    const wanted = [...new Set(ids.filter((id) => known(id) === undefined))];
    const found = new Map<string, Incident>();
    if (wanted.length > 0) {
      // (revisions are one sequence's: a cached one is that incident's)
      const cachedRevs = wanted.flatMap((id) => this.incidentCache.get(id)?.rev ?? []);
      const rows = this.query(
        `SELECT id, rev, CASE WHEN rev = ANY($2::bigint[]) THEN NULL ELSE body END AS body
         FROM incidents WHERE id = ANY($1::text[])`,
        [toTextArray(wanted), `{${cachedRevs.join(",")}}`],
      );
      for (const [id, incident] of this.incidentsById(rows)) found.set(id, incident);
      if (this.depth > 0) for (const id of wanted) if (!found.has(id)) this.reads.setSeen(id, null);
    }
    return ids.map((id) => found.get(id) ?? known(id) ?? null);
  }

  /** As in SQLite: by date window (from the longest span stored before `from`) and country. */
  listIncidents(filter: IncidentFilter = {}): Incident[] {
    const where: string[] = [];
    const values: SqlValue[] = [];
    const param = (v: SqlValue) => {
      values.push(v);
      return `$${values.length}`;
    };
    const overlap: string[] = [];
    if (filter.from) {
      const longest = this.longest();
      overlap.push(
        `coalesce(start_date, end_date) >= ${param(addDays(filter.from, -longest))}`,
        `coalesce(end_date, start_date) >= ${param(filter.from)}`,
      );
    }
    if (filter.to) overlap.push(`coalesce(start_date, end_date) <= ${param(filter.to)}`);
    if (overlap.length > 0)
      where.push(`(coalesce(start_date, end_date) IS NULL OR (${overlap.join(" AND ")}))`);
    if (filter.country) {
      const country = param(filter.country.toLowerCase());
      where.push(`(lower(country) = ${country} OR lower(iso) = ${country})`);
    }
    const rows = this.query(
      `SELECT id, rev FROM incidents ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
       ORDER BY coalesce(start_date, ''), id LIMIT ${param(filter.limit ?? null)} OFFSET ${param(filter.offset ?? 0)}`,
      values,
    );
    return this.incidents(rows);
  }

  deleteIncident(id: IncidentId): void {
    this.writes++;
    if (this.depth > 0) this.reads.incidentChanged(id, null);
    this.write("DELETE FROM incident_articles WHERE incident = $1", [id]);
    this.write("DELETE FROM incidents WHERE id = $1", [id]);
  }

  putLink(link: Link): void {
    this.writes++;
    this.reads.linkChanged(link.incident, link.article, link);
    this.write(
      `INSERT INTO incident_articles (incident, article, score, reasons, linked_by, linked_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (incident, article) DO UPDATE SET score = excluded.score, reasons = excluded.reasons,
         linked_by = excluded.linked_by, linked_at = excluded.linked_at`,
      [link.incident, link.article, link.score, JSON.stringify(link.reasons), link.by, this.now()],
    );
  }

  /**
   * In a transaction, kept (and updated with its own link writes); a miss reads those of every
   * incident read in the transaction and not asked for yet too (linking asks for each in turn).
   */
  linksOf(incident: IncidentId): Link[] {
    if (this.depth === 0) return this.readLinks([incident]).get(incident)!;
    const known = this.reads.linksOf(incident);
    if (known) return known;
    const ids = [incident, ...this.reads.unknownLinks(BATCH_READ_MAX).filter((i) => i !== incident)];
    const found = this.readLinks(ids);
    for (const [id, links] of found) this.reads.setLinks(id, links);
    return found.get(incident)!;
  }

  /** Each incident's links, in the order they were made: one round trip. */
  private readLinks(incidents: readonly IncidentId[]): Map<IncidentId, Link[]> {
    const rows = this.query(
      `SELECT incident, article, score, reasons, linked_by FROM incident_articles
       WHERE incident = ANY($1::text[]) ORDER BY incident, seq`,
      [toTextArray(incidents)],
    );
    const out = new Map<IncidentId, Link[]>(incidents.map((id) => [id, []]));
    for (const raw of rows) {
      const link = toLink(this.path, raw);
      out.get(link.incident)?.push(link);
    }
    return out;
  }

  deleteLink(incident: IncidentId, article: ArticleId): void {
    this.writes++;
    this.reads.linkChanged(incident, article, null);
    this.write("DELETE FROM incident_articles WHERE incident = $1 AND article = $2", [incident, article]);
  }

  /**
   * In a transaction, kept until a write changes the answer; a miss reads those of every article
   * stored in the transaction and not read yet too (a batch's linking asks for each in turn).
   */
  incidentsOf(article: ArticleId): IncidentId[] {
    if (this.depth === 0) return this.readIncidentsOf([article]).get(article)!;
    const cached = this.reads.incidentsOf(article);
    if (cached) return cached;
    const others = this.reads.unknownStored(BATCH_READ_MAX).filter((a) => a !== article);
    const found = this.readIncidentsOf([article, ...others]);
    for (const [a, ids] of found) this.reads.setIncidentsOf(a, ids);
    return found.get(article)!;
  }

  /** Each article's incidents (those that hold it), in the order it was linked to them: one round trip, two when bodies are missing. */
  private readIncidentsOf(articles: readonly ArticleId[]): Map<ArticleId, IncidentId[]> {
    const rows = this.query(
      `SELECT l.article, i.id, i.rev FROM incident_articles l JOIN incidents i ON i.id = l.incident
       WHERE l.article = ANY($1::text[]) ORDER BY l.article, l.linked_at, l.incident`,
      [toTextArray(articles)],
    );
    const byId = this.incidentsById(rows);
    const out = new Map<ArticleId, IncidentId[]>(articles.map((a) => [a, []]));
    for (const row of rows) {
      const article = check(this.path, stringValue, row.article) as ArticleId;
      const incident = byId.get(String(row.id));
      if (incident?.articles.includes(article)) out.get(article)?.push(incident.id);
    }
    return out;
  }

  /**
   * The snapshot of transactions (it moves whenever any writer starts or ends a transaction that
   * writes) and this handle's own writes, which its open transaction may not have committed.
   */
  revision(): string {
    const row = this.query("SELECT pg_current_snapshot()::text AS s")[0]!;
    // Another writer may have stored a new version of an article: what is cached of articles is
    // read again once the database has moved on (incidents are checked by their revision anyway).
    if (row.s !== this.snapshot) {
      this.snapshot = row.s;
      this.articleCache.clear();
      this.versionsCache.clear();
      this.claimsCache.clear();
      this.mentionsCache.clear();
    }
    return `${String(row.s)}.${this.writes}`;
  }

  addCorrection(incident: IncidentId, action: CorrectionAction): Correction {
    this.writes++;
    const at = this.now();
    const row = this.query(
      "INSERT INTO corrections (at, incident, kind, body) VALUES ($1, $2, $3, $4) RETURNING seq",
      [at, incident, action.kind, JSON.stringify(action)],
    )[0]!;
    return { seq: check(this.path, countValue, row.seq), at, incident, action };
  }

  listCorrections(): Correction[] {
    return this.query("SELECT seq, at, incident, kind, body FROM corrections ORDER BY seq").map((raw) =>
      toCorrection(this.path, raw),
    );
  }

  addChange(change: Omit<Change, "seq" | "at">): Change {
    this.writes++;
    const at = this.now();
    const row = this.query(`${INSERT_CHANGE} RETURNING seq`, changeValues(change, at))[0]!;
    return { ...change, seq: check(this.path, countValue, row.seq), at };
  }

  /** In a transaction, sent with the next round trip (its sequence number is the database's as ever). */
  recordChange(change: Omit<Change, "seq" | "at">): void {
    this.writes++;
    this.write(INSERT_CHANGE, changeValues(change, this.now()));
  }

  listChanges(filter: ChangeFilter = {}): Change[] {
    const where: string[] = [];
    const values: SqlValue[] = [];
    const add = (clause: string, value: string | number | undefined) => {
      if (value === undefined) return;
      values.push(value);
      where.push(`${clause} $${values.length}`);
    };
    add("at >=", filter.since);
    add("seq >", filter.after);
    add("incident =", filter.incident);
    values.push(filter.limit ?? null);
    const rows = this.query(
      `SELECT seq, at, incident, article, body FROM changes${where.length ? ` WHERE ${where.join(" AND ")}` : ""}
       ORDER BY seq LIMIT $${values.length}`,
      values,
    );
    return rows.map((raw) => toChange(this.path, raw));
  }

  /** One round trip for all of them. */
  linkFeatures(articles: readonly ArticleId[]): Map<ArticleId, StoredFeatures> {
    const out = new Map<ArticleId, StoredFeatures>();
    if (articles.length === 0) return out;
    for (const raw of this.query(
      `SELECT article, key, body, iso, day FROM link_features
       WHERE article IN (SELECT json_array_elements_text($1::json))`,
      [JSON.stringify(articles)],
    )) {
      const row = check(this.path, featuresRow, raw);
      out.set(row.article as ArticleId, { key: row.key, body: row.body, iso: row.iso, day: row.day });
    }
    return out;
  }

  /** Not a change anyone reads (the revision stays): what the linker read, kept to be read again. */
  putLinkFeatures(article: ArticleId, features: StoredFeatures): void {
    if (this.depth > 0) this.reads.featuresChanged();
    this.write(
      `INSERT INTO link_features (article, key, body, iso, day) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (article) DO UPDATE
         SET key = excluded.key, body = excluded.body, iso = excluded.iso, day = excluded.day`,
      [article, features.key, features.body, features.iso, features.day],
    );
  }

  unindexedArticles(): ArticleId[] {
    return this.query(
      `SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM link_features f WHERE f.article = a.id)
       ORDER BY seq`,
    ).map((row) => check(this.path, stringValue, row.id) as ArticleId);
  }

  linkIndexComplete(): boolean {
    return this.query("SELECT 1 AS one FROM store_state WHERE name = 'link-index-complete'").length > 0;
  }

  markLinkIndexComplete(): void {
    this.write(
      "INSERT INTO store_state (name, value) VALUES ('link-index-complete', 'linker') ON CONFLICT (name) DO NOTHING",
      [],
    );
  }

  /**
   * One round trip; ordered as SQLite orders them (undated last, then article in byte order). A
   * country is asked as `iso = $n` or `iso IS NULL` (not IS NOT DISTINCT FROM, which no index
   * answers), so that the (iso, day) index finds one country's days. In a transaction, a range
   * within one read before is answered from it.
   */
  linkKeys(query: LinkKeyQuery): LinkKey[] {
    const known = this.depth > 0 ? this.reads.linkKeys(query) : undefined;
    if (known) return known;
    const keys = this.readLinkKeys(query);
    if (this.depth > 0) this.reads.setLinkKeys(query, keys);
    return keys;
  }

  private readLinkKeys(query: LinkKeyQuery): LinkKey[] {
    const dated = "from" in query;
    const params: (string | null)[] = dated ? [query.from, query.to] : [];
    const where: string[] = dated ? ["day BETWEEN $1 AND $2"] : [];
    if (query.iso === null) where.push("iso IS NULL");
    else if (query.iso !== undefined) where.push(`iso = $${params.push(query.iso)}`);
    if (!dated && query.undated) where.push("day IS NULL");
    const rows = this.query(
      `SELECT article, iso, day FROM link_features WHERE ${where.join(" AND ")}
       ORDER BY ${dated ? "" : "day IS NULL, "}day, article`,
      params,
    );
    return rows.map((raw) => {
      const row = check(this.path, linkKeyRow, raw);
      return { article: row.article as ArticleId, iso: row.iso, day: row.day };
    });
  }

  /** In a transaction, a miss reads the watches of the incidents it wrote too (a batch watches them next). */
  getWatch(incident: IncidentId): WatchSnapshot | null {
    if (this.depth === 0) {
      const row = this.query("SELECT snapshot FROM incident_watch WHERE incident = $1", [incident])[0];
      return row === undefined ? null : toWatch(this.path, row.snapshot);
    }
    let known = this.reads.watch(incident);
    if (known === undefined) {
      const ids = [incident, ...this.reads.unknownWatches(BATCH_READ_MAX).filter((i) => i !== incident)];
      const rows = this.query(
        "SELECT incident, snapshot FROM incident_watch WHERE incident = ANY($1::text[])",
        [toTextArray(ids)],
      );
      for (const id of ids) this.reads.setWatch(id, null);
      for (const row of rows)
        this.reads.setWatch(check(this.path, stringValue, row.incident) as IncidentId, String(row.snapshot));
      known = this.reads.watch(incident)!;
    }
    return known === null ? null : toWatch(this.path, known);
  }

  putWatch(incident: IncidentId, snapshot: WatchSnapshot | null): void {
    const body = snapshot === null ? null : JSON.stringify(snapshot);
    if (this.depth > 0) this.reads.setWatch(incident, body);
    if (body === null) this.write("DELETE FROM incident_watch WHERE incident = $1", [incident]);
    else
      this.write(
        `INSERT INTO incident_watch (incident, snapshot) VALUES ($1, $2)
         ON CONFLICT (incident) DO UPDATE SET snapshot = excluded.snapshot`,
        [incident, body],
      );
  }

  /**
   * Until the transaction ends, no other writer links these blocks (keys named by the linker);
   * "*" is every block, taken by a linking that cannot name its blocks. Called in a transaction.
   * A key held already is not taken again; one that comes before a key held is only tried
   * (./block-locks.ts), and T013 if another writer holds it.
   */
  lockBlocks(keys: readonly string[]): void {
    if (this.depth === 0) throw new Error("lockBlocks: call it inside store.transaction()");
    // Advisory locks are the database's: the schema is part of the key, so stores in two schemas
    // of one database never wait on each other.
    for (const step of this.locks.plan(keys, this.depth)) {
      const fn = `pg_${step.wait ? "" : "try_"}advisory_xact_lock${step.mode === "shared" ? "_shared" : ""}`;
      const lock: Statement = {
        text: `SELECT ${fn}($1, hashtext(current_schema() || ':' || $2)) AS got`,
        values: [LOCK_SPACE, step.key],
      };
      // Waited for with the next round trip, in order; a try is answered now.
      if (step.wait) this.pending.push(lock);
      else if (this.run([lock]).at(-1)![0]!.got !== true) {
        const detail = `another writer is linking block ${step.key}, which this linking reached after later blocks it holds (it waits for blocks only in their order, so that two writers never wait on each other); its batch is rolled back, nothing of it stored: store it again`;
        throw new TallyError("T013", withPath("T013", this.path, detail));
      }
    }
  }

  /** All of `fn` or none of it; nests as savepoints. */
  transaction<T>(fn: () => T): T {
    // Writes of the enclosing level go before the savepoint opens, so that a failure of one is
    // that level's, never rolled back as the savepoint's.
    if (this.depth > 0 && this.pendingWrites > 0) this.run([]);
    const level = ++this.depth;
    if (level === 1) {
      this.exact = this.exactNext;
      this.exactNext = false;
    }
    const opener: Statement = { text: level === 1 ? "BEGIN" : `SAVEPOINT s${level}` };
    this.pending.push(opener);
    let result: T;
    try {
      result = fn();
    } catch (e) {
      this.depth--;
      this.rollback(level, opener);
      throw e;
    }
    this.depth--;
    if (level === 1) {
      this.endOfTransaction();
      this.locks.clear();
    }
    // A transaction that sent nothing needs no commit.
    if (this.pending.at(-1) === opener) {
      this.pending.pop();
    } else if (level > 1 && this.pendingWrites === 0) {
      // A savepoint whose statements have all been answered cannot fail now: released with the next round trip.
      this.pending.push({ text: `RELEASE SAVEPOINT s${level}` });
    } else if (level === 2 && !this.exact) {
      // An item of a batch (an article in its savepoint): its writes and release go with the next
      // round trip too, which saves one an item. Should they fail there, the failure is no longer
      // this item's alone to roll back: the transaction fails, and stored again it is exact.
      this.pending.push({ text: `RELEASE SAVEPOINT s${level}` });
      this.pendingWrites = 0;
      this.owed = true;
    } else {
      try {
        this.run([{ text: level === 1 ? "COMMIT" : `RELEASE SAVEPOINT s${level}` }]);
      } catch (e) {
        // A write sent with the commit failed (the transaction is still open, failed) or the commit did.
        this.rollback(level, opener);
        throw e;
      }
    }
    // A released savepoint's block locks are its parent's until the transaction ends.
    if (level > 1) this.locks.released(level);
    return result;
  }

  close(): void {
    this.pg.close();
  }

  // --- internals ------------------------------------------------------------------------------

  private rollback(level: number, opener: Statement): void {
    this.forget();
    this.locks.dropFrom(level);
    const at = this.pending.indexOf(opener);
    if (at >= 0) {
      // Nothing of it reached the server.
      this.pending.splice(at);
      // (the enclosing level's writes were sent before the savepoint opened)
      this.pendingWrites = 0;
      return;
    }
    // Its writes not yet sent go with it (and any owed before it: the transaction is failing).
    this.pending = [];
    this.pendingWrites = 0;
    this.owed = false;
    try {
      this.run(
        level === 1
          ? [{ text: "ROLLBACK" }]
          : [{ text: `ROLLBACK TO SAVEPOINT s${level}` }, { text: `RELEASE SAVEPOINT s${level}` }],
      );
    } catch {
      // The connection is gone: the server has rolled back the transaction itself.
    }
  }

  /** What was read in a transaction that rolled back may not be stored. */
  private forget(): void {
    this.endOfTransaction();
    this.claimsCache.clear();
    this.mentionsCache.clear();
    this.incidentCache.clear();
    this.articleCache.clear();
    this.versionsCache.clear();
  }

  /**
   * Incidents by (id, rev) rows (with `body` when the query read it): each body parsed once per
   * revision and frozen; missing bodies fetched in one round trip.
   */
  private incidents(rows: Row[]): Incident[] {
    const found = this.incidentsById(rows);
    // An incident deleted between the two reads is left out.
    return rows.flatMap((row) => found.get(String(row.id)) ?? []);
  }

  private incidentsById(rows: Row[]): Map<string, Incident> {
    const found = new Map<string, Incident>();
    const wanted: string[] = [];
    for (const row of rows) {
      const id = check(this.path, stringValue, row.id);
      const rev = check(this.path, countValue, row.rev);
      const written = this.depth > 0 ? this.writtenIncident(id as IncidentId) : undefined;
      if (written) {
        found.set(id, written);
        continue;
      }
      const hit = this.incidentCache.get(id);
      if (hit?.rev === rev) found.set(id, hit.incident);
      else if (typeof row.body === "string") found.set(id, this.parseIncident(id, rev, row.body));
      else wanted.push(id);
    }
    if (wanted.length > 0) {
      const bodies = this.query("SELECT id, rev, body FROM incidents WHERE id = ANY($1::text[])", [
        toTextArray(wanted),
      ]);
      for (const row of bodies) {
        const id = String(row.id);
        found.set(id, this.parseIncident(id, check(this.path, countValue, row.rev), row.body));
      }
    }
    if (this.depth > 0) for (const [id, incident] of found) this.reads.setSeen(id as IncidentId, incident);
    return found;
  }

  /** The incident as this transaction wrote it (null: deleted; undefined: not written in it). */
  private writtenIncident(id: IncidentId): Incident | null | undefined {
    return this.reads.writtenIncident(id, (body) => deepFreeze(toIncident(this.path, body)));
  }

  private parseIncident(id: string, rev: number, body: unknown): Incident {
    const incident = deepFreeze(toIncident(this.path, body));
    remember(this.incidentCache, id, { rev, incident }, INCIDENT_CACHE_MAX);
    return incident;
  }

  private query(text: string, values: readonly SqlValue[] = []): Row[] {
    return this.run([{ text, values }]).at(-1)!;
  }

  /**
   * A write whose answer nothing reads: inside a transaction it goes with the next round trip
   * (at the latest the savepoint's release or the commit); outside one, at once. The caller tells
   * `reads` what the write changes.
   */
  private write(text: string, values: readonly SqlValue[]): void {
    if (this.depth === 0) {
      this.query(text, values);
      return;
    }
    this.pending.push({ text, values });
    this.pendingWrites++;
  }

  /** The longest span of a stored incident (days), read once a transaction. */
  private longest(): number {
    if (this.longestSpan !== undefined) return this.longestSpan;
    const n = check(
      this.path,
      countValue,
      this.query("SELECT coalesce(max(span_days), 0) AS n FROM incidents")[0]!.n,
    );
    if (this.depth > 0) this.longestSpan = n;
    return n;
  }

  /** What is read once a transaction is read again in the next. */
  private endOfTransaction(): void {
    this.reads.clear();
    this.longestSpan = undefined;
  }

  /** Sends the statements (after any pending opener) in one round trip; each one's rows. */
  private run(batch: Statement[]): Row[][] {
    const pending = this.pending;
    const owed = this.owed;
    this.pending = [];
    this.pendingWrites = 0;
    this.owed = false;
    this.roundTrips++;
    try {
      return this.pg.run([...pending, ...batch]).slice(pending.length);
    } catch (e) {
      const error = asTallyError(this.path, e);
      // (a lock or connection failure fails the whole transaction anyway, named as it is)
      if (!owed || error instanceof TallyError) throw error;
      this.exactNext = true;
      throw new BatchWriteFailed(error instanceof Error ? error.message : String(error));
    }
  }

  private migrate(): void {
    const tables = this.query(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()",
    ).map((r) => String(r.name));
    const applied = () =>
      check(this.path, countValue, this.query("SELECT coalesce(max(version), 0) AS v FROM migrations")[0]!.v);
    const current = tables.includes("migrations") ? applied() : 0;
    if (current === 0 && tables.length > 0) {
      const detail = `it has tables (${tables.slice(0, 3).join(", ")}) but no Tally migrations`;
      throw new TallyError("T014", withPath("T014", this.path, detail));
    }
    if (current > SCHEMA_VERSION) {
      const detail = `its schema is version ${current}; this Tally knows up to ${SCHEMA_VERSION}`;
      throw new TallyError("T012", withPath("T012", this.path, detail));
    }
    if (current === SCHEMA_VERSION) return;
    this.transaction(() => {
      // One migrating process at a time; another may have finished while this one waited.
      this.run([
        { text: "SELECT pg_advisory_xact_lock($1, 0)", values: [LOCK_SPACE] },
        {
          text: "CREATE TABLE IF NOT EXISTS migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)",
        },
      ]);
      const done = applied();
      for (const m of MIGRATIONS) {
        if (m.version <= done) continue;
        this.run([
          ...m.pg.map((text) => ({ text })),
          {
            text: "INSERT INTO migrations (version, name, applied_at) VALUES ($1, $2, $3)",
            values: [m.version, m.name, this.now()],
          },
        ]);
      }
    });
  }
}

/** A new article's insert (nothing when its id is stored) and the texts it duplicates (ingest asks for them next). */
function insertArticle(row: ReturnType<typeof newArticleRow>): Statement[] {
  return [
    {
      text: `INSERT INTO articles (${ARTICLE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
             ON CONFLICT DO NOTHING RETURNING id`,
      values: articleValues(row),
    },
    { text: "SELECT id FROM articles WHERE hash = $1 AND id <> $2 ORDER BY seq", values: [row.hash, row.id] },
  ];
}

function articleValues(row: ReturnType<typeof newArticleRow>): SqlValue[] {
  return [
    row.id,
    row.hash,
    row.text,
    row.published,
    row.outlet,
    row.url,
    row.title,
    row.source,
    row.ingested_at,
    row.facts,
    row.version,
  ];
}

const INSERT_CHANGE = "INSERT INTO changes (at, incident, article, body) VALUES ($1, $2, $3, $4)";

function changeValues(change: Omit<Change, "seq" | "at">, at: string): SqlValue[] {
  return [at, change.incident, change.article, JSON.stringify({ title: change.title, items: change.items })];
}

/** Whole days from `start` to `end` (as SQLite's julianday gives for two days), 0 when either is not a day. */
function spanDays(start: string | null, end: string | null): number {
  const day = (d: string | null) => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? Date.parse(`${d}T00:00:00Z`) : NaN);
  const span = Math.abs(day(end) - day(start)) / 86_400_000;
  return Number.isFinite(span) ? Math.trunc(span) : 0;
}

/** A PostgreSQL array literal of texts (sent as one parameter). */
function toTextArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
}

/** A failure of PostgreSQL or of the connection as a TallyError with its catalogue code. */
export function asTallyError(path: string, e: unknown): unknown {
  if (!(e instanceof PgError)) return e;
  const code = e.code ?? "";
  // Deadlock, lock not available, serialization failure: another writer held what was needed.
  if (/^(40P01|55P03|40001)$/.test(code)) return new TallyError("T013", withPath("T013", path, e.message));
  // Cannot connect, log in, find the database, or write (connection, auth, privileges, disk, read-only).
  if (/^(08|28|3D|53|57|58)|^(25006|42501)$|^E[A-Z]+$/.test(code) || /connect|terminat/i.test(e.message))
    return new TallyError("T016", withPath("T016", path, e.message));
  return e;
}
