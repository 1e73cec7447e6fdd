import { describe, expect, it } from "vitest";
import { claim } from "../core/tally/test-helpers.js";
import { MemoryStore } from "./memory-store.js";
import type { IncidentId } from "./store.js";

const article = { id: "a1", text: "Two people were hurt.", published: "2025-01-02" };

describe("MemoryStore", () => {
  it("keeps one article per text and the newest engine's claims, old versions kept", () => {
    const store = new MemoryStore({ now: () => "T" });
    const first = store.putArticle(article, "f.txt");
    expect(first.created).toBe(true);
    expect(store.putArticle({ ...article, id: "other" }, "g.txt")).toMatchObject({
      created: false,
      article: { id: "a1" },
    });
    store.putClaims(first.article.id, "1.0", [claim({ id: "c1" })]);
    store.putClaims(first.article.id, "1.10", [claim({ id: "c1" }), claim({ id: "c2" })]);
    expect(store.getClaims(first.article.id)).toHaveLength(2);
    expect(store.getClaims(first.article.id, "1.0")).toHaveLength(1);
    expect(store.claimVersions(first.article.id)).toEqual(["1.0", "1.10"]);
    expect(store.counts()).toMatchObject({ articles: 1, extractions: 2, claims: 3 });
  });

  it("rolls a failed transaction back", () => {
    const store = new MemoryStore();
    const incident = {
      id: "i1" as IncidentId,
      title: "t",
      start: "2025-01-01",
      end: "2025-01-02",
      datePrec: 1,
      location: null,
      actors: [],
      eventType: null,
      acled: { eventType: null, subEventType: null },
      articles: [],
    };
    expect(() =>
      store.transaction(() => {
        store.putIncident(incident);
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(store.getIncident(incident.id)).toBeNull();
    store.putIncident(incident);
    expect(store.listIncidents({ from: "2025-01-02" })).toHaveLength(1);
    expect(store.listIncidents({ from: "2025-01-03" })).toHaveLength(0);
  });
});
