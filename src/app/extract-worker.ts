// A worker thread of ./extract-pool.ts: extracts the articles it is sent, one at a time, and
// answers each with the same id, as the result object or as the output record's JSON text.
import { parentPort } from "node:worker_threads";
import { extractArticle } from "./extract-articles.js";
import { outputRecord } from "./extract-results.js";
import type { Task, Reply } from "./extract-pool.js";

function answer(task: Task): Reply {
  const result = extractArticle(task.article, task.options);
  if (task.as === "result") return { id: task.id, result };
  const json = JSON.stringify(outputRecord(result), null, task.indent);
  return { id: task.id, json: { json, messages: result.messages, claims: result.claims.length } };
}

parentPort!.on("message", (task: Task) => parentPort!.postMessage(answer(task)));
