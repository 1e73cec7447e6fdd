// The output record of an extraction result. Apart from ./extract-articles.ts so that a caller
// handing the work to ./extract-pool.ts does not load the pipeline, and apart from the tally
// (../core/tally/), which `emptyResult` in ./extract-articles.ts needs: `tally extract`'s own
// thread and each worker would compile it (~23 M instructions) beside the extractor's copy.
import type { ExtractionResult } from "../core/model.js";

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
