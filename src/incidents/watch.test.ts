import { describe, expect, it } from "vitest";
import { q } from "../core/tally/test-helpers.js";
import type { ArticleId } from "../store/store.js";
import { BUS_1, BUS_2, ZHOB, claimsOf, storeWith } from "./test-helpers.js";
import { linkAndWatch, linkAndWatchBatch, watchIncidents } from "./watch.js";

describe("the change log", () => {
  it("records a new incident with its figures, then only what a later report moved", () => {
    const { store, ids } = storeWith([BUS_1, BUS_2]);
    linkAndWatch(store, ids[0]!);
    linkAndWatch(store, ids[1]!);
    const [first, second, ...rest] = store.listChanges();
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ seq: 1, article: "bus-1" });
    expect(first!.items).toEqual([
      { kind: "new_incident" },
      {
        kind: "figure",
        outcome: "abducted",
        group: "hostages",
        from: null,
        to: 30,
        low: 27,
        high: 33,
        claimants: ["police"],
      },
    ]);
    expect(second!.incident).toBe(first!.incident);
    expect(second!.article).toBe("bus-2");
    const kinds = second!.items.map((i) =>
      i.kind === "figure" || i.kind === "grade" ? `${i.kind}:${i.outcome}/${i.group}` : i.kind,
    );
    expect(kinds).toContain("figure:killed/security_forces");
    expect(kinds).toContain("figure:released/hostages");
    expect(kinds).not.toContain("new_incident");
    // Two groups killed: the total across them (CODEBOOK §3b) is watched too, with who gave figures.
    const total = second!.items.find(
      (i) => i.kind === "figure" && i.outcome === "killed" && i.group === "all",
    );
    expect(total).toMatchObject({
      from: null,
      claimants: ["Army spokesman", "Baloch Liberation Front (BLF)"],
    });
  });

  it("records a batch's changes report by report, as if they had come one by one", () => {
    const { store, ids } = storeWith([BUS_1, ZHOB, BUS_2]);
    const touched = linkAndWatchBatch(store, ids);
    expect(touched).toHaveLength(2);
    const changes = store.listChanges();
    expect(changes.map((c) => c.article)).toEqual(["bus-1", "zhob-1", "bus-2"]);
    const [bus1, , bus2] = changes;
    expect(bus1!.items[0]).toEqual({ kind: "new_incident" });
    expect(bus1!.items.map((i) => i.kind === "figure" && `${i.outcome}/${i.group}`)).toContain(
      "abducted/hostages",
    );
    expect(bus2!.incident).toBe(bus1!.incident);
    const kinds = bus2!.items.map((i) => (i.kind === "figure" ? `${i.outcome}/${i.group}` : i.kind));
    expect(kinds).toContain("killed/security_forces");
    expect(kinds).not.toContain("new_incident");
    // Linked and watched already: nothing more.
    expect(linkAndWatchBatch(store, ids)).toHaveLength(2);
    expect(store.listChanges()).toHaveLength(3);
  });

  it("records nothing for a report that moves nothing", () => {
    const { store, ids } = storeWith([BUS_1]);
    linkAndWatch(store, ids[0]!);
    const incident = store.listIncidents()[0]!.id;
    expect(watchIncidents(store, [incident], { article: "again" as ArticleId })).toEqual([]);
    // A second report restating the same figure by the same voice moves nothing either.
    const { article } = store.putArticle({ ...BUS_1, id: "bus-1b", text: `${BUS_1.text} ` }, "test");
    store.putClaims(
      article.id,
      "test-1",
      claimsOf("bus-1").map((c) => ({ ...c, article: article.id })),
    );
    store.putIncident({
      ...store.getIncident(incident)!,
      articles: [...store.getIncident(incident)!.articles, article.id],
    });
    expect(watchIncidents(store, [incident], { article: article.id })).toEqual([]);
    expect(store.listChanges()).toHaveLength(1);
  });

  it("counts a figure as moved only past the configured share, and lets small moves add up", () => {
    const { store, ids } = storeWith([ZHOB]);
    linkAndWatch(store, ids[0]!);
    const incident = store.listIncidents()[0]!.id;
    const bump = (id: string, n: number) => {
      const { article } = store.putArticle(
        { ...ZHOB, id, text: `${ZHOB.text} ${id}`, published: "2025-06-03" },
        "t",
      );
      const [killed] = claimsOf("zhob-1");
      store.putClaims(article.id, "test-1", [
        { ...killed!, article: article.id, quantity: q.exact(n), time: null },
      ]);
      const inc = store.getIncident(incident)!;
      store.putIncident({ ...inc, articles: [...inc.articles, article.id] });
      return watchIncidents(store, [incident], { article: article.id, share: 0.2 });
    };
    expect(bump("z2", 8)).toEqual([]); // 7 → 8 is under a fifth of 7
    const moved = bump("z3", 9); // 7 → 9 is over it: reported from the last reported figure
    expect(moved[0]!.items).toEqual([
      {
        kind: "figure",
        outcome: "killed",
        group: "civilians",
        from: 7,
        to: 9,
        low: 9,
        high: 9,
        claimants: ["hospital official"],
      },
    ]);
  });

  it("records a new check once", () => {
    const { store, ids } = storeWith([BUS_1]);
    linkAndWatch(store, ids[0]!);
    const incident = store.listIncidents()[0]!.id;
    const { article } = store.putArticle({ ...BUS_1, id: "bus-9", text: "x", published: "2025-06-05" }, "t");
    const [taken] = claimsOf("bus-1");
    store.putClaims(article.id, "test-1", [
      { ...taken!, id: "c1", article: article.id, outcome: "released", quantity: q.exact(40), time: null },
    ]);
    const inc = store.getIncident(incident)!;
    store.putIncident({ ...inc, articles: [...inc.articles, article.id] });
    const [change] = watchIncidents(store, [incident], { article: article.id });
    expect(change!.items.filter((i) => i.kind === "check").map((i) => i.kind === "check" && i.code)).toEqual([
      "C006",
    ]);
    expect(watchIncidents(store, [incident])).toEqual([]);
  });

  it("forgets an incident merged away, recording nothing for it", () => {
    const { store, ids } = storeWith([ZHOB]);
    linkAndWatch(store, ids[0]!);
    const incident = store.listIncidents()[0]!.id;
    store.deleteIncident(incident);
    expect(watchIncidents(store, [incident])).toEqual([]);
    expect(store.getWatch(incident)).toBeNull();
  });
});
