import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { Article } from "../core/model.js";
import { MemoryStore } from "../store/memory-store.js";
import { openSqliteStore } from "../store/sqlite-store.js";
import type { ArticleId, Store } from "../store/store.js";
import { periodDays, periodOf } from "./block.js";
import { linkArticles, mergeIncidents, relinkAll, splitIncident } from "./link.js";

// Reports written for this test: attacks in five towns, each reported on its day and again as
// its toll rises days later, some across the start of a linking period (2025-06-05).
const TOWNS = [
  ["Zhob", "Balochistan, Pakistan", "bomb exploded in a vegetable market"],
  ["Peshawar", "Khyber Pakhtunkhwa, Pakistan", "suicide bomber struck a police checkpoint"],
  ["Lahore", "Punjab, Pakistan", "gunmen opened fire on a wedding party"],
  ["Karachi", "Sindh, Pakistan", "grenade was thrown at a bus stop"],
  ["Kandahar", "Kandahar province, Afghanistan", "car bomb went off outside a mosque"],
] as const;

function report(n: number, town: number, day: string, follow: boolean): Article {
  const [name, where, what] = TOWNS[town]!;
  const text = follow
    ? `${name.toUpperCase()}: The toll from the attack in ${name}, ${where}, in which a ${what}, ` +
      `rose to ${12 + n} on ${day}, hospital officials in ${name} said.`
    : `${name.toUpperCase()}: A ${what} in ${name}, ${where}, on ${day}, killing ${3 + n} people, ` +
      `police in ${name} said.`;
  return { id: `r${n}`, published: day, outlet: "The Test Courier", text };
}

const REPORTS: Article[] = [
  report(0, 0, "2025-06-03", false),
  report(1, 0, "2025-06-06", true), // the next period
  report(2, 1, "2025-06-04", false),
  report(3, 1, "2025-06-04", true),
  report(4, 2, "2025-05-20", false),
  report(5, 2, "2025-05-23", true),
  report(6, 3, "2025-06-10", false),
  report(7, 4, "2025-06-05", false),
  report(8, 4, "2025-06-08", true),
  {
    id: "r9",
    published: "2025-07-20",
    outlet: "Daily Example",
    text: "ZHOB: Gunmen kidnapped two engineers on the road outside Zhob, Balochistan, Pakistan, police said.",
  }, // Zhob again, weeks later: another attack
  report(10, 3, "2025-06-12", true),
];

function shuffled<T>(xs: readonly T[]): T[] {
  let seed = 11;
  const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  return xs
    .map((x) => [rnd(), x] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, x]) => x);
}

/** The grouping of the reports stored in `order` and linked `per` at a time. */
function grouping(order: readonly Article[], per: number): string[] {
  const store = new MemoryStore({ now: () => "2025-07-01T00:00:00.000Z" });
  const ids = order.map((a) => store.putArticle(a, "test").article.id);
  for (let i = 0; i < ids.length; i += per) linkArticles(store, ids.slice(i, i + per));
  return store
    .listIncidents()
    .map((i) => [...i.articles].sort().join(" "))
    .sort();
}

describe("linking in fixed periods", () => {
  it("gives the same incidents whatever batches and order the reports come in", { timeout: 30_000 }, () => {
    expect(periodDays(periodOf("2025-06-06")).from).toBe("2025-06-05");
    const whole = grouping(REPORTS, REPORTS.length);
    expect(whole).toContain("r0 r1"); // across the start of a period
    expect(whole).toContain("r7 r8");
    expect(whole).toContain("r4 r5");
    expect(whole).toContain("r9");
    expect(whole).toContain("r10 r6");
    for (const order of [REPORTS, [...REPORTS].reverse(), shuffled(REPORTS)])
      for (const per of [1, 3, REPORTS.length]) expect(grouping(order, per)).toEqual(whole);
  });

  it("keeps an analyst's split when later reports re-link the period", () => {
    const store = new MemoryStore({ now: () => "2025-07-01T00:00:00.000Z" });
    const ids = REPORTS.slice(0, 4).map((a) => store.putArticle(a, "test").article.id);
    linkArticles(store, ids);
    const [zhob] = store.incidentsOf("r0" as ArticleId);
    splitIncident(store, zhob!, ["r1" as ArticleId]);
    const later = REPORTS.slice(4).map((a) => store.putArticle(a, "test").article.id);
    linkArticles(store, later);
    const r0 = store.incidentsOf("r0" as ArticleId);
    const r1 = store.incidentsOf("r1" as ArticleId);
    expect(r0).toHaveLength(1);
    expect(r1).toHaveLength(1);
    expect(r0[0]).not.toBe(r1[0]);
  });

  it("keeps an analyst's merge across periods through later batches and a whole re-link", () => {
    const store = new MemoryStore({ now: () => "2025-07-01T00:00:00.000Z" });
    const first = [REPORTS[0]!, REPORTS[9]!, REPORTS[2]!].map((a) => store.putArticle(a, "test").article.id);
    linkArticles(store, first);
    const [a] = store.incidentsOf("r0" as ArticleId);
    const [b] = store.incidentsOf("r9" as ArticleId);
    expect(a).not.toBe(b);
    mergeIncidents(store, a!, b!);
    linkArticles(
      store,
      REPORTS.filter((r) => !["r0", "r9", "r2"].includes(r.id)).map(
        (r) => store.putArticle(r, "test").article.id,
      ),
    );
    relinkAll(store);
    const together = store.incidentsOf("r0" as ArticleId);
    expect(store.incidentsOf("r9" as ArticleId)).toEqual(together);
    // A later report of the first attack still joins it.
    expect(store.incidentsOf("r1" as ArticleId)).toEqual(together);
    expect(store.incidentsOf("r2" as ArticleId)).not.toEqual(together);
  });

  it("finds the reports of a store linked before the index (migration 8 emptied it)", () => {
    const dir = mkdtempSync(join(tmpdir(), "tally-relink-"));
    const file = join(dir, "tally.db");
    const now = () => "2025-07-01T00:00:00.000Z";
    try {
      const before = openSqliteStore(file, { now });
      linkArticles(before, [before.putArticle(REPORTS[0]!, "test").article.id]);
      before.close();
      // What migration 8 did to a store linked by an earlier Tally: its incidents and links stay,
      // the kept features (the linker's index) are gone; and such a store held articles when it
      // reached migration 11, so it is not marked complete.
      const raw = new Database(file);
      raw.prepare("DELETE FROM link_features").run();
      raw.prepare("DELETE FROM store_state").run();
      raw.close();
      const after = openSqliteStore(file, { now });
      expect(after.linkIndexComplete()).toBe(false);
      linkArticles(after, [after.putArticle(REPORTS[1]!, "test").article.id]);
      expect(after.incidentsOf("r1" as ArticleId)).toEqual(after.incidentsOf("r0" as ArticleId));
      expect(after.listIncidents()).toHaveLength(1);
      expect(after.unindexedArticles()).toEqual([]);
      expect(after.linkIndexComplete()).toBe(true);
      after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("looks for reports missing from the index only while the store is not marked complete", () => {
    const store = new MemoryStore({ now: () => "2025-07-01T00:00:00.000Z" });
    let looked = 0;
    const unindexed = store.unindexedArticles.bind(store);
    store.unindexedArticles = () => {
      looked++;
      return unindexed();
    };
    linkArticles(store, [store.putArticle(REPORTS[0]!, "test").article.id]);
    expect(looked).toBe(0); // a store with no past is complete
    // A store that is not (as one linked before the index, after migration 11), seen afresh.
    const other = new MemoryStore({ now: () => "2025-07-01T00:00:00.000Z" });
    const oUnindexed = other.unindexedArticles.bind(other);
    other.unindexedArticles = () => {
      looked++;
      return oUnindexed();
    };
    (other as unknown as { state: { linkIndexComplete: boolean } }).state.linkIndexComplete = false;
    linkArticles(other, [other.putArticle(REPORTS[0]!, "test").article.id]);
    expect(looked).toBe(1);
    expect(other.linkIndexComplete()).toBe(true);
  });

  it("reads what reaches into a period once per re-link of it", () => {
    for (const per of [1, 3, REPORTS.length]) {
      const store: Store = new MemoryStore({ now: () => "2025-07-01T00:00:00.000Z" });
      const query = store.linkKeys.bind(store);
      let asked: string[] = [];
      store.linkKeys = (q) => {
        asked.push(JSON.stringify(q));
        return query(q);
      };
      const ids = REPORTS.map((a) => store.putArticle(a, "test").article.id);
      for (let i = 0; i < ids.length; i += per) {
        asked = [];
        linkArticles(store, ids.slice(i, i + per));
        const twice = asked.filter((q, j) => asked.indexOf(q) !== j);
        expect(twice, `batch at ${i} of ${per}`).toEqual([]);
      }
      expect(
        store
          .listIncidents()
          .map((inc) => [...inc.articles].sort().join(" "))
          .sort(),
      ).toEqual(grouping(REPORTS, REPORTS.length));
    }
  });

  it("takes its locks in one order: '*' before any period, periods in time order", () => {
    /**
     * Whether a transaction's calls keep the order (as PgStore.lockBlocks takes them: "*" alone
     * exclusively, else "*" shared and then the keys sorted): no key taken after a greater one,
     * no exclusive "*" after a shared one.
     */
    const inOrder = (calls: readonly string[][]): boolean => {
      const held = new Set<string>();
      let all = false;
      let shared = false;
      for (const keys of calls) {
        if (all) continue;
        if (keys.includes("*")) {
          if (shared) return false;
          all = true;
          continue;
        }
        shared = true;
        for (const k of [...new Set(keys)].sort()) {
          if (!held.has(k) && [...held].some((h) => h > k)) return false;
          held.add(k);
        }
      }
      return true;
    };
    const extra: Article[] = [
      // No country: the stage of reports with no country locks the period before too.
      {
        id: "x1",
        published: "2025-06-09",
        text: "Gunmen killed four guards at a checkpoint on Monday, police said.",
      },
      // No date: the undated stage locks every block.
      {
        id: "x2",
        text: "PESHAWAR: Gunmen killed two policemen in Peshawar, Khyber Pakhtunkhwa, Pakistan, police said.",
      },
    ];
    for (const order of [[...REPORTS, ...extra], shuffled([...REPORTS, ...extra])])
      for (const per of [2, 3, 5]) {
        const store: Store = new MemoryStore({ now: () => "2025-07-01T00:00:00.000Z" });
        // The keys each re-link locks (PostgreSQL takes them; memory takes none).
        let calls: string[][] = [];
        store.lockBlocks = (keys) => void calls.push([...keys]);
        const ids = order.map((a) => store.putArticle(a, "test").article.id);
        for (let i = 0; i < ids.length; i += per) {
          calls = [];
          linkArticles(store, ids.slice(i, i + per));
          expect(inOrder(calls), JSON.stringify(calls)).toBe(true);
        }
      }
  });
});
