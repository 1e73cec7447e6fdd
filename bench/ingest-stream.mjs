// The streaming check (issue 11 §3): `node bench/ingest-stream.mjs` after `npm run build`.
//
// A whole `tally ingest - --db FRESH.db --list` process reads JSON Lines trickled on its stdin,
// a line at a time with the feed idle between (the next is written PAUSE_MS after the last was
// stored); for each line the bench times how long after it was written the process printed it as
// stored (`--list` prints an article only once its batch is committed, linked and all). The first
// line also pays the process's start-up and the first linking's loads (the gazetteer); the later
// ones show what streaming costs. The texts are written
// here, a report per line of the same shape with its own town and figures: no evaluation data.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout } from "node:timers";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist/cli/main.js");
const LINES = 6;
const PAUSE_MS = 500;
const TARGET_MS = 1000;
const TOWNS = ["Quetta", "Peshawar", "Kandahar", "Mosul", "Maiduguri", "Gao", "Goma", "Kismayo"];

if (!fs.existsSync(cli)) {
  console.error("ingest-stream: dist/ is missing; run `npm run build` first.");
  process.exit(1);
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tally-bench-stream-"));
try {
  const results = await trickle(path.join(tmp, "stream.db"));
  const later = results.slice(1).map((r) => r.ms);
  console.log(
    `first line stored after ${results[0].ms} ms (with start-up and the gazetteer's load); ` +
      `later lines after ${Math.min(...later)}–${Math.max(...later)} ms ` +
      `(target ${TARGET_MS} ms: ${Math.max(...later) <= TARGET_MS ? "met" : "NOT met"})`,
  );
  fs.mkdirSync(path.join(root, "bench/results"), { recursive: true });
  fs.writeFileSync(path.join(root, "bench/results/ingest-stream.json"), JSON.stringify(results, null, 2));
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

function report(i) {
  const town = TOWNS[i % TOWNS.length];
  const day = String(1 + i).padStart(2, "0");
  return JSON.stringify({
    id: `stream-${i}`,
    published: `2025-03-${day}`,
    text: `${town}: Gunmen killed ${i + 3} people and wounded ${i + 5} at a market in ${town} on Monday, police said.`,
  });
}

/**
 * Writes a report, waits until the process prints it stored, pauses PAUSE_MS (the feed is idle),
 * writes the next; resolves with each one's time from written to printed.
 */
function trickle(db) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "ingest", "-", "--db", db, "--list", "--no-progress"], {
      stdio: ["pipe", "pipe", "inherit"],
    });
    const results = [];
    let out = "";
    let waiting = null;
    const next = () => {
      const i = results.length;
      if (i === LINES) return child.stdin.end();
      waiting = { id: `stream-${i}`, at: performance.now() };
      child.stdin.write(`${report(i)}\n`);
    };
    child.stdout.on("data", (chunk) => {
      out += chunk;
      if (waiting && out.includes(`${waiting.id}\t`)) {
        results.push({ id: waiting.id, ms: Math.round(performance.now() - waiting.at) });
        waiting = null;
        setTimeout(next, PAUSE_MS);
      }
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 && results.length === LINES
        ? resolve(results)
        : reject(new Error(`ingest exited ${code} with ${results.length} of ${LINES} lines stored:\n${out}`)),
    );
    next();
  });
}
