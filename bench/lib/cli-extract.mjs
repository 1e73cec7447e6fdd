// Extraction as a user runs it: one whole `tally extract` process, the articles written to its
// stdin as JSON Lines in the order given, its JSON Lines read back (one result an article).

import { spawn } from "node:child_process";

/** The results of `node CLI extract` over `articles` ({ id, text, published?, outlet? }), in order. */
export function extractWithCli(cli, articles) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "extract"], { stdio: ["pipe", "pipe", "ignore"] });
    let out = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(
            out
              .split("\n")
              .filter((l) => l.trim())
              .map((l) => JSON.parse(l)),
          )
        : reject(new Error(`extract exited ${code}`)),
    );
    for (const a of articles) child.stdin.write(JSON.stringify(a) + "\n");
    child.stdin.end();
  });
}
