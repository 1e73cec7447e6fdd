// The incident store's one interface (issue: incidents). SQLite (./sqlite-store.ts) and
// PostgreSQL (./pg-store.ts, issue 14) implement it; ./open-store.ts opens the one a `--db` names.
// Every method is synchronous or returns plain data; callers
// never see SQL. An article is its id (./identity.ts): stored again with the same text it is
// unchanged, with another text it is the article's next version (the text it replaces kept in its
// history with its claims); other ids with the same text are duplicates, each kept. Claims are
// append-only per text (a re-extraction with a newer engine adds versions, keeps the old ones).
import type { Article, Claim, Grade, Group, Mention, Outcome } from "../core/model.js";
import type { ArticleVersion, PutArticleResult } from "./identity.js";

export type { ArticleVersion, PutArticleResult, PutStatus } from "./identity.js";

/**
 * A write of an item stored earlier in the transaction (an article in its savepoint) failed where
 * the store could no longer tell which item's it was: PostgreSQL sends an item's writes with the
 * next item's first round trip. The transaction is rolled back whole; stored again item by item
 * (the store's next transaction releases each savepoint at once), the failing item is told apart.
 */
export class BatchWriteFailed extends Error {
  constructor(message: string) {
    super(
      `a write of an item stored earlier in the batch failed (${message}); store the batch again item by item`,
    );
    this.name = "BatchWriteFailed";
  }
}

/** Where the database is kept when no path is given (relative to the working folder). */
export const DEFAULT_DB = "./tally.db";

export type ArticleId = string & { readonly __brand: "ArticleId" };
export type IncidentId = string & { readonly __brand: "IncidentId" };

export interface StoredArticle extends Article {
  id: ArticleId;
  /** SHA-256 of the text (hex): articles of the same hash are duplicates of each other. */
  hash: string;
  /** Which text of the article this is: 1 for the first, one more for each changed text stored under its id. */
  version: number;
  /** When it was ingested (ISO timestamp); the only clock read, and it is the store's. */
  ingestedAt: string;
  /** Where it came from (a file path, "stdin", a URL). */
  source: string | null;
}

export interface Location {
  name: string;
  admin1: string | null;
  admin2: string | null;
  country: string | null;
  iso: string | null;
  lat: number | null;
  lon: number | null;
  /** UCDP where_prec 1–7 (1 exact place … 7 country or wider). */
  wherePrec: number;
}

export interface Actor {
  name: string;
  /** ACLED `inter` code: 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias,
   * 5 rioters, 6 protesters, 7 civilians, 8 external/other forces. */
  inter: number;
}

export interface Incident {
  id: IncidentId;
  title: string;
  start: string | null;
  end: string | null;
  /** UCDP date_prec 1–5. */
  datePrec: number;
  location: Location | null;
  actors: Actor[];
  /** GTD attack type ("Hijacking", "Hostage Taking (Kidnapping)", "Armed Assault", "Bombing/Explosion", …). */
  eventType: string | null;
  acled: { eventType: string | null; subEventType: string | null };
  articles: ArticleId[];
}

/** What the linker read of an article (JSON), and the key that says what it was read from. */
export interface StoredFeatures {
  key: string;
  body: string;
  /** The report's country (ISO code; null: unlocated) and event day (null: undated), indexed. */
  iso: string | null;
  day: string | null;
}

/** Where the linker's index puts a report (issue 11 §1): its country and event day. */
export interface LinkKey {
  article: ArticleId;
  iso: string | null;
  day: string | null;
}

/**
 * Which reports of the linker's index to list: dated between `from` and `to` (inclusive), of one
 * country when `iso` is given (null: unlocated; absent: any country, located or not); or of one
 * country (null: unlocated), all or only the undated. Every form is answered by an index.
 */
export type LinkKeyQuery =
  { from: string; to: string; iso?: string | null } | { iso: string | null; undated?: boolean };

/** Why an article was put in an incident: the score and the reasons behind it. */
export interface Link {
  incident: IncidentId;
  article: ArticleId;
  score: number;
  reasons: string[];
  /** "auto" when the linker made it; "analyst" after a merge or split. */
  by: "auto" | "analyst";
}

export interface IncidentFilter {
  from?: string;
  to?: string;
  country?: string;
  outcome?: Outcome;
  group?: Group;
  /** At least this best figure for `outcome` (and `group` when given). */
  min?: number;
  grade?: string;
  limit?: number;
  offset?: number;
}

/** One thing that changed in an incident (issue 15): what the change log records. */
/** A row of the change log: one group's figure, or "all" for the total across groups (CODEBOOK §3b). */
export type WatchedGroup = Group | "all";

export type ChangeItem =
  | { kind: "new_incident" }
  | {
      kind: "figure";
      outcome: Outcome;
      group: WatchedGroup;
      /** The best figure last reported (null when the row had none). */
      from: number | null;
      to: number | null;
      low: number | null;
      high: number | null;
      /** Who, in the report that caused the change, gave a figure of this row (absent: nobody). */
      claimants?: string[];
    }
  | { kind: "grade"; outcome: Outcome; group: WatchedGroup; from: Grade | null; to: Grade }
  | { kind: "check"; code: string; message: string; claims: string[] }
  /** A report of the incident was stored again under its id with a changed text (issue 10 §2). */
  | { kind: "version"; article: ArticleId; version: number }
  /** An analyst's correction (issue 10 §3), in words, with its number in the corrections' history. */
  | { kind: "correction"; seq: number; text: string };

/** A material change to an incident, as recorded: one per incident and cause, items in order. */
export interface Change {
  /** Increasing with each change recorded (a cursor for readers: `after`). */
  seq: number;
  /** When it was recorded (ISO timestamp, the store's clock). */
  at: string;
  incident: IncidentId;
  /** The incident's title at the time. */
  title: string;
  /** The report whose storing caused it, or null (an analyst's merge or split). */
  article: ArticleId | null;
  items: ChangeItem[];
}

export interface ChangeFilter {
  /** Changes recorded at or after this ISO time. */
  since?: string;
  /** Changes with a sequence number above this. */
  after?: number;
  incident?: IncidentId;
  limit?: number;
}

/** What the change log last reported of an incident, to tell the next change from it. */
export interface WatchSnapshot {
  rows: {
    outcome: Outcome;
    group: WatchedGroup;
    best: number | null;
    low: number | null;
    high: number | null;
    grade: Grade;
  }[];
  /** Keys of the checks already reported (code and claims). */
  checks: string[];
  /** The report versions already reported (`id@version`, versions above 1); absent before migration 5. */
  versions?: string[];
}

/** What an analyst corrected (issue 10 §3). A claim is named `article#claim`, as in incidents. */
export type CorrectionAction =
  // `reading`: the claim as read (incidents/rejections.ts), so that the correction follows the
  // reading rather than the claim's number; absent in corrections stored before it was kept.
  | { kind: "reject"; claim: string; reason: string; reading?: string }
  | { kind: "restore"; claim: string; reason: string | null; reading?: string }
  | { kind: "merge"; from: IncidentId; fromTitle: string; moved: ArticleId[] }
  | { kind: "split"; created: IncidentId; moved: ArticleId[]; emptied: boolean }
  | { kind: "undo"; undoes: number; reason: string | null };

/** A correction as kept: in order (`seq`), when, and the incident it was made on. */
export interface Correction {
  seq: number;
  at: string;
  incident: IncidentId;
  action: CorrectionAction;
}

export interface StoreCounts {
  articles: number;
  /** (article, engine version) pairs that were extracted. */
  extractions: number;
  /** Claims over all versions. */
  claims: number;
  incidents: number;
  links: number;
}

export interface Store {
  /**
   * Stores an article under its id (else its URL): new; unchanged (the same text again); or a new
   * version (another text: the current one, with its newest claims, moves to its history and the
   * article's claims start again empty). Returns the article as stored now.
   */
  putArticle(article: Article, source: string | null): PutArticleResult;
  /** The texts an article had before its current one, oldest first (added for issue 10 §2). */
  articleHistory(id: ArticleId): ArticleVersion[];
  /** The other articles with the same text as this one, in the order they were stored. */
  duplicatesOf(id: ArticleId): ArticleId[];
  getArticle(id: ArticleId): StoredArticle | null;
  /** Each of these articles (null: none), in order (added for issue 14: one round trip on PostgreSQL). */
  getArticles(ids: readonly ArticleId[]): (StoredArticle | null)[];
  listArticles(opts?: { limit?: number; offset?: number }): StoredArticle[];
  /**
   * Appends claims made by an engine version, with the outcomes it read with no figure (model.ts
   * `Mention`, kept beside the claims: migration 9); claims of older versions stay.
   */
  putClaims(article: ArticleId, engineVersion: string, claims: Claim[], mentions?: Mention[]): void;
  /**
   * The claims of an article by the newest engine version that read it, or by `engineVersion`
   * when given (an empty list when that version did not read it).
   */
  getClaims(article: ArticleId, engineVersion?: string): Claim[];
  /**
   * The outcomes with no figure the same version read beside those claims (an empty list when it
   * read none, or was stored before migration 9 kept them).
   */
  getMentions(article: ArticleId, engineVersion?: string): Mention[];
  /** The engine versions that read an article, oldest first (added for ingest and re-extraction). */
  claimVersions(article: ArticleId): string[];
  /** How many rows of each kind the store holds (added for ingest summaries, tests and benches). */
  counts(): StoreCounts;
  putIncident(incident: Incident): void;
  getIncident(id: IncidentId): Incident | null;
  /** Each of these incidents (null: none), in order (added for issue 14: one round trip on PostgreSQL). */
  getIncidents(ids: readonly IncidentId[]): (Incident | null)[];
  listIncidents(filter?: IncidentFilter): Incident[];
  deleteIncident(id: IncidentId): void;
  putLink(link: Link): void;
  linksOf(incident: IncidentId): Link[];
  /** Forgets why an article was in an incident it has left (added for re-linking). */
  deleteLink(incident: IncidentId, article: ArticleId): void;
  /** The incidents an article is in (added for the HTTP API's article view). */
  incidentsOf(article: ArticleId): IncidentId[];
  /**
   * A token that changes whenever stored data changes, by this handle or another process (added
   * so that the HTTP API can keep derived views, such as tallies, until the data changes).
   */
  revision(): string;
  /** Appends a change to the change log (added for issue 15); returns it as stored. */
  addChange(change: Omit<Change, "seq" | "at">): Change;
  /**
   * Appends a change as `addChange` does, reading nothing back (added for issue 14: in a
   * PostgreSQL transaction it goes with the next round trip instead of taking one of its own).
   */
  recordChange(change: Omit<Change, "seq" | "at">): void;
  /** Changes oldest first, filtered. */
  listChanges(filter?: ChangeFilter): Change[];
  /** What the change log last reported of an incident; null when nothing yet. */
  getWatch(incident: IncidentId): WatchSnapshot | null;
  /** Keeps what was reported of an incident (null forgets it, as for an incident merged away). */
  putWatch(incident: IncidentId, snapshot: WatchSnapshot | null): void;
  /**
   * Keeps other writers from linking these blocks until the current transaction ends (added for
   * issue 14: several writers on one PostgreSQL database). Keys are the linker's names of blocks;
   * "*" is every block. Called inside `transaction`. SQLite lets one writer in at a time anyway.
   */
  lockBlocks(keys: readonly string[]): void;
  /**
   * The linker's kept features of these articles (issue 11 §1): each as the JSON it wrote and the
   * key it wrote it under (the linker checks the key); articles with none are left out.
   */
  linkFeatures(articles: readonly ArticleId[]): Map<ArticleId, StoredFeatures>;
  /** Keeps the linker's features of an article, replacing what was kept. */
  putLinkFeatures(article: ArticleId, features: StoredFeatures): void;
  /**
   * Reports by their kept country and event day (added for issue 11 §1: a block is found by an
   * indexed query, whatever incidents earlier batches formed), in day then article order.
   */
  linkKeys(query: LinkKeyQuery): LinkKey[];
  /**
   * Stored articles the linker's index has no row for (no kept features), oldest first: those of
   * a store linked before migration 8 emptied the index (added for issue 11 §1).
   */
  unindexedArticles(): ArticleId[];
  /**
   * Whether every linked report is known to be in the linker's index (migration 11), so that no
   * process need look for the ones `unindexedArticles` would find.
   */
  linkIndexComplete(): boolean;
  /** Records that every linked report is in the linker's index (after re-linking those that were not). */
  markLinkIndexComplete(): void;
  /** Appends an analyst's correction (added for issue 10 §3); returns it as stored. */
  addCorrection(incident: IncidentId, action: CorrectionAction): Correction;
  /** Every correction, oldest first. */
  listCorrections(): Correction[];
  /** Runs `fn` in one transaction: all of it is stored or none. */
  transaction<T>(fn: () => T): T;
  close(): void;
}
