import { describe, expect, it } from "vitest";
import { claim } from "../core/tally/test-helpers.js";
import { MemoryStore } from "./memory-store.js";
import { mention } from "./test-engines.js";
import type { IncidentId } from "./store.js";

const article = { id: "a1", text: "Two people were hurt.", published: "2025-01-02" };

describe("MemoryStore", () => {
  it("keeps an article per id (duplicates named), and the newest engine's claims, old versions kept", () => {
    const store = new MemoryStore({ now: () => "T" });
    const first = store.putArticle(article, "f.txt");
    expect(first.created).toBe(true);
    expect(store.putArticle(article, "f.txt")).toMatchObject({ created: false, status: "unchanged" });
    expect(store.putArticle({ ...article, id: "other" }, "g.txt")).toMatchObject({
      created: true,
      article: { id: "other" },
    });
    expect(store.duplicatesOf(first.article.id)).toEqual(["other"]);
    store.putClaims(first.article.id, "1.0", [claim({ id: "c1" })]);
    store.putClaims(first.article.id, "1.10", [claim({ id: "c1" }), claim({ id: "c2" })]);
    expect(store.getClaims(first.article.id)).toHaveLength(2);
    expect(store.getClaims(first.article.id, "1.0")).toHaveLength(1);
    expect(store.claimVersions(first.article.id)).toEqual(["1.0", "1.10"]);
    expect(store.counts()).toMatchObject({ articles: 2, extractions: 2, claims: 3 });
    // A changed text under the id: its next version, the old text and newest claims in its history.
    const v2 = store.putArticle({ ...article, text: "Three people were hurt." }, "h.txt");
    expect(v2).toMatchObject({ status: "version", article: { version: 2 } });
    expect(store.getClaims(first.article.id)).toEqual([]);
    expect(store.articleHistory(first.article.id)).toMatchObject([
      { version: 1, text: article.text, engineVersion: "1.10", replacedAt: "T" },
    ]);
    expect(store.articleHistory(first.article.id)[0]!.claims).toHaveLength(2);
    expect(store.duplicatesOf(first.article.id)).toEqual([]);
  });

  it("writes a version's claims once, as SQLite and PostgreSQL do: putting them again changes nothing", () => {
    const store = new MemoryStore({ now: () => "T" });
    const id = store.putArticle(article, null).article.id;
    store.putClaims(id, "1.0", [claim({ id: "c1" })], [mention("m1", id, "1.0")]);
    store.putClaims(id, "1.0", [claim({ id: "c1" }), claim({ id: "c2" })], []);
    expect(store.claimVersions(id)).toEqual(["1.0"]);
    expect(store.getClaims(id)).toHaveLength(1);
    expect(store.getMentions(id)).toEqual([mention("m1", id, "1.0")]);
    expect(store.counts()).toMatchObject({ extractions: 1, claims: 1 });
  });

  it("keeps an extraction's numberless mentions beside its claims, by version, in the history with a new text", () => {
    const store = new MemoryStore({ now: () => "T" });
    const id = store.putArticle({ id: "m", text: "The army suffered heavy losses." }, null).article.id;
    expect(store.getMentions(id)).toEqual([]);
    store.putClaims(id, "1.0", [], [mention("m1", id, "1.0")]);
    store.putClaims(id, "1.10", [claim({ id: "c1" })], [mention("m1", id, "1.10")]);
    expect(store.getMentions(id)).toEqual([mention("m1", id, "1.10")]);
    expect(store.getMentions(id, "1.0")).toEqual([mention("m1", id, "1.0")]);
    store.putArticle({ id: "m", text: "Troops suffered heavy losses, officials said." }, null);
    expect(store.getMentions(id, "1.0")).toEqual([]);
    // The replaced text keeps its newest reading's mentions beside its claims.
    expect(store.articleHistory(id)[0]!.mentions).toEqual([mention("m1", id, "1.10")]);
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
