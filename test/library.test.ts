// The library entry point as a user's project meets it: a folder whose node_modules/tally is this
// package (built dist/, by test/global-setup.ts), a script importing "tally" by name, run as a
// process. Checks the package's `exports` and that its types name what the README shows.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), "tally-library-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SCRIPT = `
import { extract, openStore, ingest, linkArticle, queryIncidents, exportRecords } from "tally";
import { writeFileSync } from "node:fs";
const text = "Gunmen killed four guards at a checkpoint near Varna on Monday, police said.";
const r = extract({ id: "a1", text, published: "2025-05-06" });
const c = r.claims[0];
const db = process.argv[2];
writeFileSync(db + ".jsonl", JSON.stringify({ id: "a1", text, published: "2025-05-06" }) + "\\n");
const store = openStore(db);
const summary = await ingest(store, [db + ".jsonl"], { onStored: (id) => linkArticle(store, id) });
const records = queryIncidents(store, {}, "ucdp");
const csv = exportRecords(records, "ucdp");
store.close();
console.log(JSON.stringify({ figure: text.slice(c.evidence[0].start, c.evidence[0].end), best: r.datasets.ucdp.best, stored: summary.new, incidents: records.length, csv: csv.split("\\n")[1] }));
`;

describe('import { extract, openStore } from "tally"', () => {
  it("works from another project through the package's exports, with types", { timeout: 60_000 }, () => {
    mkdirSync(path.join(dir, "node_modules"));
    symlinkSync(root, path.join(dir, "node_modules", "tally"), "dir");
    writeFileSync(path.join(dir, "use.mjs"), SCRIPT);
    const r = spawnSync(process.execPath, ["use.mjs", path.join(dir, "t.db")], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as {
      figure: string;
      best: number;
      stored: number;
      incidents: number;
      csv: string;
    };
    expect(out.figure).toContain("four guards");
    expect(out.best).toBe(4);
    expect([out.stored, out.incidents]).toEqual([1, 1]);
    expect(out.csv).toMatch(/,4,4,4,[^,]*,ucdp$/);
    const types = readFileSync(path.join(root, "dist/index.d.ts"), "utf8");
    for (const name of ["extract", "openStore", "ingest", "exportRecords", "type Store", "type StrategyName"])
      expect(types).toContain(name);
    expect(types).toContain('export type * from "./core/model.js"');
    const deep = spawnSync(
      process.execPath,
      ["--input-type=module", "-e", 'await import("tally/dist/cli/main.js")'],
      {
        cwd: dir,
        encoding: "utf8",
      },
    );
    expect(deep.stderr).toContain("ERR_PACKAGE_PATH_NOT_EXPORTED");
  });
});
