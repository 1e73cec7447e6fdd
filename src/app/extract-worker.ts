// A worker thread of ./extract-pool.ts: extracts the articles it is sent, one at a time, and
// answers each with the same id, as the result object (with the article's linking features for
// an ingest that links) or as the output record's JSON text; reads
// lines of JSON Lines and extracts their articles; or reads content it is sent into articles (an
// upload, read off the server's event loop).
import { parentPort } from "node:worker_threads";
import type { Article, ExtractionResult } from "../core/model.js";
import type * as FeaturesAhead from "../incidents/features-ahead.js";
import type { ExtractOptions } from "./extract-articles.js";
import { outputRecord } from "./extract-results.js";
import { loadExtractor } from "./load-extractor.js";
import type { ExtractedJson, ExtractedLine, LineOutput, SourceLine, Task, Reply } from "./extract-pool.js";
import { readJsonLine } from "./read-articles.js";
import { readContent } from "./read-content.js";

// (From V8's code cache where the build made one, as `tally extract` on its own thread loads it.)
const { extractArticle } = await loadExtractor();

async function answer(task: Task): Promise<Reply> {
  if (task.as === "read") {
    const { name, content } = task.source;
    try {
      const read = await readContent({ name, content: Buffer.from(content) }, task.ext, task.published);
      return { id: task.id, read };
    } catch (e) {
      return { id: task.id, error: e instanceof Error ? e.message : String(e) };
    }
  }
  if (task.as === "lines")
    return { id: task.id, lines: task.lines.map((line) => extractLine(line, task.options, task.output)) };
  if (task.as === "result") {
    const result = extractArticle(task.article, task.options);
    if (task.linking === undefined) return { id: task.id, result };
    if (task.gazetteer) (await import("../incidents/geonames.js")).useSharedGazetteer(task.gazetteer);
    return { id: task.id, result, features: await featuresOf(task.article, result, task.linking) };
  }
  return { id: task.id, json: extractJson(task.article, task.options, task.indent) };
}

/**
 * The article's linking features (incidents/features-ahead.ts, loaded on first use: only an
 * ingest that links asks), or null when reading them failed (the linker then reads them itself).
 */
async function featuresOf(article: Article, result: ExtractionResult, engineVersion: string) {
  try {
    const { featuresAhead } = await (ahead ??= import("../incidents/features-ahead.js"));
    return featuresAhead(article, result.claims, engineVersion);
  } catch {
    return null;
  }
}
let ahead: Promise<typeof FeaturesAhead> | null = null;

function extractJson(article: Article, options: ExtractOptions, indent: number | undefined): ExtractedJson {
  const result = extractArticle(article, options);
  const json = JSON.stringify(outputRecord(result), null, indent);
  return { json, messages: result.messages, claims: result.claims.length };
}

function extractLine(line: SourceLine, options: ExtractOptions, output: LineOutput): ExtractedLine {
  const read = readJsonLine(line.name, line.text, line.n, options.published ?? undefined);
  const article = read.articles[0];
  if (!article) return { read: read.messages, article: null };
  if (output === "result")
    return { read: read.messages, article: { article, result: extractArticle(article, options) } };
  return { read: read.messages, article: { json: extractJson(article, options, output.json) } };
}

parentPort!.on("message", (task: Task) => void answer(task).then((reply) => parentPort!.postMessage(reply)));
