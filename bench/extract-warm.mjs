// The warm figure of bench/extract.mjs: the extraction in one long-running process after the code
// has been compiled and optimised. Reads a JSON Lines file (the first MB of its articles, default
// 2), extracts them all once, then again, each pass timed by CPU time (the first pays for V8's warm-up), building each output line as
// `tally extract` does; prints {articles, mb, cpu_s, first_cpu_s, peak_rss_mb} as JSON.
//
//   node bench/extract-warm.mjs FILE.jsonl [MB]
import fs from "node:fs";
import { extractArticle } from "../dist/app/extract-articles.js";

const [file, mbArg] = process.argv.slice(2);
const limit = (Number(mbArg) || 2) * 1e6;
const articles = [];
let bytes = 0;
for (const line of fs.readFileSync(file, "utf8").split("\n")) {
  if (!line.trim() || bytes >= limit) continue;
  const a = JSON.parse(line);
  articles.push({ id: String(a.id), text: String(a.text), published: a.published ?? null });
  bytes += Buffer.byteLength(a.text, "utf8");
}

function pass() {
  let chars = 0;
  for (const a of articles) {
    const r = extractArticle(a, { published: a.published });
    chars += JSON.stringify({
      id: r.id,
      claims: r.claims,
      tally: r.tally,
      datasets: r.datasets,
      messages: r.messages,
    }).length;
  }
  return chars;
}

const start = process.cpuUsage();
pass();
const first = process.cpuUsage(start);
const before = process.cpuUsage();
pass();
const used = process.cpuUsage(before);
console.log(
  JSON.stringify({
    articles: articles.length,
    mb: bytes / 1e6,
    cpu_s: (used.user + used.system) / 1e6,
    first_cpu_s: (first.user + first.system) / 1e6,
    peak_rss_mb: process.resourceUsage().maxRSS / 1024,
  }),
);
