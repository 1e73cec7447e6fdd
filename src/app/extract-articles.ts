// The extraction use case the adapters call (CLI now, HTTP later): extract each article's claims,
// keeping every problem as a message with its result. The pipeline runs the input checks itself
// (../extract/input-checks.ts); an exception in it is a bug, reported as T011 for that article
// only, so one bad article never stops a run.
import { message } from "../core/errors.js";
import type { Article, ExtractionResult, Message } from "../core/model.js";
import { datasets } from "../core/tally/index.js";
import { extract, type ExtractOptions } from "../extract/pipeline.js";

export { publicationDay } from "../extract/input-checks.js";
export { outputRecord } from "./extract-results.js";
export type { ExtractOptions } from "../extract/pipeline.js";

/** The result of an article that was not extracted: no claims, no figures, its messages. */
export function emptyResult(id: string, messages: Message[]): ExtractionResult {
  return { id, claims: [], mentions: [], tally: [], datasets: datasets([]), messages };
}

/** Extracts one article; never throws. */
export function extractArticle(article: Article, options: ExtractOptions = {}): ExtractionResult {
  try {
    return extract(article, options);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return emptyResult(article.id, [message("T011", detail)]);
  }
}

/** Extracts each article in turn. */
export function extractArticles(
  articles: Iterable<Article>,
  options: ExtractOptions = {},
): ExtractionResult[] {
  return Array.from(articles, (a) => extractArticle(a, options));
}
