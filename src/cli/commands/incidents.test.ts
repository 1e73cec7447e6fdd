// The incident commands against a real SQLite file, run as the built CLI (dist/, built by
// test/global-setup.ts): list, show, export, merge and split, and an unknown id.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkArticle } from "../../incidents/link.js";
import { BUS_1, BUS_2, ZHOB, claimsOf } from "../../incidents/test-helpers.js";
import { openSqliteStore } from "../../store/sqlite-store.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const CLI = path.join(root, "dist/cli/main.js");
let dir = "";
let db = "";
let bus = "";
let zhob = "";

const run = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args, "--db", db], { encoding: "utf8" });

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "tally-incidents-"));
  db = path.join(dir, "t.db");
  const store = openSqliteStore(db);
  for (const a of [BUS_1, ZHOB, BUS_2]) {
    const { article } = store.putArticle(a, "test");
    store.putClaims(article.id, "test-1", claimsOf(a.id));
    const [id] = linkArticle(store, article.id);
    if (a === BUS_1) bus = id!;
    if (a === ZHOB) zhob = id!;
  }
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("tally incidents / show / export", () => {
  it("lists incidents, filtered by the tally", () => {
    const all = run("incidents");
    expect(all.status).toBe(0);
    expect(all.stdout).toContain(bus);
    expect(all.stdout).toContain(zhob);
    const contested = run("incidents", "--grade", "contested");
    expect(contested.stdout).toContain(bus);
    expect(contested.stdout).not.toContain(zhob);
    expect(run("incidents", "--outcome", "killed", "--min", "7").stdout).toContain(zhob);
    expect(run("incidents", "--min", "100").stdout).toBe("No incidents match.\n");
  });

  it("pages the list with --limit and --offset", () => {
    const ids = (out: string) => [...out.matchAll(/^(inc-\S+)/gm)].map((m) => m[1]);
    const all = ids(run("incidents").stdout);
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(ids(run("incidents", "--limit", "1").stdout)).toEqual(all.slice(0, 1));
    expect(ids(run("incidents", "--limit", "1", "--offset", "1").stdout)).toEqual(all.slice(1, 2));
    expect(ids(run("incidents", "--grade", "contested", "--limit", "5", "--offset", "5").stdout)).toEqual([]);
    expect(run("incidents", "--limit", "0").status).toBe(2);
  });

  it("fails with a clear message on a --db that does not exist, and creates nothing", () => {
    const absent = path.join(dir, "absent.db");
    for (const args of [["incidents"], ["show", "inc-x"], ["export", "--format", "json"], ["changes"]]) {
      const r = spawnSync(process.execPath, [CLI, ...args, "--db", absent], { encoding: "utf8" });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`No database at ${absent}`);
      expect(r.stderr).toContain("tally ingest");
      expect(existsSync(absent)).toBe(false);
    }
  });

  it("shows the tally with contested figures marked, the claims' sentences and the timeline", () => {
    const r = run("show", bus, "--strategy", "range");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/killed +security_forces +2 +- +12 +! contested +2 +12/);
    expect(r.stdout).toContain(
      "(armed group): 12 — “The Baloch Liberation Front claimed that 12 soldiers had died.”",
    );
    expect(r.stdout).toMatch(/Timeline by side[\s\S]*killed security_forces · armed group: 2025-06-04 12/);
  });

  it("exports CSV with the dataset's header", () => {
    const r = run("export", "--format", "ucdp");
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe(
      "id,year,type_of_violence,side_a,side_b,where_prec,latitude,longitude,country,adm_1,date_start,date_end,date_prec,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,source_original,tally_strategy",
    );
  });

  it("merges and splits, and names an unknown incident", () => {
    expect(run("incidents", "merge", bus, zhob).stdout).toContain(`merged ${zhob} into ${bus}: 3 reports`);
    const split = run("incidents", "split", bus, "zhob-1");
    expect(split.status).toBe(0);
    expect(split.stdout).toMatch(/split 1 reports into inc-\S+; .* keeps 2/);
    const missing = run("show", "inc-nope");
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("No incident inc-nope");
  });
});
