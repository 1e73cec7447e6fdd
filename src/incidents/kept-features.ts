// The linker's features of a report kept in the store (issue 11 §1, migration 7), so that a
// process re-linking a block reads its reports' features instead of deriving them again from
// their text and claims (places, type, actors, words: most of a re-link's cost in a new process).
// A kept row is used only under the key it was written with: the features' version, the text's
// hash and the claims' engine version. Raise FEATURES_VERSION whenever what features.ts reads
// changes (its rules, the gazetteer, the lexicons it uses); `tally relink` reads every report again
// whatever is kept.
import type { StoredArticle } from "../store/store.js";
import type { ArticleFeatures } from "./features.js";

export const FEATURES_VERSION = 18;

/** What a report's features were read from. */
export function featuresKey(article: StoredArticle, engineVersion: string): string {
  return `${FEATURES_VERSION}:${article.hash}:${engineVersion}`;
}

/** Features as JSON (their word maps as arrays of entries). */
export function encodeFeatures(f: ArticleFeatures): string {
  return JSON.stringify({ ...f, terms: [...f.terms], names: [...f.names] });
}

/** Features from their JSON; null when it is not what `encodeFeatures` wrote. */
export function decodeFeatures(body: string): ArticleFeatures | null {
  try {
    const raw = JSON.parse(body) as Omit<ArticleFeatures, "terms" | "names"> & {
      terms: [string, number][];
      names: [string, number][];
    };
    if (!Array.isArray(raw.terms) || !Array.isArray(raw.names) || typeof raw.id !== "string") return null;
    // (kept before the counts were: read again from the text)
    if (!raw.counts) return null;
    return {
      ...raw,
      figures: raw.figures ?? [],
      targets: raw.targets ?? [],
      victims: raw.victims ?? [],
      weapons: raw.weapons ?? [],
      terms: new Map(raw.terms),
      names: new Map(raw.names),
    };
  } catch {
    return null;
  }
}
