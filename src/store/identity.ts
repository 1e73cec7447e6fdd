// An article's identity (issue 10 §2), the same in every store: an article is its id (the input's
// id, else its URL). Stored again with the same text it is unchanged; with another text it is the
// article's next version, the text it replaces kept in its history with the claims read from it;
// under another id with a text already stored it is a new article, a duplicate of the other
// (found by the text's hash, counted once in an incident's tallies: incidents/incident-tally.ts).
import type { Article, Claim, Mention } from "../core/model.js";
import type { ArticleRow, ArticleVersionRow } from "./rows.js";
import type { ArticleId, StoredArticle } from "./store.js";
import { articleIdFor } from "./versions.js";

/** What storing an article did: a new id, the same text again, or a changed text (a new version). */
export type PutStatus = "new" | "unchanged" | "version";

export interface PutArticleResult {
  article: StoredArticle;
  /** Whether the stored text is one not read before under this id (new, or a new version). */
  created: boolean;
  status: PutStatus;
}

/** A text an article had before its current version, with what was read from it. */
export interface ArticleVersion {
  article: ArticleId;
  version: number;
  hash: string;
  text: string;
  published: string | null;
  outlet: string | null;
  url: string | null;
  title: string | null;
  source: string | null;
  ingestedAt: string;
  /** When the next version replaced it (the store's clock). */
  replacedAt: string;
  /** The engine version whose claims are kept with it (null: it was never read). */
  engineVersion: string | null;
  claims: Claim[];
  /** The outcomes that reading stated with no figure (model.ts `Mention`); empty where none were kept. */
  mentions: Mention[];
}

/** The id an article is stored under: its own id, else its URL, else the start of its hash. */
export function articleKey(article: Pick<Article, "id" | "url">, hash: string): string {
  return article.id.trim() || article.url?.trim() || hash.slice(0, 16);
}

/** How an article relates to the one stored under its id (null: none is). */
function statusOf(stored: { hash: string } | null, hash: string): PutStatus {
  if (stored === null) return "new";
  return stored.hash === hash ? "unchanged" : "version";
}

/** What a store reads to place an article (its rows, of whatever shape it keeps). */
export interface IdentityLookups<R extends { id: string; hash: string }> {
  byId(id: string): R | null;
  /** The first article stored with this text. */
  byHash(hash: string): R | null;
}

/**
 * Where an article goes: the id it is stored under, the row stored there now (null: none) and
 * what storing it is. An article named by its input (id, URL, file name) is that id; one the input
 * named by nothing (`idGiven: false`) is its text: unchanged where the text is stored, else new,
 * under its made-up id while free, else that id and a part of its hash.
 */
export function placeArticle<R extends { id: string; hash: string }>(
  article: Pick<Article, "id" | "url" | "idGiven">,
  hash: string,
  look: IdentityLookups<R>,
): { id: string; known: R | null; status: PutStatus } {
  if (article.idGiven === false) {
    const same = look.byHash(hash);
    if (same) return { id: same.id, known: same, status: "unchanged" };
    const id = articleIdFor(articleKey(article, hash), hash, (c) => look.byId(c) !== null);
    return { id, known: null, status: "new" };
  }
  const id = articleKey(article, hash);
  const known = look.byId(id);
  return { id, known, status: statusOf(known, hash) };
}

/** The history row of an article's current row (`current`), kept when a new version replaces it. */
export function versionRow(
  current: ArticleRow,
  read: { engineVersion: string | null; claims: Claim[]; mentions: Mention[] },
  replacedAt: string,
): ArticleVersionRow {
  return {
    article: current.id,
    version: current.version ?? 1,
    hash: current.hash,
    text: current.text,
    published: current.published,
    outlet: current.outlet,
    url: current.url,
    title: current.title,
    source: current.source,
    ingested_at: current.ingested_at,
    facts: current.facts ?? null,
    engine_version: read.engineVersion,
    claims: JSON.stringify(read.claims),
    replaced_at: replacedAt,
    mentions: JSON.stringify(read.mentions),
  };
}

/** The columns of `article_versions`, in the order both engines insert them. */
export const VERSION_COLUMNS =
  "article, version, hash, text, published, outlet, url, title, source, ingested_at, facts, engine_version, claims, replaced_at, mentions";

/** A history row's values in VERSION_COLUMNS order. */
export function versionValues(row: ArticleVersionRow): (string | number | null)[] {
  return [
    row.article,
    row.version,
    row.hash,
    row.text,
    row.published,
    row.outlet,
    row.url,
    row.title,
    row.source,
    row.ingested_at,
    row.facts,
    row.engine_version,
    row.claims,
    row.replaced_at,
    row.mentions ?? null,
  ];
}
