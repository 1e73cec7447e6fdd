// Extraction as a user runs it: one whole `tally extract` process, the articles written to its
// stdin as JSON Lines in the order given, its JSON Lines read back (one result an article).

import { spawn } from "node:child_process";

/**
 * The results of `node CLI extract [...args]` over `articles` ({ id, text, published?, outlet? }),
 * in order. A failed run rejects with the end of what the process wrote to stderr.
 */
export function extractWithCli(cli, articles, args = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "extract", ...args], { stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (d) => (out += d));
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (d) => (err = (err + d).slice(-4000)));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(
            out
              .split("\n")
              .filter((l) => l.trim())
              .map((l) => JSON.parse(l)),
          )
        : reject(new Error(`extract exited ${code}: ${err.trim()}`)),
    );
    for (const a of articles) child.stdin.write(JSON.stringify(a) + "\n");
    child.stdin.end();
  });
}
