// Extraction results that need no extraction: the output record of a result, and the result of
// an article that was not extracted. Apart from ./extract-articles.ts so that a caller handing
// the work to ./extract-pool.ts does not load the pipeline.
import type { ExtractionResult, Message } from "../core/model.js";
import { datasets } from "../core/tally/index.js";

/** The record `tally extract` writes for an article (and the pool's JSON): fields in a fixed order. */
export function outputRecord(r: ExtractionResult) {
  return {
    id: r.id,
    claims: r.claims,
    mentions: r.mentions,
    tally: r.tally,
    datasets: r.datasets,
    messages: r.messages,
  };
}

/** The result of an article that was not extracted: no claims, no figures, its messages. */
export function emptyResult(id: string, messages: Message[]): ExtractionResult {
  return { id, claims: [], mentions: [], tally: [], datasets: datasets([]), messages };
}
