import { describe, expect, it } from "vitest";
import { linkArticle, linkArticles, mergeIncidents, relinkAll, splitIncident, summarize } from "./link.js";
import type { IncidentId } from "../store/store.js";
import type { Article } from "../core/model.js";
import { BUS_1, BUS_2, ZHOB, storeWith } from "./test-helpers.js";
import { articleFeatures } from "./features.js";
import { decodeFeatures, encodeFeatures, featuresKey } from "./kept-features.js";
import { extract } from "../extract/pipeline.js";
import { MemoryStore } from "../store/memory-store.js";

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
    expect(link.reasons.join(" ")).toMatch(/series −5/);
  });
});

describe("time against place", () => {
  // Written for this test: two roadside bombings in one district three weeks apart, reported in
  // the same formula, and a report two weeks after the first that names its day.
  const REPORTS: Article[] = [
    {
      id: "ied-1a",
      published: "2025-06-09",
      text:
        "BANNU: Two policemen were killed and three others wounded when an improvised explosive device " +
        "planted on a roadside went off near a police van in Bannu district of Khyber Pakhtunkhwa on Monday, police said.",
    },
    {
      id: "ied-1b",
      published: "2025-06-10",
      text:
        "BANNU: A roadside bomb killed two policemen and wounded three in Bannu district on Monday, officials said. " +
        "The device struck a police van on the Bannu-Miranshah road.",
    },
    {
      id: "ied-2a",
      published: "2025-06-30",
      text:
        "BANNU: Three soldiers were killed and two others wounded when an improvised explosive device " +
        "planted on a roadside went off near a military vehicle in Bannu district of Khyber Pakhtunkhwa on Monday, police said.",
    },
    {
      id: "ied-2b",
      published: "2025-07-01",
      text:
        "BANNU: A roadside bomb killed three soldiers and wounded two in Bannu district on Monday, officials said. " +
        "The device struck an army vehicle near Domel.",
    },
    {
      id: "ied-1-arrests",
      published: "2025-06-23",
      text:
        "BANNU: Police arrested two suspects over the June 9 roadside bombing in Bannu district " +
        "that killed two policemen, officials said on Monday.",
    },
  ];

  const grouping = (order: readonly Article[], per: number) => {
    const store = new MemoryStore({ now: () => "2025-07-05T00:00:00.000Z" });
    const ids = order.map((a) => {
      const { article } = store.putArticle(a, "test");
      store.putClaims(article.id, "test-1", extract(a).claims);
      return article.id;
    });
    for (let i = 0; i < ids.length; i += per) linkArticles(store, ids.slice(i, i + per));
    return {
      store,
      groups: store
        .listIncidents()
        .map((inc) => [...inc.articles].sort().join(" "))
        .sort(),
    };
  };

  it("keeps formulaic reports of one district three weeks apart two attacks, and joins a follow-up that names the first's day", () => {
    const { store, groups } = grouping(REPORTS, REPORTS.length);
    expect(groups).toEqual(["ied-1-arrests ied-1a ied-1b", "ied-2a ied-2b"]);
    const [second] = store.incidentsOf("ied-2a" as never);
    const [first] = store.incidentsOf("ied-1a" as never);
    const why = store.linksOf(first!).find((l) => l.article === "ied-1-arrests")!;
    expect(why.reasons.join(" ")).toMatch(/names 2025-06-09/);
    expect(store.getIncident(second!)!.start).toBe("2025-06-30");
    for (const order of [
      [...REPORTS].reverse(),
      [REPORTS[2]!, REPORTS[4]!, REPORTS[0]!, REPORTS[3]!, REPORTS[1]!],
    ])
      for (const per of [1, 2]) expect(grouping(order, per).groups).toEqual(groups);
  });
});

describe("a publication day that is no calendar day", () => {
  it.each(["2025-13-45", "2025-02-30"])(
    "is no day (%s): the report is linked as undated, not thrown on, and gives the incident no day",
    (published) => {
      // A report written for this test; the extractor warns of such a date (T008) and reads the text.
      const text =
        "Gunmen killed three people at a checkpoint in Kohat, Khyber Pakhtunkhwa, Pakistan, last month, police said.";
      const store = new MemoryStore();
      const { article } = store.putArticle({ id: "bad-day", text, published }, null);
      const r = extract(article);
      store.putClaims(article.id, "0.1.0", r.claims, r.mentions);
      expect(linkArticles(store, [article.id])).toHaveLength(1);
      const [incident] = store.listIncidents();
      expect([incident!.start, incident!.end]).toEqual([null, null]);
    },
  );
});
