// A new report's linking features read on the thread that extracts it (an ingest's worker, issue
// 11: ingest on two cores): reading a report's places, days, type and actors cost the thread that
// stores and links as much as the extraction costs the worker. They are kept as the store keeps
// them (kept-features.ts), under the key the report will have once stored under its own id with
// its own text, so that the linker reads them back (summary.ts `featuresOf`) instead of reading
// the report again; under any other key they are never read.
import type { Article, Claim } from "../core/model.js";
import type { ArticleId, StoredArticle, StoredFeatures } from "../store/store.js";
import { contentHash } from "../store/versions.js";
import { articleFeatures } from "./features.js";
import { encodeFeatures, featuresKey } from "./kept-features.js";

/** The features of `article`, not stored yet, as the store keeps them once it is (read by `engineVersion`). */
export function featuresAhead(
  article: Article,
  claims: readonly Claim[],
  engineVersion: string,
): StoredFeatures {
  const stored: StoredArticle = {
    ...article,
    id: article.id as ArticleId,
    hash: contentHash(article.text),
    published: article.published ?? null,
    version: 1,
    ingestedAt: "",
    source: null,
  };
  const f = articleFeatures(stored, claims);
  return { key: featuresKey(stored, engineVersion), body: encodeFeatures(f), iso: f.iso, day: f.eventDate };
}
