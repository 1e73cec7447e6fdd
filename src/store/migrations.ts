// The schema as numbered, forward-only migrations, each written for both engines side by side:
// `sql` for SQLite (./sqlite-store.ts applies it), `pg` for PostgreSQL (./pg-store.ts). A new
// migration gives both, so the two databases always have the same tables, columns and indexes
// under the same version number. Never edit or reorder a migration that has shipped: add the
// next number. A database whose newest
// applied migration is above the last one here was written by a newer Tally and is refused
// untouched (T012).
//
// Tables:
//   migrations         which migrations were applied, and when
//   articles           each report kept whole; `hash` (SHA-256 of the text) makes it idempotent
//   extractions        one row per (article, engine version) that read it, even when it found no
//                      claims, so "the newest version" is known for an article without claims
//   claims             append-only: the claim JSON under (article, engine version, claim id) and
//                      its position (its outcome, group and figure as columns until migration 13)
//   incidents          the incident JSON with indexed columns for date windows and country
//   incident_articles  why an article is in an incident: score, reasons (JSON), and who linked it
//   changes            the change log (issue 15): material changes to incidents, append-only
//   incident_watch     what the change log last reported of each incident (JSON)
//   corrections        an analyst's corrections (migration 6): claims rejected as misread and
//                      restored, merges and splits and their undoing; append-only, the history
//   article_versions   earlier texts of an article (same id, changed text), each with the claims
//                      read from it, kept when a new version replaced it (migration 5)
//   link_features      what the linker read of each article, as JSON under the key it was read
//                      with (migration 7), and its country and event day, indexed (migration 8)
//   extractions.mentions  the outcomes the version read with no figure (model.ts `Mention`), as a
//                      JSON array beside its claims (migration 9); null where an older Tally read it
//   article_versions.mentions  the same of an earlier text's last reading (migration 10); null
//                      where the row was kept before
//   store_state        facts about the store as a whole, by name (migration 11): whether every
//                      linked report is in the linker's index ("link-index-complete")
//
// In PostgreSQL, text that is compared or ordered (ids, dates) is COLLATE "C", byte order as in
// SQLite, so both engines list in the same order; the order SQLite reads from its rowid is an
// identity column (`seq`); revisions come from a sequence, which concurrent writers never wait on.
export interface Migration {
  version: number;
  name: string;
  /** SQLite. */
  sql: readonly string[];
  /** PostgreSQL: the same schema change. */
  pg: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "articles, claims, incidents",
    sql: [
      `CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        hash TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL,
        published TEXT,
        outlet TEXT,
        url TEXT,
        title TEXT,
        source TEXT,
        ingested_at TEXT NOT NULL
      )`,
      `CREATE INDEX articles_published ON articles (published)`,
      `CREATE TABLE extractions (
        article TEXT NOT NULL REFERENCES articles (id),
        engine_version TEXT NOT NULL,
        claim_count INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (article, engine_version)
      )`,
      `CREATE TABLE claims (
        article TEXT NOT NULL,
        engine_version TEXT NOT NULL,
        claim_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        outcome TEXT NOT NULL,
        grp TEXT NOT NULL,
        value REAL,
        body TEXT NOT NULL,
        PRIMARY KEY (article, engine_version, claim_id),
        FOREIGN KEY (article, engine_version) REFERENCES extractions (article, engine_version)
      )`,
      `CREATE INDEX claims_figure ON claims (outcome, grp, value)`,
      `CREATE TABLE incidents (
        id TEXT PRIMARY KEY,
        start_date TEXT,
        end_date TEXT,
        country TEXT,
        iso TEXT,
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      `CREATE INDEX incidents_dates ON incidents (start_date, end_date)`,
      `CREATE INDEX incidents_country ON incidents (country)`,
      `CREATE TABLE incident_articles (
        incident TEXT NOT NULL
          REFERENCES incidents (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        article TEXT NOT NULL REFERENCES articles (id) DEFERRABLE INITIALLY DEFERRED,
        score REAL NOT NULL,
        reasons TEXT NOT NULL,
        linked_by TEXT NOT NULL CHECK (linked_by IN ('auto', 'analyst')),
        linked_at TEXT NOT NULL,
        PRIMARY KEY (incident, article)
      )`,
      `CREATE INDEX incident_articles_article ON incident_articles (article)`,
    ],
    pg: [
      `CREATE TABLE articles (
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        id text COLLATE "C" PRIMARY KEY,
        hash text NOT NULL UNIQUE,
        text text NOT NULL,
        published text COLLATE "C",
        outlet text,
        url text,
        title text,
        source text,
        ingested_at text NOT NULL
      )`,
      `CREATE INDEX articles_published ON articles (published)`,
      `CREATE TABLE extractions (
        seq bigint GENERATED ALWAYS AS IDENTITY,
        article text COLLATE "C" NOT NULL REFERENCES articles (id),
        engine_version text NOT NULL,
        claim_count integer NOT NULL,
        created_at text NOT NULL,
        PRIMARY KEY (article, engine_version)
      )`,
      `CREATE TABLE claims (
        article text COLLATE "C" NOT NULL,
        engine_version text NOT NULL,
        claim_id text NOT NULL,
        position integer NOT NULL,
        outcome text NOT NULL,
        grp text NOT NULL,
        value double precision,
        body text NOT NULL,
        PRIMARY KEY (article, engine_version, claim_id),
        FOREIGN KEY (article, engine_version) REFERENCES extractions (article, engine_version)
      )`,
      `CREATE INDEX claims_figure ON claims (outcome, grp, value)`,
      `CREATE TABLE incidents (
        id text COLLATE "C" PRIMARY KEY,
        start_date text COLLATE "C",
        end_date text COLLATE "C",
        country text COLLATE "C",
        iso text COLLATE "C",
        body text NOT NULL,
        updated_at text NOT NULL
      )`,
      `CREATE TABLE incident_articles (
        seq bigint GENERATED ALWAYS AS IDENTITY,
        incident text COLLATE "C" NOT NULL
          REFERENCES incidents (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        article text COLLATE "C" NOT NULL REFERENCES articles (id) DEFERRABLE INITIALLY DEFERRED,
        score double precision NOT NULL,
        reasons text NOT NULL,
        linked_by text NOT NULL CHECK (linked_by IN ('auto', 'analyst')),
        linked_at text COLLATE "C" NOT NULL,
        PRIMARY KEY (incident, article)
      )`,
      `CREATE INDEX incident_articles_article ON incident_articles (article)`,
    ],
  },
  {
    version: 2,
    name: "date-window index, incident revisions",
    // A date window [from, to] holds the incidents with start <= to and end >= from. Searched by
    // start alone, from the longest span (end − start, in days) before `from`: a range of the
    // index as narrow as the window, whatever the size of the table. Each write of an incident
    // takes the next number of one counter (never reused, even for an id deleted and made again),
    // so a reader that has parsed an incident's body knows it by (id, rev) without reading the
    // body again.
    sql: [
      `CREATE INDEX incidents_window ON incidents (
        coalesce(start_date, end_date), coalesce(end_date, start_date)
      )`,
      `ALTER TABLE incidents ADD COLUMN span_days INTEGER NOT NULL DEFAULT 0`,
      `UPDATE incidents SET span_days = coalesce(CAST(abs(julianday(end_date) - julianday(start_date)) AS INTEGER), 0)`,
      `CREATE INDEX incidents_span ON incidents (span_days)`,
      `ALTER TABLE incidents ADD COLUMN rev INTEGER NOT NULL DEFAULT 0`,
      // The whole list in its order, read from the index alone (rev, added last, sits after the
      // body in the row: reading it from the table would read every body).
      `CREATE INDEX incidents_list ON incidents (coalesce(start_date, ''), id, rev)`,
      // Every query on dates now reads one of the two indexes above; the country filter compares
      // lower-cased names and codes, which no index on the raw column serves.
      `DROP INDEX incidents_dates`,
      `DROP INDEX incidents_country`,
      `CREATE TABLE incident_revisions (n INTEGER NOT NULL)`,
      `INSERT INTO incident_revisions (n) VALUES (0)`,
    ],
    // The same indexes (the span is computed by the store when it writes an incident; no
    // PostgreSQL database was ever at version 1 with incidents to update). The revision counter
    // is a sequence: nextval never waits for another writer's transaction.
    pg: [
      `CREATE INDEX incidents_window ON incidents (
        (coalesce(start_date, end_date)), (coalesce(end_date, start_date))
      )`,
      `ALTER TABLE incidents ADD COLUMN span_days integer NOT NULL DEFAULT 0`,
      `CREATE INDEX incidents_span ON incidents (span_days)`,
      `ALTER TABLE incidents ADD COLUMN rev bigint NOT NULL DEFAULT 0`,
      `CREATE INDEX incidents_list ON incidents ((coalesce(start_date, '')), id, rev)`,
      `CREATE SEQUENCE incident_revisions`,
    ],
  },
  {
    version: 3,
    name: "change log",
    // Append-only: one row per material change of an incident (a new incident, a figure that
    // moved, a grade, a new check), read by time (`tally changes --since`) or by sequence (feeds
    // and webhooks poll `seq > n`). No foreign key to incidents: the log outlives a merged one.
    sql: [
      `CREATE TABLE changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        incident TEXT NOT NULL,
        article TEXT,
        body TEXT NOT NULL
      )`,
      `CREATE INDEX changes_at ON changes (at)`,
      `CREATE INDEX changes_incident ON changes (incident, seq)`,
      `CREATE TABLE incident_watch (incident TEXT PRIMARY KEY, snapshot TEXT NOT NULL)`,
    ],
    pg: [
      `CREATE TABLE changes (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at text COLLATE "C" NOT NULL,
        incident text COLLATE "C" NOT NULL,
        article text,
        body text NOT NULL
      )`,
      `CREATE INDEX changes_at ON changes (at)`,
      `CREATE INDEX changes_incident ON changes (incident, seq)`,
      `CREATE TABLE incident_watch (incident text COLLATE "C" PRIMARY KEY, snapshot text NOT NULL)`,
    ],
  },
  {
    version: 4,
    name: "article facts",
    // The input's own facts about an article (issue 10 §2): the place it names and its language,
    // as JSON; null when the input gave none. Older rows read as none.
    sql: [`ALTER TABLE articles ADD COLUMN facts TEXT`],
    pg: [`ALTER TABLE articles ADD COLUMN facts text`],
  },
  {
    version: 5,
    name: "article identity and versions",
    // An article is its id (issue 10 §2): two ids with the same text are two articles (the hash
    // is no longer unique, only indexed: duplicates are found by it), and the same id with
    // another text is the article's next version. The row in `articles` is the current version
    // (`version` counts from 1); each text it replaced is kept in `article_versions` with its
    // metadata and the claims last read from it (JSON), so nothing stored is ever lost.
    // SQLite cannot drop a UNIQUE constraint: the table is rebuilt, its rows copied aside first
    // (dropping a parent table with foreign keys deferred, then filling it again, leaves no
    // violation at commit; rowid order, which lists articles, is kept).
    sql: [
      `PRAGMA defer_foreign_keys = ON`,
      `CREATE TEMP TABLE articles_v4 AS SELECT * FROM articles ORDER BY rowid`,
      `DROP TABLE articles`,
      `CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        hash TEXT NOT NULL,
        text TEXT NOT NULL,
        published TEXT,
        outlet TEXT,
        url TEXT,
        title TEXT,
        source TEXT,
        ingested_at TEXT NOT NULL,
        facts TEXT,
        version INTEGER NOT NULL DEFAULT 1
      )`,
      `INSERT INTO articles (id, hash, text, published, outlet, url, title, source, ingested_at, facts)
        SELECT id, hash, text, published, outlet, url, title, source, ingested_at, facts
        FROM temp.articles_v4 ORDER BY rowid`,
      `DROP TABLE temp.articles_v4`,
      `CREATE INDEX articles_published ON articles (published)`,
      `CREATE INDEX articles_hash ON articles (hash)`,
      `CREATE TABLE article_versions (
        article TEXT NOT NULL REFERENCES articles (id),
        version INTEGER NOT NULL,
        hash TEXT NOT NULL,
        text TEXT NOT NULL,
        published TEXT,
        outlet TEXT,
        url TEXT,
        title TEXT,
        source TEXT,
        ingested_at TEXT NOT NULL,
        facts TEXT,
        engine_version TEXT,
        claims TEXT NOT NULL,
        replaced_at TEXT NOT NULL,
        PRIMARY KEY (article, version)
      )`,
    ],
    pg: [
      `ALTER TABLE articles DROP CONSTRAINT articles_hash_key`,
      `CREATE INDEX articles_hash ON articles (hash)`,
      `ALTER TABLE articles ADD COLUMN version integer NOT NULL DEFAULT 1`,
      `CREATE TABLE article_versions (
        article text COLLATE "C" NOT NULL REFERENCES articles (id),
        version integer NOT NULL,
        hash text NOT NULL,
        text text NOT NULL,
        published text COLLATE "C",
        outlet text,
        url text,
        title text,
        source text,
        ingested_at text NOT NULL,
        facts text,
        engine_version text,
        claims text NOT NULL,
        replaced_at text COLLATE "C" NOT NULL,
        PRIMARY KEY (article, version)
      )`,
    ],
  },
  {
    version: 6,
    name: "corrections",
    // Append-only (issue 10 §3): each correction an analyst makes, in order, with the incident it
    // was made on; `body` is the action as JSON (a claim rejected with its reason, restored; a
    // merge or split with the reports it moved; an undo naming the correction it undid). Which
    // claims stand rejected is read from it (the last reject or restore of each claim).
    sql: [
      `CREATE TABLE corrections (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        incident TEXT NOT NULL,
        kind TEXT NOT NULL,
        body TEXT NOT NULL
      )`,
      `CREATE INDEX corrections_kind ON corrections (kind, seq)`,
    ],
    pg: [
      `CREATE TABLE corrections (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at text COLLATE "C" NOT NULL,
        incident text COLLATE "C" NOT NULL,
        kind text NOT NULL,
        body text NOT NULL
      )`,
      `CREATE INDEX corrections_kind ON corrections (kind, seq)`,
    ],
  },
  {
    version: 7,
    name: "link features",
    // What the linker reads of each report (issue 11 §1: its event time, places, actors, type,
    // words and names, as JSON), kept so that a process re-linking a block reads its reports'
    // features instead of deriving them again from their text and claims. One row per article,
    // replaced when it is read again; `key` says what it was read from (the linker's features
    // version, the text's hash, the claims' engine version), so a row of an older text or
    // linker is never used.
    sql: [
      `CREATE TABLE link_features (
        article TEXT PRIMARY KEY,
        key TEXT NOT NULL,
        body TEXT NOT NULL
      )`,
    ],
    pg: [
      `CREATE TABLE link_features (
        article text COLLATE "C" PRIMARY KEY,
        key text NOT NULL,
        body text NOT NULL
      )`,
    ],
  },
  {
    version: 8,
    name: "link keys",
    // Each report's country and event day beside its kept features, indexed, so that the linker
    // finds a report's block (the reports of its country within days of it) by a query of the
    // reports themselves, not of the incidents earlier batches formed (issue 11 §1). Rows kept
    // before have no day or country: they are dropped (they are a cache) and written again, with
    // both, when the linker next reads those reports.
    sql: [
      `DELETE FROM link_features`,
      `ALTER TABLE link_features ADD COLUMN iso TEXT`,
      `ALTER TABLE link_features ADD COLUMN day TEXT`,
      `CREATE INDEX link_features_day ON link_features (day)`,
      `CREATE INDEX link_features_iso_day ON link_features (iso, day)`,
    ],
    pg: [
      `DELETE FROM link_features`,
      `ALTER TABLE link_features ADD COLUMN iso text COLLATE "C"`,
      `ALTER TABLE link_features ADD COLUMN day text COLLATE "C"`,
      `CREATE INDEX link_features_day ON link_features (day)`,
      `CREATE INDEX link_features_iso_day ON link_features (iso, day)`,
    ],
  },
  {
    version: 9,
    name: "numberless outcome mentions",
    // Outcomes a report states with no figure ("an undisclosed number of soldiers were killed",
    // "suffered heavy losses"; model.ts `Mention`) are no claims, and are kept beside them: one JSON
    // array per extraction, written with its claims in the same statement, read only by the
    // dataset fields (ACLED's fatalities). Extractions made before stay null: no mentions known.
    sql: [`ALTER TABLE extractions ADD COLUMN mentions TEXT`],
    pg: [`ALTER TABLE extractions ADD COLUMN mentions text`],
  },
  {
    version: 10,
    name: "mentions in the article history",
    // An earlier text of an article keeps the outcomes its last reading stated with no figure
    // beside that reading's claims (migration 9's mentions), so a re-extraction's history loses
    // nothing. Rows kept before stay null: no mentions known.
    sql: [`ALTER TABLE article_versions ADD COLUMN mentions TEXT`],
    pg: [`ALTER TABLE article_versions ADD COLUMN mentions text`],
  },
  {
    version: 11,
    name: "link index complete",
    // Whether every linked report is in the linker's index (migration 8 emptied it; the linker puts
    // a report's row back whenever it links it). Until a store says so, the first linking process
    // looks for linked reports the index lacks (an anti-join over every article: seconds at a
    // million stored) and re-links them once, then marks the store complete in that transaction;
    // after that no process looks again. A store with no articles when it reaches this migration
    // (every new store) is complete from the start: each report it will hold is linked by a Tally
    // that indexes it.
    sql: [
      `CREATE TABLE store_state (name TEXT PRIMARY KEY, value TEXT NOT NULL)`,
      `INSERT INTO store_state (name, value)
        SELECT 'link-index-complete', 'migration 11' WHERE NOT EXISTS (SELECT 1 FROM articles)`,
    ],
    pg: [
      `CREATE TABLE store_state (name text COLLATE "C" PRIMARY KEY, value text NOT NULL)`,
      `INSERT INTO store_state (name, value)
        SELECT 'link-index-complete', 'migration 11' WHERE NOT EXISTS (SELECT 1 FROM articles)`,
    ],
  },
  {
    version: 12,
    name: "lighter ingest writes",
    // Ingest writes every page an article's rows touch, once a commit (and again at a checkpoint).
    // `claims_figure` (outcome, group, figure) was read by no query: Tally reads claims by article
    // only, and filters figures after reconciling them. Written at random places for every claim,
    // its pages were 16% of what a batch of a feed wrote to the WAL at 60,000 stored. The linker
    // reads a period's reports as (article, iso, day) by country and days: with the article in
    // the index, that is read from the index alone, not from each row as well.
    sql: [
      `DROP INDEX claims_figure`,
      `DROP INDEX link_features_iso_day`,
      `CREATE INDEX link_features_keys ON link_features (iso, day, article)`,
    ],
    pg: [
      `DROP INDEX claims_figure`,
      `DROP INDEX link_features_iso_day`,
      `CREATE INDEX link_features_keys ON link_features (iso, day, article)`,
    ],
  },
  {
    version: 13,
    name: "claims without figure columns",
    // A claim's outcome, group and figure were kept as columns beside its JSON since migration 1
    // for an index by figure that no query read (dropped at migration 12): Tally reads a claim
    // from its JSON only. Every claim wrote them again (~40 bytes a claim). SQLite rewrites each
    // row of `claims` once here (seconds at 100,000 reports stored); PostgreSQL only marks the
    // columns dropped.
    sql: [
      `ALTER TABLE claims DROP COLUMN outcome`,
      `ALTER TABLE claims DROP COLUMN grp`,
      `ALTER TABLE claims DROP COLUMN value`,
    ],
    pg: [`ALTER TABLE claims DROP COLUMN outcome, DROP COLUMN grp, DROP COLUMN value`],
  },
];

/** The newest schema version this Tally knows. */
export const SCHEMA_VERSION = MIGRATIONS.reduce((n, m) => Math.max(n, m.version), 0);
