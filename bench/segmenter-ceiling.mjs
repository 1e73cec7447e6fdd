// The ceiling beside `tally extract` in bench/extract.mjs: the least a reader of the same JSON Lines
// could do in one pass as a whole process. Reads each file, parses each line, splits each
// paragraph of the text into sentences with Intl.Segmenter (ICU, as Tally's segmentation does)
// and writes one JSON line an article with its sentences' [start, end) offsets.
//
//   node bench/segmenter-ceiling.mjs FILE.jsonl... > out.jsonl
import fs from "node:fs";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

function sentences(text) {
  const spans = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    if (end > start)
      for (const s of segmenter.segment(text.slice(start, end)))
        spans.push([start + s.index, start + s.index + s.segment.length]);
    start = end + 1;
  }
  return spans;
}

const out = [];
for (const file of process.argv.slice(2)) {
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const article = JSON.parse(line);
    out.push(JSON.stringify({ id: article.id, sentences: sentences(String(article.text ?? "")) }));
    if (out.length >= 256) process.stdout.write(out.splice(0).join("\n") + "\n");
  }
}
if (out.length) process.stdout.write(out.join("\n") + "\n");
