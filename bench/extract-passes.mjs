// The extraction's cost pass by pass in one long-running process: how much of a run is V8 warming
// the extractor up, and where its optimised code would take it. Reads a JSON Lines file of
// articles, extracts them all N times (each result made into JSON, as the output is), and prints
// the CPU-ms of each pass (user + system of the process, V8's compiler threads included). Run it
// under the V8 flags being compared, after `npm run build`:
//
//   node --interrupt-budget=1000000 bench/extract-passes.mjs FILE.jsonl [N=4]   (the CLI's budget)
//   node bench/extract-passes.mjs FILE.jsonl [N=4]                              (V8's default)
import fs from "node:fs";
import { extractArticle } from "../dist/app/extract-articles.js";

const [file, n = "4"] = process.argv.slice(2);
if (!file) {
  console.log("usage: node [V8 flags] bench/extract-passes.mjs FILE.jsonl [passes]");
  process.exit(2);
}
const articles = fs
  .readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => {
    const a = JSON.parse(l);
    return { id: String(a.id), text: String(a.text), published: a.published ?? null };
  });
const passes = [];
for (let p = 0; p < (Number(n) || 4); p++) {
  const start = process.cpuUsage();
  for (const a of articles) JSON.stringify(extractArticle(a, { published: a.published }));
  const used = process.cpuUsage(start);
  passes.push(Math.round((used.user + used.system) / 1000));
}
console.log(`CPU-ms per pass over ${articles.length} articles: ${passes.join(" / ")}`);
