// A worker thread of ./extract-pool.ts: extracts the articles it is sent, one at a time, and
// answers each with the same id, as the result object or as the output record's JSON text; or
// reads content it is sent into articles (an upload, read off the server's event loop).
import { parentPort } from "node:worker_threads";
import { extractArticle } from "./extract-articles.js";
import { outputRecord } from "./extract-results.js";
import type { Task, Reply } from "./extract-pool.js";
import { readContent } from "./read-content.js";

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
  const result = extractArticle(task.article, task.options);
  if (task.as === "result") return { id: task.id, result };
  const json = JSON.stringify(outputRecord(result), null, task.indent);
  return { id: task.id, json: { json, messages: result.messages, claims: result.claims.length } };
}

parentPort!.on("message", (task: Task) => void answer(task).then((reply) => parentPort!.postMessage(reply)));
