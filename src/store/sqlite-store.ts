// The Store (./store.ts) on SQLite through better-sqlite3 12: one file (`./tally.db` by default),
// WAL journal, foreign keys, forward-only migrations (./migrations.ts), statements prepared once.
// Rows read back are checked with zod (./rows.ts). Every failure of the database itself becomes a
// TallyError with a catalogue code and a message that says what to do, never a stack trace:
//   T012  written by a newer Tally (refused before anything is written)
//   T013  locked by another process past the busy timeout
//   T014  corrupt, not a database, or not Tally's
//   T016  cannot be opened or written (permissions, missing folder, full disk, read-only)
import Database from "better-sqlite3";
import { TallyError } from "../core/errors.js";
import type { Article, Claim, Mention } from "../core/model.js";
import { INCIDENT_CACHE_MAX, remember } from "./cache.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./migrations.js";
import { ChangeTables } from "./sqlite-changes.js";
import { articleRow, claimBody, featuresRow, mentionsJson, linkKeyRow, type ArticleRow } from "./rows.js";
import {
  addDays,
  articleOf,
  check,
  countsRow,
  countValue,
  deepFreeze,
  incidentRow,
  json,
  newest,
  stringValue,
  toArticle,
  toArticleVersion,
  toCorrection,
  newArticleRow,
  toLink,
  toIncident,
  withPath,
} from "./read-rows.js";
import {
  DEFAULT_DB,
  type ArticleId,
  type Incident,
  type IncidentFilter,
  type IncidentId,
  type Change,
  type ChangeFilter,
  type Correction,
  type CorrectionAction,
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
  placeArticle,
  VERSION_COLUMNS,
  versionRow,
  versionValues,
  type ArticleVersion,
  type PutArticleResult,
} from "./identity.js";
import { contentHash } from "./versions.js";
import { WriteMemo } from "./write-memo.js";

export { DEFAULT_DB };

export interface SqliteStoreOptions {
  /** How long to wait for another process's write lock before giving up with T013 (ms). */
  busyTimeout?: number;
  /** The clock read for `ingestedAt` and link times (fixed in tests). */
  now?: () => string;
  /** Open without writing: no migrations, no journal-mode change. */
  readonly?: boolean;
  /**
   * "normal" (default): WAL with synchronous=NORMAL, safe when the process dies (kill -9), may
   * lose the last commits when the OS crashes or power fails. "full": synchronous=FULL, each
   * commit synced to disk; safe against those too, at the cost measured in the README.
   */
  durability?: Durability;
}

export type Durability = "normal" | "full";

type Db = Database.Database;
type Statement = Database.Statement;

/** Opens (creating when missing) the database at `path` and brings its schema up to date. */
export function openSqliteStore(path: string = DEFAULT_DB, options: SqliteStoreOptions = {}): SqliteStore {
  return new SqliteStore(path, options);
}

export class SqliteStore implements Store {
  private readonly db: Db;
  private readonly now: () => string;
  private readonly stmt: ReturnType<typeof prepare>;
  /** The change log's statements, prepared on first use. */
  private changeTables: ChangeTables | null = null;
  private readonly filtered = new Map<string, Statement>();
  /** Parsed claims by article and engine version (immutable once written). */
  private readonly claimsCache = new Map<string, Claim[]>();
  /** Engine versions that read each article (a new version forgets the entry). */
  private readonly versionsCache = new Map<string, string[]>();
  /** Parsed articles by id. */
  private readonly articleCache = new Map<string, StoredArticle>();
  /** The linker's features this handle wrote, by article (read back in the same transaction). */
  private readonly featuresCache = new Map<string, StoredFeatures>();
  /** Parsed incidents by id, with the revision they were read at. */
  private readonly incidentCache = new Map<string, { rev: number; incident: Incident }>();
  /** What this handle read while it holds the write lock, until its transaction ends. */
  private readonly memo = new WriteMemo();
  /** Writes by this handle (SQLite's data_version counts only other connections' commits). */
  private writes = 0;
  /** SQLite's data_version when the caches of articles and claims were last known good. */
  private dataVersion: unknown = undefined;

  constructor(
    readonly path: string,
    options: SqliteStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date().toISOString());
    this.db = guard(
      path,
      () =>
        new Database(path, {
          timeout: options.busyTimeout ?? 5000,
          readonly: options.readonly ?? false,
          fileMustExist: options.readonly ?? false,
        }),
    );
    try {
      guard(path, () => migrate(this.db, path, this.now, options.readonly ?? false));
      if (!options.readonly) {
        this.db.pragma(`synchronous = ${options.durability === "full" ? "FULL" : "NORMAL"}`);
        // A savepoint keeps the pages it changes in a statement journal, a temporary file once
        // past 64 KiB (better-sqlite3 builds SQLite with TEMP_STORE=1): ingest's savepoints wrote
        // it ~46,000 times a 1,000 reports (strace: pwrite64 63,788 -> 17,426), all thrown away at
        // the commit. In memory it is a few MB a batch.
        this.db.pragma("temp_store = MEMORY");
      }
      this.stmt = guard(path, () => prepare(this.db));
    } catch (e) {
      this.db.close();
      throw e;
    }
  }

  putArticle(article: Article, source: string | null): PutArticleResult {
    this.writes++;
    const hash = contentHash(article.text);
    const row$ = (raw: unknown) => (raw === undefined ? null : check(this.path, articleRow, raw));
    return this.write(() => {
      const { id, known, status } = placeArticle(article, hash, {
        byId: (c) => row$(this.stmt.articleById.get(c)),
        byHash: (h) => row$(this.stmt.articleByHash.get(h)),
      });
      if (known && status === "unchanged")
        return { article: toArticle(this.path, known), created: false, status };
      const version = (known?.version ?? 0) + 1;
      const row = newArticleRow(article, { id, hash, source, at: this.now(), version });
      if (known) {
        // A new version: the current text and its newest claims go to the history, then the row
        // takes the new text and the article is read afresh.
        const engineVersion = newest(this.claimVersions(id as ArticleId)) ?? null;
        const claims = engineVersion === null ? [] : this.getClaims(id as ArticleId, engineVersion);
        const mentions = engineVersion === null ? [] : this.getMentions(id as ArticleId, engineVersion);
        this.stmt.insertVersion.run(
          ...versionValues(versionRow(known, { engineVersion, claims, mentions }, this.now())),
        );
        this.stmt.deleteClaims.run(id);
        this.stmt.deleteExtractions.run(id);
        this.stmt.updateArticle.run(row);
        this.forget(id);
      } else this.stmt.insertArticle.run(row);
      // Kept parsed, with no engine version read it yet (its extractions are none or deleted): the
      // linker reads it back in the same transaction (a rollback forgets both).
      const stored = articleOf(this.path, row);
      remember(this.articleCache, id, stored);
      remember(this.versionsCache, id, []);
      return { article: { ...stored }, created: true, status };
    });
  }

  articleHistory(id: ArticleId): ArticleVersion[] {
    return this.run(() => this.stmt.versionsOfArticle.all(id).map((raw) => toArticleVersion(this.path, raw)));
  }

  duplicatesOf(id: ArticleId): ArticleId[] {
    return this.run(() =>
      this.stmt.duplicatesOf.all(id, id).map((v) => check(this.path, stringValue, v) as ArticleId),
    );
  }

  /** Drops what is cached of an article whose text changed. */
  private forget(id: string): void {
    this.articleCache.delete(id);
    this.versionsCache.delete(id);
    for (const key of this.claimsCache.keys())
      if (key.startsWith(`${id}\u0000`)) this.claimsCache.delete(key);
  }

  /** Drops every cached article and claim once another connection has committed (it may have stored a new version). */
  private syncCaches(): void {
    // Holding the write lock, no other connection can have committed since it was read.
    if (this.memo.active && this.memo.synced) return;
    this.memo.synced = this.memo.active;
    const seen = this.stmt.dataVersion.get();
    if (seen === this.dataVersion) return;
    this.dataVersion = seen;
    this.articleCache.clear();
    this.featuresCache.clear();
    this.versionsCache.clear();
    this.claimsCache.clear();
  }

  getArticle(id: ArticleId): StoredArticle | null {
    return this.run(() => {
      this.syncCaches();
      // An article changes only by a new version, which forgets it here: parsed once.
      const cached = this.articleCache.get(id);
      if (cached) return { ...cached };
      const row = this.stmt.articleById.get(id);
      if (row === undefined) return null;
      const article = toArticle(this.path, row);
      remember(this.articleCache, id, article);
      return { ...article };
    });
  }

  listArticles(opts: { limit?: number; offset?: number } = {}): StoredArticle[] {
    return this.run(() =>
      this.stmt.listArticles
        .all({ limit: opts.limit ?? -1, offset: opts.offset ?? 0 })
        .map((row) => toArticle(this.path, row)),
    );
  }

  putClaims(article: ArticleId, engineVersion: string, claims: Claim[], mentions: Mention[] = []): void {
    this.writes++;
    this.write(() => {
      // Append-only: a version's claims are written once; putting them again changes nothing.
      const versions = this.versionsCache.get(article);
      this.versionsCache.delete(article);
      const added = this.stmt.insertExtraction.run(
        article,
        engineVersion,
        claims.length,
        this.now(),
        JSON.stringify(mentions),
      );
      if (added.changes === 0) return;
      // The newest extraction is the last by rowid: a known list of versions grows by this one.
      if (versions) remember(this.versionsCache, article, [...versions, engineVersion]);
      const bodies = claims.map((claim) => JSON.stringify(claim));
      claims.forEach((claim, position) =>
        this.stmt.insertClaim.run({
          article,
          engine_version: engineVersion,
          claim_id: claim.id,
          position,
          body: bodies[position]!,
        }),
      );
      // The claims as they read back (their JSON parsed; the extractor's, of its types), kept for
      // the linker, which reads them in the same transaction: no query (a rollback forgets them).
      remember(
        this.claimsCache,
        `${article}\u0000${engineVersion}`,
        bodies.map((b) => JSON.parse(b) as Claim),
      );
    });
  }

  getClaims(article: ArticleId, engineVersion?: string): Claim[] {
    return this.run(() => {
      this.syncCaches();
      const version = engineVersion ?? newest(this.claimVersions(article));
      if (version === undefined) return [];
      // A version's claims never change once written (append-only), so a parsed copy is kept; the
      // linker reads an incident's claims again for every article it weighs.
      const key = `${article}\u0000${version}`;
      let claims = this.claimsCache.get(key);
      if (!claims) {
        claims = this.stmt.claimsOf
          .all(article, version)
          .map((body) => check(this.path, claimBody, json(this.path, body)));
        remember(this.claimsCache, key, claims);
      }
      return [...claims];
    });
  }

  getMentions(article: ArticleId, engineVersion?: string): Mention[] {
    return this.run(() => {
      const version = engineVersion ?? newest(this.claimVersions(article));
      if (version === undefined) return [];
      const body = this.stmt.mentionsOf.get(article, version);
      return body == null ? [] : check(this.path, mentionsJson, json(this.path, body));
    });
  }

  claimVersions(article: ArticleId): string[] {
    return this.run(() => {
      this.syncCaches();
      let versions = this.versionsCache.get(article);
      if (!versions) {
        versions = this.stmt.versionsOf.all(article).map((v) => check(this.path, stringValue, v));
        remember(this.versionsCache, article, versions);
      }
      return [...versions];
    });
  }

  counts(): StoreCounts {
    return this.run(() => {
      const row = check(this.path, countsRow, this.stmt.counts.get());
      return {
        articles: row.articles,
        extractions: row.extractions,
        claims: row.claims,
        incidents: row.incidents,
        links: row.links,
      };
    });
  }

  putIncident(incident: Incident): void {
    this.writes++;
    this.write(() => {
      this.stmt.nextRevision.run();
      this.stmt.upsertIncident.run({
        id: incident.id,
        start_date: incident.start,
        end_date: incident.end,
        country: incident.location?.country ?? null,
        iso: incident.location?.iso ?? null,
        body: JSON.stringify(incident),
        updated_at: this.now(),
      });
      this.memo.incidentWritten(incident.id, incident.articles);
    });
  }

  getIncident(id: IncidentId): Incident | null {
    return this.run(() => {
      const kept = this.memo.incident(id);
      if (kept !== undefined) return kept;
      const row = this.stmt.incidentById.get(id);
      const incident = row === undefined ? null : this.incident(row);
      this.memo.keepIncident(id, incident);
      return incident;
    });
  }

  getIncidents(ids: readonly IncidentId[]): (Incident | null)[] {
    return ids.map((id) => this.getIncident(id));
  }

  getArticles(ids: readonly ArticleId[]): (StoredArticle | null)[] {
    return ids.map((id) => this.getArticle(id));
  }

  /**
   * Incidents by date window (overlap of [start, end] with [from, to]) and country (name or ISO
   * code), ordered by start date. The figure filters (`outcome`, `group`, `min`, `grade`) need a
   * reconciliation and are left to the incidents layer, as in the memory store.
   */
  listIncidents(filter: IncidentFilter = {}): Incident[] {
    return this.run(() => {
      const where: string[] = [];
      const params: Record<string, string | number> = {
        limit: filter.limit ?? -1,
        offset: filter.offset ?? 0,
      };
      // Undated incidents are in every window. The dated are searched in incidents_window by
      // their start, from the longest span stored before `from` (migration 2).
      const overlap: string[] = [];
      if (filter.from) {
        const longest = check(this.path, countValue, this.stmt.longestSpan.get());
        overlap.push(
          "coalesce(start_date, end_date) >= @earliest",
          "coalesce(end_date, start_date) >= @from",
        );
        params.earliest = addDays(filter.from, -longest);
        params.from = filter.from;
      }
      if (filter.to) {
        overlap.push("coalesce(start_date, end_date) <= @to");
        params.to = filter.to;
      }
      if (overlap.length > 0)
        where.push(`(coalesce(start_date, end_date) IS NULL OR (${overlap.join(" AND ")}))`);
      if (filter.country) {
        where.push("(lower(country) = @country OR lower(iso) = @country)");
        params.country = filter.country.toLowerCase();
      }
      const sql =
        // A date window is searched in incidents_window; left to itself, the planner would rather
        // walk incidents_list for its order, reading every incident.
        `SELECT id, rev FROM incidents ${overlap.length > 0 ? "INDEXED BY incidents_window " : ""}${where.length ? `WHERE ${where.join(" AND ")}` : ""} ` +
        "ORDER BY coalesce(start_date, '') , id LIMIT @limit OFFSET @offset";
      let statement = this.filtered.get(sql);
      if (!statement) {
        statement = this.db.prepare(sql);
        this.filtered.set(sql, statement);
      }
      return statement.all(params).map((row) => this.incident(row));
    });
  }

  deleteIncident(id: IncidentId): void {
    this.writes++;
    this.write(() => {
      this.stmt.deleteLinks.run(id);
      this.stmt.deleteIncident.run(id);
      this.memo.incidentWritten(id, []);
    });
  }

  /** Records why an article is in an incident; linking it again replaces the earlier score. */
  putLink(link: Link): void {
    this.writes++;
    this.memo.linkWritten(link.article);
    this.run(() =>
      this.stmt.upsertLink.run({
        incident: link.incident,
        article: link.article,
        score: link.score,
        reasons: JSON.stringify(link.reasons),
        linked_by: link.by,
        linked_at: this.now(),
      }),
    );
  }

  deleteLink(incident: IncidentId, article: ArticleId): void {
    this.writes++;
    this.memo.linkWritten(article);
    this.run(() => this.stmt.deleteLink.run(incident, article));
  }

  incidentsOf(article: ArticleId): IncidentId[] {
    return this.run(() => {
      const kept = this.memo.incidentsOfArticle(article);
      if (kept) return [...kept];
      const ids = this.stmt.incidentsOf
        .all(article)
        .map((id) => check(this.path, stringValue, id) as IncidentId)
        .filter((id) => this.getIncident(id)?.articles.includes(article));
      this.memo.keepIncidentsOf(article, ids);
      return [...ids];
    });
  }

  revision(): string {
    return this.run(() => `${String(this.db.pragma("data_version", { simple: true }))}.${this.writes}`);
  }

  linksOf(incident: IncidentId): Link[] {
    return this.run(() => this.stmt.linksOf.all(incident).map((raw) => toLink(this.path, raw)));
  }

  private get changes(): ChangeTables {
    return (this.changeTables ??= new ChangeTables(this.db, this.path, this.now));
  }

  addCorrection(incident: IncidentId, action: CorrectionAction): Correction {
    this.writes++;
    return this.run(() => {
      const at = this.now();
      const { lastInsertRowid } = this.stmt.insertCorrection.run(
        at,
        incident,
        action.kind,
        JSON.stringify(action),
      );
      return { seq: Number(lastInsertRowid), at, incident, action };
    });
  }

  listCorrections(): Correction[] {
    return this.run(() => this.stmt.corrections.all().map((raw) => toCorrection(this.path, raw)));
  }

  addChange(change: Omit<Change, "seq" | "at">): Change {
    this.writes++;
    return this.run(() => this.changes.add(change));
  }

  recordChange(change: Omit<Change, "seq" | "at">): void {
    this.addChange(change);
  }

  listChanges(filter?: ChangeFilter): Change[] {
    return this.run(() => this.changes.list(filter));
  }

  linkFeatures(articles: readonly ArticleId[]): Map<ArticleId, StoredFeatures> {
    return this.run(() => {
      this.syncCaches();
      const out = new Map<ArticleId, StoredFeatures>();
      for (const a of articles) {
        const kept = this.featuresCache.get(a);
        if (kept) {
          out.set(a, { ...kept });
          continue;
        }
        const raw: unknown = this.stmt.featuresOf.get(a);
        if (raw === undefined) continue;
        const row = check(this.path, featuresRow, raw);
        out.set(a, { key: row.key, body: row.body, iso: row.iso, day: row.day });
      }
      return out;
    });
  }

  /** Not a change anyone reads (the revision stays): what the linker read, kept to be read again. */
  putLinkFeatures(article: ArticleId, features: StoredFeatures): void {
    this.run(() => {
      this.stmt.putFeatures.run(article, features.key, features.body, features.iso, features.day);
      // Kept as written: ingest writes a new report's features and the linker reads them next.
      remember(this.featuresCache, article, { ...features });
    });
  }

  unindexedArticles(): ArticleId[] {
    return this.run(() =>
      this.stmt.unindexed.all().map((v) => check(this.path, stringValue, v) as ArticleId),
    );
  }

  linkIndexComplete(): boolean {
    return this.run(() => this.stmt.linkIndexComplete.get() !== undefined);
  }

  markLinkIndexComplete(): void {
    this.run(() => this.stmt.markLinkIndexComplete.run());
  }

  linkKeys(query: LinkKeyQuery): LinkKey[] {
    return this.run(() => {
      const raws =
        "from" in query
          ? query.iso === undefined
            ? this.stmt.keysBetween.all(query.from, query.to)
            : this.stmt.countryKeysBetween.all(query.iso, query.from, query.to)
          : query.undated
            ? this.stmt.undatedKeysOf.all(query.iso)
            : this.stmt.keysOf.all(query.iso);
      return raws.map((raw) => {
        const row = check(this.path, linkKeyRow, raw);
        return { article: row.article as ArticleId, iso: row.iso, day: row.day };
      });
    });
  }

  getWatch(incident: IncidentId): WatchSnapshot | null {
    return this.run(() => this.changes.getWatch(incident));
  }

  putWatch(incident: IncidentId, snapshot: WatchSnapshot | null): void {
    this.run(() => this.changes.putWatch(incident, snapshot));
  }

  /** Nothing to do: a transaction here holds SQLite's write lock, which keeps every other writer out. */
  lockBlocks(): void {}

  /**
   * All of `fn` or none of it. Takes the write lock at the start (BEGIN IMMEDIATE); nests (a
   * savepoint). Its statements are prepared once: better-sqlite3's `db.transaction(fn)` builds a
   * wrapper for every call, and ingest makes several a report (the article, its claims, each
   * incident written), which cost the thread that stores and links more than the savepoints.
   */
  transaction<T>(fn: () => T): T {
    const nested = this.db.inTransaction;
    try {
      return this.run(() => {
        const [begin, commit, rollback] = nested
          ? [this.stmt.savepoint, this.stmt.release, this.stmt.rollbackToSavepoint]
          : [this.stmt.begin, this.stmt.commit, this.stmt.rollback];
        begin.run();
        if (!nested) this.memo.begin();
        try {
          const result = fn();
          commit.run();
          return result;
        } catch (e) {
          if (this.db.inTransaction) {
            rollback.run();
            if (nested) this.stmt.release.run();
          }
          throw e;
        }
      });
    } catch (e) {
      // What was read inside a transaction that rolled back may not be stored: forget it.
      this.claimsCache.clear();
      this.incidentCache.clear();
      this.articleCache.clear();
      this.versionsCache.clear();
      this.featuresCache.clear();
      this.memo.forget();
      throw e;
    } finally {
      if (!nested) this.memo.end();
    }
  }

  /**
   * A write method's statements: in a transaction of their own when called alone; inside a
   * caller's transaction, a part of it, with no savepoint of their own (ingest calls the article's,
   * its claims' and each incident's writes inside a report's savepoint: three SAVEPOINT and RELEASE
   * statements a report, ~6,000 a 1,000 reports, spared). An error goes up to the caller's
   * transaction, which rolls back and forgets what was read; a caller that catches an error of
   * a write and goes on opens a transaction around that write (`transaction`), as ingest does.
   */
  private write<T>(fn: () => T): T {
    return this.db.inTransaction ? this.run(fn) : this.transaction(fn);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /**
   * An incident by its (id, rev) row, its body parsed and checked once per revision (the linker
   * lists the incidents of a fortnight for every article it stores). The parsed incident is
   * frozen and shared: no caller can change what another reads.
   */
  private incident(raw: unknown): Incident {
    // Checked by hand: this runs for every row of a list of thousands.
    const { id, rev } = (raw ?? {}) as { id?: unknown; rev?: unknown };
    if (typeof id !== "string" || typeof rev !== "number") check(this.path, incidentRow, raw);
    const hit = this.incidentCache.get(id as string);
    if (hit && hit.rev === rev) return hit.incident;
    const incident = deepFreeze(toIncident(this.path, this.stmt.incidentBody.get(id as string)));
    remember(this.incidentCache, id as string, { rev: rev as number, incident }, INCIDENT_CACHE_MAX);
    return incident;
  }

  private run<T>(fn: () => T): T {
    return guard(this.path, fn);
  }
}

// --- schema -----------------------------------------------------------------------------------

function migrate(db: Db, path: string, now: () => string, readonly: boolean): void {
  // Read before writing anything: a newer or foreign database is refused untouched.
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all()
    .map((n) => check(path, stringValue, n));
  const current = tables.includes("migrations") ? appliedVersion(db, path) : 0;
  if (current === 0 && tables.length > 0) {
    throw new TallyError(
      "T014",
      withPath("T014", path, `it has tables (${tables.slice(0, 3).join(", ")}) but no Tally migrations`),
    );
  }
  if (current > SCHEMA_VERSION) {
    throw new TallyError(
      "T012",
      withPath("T012", path, `its schema is version ${current}; this Tally knows up to ${SCHEMA_VERSION}`),
    );
  }
  if (readonly) {
    if (current < SCHEMA_VERSION) {
      const detail = `its schema is version ${current}; open it once for writing to bring it to ${SCHEMA_VERSION}`;
      throw new TallyError("T014", withPath("T014", path, detail));
    }
    return;
  }
  if (db.pragma("journal_mode", { simple: true }) !== "wal") db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  if (current === SCHEMA_VERSION) return;
  db.transaction(() => {
    db.exec(
      "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    );
    // Another process may have migrated while we waited for the lock.
    const applied = appliedVersion(db, path);
    const insert = db.prepare("INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)");
    for (const m of MIGRATIONS) {
      if (m.version <= applied) continue;
      for (const sql of m.sql) db.exec(sql);
      insert.run(m.version, m.name, now());
    }
  }).immediate();
}

function appliedVersion(db: Db, path: string): number {
  return check(
    path,
    countValue,
    db.prepare("SELECT coalesce(max(version), 0) FROM migrations").pluck().get(),
  );
}

/** Every statement the store runs, prepared once per connection. */
function prepare(db: Db) {
  return {
    ...transactionStatements(db),
    ...articleStatements(db),
    ...extractionStatements(db),
    ...linkIndexStatements(db),
    ...incidentStatements(db),
  };
}

/** A transaction, and a savepoint inside one (`SqliteStore.transaction`). */
function transactionStatements(db: Db) {
  return {
    begin: db.prepare("BEGIN IMMEDIATE"),
    commit: db.prepare("COMMIT"),
    rollback: db.prepare("ROLLBACK"),
    savepoint: db.prepare("SAVEPOINT tally"),
    release: db.prepare("RELEASE tally"),
    rollbackToSavepoint: db.prepare("ROLLBACK TO tally"),
  };
}

const ARTICLE_COLUMNS = "id, hash, text, published, outlet, url, title, source, ingested_at, facts, version";

/** Articles and their earlier versions; the data version and the counts. */
function articleStatements(db: Db) {
  return {
    articleById: db.prepare<[string], unknown>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`),
    articleByHash: db.prepare<[string], unknown>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE hash = ? ORDER BY rowid LIMIT 1`,
    ),
    duplicatesOf: db
      .prepare<[string, string], unknown>(
        "SELECT id FROM articles WHERE hash = (SELECT hash FROM articles WHERE id = ?) AND id <> ? ORDER BY rowid",
      )
      .pluck(),
    versionsOfArticle: db.prepare<[string], unknown>(
      `SELECT ${VERSION_COLUMNS} FROM article_versions WHERE article = ? ORDER BY version`,
    ),
    insertVersion: db.prepare<unknown[], unknown>(
      `INSERT INTO article_versions (${VERSION_COLUMNS}) VALUES (${VERSION_COLUMNS.split(",")
        .map(() => "?")
        .join(", ")})`,
    ),
    updateArticle: db.prepare<[ArticleRow], unknown>(
      `UPDATE articles SET hash = @hash, text = @text, published = @published, outlet = @outlet, url = @url,
         title = @title, source = @source, ingested_at = @ingested_at, facts = @facts, version = @version
       WHERE id = @id`,
    ),
    listArticles: db.prepare<[{ limit: number; offset: number }], unknown>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles ORDER BY rowid LIMIT @limit OFFSET @offset`,
    ),
    insertArticle: db.prepare<[ArticleRow], unknown>(
      `INSERT INTO articles (${ARTICLE_COLUMNS}) VALUES (@id, @hash, @text, @published, @outlet, @url, @title, @source, @ingested_at, @facts, @version)`,
    ),
    dataVersion: db.prepare<[], unknown>("PRAGMA data_version").pluck(),
    counts: db.prepare<[], unknown>(
      `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM extractions) AS extractions,
         (SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM incidents) AS incidents,
         (SELECT count(*) FROM incident_articles) AS links`,
    ),
  };
}

/** Extractions and their claims, per article and engine version. */
function extractionStatements(db: Db) {
  return {
    deleteClaims: db.prepare<[string], unknown>("DELETE FROM claims WHERE article = ?"),
    deleteExtractions: db.prepare<[string], unknown>("DELETE FROM extractions WHERE article = ?"),
    insertExtraction: db.prepare<[string, string, number, string, string], unknown>(
      "INSERT OR IGNORE INTO extractions (article, engine_version, claim_count, created_at, mentions) VALUES (?, ?, ?, ?, ?)",
    ),
    mentionsOf: db
      .prepare<[string, string], unknown>(
        "SELECT mentions FROM extractions WHERE article = ? AND engine_version = ?",
      )
      .pluck(),
    insertClaim: db.prepare<
      [
        {
          article: string;
          engine_version: string;
          claim_id: string;
          position: number;
          body: string;
        },
      ],
      unknown
    >(
      `INSERT OR IGNORE INTO claims (article, engine_version, claim_id, position, body)
       VALUES (@article, @engine_version, @claim_id, @position, @body)`,
    ),
    versionsOf: db
      .prepare<[string], unknown>("SELECT engine_version FROM extractions WHERE article = ? ORDER BY rowid")
      .pluck(),
    claimsOf: db
      .prepare<[string, string], unknown>(
        "SELECT body FROM claims WHERE article = ? AND engine_version = ? ORDER BY position",
      )
      .pluck(),
  };
}

/** The linker's index: each article's link features by country and day (issue 11 §3). */
function linkIndexStatements(db: Db) {
  return {
    featuresOf: db.prepare<[string], unknown>(
      "SELECT article, key, body, iso, day FROM link_features WHERE article = ?",
    ),
    putFeatures: db.prepare<[string, string, string, string | null, string | null], unknown>(
      `INSERT INTO link_features (article, key, body, iso, day) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (article) DO UPDATE
         SET key = excluded.key, body = excluded.body, iso = excluded.iso, day = excluded.day`,
    ),
    keysBetween: db.prepare<[string, string], unknown>(
      "SELECT article, iso, day FROM link_features WHERE day BETWEEN ? AND ? ORDER BY day, article",
    ),
    // By the (iso, day) index: one country's days, not every country's (issue 11 §3).
    countryKeysBetween: db.prepare<[string | null, string, string], unknown>(
      "SELECT article, iso, day FROM link_features WHERE iso IS ? AND day BETWEEN ? AND ? ORDER BY day, article",
    ),
    keysOf: db.prepare<[string | null], unknown>(
      "SELECT article, iso, day FROM link_features WHERE iso IS ? ORDER BY day IS NULL, day, article",
    ),
    unindexed: db
      .prepare<[], unknown>(
        `SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM link_features f WHERE f.article = a.id)
         ORDER BY a.rowid`,
      )
      .pluck(),
    linkIndexComplete: db
      .prepare<[], unknown>("SELECT 1 FROM store_state WHERE name = 'link-index-complete'")
      .pluck(),
    markLinkIndexComplete: db.prepare<[], unknown>(
      "INSERT OR IGNORE INTO store_state (name, value) VALUES ('link-index-complete', 'linker')",
    ),
    undatedKeysOf: db.prepare<[string | null], unknown>(
      "SELECT article, iso, day FROM link_features WHERE iso IS ? AND day IS NULL ORDER BY article",
    ),
  };
}

/** Incidents, their links to articles, revisions, and the corrections history. */
function incidentStatements(db: Db) {
  return {
    upsertIncident: db.prepare<
      [
        {
          id: string;
          start_date: string | null;
          end_date: string | null;
          country: string | null;
          iso: string | null;
          body: string;
          updated_at: string;
        },
      ],
      unknown
    >(
      `INSERT INTO incidents (id, start_date, end_date, country, iso, body, updated_at, rev, span_days)
       VALUES (@id, @start_date, @end_date, @country, @iso, @body, @updated_at,
         (SELECT n FROM incident_revisions),
         coalesce(CAST(abs(julianday(@end_date) - julianday(@start_date)) AS INTEGER), 0))
       ON CONFLICT (id) DO UPDATE SET start_date = excluded.start_date, end_date = excluded.end_date,
         country = excluded.country, iso = excluded.iso, body = excluded.body,
         updated_at = excluded.updated_at, rev = excluded.rev, span_days = excluded.span_days`,
    ),
    nextRevision: db.prepare("UPDATE incident_revisions SET n = n + 1"),
    longestSpan: db.prepare("SELECT coalesce(max(span_days), 0) FROM incidents").pluck(),
    incidentById: db.prepare<[string], unknown>("SELECT id, rev FROM incidents WHERE id = ?"),
    incidentBody: db.prepare<[string], unknown>("SELECT body FROM incidents WHERE id = ?").pluck(),
    deleteIncident: db.prepare<[string], unknown>("DELETE FROM incidents WHERE id = ?"),
    deleteLinks: db.prepare<[string], unknown>("DELETE FROM incident_articles WHERE incident = ?"),
    deleteLink: db.prepare<[string, string], unknown>(
      "DELETE FROM incident_articles WHERE incident = ? AND article = ?",
    ),
    upsertLink: db.prepare<
      [
        {
          incident: string;
          article: string;
          score: number;
          reasons: string;
          linked_by: string;
          linked_at: string;
        },
      ],
      unknown
    >(
      `INSERT INTO incident_articles (incident, article, score, reasons, linked_by, linked_at)
       VALUES (@incident, @article, @score, @reasons, @linked_by, @linked_at)
       ON CONFLICT (incident, article) DO UPDATE SET score = excluded.score, reasons = excluded.reasons,
         linked_by = excluded.linked_by, linked_at = excluded.linked_at`,
    ),
    incidentsOf: db
      .prepare<[string], unknown>(
        "SELECT incident FROM incident_articles WHERE article = ? ORDER BY linked_at, incident",
      )
      .pluck(),
    linksOf: db.prepare<[string], unknown>(
      "SELECT incident, article, score, reasons, linked_by FROM incident_articles WHERE incident = ? ORDER BY rowid",
    ),

    insertCorrection: db.prepare<[string, string, string, string], unknown>(
      "INSERT INTO corrections (at, incident, kind, body) VALUES (?, ?, ?, ?)",
    ),
    corrections: db.prepare<[], unknown>(
      "SELECT seq, at, incident, kind, body FROM corrections ORDER BY seq",
    ),
  };
}

// --- errors -----------------------------------------------------------------------------------

/** Runs `fn`, turning a failure of the database into a TallyError with its catalogue code. */
function guard<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw asTallyError(path, e);
  }
}

export function asTallyError(path: string, e: unknown): unknown {
  if (e instanceof TallyError) return e;
  if (!(e instanceof Error)) return e;
  const code = (e as Error & { code?: unknown }).code;
  const sqliteCode = typeof code === "string" ? code : "";
  const detail = e.message;
  if (/^SQLITE_(BUSY|LOCKED)/.test(sqliteCode)) return new TallyError("T013", withPath("T013", path, detail));
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(sqliteCode))
    return new TallyError("T014", withPath("T014", path, detail));
  if (/^SQLITE_(CANTOPEN|READONLY|FULL|IOERR|PERM|AUTH)/.test(sqliteCode)) {
    return new TallyError("T016", withPath("T016", path, detail));
  }
  // better-sqlite3 checks the folder itself before SQLite does.
  if (/Cannot open database|directory does not exist|unable to open/i.test(detail)) {
    return new TallyError("T016", withPath("T016", path, detail));
  }
  return e;
}
