// Reading rows back from either database (./sqlite-store.ts, ./pg-store.ts): each value checked
// with zod (./rows.ts) and parsed into the model, a malformed one reported as T014 naming the
// database; and the small date and version helpers both stores use.
import { z } from "zod";
import { CATALOGUE, TallyError, type ErrorCode } from "../core/errors.js";
import type { Article } from "../core/model.js";
import {
  articleRow,
  articleVersionRow,
  changeBody,
  claimBody,
  correctionAction,
  correctionRow,
  changeRow,
  incidentBody,
  linkRow,
  mentionsJson,
  reasonsJson,
  watchSnapshot,
  type ArticleRow,
} from "./rows.js";
import type { ArticleVersion } from "./identity.js";
import type {
  ArticleId,
  Change,
  ChangeItem,
  Correction,
  CorrectionAction,
  Incident,
  IncidentId,
  Link,
  StoredArticle,
  WatchSnapshot,
} from "./store.js";
import { compareVersions } from "./versions.js";

export const stringValue = z.string();
export const countValue = z.number().int().nonnegative();
export const incidentRow = z.object({ id: z.string(), rev: z.number().int() });
export const countsRow = z.object({
  articles: countValue,
  extractions: countValue,
  claims: countValue,
  incidents: countValue,
  links: countValue,
});

export function check<T>(path: string, schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue ? `${issue.path.join(".") || "row"}: ${issue.message}` : "a row";
  throw new TallyError("T014", withPath("T014", path, `a stored row is malformed (${where})`));
}

export function json(path: string, value: unknown): unknown {
  try {
    return JSON.parse(check(path, stringValue, value));
  } catch (e) {
    if (e instanceof TallyError) throw e;
    throw new TallyError("T014", withPath("T014", path, "a stored JSON value is malformed"));
  }
}

export function toArticle(path: string, raw: unknown): StoredArticle {
  return articleOf(path, check(path, articleRow, raw));
}

/** A row of `articles` known to be well formed (one just written) as an article. */
export function articleOf(path: string, row: ArticleRow): StoredArticle {
  return {
    id: row.id as ArticleId,
    text: row.text,
    published: row.published,
    outlet: row.outlet,
    url: row.url,
    title: row.title,
    hash: row.hash,
    ingestedAt: row.ingested_at,
    source: row.source,
    version: row.version ?? 1,
    ...factsOf(path, row.facts ?? null),
  };
}

/** A row of `article_versions` as an earlier version of an article (its claims checked too). */
export function toArticleVersion(path: string, raw: unknown): ArticleVersion {
  const row = check(path, articleVersionRow, raw);
  const claims = check(path, z.array(z.unknown()), json(path, row.claims)).map((c) =>
    check(path, claimBody, c),
  );
  return {
    article: row.article as ArticleId,
    version: row.version,
    hash: row.hash,
    text: row.text,
    published: row.published,
    outlet: row.outlet,
    url: row.url,
    title: row.title,
    source: row.source,
    ingestedAt: row.ingested_at,
    replacedAt: row.replaced_at,
    engineVersion: row.engine_version,
    claims,
    mentions: row.mentions == null ? [] : check(path, mentionsJson, json(path, row.mentions)),
  };
}

const inputPlace = z.object({
  location: z.string().nullable(),
  admin2: z.string().nullable(),
  admin1: z.string().nullable(),
  country: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});
const articleFacts = z.object({ place: inputPlace.nullable(), language: z.string().nullable() });

/** An article's stored facts column: its input place and language (nothing when none was given). */
function factsOf(path: string, raw: string | null): Pick<StoredArticle, "place" | "language"> {
  if (raw === null) return {};
  return check(path, articleFacts, json(path, raw));
}

/** The facts column of an article: null when the input gave neither place nor language. */
function factsColumn(a: Pick<StoredArticle, "place" | "language">): string | null {
  if (!a.place && !a.language) return null;
  return JSON.stringify({ place: a.place ?? null, language: a.language ?? null });
}

/** The row a new article is stored as, in either engine. */
export function newArticleRow(
  article: Article,
  stored: { id: string; hash: string; source: string | null; at: string; version?: number },
): ArticleRow & { facts: string | null; version: number } {
  return {
    id: stored.id,
    hash: stored.hash,
    text: article.text,
    published: article.published ?? null,
    outlet: article.outlet ?? null,
    url: article.url ?? null,
    title: article.title ?? null,
    source: stored.source,
    ingested_at: stored.at,
    facts: factsColumn(article),
    version: stored.version ?? 1,
  };
}

/** A row of the change log as a change (both engines). */
export function toChange(path: string, raw: unknown): Change {
  const row = check(path, changeRow, raw);
  const body = check(path, changeBody, json(path, row.body));
  return {
    seq: row.seq,
    at: row.at,
    incident: row.incident as IncidentId,
    title: body.title,
    article: row.article as ArticleId | null,
    items: body.items as ChangeItem[],
  };
}

/** A row of the corrections' history as a correction (both engines). */
export function toCorrection(path: string, raw: unknown): Correction {
  const row = check(path, correctionRow, raw);
  return {
    seq: row.seq,
    at: row.at,
    incident: row.incident as IncidentId,
    action: check(path, correctionAction, json(path, row.body)) as CorrectionAction,
  };
}

/** A stored watch snapshot's JSON, read and checked. */
export function toWatch(path: string, snapshot: unknown): WatchSnapshot {
  return check(path, watchSnapshot, json(path, snapshot));
}

export function toLink(path: string, raw: unknown): Link {
  const row = check(path, linkRow, raw);
  return {
    incident: row.incident as IncidentId,
    article: row.article as ArticleId,
    score: row.score,
    reasons: check(path, reasonsJson, json(path, row.reasons)),
    by: row.linked_by,
  };
}

export function toIncident(path: string, raw: unknown): Incident {
  const body = check(path, incidentBody, json(path, raw));
  return { ...body, id: body.id as IncidentId, articles: body.articles.map((a) => a as ArticleId) };
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** The day `n` days after a YYYY-MM-DD day (before, for negative `n`). */
export function addDays(day: string, n: number): string {
  const t = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? day : new Date(t + n * 86_400_000).toISOString().slice(0, 10);
}

export function newest(versions: string[]): string | undefined {
  // Ties (equal versions) cannot occur: a version reads an article once.
  return versions.reduce<string | undefined>(
    (a, b) => (a === undefined || compareVersions(b, a) >= 0 ? b : a),
    undefined,
  );
}

/** "<database>: <catalogue text> (<detail>)": the message of a database's TallyError. */
export function withPath(code: ErrorCode, path: string, detail: string): string {
  return `${path}: ${CATALOGUE[code].text} (${detail})`;
}
