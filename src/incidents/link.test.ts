import { describe, expect, it } from "vitest";
import { linkArticle, linkArticles, mergeIncidents, relinkAll, splitIncident, summarize } from "./link.js";
import type { IncidentId } from "../store/store.js";
import type { Article } from "../core/model.js";
import { BUS_1, BUS_2, ZHOB, storeWith } from "./test-helpers.js";
import { articleFeatures } from "./features.js";
import { decodeFeatures, encodeFeatures, featuresKey } from "./kept-features.js";

describe("linkArticle", () => {
  it("joins a later-day report of the same attack and keeps a same-day attack elsewhere in the province apart", () => {
    const { store, ids } = storeWith([BUS_1, ZHOB, BUS_2]);
    const [bus1, zhob, bus2] = ids.map((id) => linkArticle(store, id));
    expect(bus2).toEqual(bus1);
    expect(zhob).not.toEqual(bus1);
    const incidents = store.listIncidents();
    expect(incidents.map((i) => i.articles.sort())).toEqual(
      expect.arrayContaining([["bus-1", "bus-2"], ["zhob-1"]]),
    );
    const bus = store.getIncident(bus1![0]!)!;
    expect(bus.eventType).toBe("Hijacking");
    expect(bus.start).toBe("2025-06-02");
    expect(bus.location?.admin1).toBe("Balochistan");
    expect(bus.location?.country).toBe("Pakistan");
    const link = store.linksOf(bus.id).find((l) => l.article === "bus-2")!;
    expect(link.by).toBe("auto");
    expect(link.score).toBeGreaterThanOrEqual(2);
    expect(link.reasons.join(" ")).toMatch(/place \+1/);
    const zhobLink = store.linksOf(zhob![0]!)[0]!;
    expect(zhobLink.reasons[0]).toMatch(/^new incident/);
  });

  it("groups the same way whatever order the reports arrive in", () => {
    const orders = [
      [BUS_1, ZHOB, BUS_2],
      [BUS_2, BUS_1, ZHOB],
      [ZHOB, BUS_2, BUS_1],
      [BUS_2, ZHOB, BUS_1],
    ];
    const groupings = orders.map((order) => {
      const { store, ids } = storeWith(order);
      for (const id of ids) linkArticle(store, id);
      return store
        .listIncidents()
        .map((i) => [...i.articles].sort().join(" "))
        .sort();
    });
    for (const g of groupings) expect(g).toEqual(["bus-1 bus-2", "zhob-1"]);
  });

  it("links a batch with one re-link a block: the grouping of linking one by one, in any order", () => {
    for (const order of [
      [BUS_1, ZHOB, BUS_2],
      [BUS_2, BUS_1, ZHOB],
    ]) {
      const { store, ids } = storeWith(order);
      const touched = linkArticles(store, ids);
      const incidents = store.listIncidents();
      expect(incidents.map((i) => [...i.articles].sort().join(" ")).sort()).toEqual([
        "bus-1 bus-2",
        "zhob-1",
      ]);
      expect([...touched].sort()).toEqual(incidents.map((i) => i.id).sort());
      // Linked already: a second call moves nothing.
      expect(linkArticles(store, ids).sort()).toEqual([...touched].sort());
      expect(store.listIncidents()).toEqual(incidents);
    }
  });

  it("dates an incident by its reports' claims, not by a later report's publication", () => {
    const { store, ids } = storeWith([BUS_2, BUS_1]);
    for (const id of ids) linkArticle(store, id);
    const [bus] = store.listIncidents();
    expect(bus!.start).toBe("2025-06-02");
    expect(bus!.datePrec).toBe(1);
  });

  it("leaves an article already linked where it is", () => {
    const { store, ids } = storeWith([BUS_1]);
    const first = linkArticle(store, ids[0]!);
    expect(linkArticle(store, ids[0]!)).toEqual(first);
    expect(store.listIncidents()).toHaveLength(1);
  });
});

describe("features kept in the store", () => {
  it("keeps each report's features under the key of its text and claims, read back as they were read", () => {
    const { store, ids } = storeWith([BUS_1, BUS_2, ZHOB]);
    linkArticles(store, ids);
    const kept = store.linkFeatures(ids);
    expect([...kept.keys()].sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const article = store.getArticle(id)!;
      const row = kept.get(id)!;
      expect(row.key).toBe(featuresKey(article, store.claimVersions(id).at(-1)!));
      const f = decodeFeatures(row.body)!;
      expect(f).toEqual(articleFeatures(article, store.getClaims(id)));
      expect(f.terms).toBeInstanceOf(Map);
      expect(decodeFeatures(encodeFeatures(f))).toEqual(f);
    }
    expect(decodeFeatures("not json")).toBeNull();
    expect(decodeFeatures('{"id":"a"}')).toBeNull();
  });

  it("reads a report's features again once it has a new text under the same id and engine", () => {
    const { store, ids } = storeWith([ZHOB]);
    const [incident] = linkArticle(store, ids[0]!)!;
    expect(summarize(store, incident!, ids).location?.name).toBe("Zhob");
    const moved = { ...ZHOB, text: ZHOB.text.replaceAll("Zhob", "Turbat") };
    expect(store.putArticle(moved, "test").status).toBe("version");
    store.putClaims(ids[0]!, "test-1", store.getClaims(ids[0]!, "test-1"));
    expect(summarize(store, incident!, ids).location?.name).toBe("Turbat");
  });
});

describe("relinkAll", () => {
  it("re-links the store, reports what moved, and keeps an analyst's split", () => {
    const { store, ids } = storeWith([BUS_1, BUS_2, ZHOB]);
    for (const id of ids) linkArticle(store, id);
    const bus = store.incidentsOf(ids[0]!)[0]!;
    const [, created] = splitIncident(store, bus, [ids[1]!]);
    const again = relinkAll(store);
    expect(again.moved).toEqual([]);
    expect(store.incidentsOf(ids[1]!)).toEqual([created.id]);
    expect(store.incidentsOf(ids[0]!)).toEqual([bus]);
    expect(store.listIncidents()).toHaveLength(3);
  });

  it("moves reports an earlier linking left apart, and says so", () => {
    const { store, ids } = storeWith([BUS_1, BUS_2]);
    // Two incidents as an older linker might have left them (each report alone, linked "auto").
    for (const [n, id] of ids.entries()) {
      const inc = `inc-old-${n}` as IncidentId;
      store.putIncident({ ...summarize(store, inc, [id]) });
      store.putLink({ incident: inc, article: id, score: 1, reasons: ["old"], by: "auto" });
    }
    const r = relinkAll(store);
    expect(r.moved).toHaveLength(1);
    expect(r.moved[0]!.to).not.toBe(r.moved[0]!.from);
    const incidents = store.listIncidents();
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.articles.sort()).toEqual(["bus-1", "bus-2"]);
    const links = store.linksOf(incidents[0]!.id);
    expect(links.map((l) => l.article).sort()).toEqual(["bus-1", "bus-2"]);
    expect(links.find((l) => l.article === r.moved[0]!.article)!.reasons.join(" ")).toMatch(/place \+1/);
  });
});

describe("merge and split", () => {
  it("merges two incidents and records the analyst's links", () => {
    const { store, ids } = storeWith([BUS_1, ZHOB]);
    const [a] = linkArticle(store, ids[0]!);
    const [b] = linkArticle(store, ids[1]!);
    const merged = mergeIncidents(store, a!, b!);
    expect(merged.articles.sort()).toEqual(["bus-1", "zhob-1"]);
    expect(store.getIncident(b!)).toBeNull();
    expect(store.linksOf(a!).find((l) => l.article === "zhob-1")?.by).toBe("analyst");
    // Re-linking keeps the analyst's merge, and a new report does not undo it.
    relinkAll(store);
    expect(store.getIncident(a!)?.articles.sort()).toEqual(["bus-1", "zhob-1"]);
  });

  it("splits articles off into a new incident", () => {
    const { store, ids } = storeWith([BUS_1, BUS_2]);
    const [a] = linkArticle(store, ids[0]!);
    linkArticle(store, ids[1]!);
    const [left, created] = splitIncident(store, a!, [ids[1]!]);
    expect(left?.articles).toEqual(["bus-1"]);
    expect(created.articles).toEqual(["bus-2"]);
    expect(created.id).not.toBe(a);
    expect(store.linksOf(created.id)[0]).toMatchObject({ article: "bus-2", by: "analyst" });
    expect(store.linksOf(a!).map((l) => l.article)).toEqual(["bus-1"]);
    expect(() => splitIncident(store, a!, ["zhob-1" as never])).toThrow(/Not in incident/);
  });
});

describe("a series of related attacks", () => {
  it("keeps apart reports that each say their attack is one of a series", () => {
    const day = "2016-03-05";
    const report = (id: string, place: string): Article => ({
      id,
      published: day,
      text:
        `03/05/2016: A grenade exploded at a market in ${place} neighborhood, Bujumbura, Burundi. ` +
        "Two people were injured in the blast. This was one of two related grenade attacks in Bujumbura on the same day.",
    });
    const { store, ids } = storeWith([report("g-1", "Kinama"), report("g-2", "Kamenge")]);
    const [a, b] = ids.map((id) => linkArticle(store, id));
    expect(a).not.toEqual(b);
    const link = store.linksOf(b![0]!)[0]!;
    expect(link.reasons.join(" ")).toMatch(/series −3/);
  });
});
