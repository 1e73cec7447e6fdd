// The project's own texts, for tests that prove a shortcut sound over every phrasing we have: the
// string literals of every *.test.ts that read like words, the fixture reports and the example
// articles. A phrasing added in a new test takes part as soon as it is written.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function filesUnder(dir: string, keep: (f: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : filesUnder(p, keep);
    return keep(e.name) ? [p] : [];
  });
}

/** The double-quoted and template string literals of a test file that read like words. */
function literals(source: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const s = (m[1] ?? m[2] ?? "").replace(/\\n/g, "\n").replace(/\\(["'`\\])/g, "$1");
    if (/\p{L}+\s+\p{L}+/u.test(s)) out.push(s);
  }
  return out;
}

/** Every text of the project's tests, fixtures and examples. */
export function projectTexts(): string[] {
  const tests = [
    ...filesUnder(path.join(root, "src"), (f) => f.endsWith(".test.ts")),
    ...filesUnder(path.join(root, "test"), (f) => f.endsWith(".test.ts")),
  ];
  const texts = tests.flatMap((f) => literals(fs.readFileSync(f, "utf8")));
  for (const f of filesUnder(path.join(root, "test/fixtures"), (n) => n.endsWith(".txt")))
    texts.push(fs.readFileSync(f, "utf8"));
  for (const f of filesUnder(path.join(root, "examples"), (n) => n.endsWith(".json"))) {
    const a = JSON.parse(fs.readFileSync(f, "utf8")) as { text?: unknown };
    if (typeof a.text === "string") texts.push(a.text);
  }
  return texts;
}
