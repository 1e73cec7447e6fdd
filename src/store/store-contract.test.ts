// The Store contract (./store.ts), the same tests for every engine: memory, SQLite, and PostgreSQL when
// TALLY_TEST_PG names a server (./test-engines.ts; `.ci/run` starts one). What only one engine
// has (a file's journal, a locked file, a URL that cannot connect) is in its own test file.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ArticleId, Incident, IncidentId } from "./store.js";
import { claim, ENGINES, incident, mention, now, TEST_PG, type TestDb } from "./test-engines.js";

if (!TEST_PG)
  console.warn(
    "store contract: the PostgreSQL run is skipped; set TALLY_TEST_PG=postgres://… to run it (.ci/run does)",
  );

for (const engine of ENGINES) {
  describe.skipIf(engine.fresh === null)(`Store contract: ${engine.name}`, () => {
    let db: TestDb;
    beforeEach(() => {
      db = engine.fresh!();
    });
    afterEach(() => db.dispose());

    it("keeps the change log and the watch snapshots across reopening, read by time, sequence and incident", () => {
      const a = db.open();
      const item = {
        kind: "figure" as const,
        outcome: "killed" as const,
        group: "people" as const,
        from: null,
        to: 4,
        low: 4,
        high: 4,
      };
      const first = a.addChange({
        incident: "i1" as IncidentId,
        title: "One",
        article: null,
        items: [{ kind: "new_incident" }, item],
      });
      a.addChange({ incident: "i2" as IncidentId, title: "Two", article: null, items: [item] });
      a.putWatch("i1" as IncidentId, { rows: [], checks: ["C001:a,b"] });
      a.close();
      const b = db.open();
      expect(first).toMatchObject({ seq: 1, at: now(), title: "One" });
      expect(b.listChanges().map((c) => c.seq)).toEqual([1, 2]);
      expect(b.listChanges({ after: 1 }).map((c) => c.title)).toEqual(["Two"]);
      expect(b.listChanges({ incident: "i1" as IncidentId })[0]!.items).toEqual([
        { kind: "new_incident" },
        item,
      ]);
      expect(b.listChanges({ since: "2025-03-14" })).toEqual([]);
      expect(b.listChanges({ limit: 1 })).toHaveLength(1);
      expect(b.getWatch("i1" as IncidentId)).toEqual({ rows: [], checks: ["C001:a,b"] });
      b.putWatch("i1" as IncidentId, null);
      expect(b.getWatch("i1" as IncidentId)).toBeNull();
    });

    it("keeps an article whole under its id: the same text again is unchanged, across reopening", () => {
      const s = db.open();
      const a = {
        id: "a1",
        text: "Gunmen killed 3 people.",
        published: "2025-03-11",
        outlet: "Dawn",
        url: null,
        title: "T",
      };
      const first = s.putArticle(a, "in/a1.txt");
      expect(first).toMatchObject({ created: true, status: "new" });
      expect(first.article).toMatchObject({
        id: "a1",
        source: "in/a1.txt",
        ingestedAt: now(),
        outlet: "Dawn",
        version: 1,
      });
      expect(first.article.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(s.putArticle(a, "elsewhere")).toMatchObject({ created: false, status: "unchanged" });
      // No id: the URL is the article's identity.
      const byUrl = s.putArticle({ id: "", text: "Other.", url: "https://example.org/x" }, null);
      expect(byUrl.article.id).toBe("https://example.org/x");
      s.close();
      const again = db.open();
      expect(again.getArticle("a1" as ArticleId)).toEqual(first.article);
      expect(again.listArticles().map((x) => x.id)).toEqual(["a1", "https://example.org/x"]);
      expect(again.listArticles({ limit: 1, offset: 1 }).map((x) => x.id)).toEqual(["https://example.org/x"]);
      expect(again.getArticle("nope" as ArticleId)).toBeNull();
      expect(again.counts()).toMatchObject({ articles: 2 });
    });

    it("keeps two ids with the same text as two articles, each naming the other as its duplicate", () => {
      const s = db.open();
      const text = "Gunmen killed 3 people.";
      s.putArticle({ id: "a", text }, null);
      s.putArticle({ id: "other", text: "Something else." }, null);
      const b = s.putArticle({ id: "b", text }, null);
      expect(b).toMatchObject({ created: true, status: "new" });
      const c = s.putArticle({ id: "c", text }, null);
      expect(c.article.hash).toBe(b.article.hash);
      expect(s.counts().articles).toBe(4);
      expect(s.duplicatesOf("a" as ArticleId)).toEqual(["b", "c"]);
      expect(s.duplicatesOf("b" as ArticleId)).toEqual(["a", "c"]);
      expect(s.duplicatesOf("other" as ArticleId)).toEqual([]);
      expect(s.duplicatesOf("nope" as ArticleId)).toEqual([]);
    });

    it("stores a changed text under a known id as its next version, the old text, claims and mentions kept in its history", () => {
      const s = db.open();
      const id = "a" as ArticleId;
      s.putArticle({ id, text: "Gunmen killed 3 people.", title: "First", outlet: "Dawn" }, "day1.jsonl");
      s.putClaims(id, "0.1.0", [claim("c1", id, 3)], [mention("m1", id)]);
      s.putClaims(id, "0.2.0", [claim("c1", id, 4, "0.2.0")], [mention("m1", id, "0.2.0")]);
      expect(s.getArticle(id)?.version).toBe(1);
      const v2 = s.putArticle({ id, text: "Gunmen killed 5 people.", title: "Updated" }, "day2.jsonl");
      expect(v2).toMatchObject({ created: true, status: "version" });
      expect(v2.article).toMatchObject({ id, version: 2, title: "Updated", source: "day2.jsonl" });
      // The article is read afresh: no claims of the old text remain current.
      expect(s.getArticle(id)).toMatchObject({ text: "Gunmen killed 5 people.", version: 2 });
      expect(s.claimVersions(id)).toEqual([]);
      expect(s.getClaims(id)).toEqual([]);
      s.putClaims(id, "0.2.0", [claim("c1", id, 5, "0.2.0")]);
      expect(s.getClaims(id).map((c) => c.quantity.value)).toEqual([5]);
      expect(s.putArticle({ id, text: "Gunmen killed 5 people." }, null).status).toBe("unchanged");
      s.putArticle({ id, text: "Gunmen killed 6 people." }, null);
      s.close();
      const again = db.open();
      const history = again.articleHistory(id);
      expect(history.map((h) => [h.version, h.text, h.engineVersion])).toEqual([
        [1, "Gunmen killed 3 people.", "0.2.0"],
        [2, "Gunmen killed 5 people.", "0.2.0"],
      ]);
      expect(history[0]).toMatchObject({
        title: "First",
        outlet: "Dawn",
        source: "day1.jsonl",
        replacedAt: now(),
      });
      expect(history[0]!.claims.map((c) => c.quantity.value)).toEqual([4]);
      // The newest reading's mentions, as its claims; the second text's reading stated none.
      expect(history[0]!.mentions).toEqual([mention("m1", id, "0.2.0")]);
      expect(history[1]!.mentions).toEqual([]);
      expect(again.getArticle(id)).toMatchObject({ text: "Gunmen killed 6 people.", version: 3 });
      expect(again.articleHistory("nope" as ArticleId)).toEqual([]);
      expect(again.counts().articles).toBe(1);
    });

    it("names an article the input gave no id by its text: another text is another article", () => {
      const s = db.open();
      const a = s.putArticle({ id: "upload", idGiven: false, text: "One." }, null);
      const b = s.putArticle({ id: "upload", idGiven: false, text: "Two." }, null);
      expect([a.status, b.status]).toEqual(["new", "new"]);
      expect(a.article.id).toBe("upload");
      expect(b.article.id).toBe(`upload~${b.article.hash.slice(0, 8)}`);
      expect(s.putArticle({ id: "upload", idGiven: false, text: "Two." }, null)).toMatchObject({
        status: "unchanged",
        article: { id: b.article.id },
      });
      expect(s.articleHistory(a.article.id)).toEqual([]);
      expect(s.counts().articles).toBe(2);
    });

    it("keeps the corrections' history in order across reopening, rolled back with its transaction", () => {
      const s = db.open();
      const i = "inc-1" as IncidentId;
      const first = s.addCorrection(i, { kind: "reject", claim: "a#c1", reason: "misread" });
      expect(first).toMatchObject({ seq: 1, at: now(), incident: i });
      expect(() =>
        s.transaction(() => {
          s.addCorrection(i, { kind: "restore", claim: "a#c1", reason: null });
          throw new Error("stop");
        }),
      ).toThrow("stop");
      s.addCorrection(i, {
        kind: "split",
        created: "inc-2" as IncidentId,
        moved: ["b" as ArticleId],
        emptied: false,
      });
      s.close();
      const again = db.open();
      const all = again.listCorrections();
      expect(all.map((c) => c.action.kind)).toEqual(["reject", "split"]);
      expect(all[0]).toEqual(first);
      expect(all[1]!.seq).toBeGreaterThan(1);
    });

    it("keeps the linker's features of an article, replaced by the next, rolled back with its transaction", () => {
      const s = db.open();
      s.putArticle({ id: "a1", text: "Gunmen killed 3 people." }, null);
      const a = "a1" as ArticleId;
      s.putLinkFeatures(a, { key: "1:h:0.1", body: '{"x":1}', iso: null, day: null });
      s.putLinkFeatures(a, { key: "1:h:0.2", body: '{"x":2}', iso: "PK", day: "2025-03-11" });
      expect(() =>
        s.transaction(() => {
          s.putLinkFeatures(a, { key: "1:h:0.3", body: '{"x":3}', iso: null, day: null });
          throw new Error("stop");
        }),
      ).toThrow("stop");
      s.close();
      const again = db.open();
      expect([...again.linkFeatures([a, "none" as ArticleId])]).toEqual([
        [a, { key: "1:h:0.2", body: '{"x":2}', iso: "PK", day: "2025-03-11" }],
      ]);
      expect(again.linkFeatures([]).size).toBe(0);
    });

    it("lists reports by their kept country and event day, undated last", () => {
      const s = db.open();
      const rows: [string, string | null, string | null][] = [
        ["k1", "PK", "2025-03-11"],
        ["k2", "PK", null],
        ["k3", null, "2025-03-12"],
        ["k4", "AF", "2025-03-01"],
        ["k5", null, null],
        ["k6", "PK", "2025-02-01"],
      ];
      for (const [id, iso, day] of rows) {
        s.putArticle({ id, text: `Report ${id}: gunmen killed 3 people.` }, null);
        s.putLinkFeatures(id as ArticleId, { key: "k", body: "{}", iso, day });
      }
      const ids = (q: Parameters<typeof s.linkKeys>[0]) => s.linkKeys(q).map((k) => k.article);
      expect(ids({ from: "2025-03-01", to: "2025-03-11" })).toEqual(["k4", "k1"]);
      expect(s.linkKeys({ from: "2025-03-12", to: "2025-03-31" })).toEqual([
        { article: "k3", iso: null, day: "2025-03-12" },
      ]);
      expect(ids({ from: "2025-01-01", to: "2025-12-31", iso: "PK" })).toEqual(["k6", "k1"]);
      expect(ids({ from: "2025-03-01", to: "2025-03-31", iso: "AF" })).toEqual(["k4"]);
      expect(ids({ from: "2025-01-01", to: "2025-12-31", iso: null })).toEqual(["k3"]);
      expect(ids({ from: "2025-03-02", to: "2025-03-10", iso: "PK" })).toEqual([]);
      expect(ids({ iso: "PK" })).toEqual(["k6", "k1", "k2"]);
      expect(ids({ iso: "PK", undated: true })).toEqual(["k2"]);
      expect(ids({ iso: null })).toEqual(["k3", "k5"]);
      expect(ids({ iso: null, undated: true })).toEqual(["k5"]);
      s.close();
    });

    it("lists the stored reports the linker's index lacks, oldest first", () => {
      const s = db.open();
      for (const id of ["u2", "u1", "u3"])
        s.putArticle({ id, text: `Report ${id}: gunmen killed 3 people.` }, null);
      expect(s.unindexedArticles()).toEqual(["u2", "u1", "u3"]);
      s.putLinkFeatures("u1" as ArticleId, { key: "k", body: "{}", iso: null, day: null });
      expect(s.unindexedArticles()).toEqual(["u2", "u3"]);
      s.close();
    });

    it("says a new store's linker index is complete, and keeps a mark another handle sees", () => {
      const a = db.open();
      expect(a.linkIndexComplete()).toBe(true);
      a.transaction(() => a.markLinkIndexComplete());
      a.markLinkIndexComplete();
      expect(a.linkIndexComplete()).toBe(true);
      a.close();
    });

    it("shows another handle's new version of an article it has read", () => {
      const a = db.open();
      const b = db.open();
      const id = "a" as ArticleId;
      a.putArticle({ id, text: "One." }, null);
      a.putClaims(id, "0.1.0", [claim("c1", id, 1)]);
      expect(a.getArticle(id)?.text).toBe("One.");
      expect(a.getClaims(id)).toHaveLength(1);
      b.putArticle({ id, text: "Two." }, null);
      a.revision();
      expect(a.getArticle(id)).toMatchObject({ text: "Two.", version: 2 });
      expect(a.getClaims(id)).toEqual([]);
    });

    it("appends claims by engine version and returns the newest, keeping the old", () => {
      const s = db.open();
      const id = s.putArticle({ id: "a", text: "x" }, null).article.id;
      expect(s.getClaims(id)).toEqual([]);
      s.putClaims(id, "0.1.0", [claim("c1", id, 21), claim("c2", id, 4)]);
      s.putClaims(id, "0.10.0", [claim("c1", id, 26, "0.10.0")]);
      s.putClaims(id, "0.2.0", [claim("c1", id, 22, "0.2.0")]);
      expect(s.claimVersions(id)).toEqual(["0.1.0", "0.10.0", "0.2.0"]);
      expect(s.getClaims(id).map((c) => c.quantity.value)).toEqual([26]);
      expect(s.getClaims(id, "0.1.0").map((c) => c.quantity.value)).toEqual([21, 4]);
      expect(s.getClaims(id, "0.1.0")[0]).toEqual(claim("c1", id, 21));
      // A version's claims are written once: putting it again changes nothing.
      s.putClaims(id, "0.1.0", [claim("c9", id, 99)]);
      expect(s.getClaims(id, "0.1.0").map((c) => c.id)).toEqual(["c1", "c2"]);
      // A newest version with no claims is the newest all the same.
      s.putClaims(id, "1.0.0", []);
      expect(s.getClaims(id)).toEqual([]);
      expect(s.counts()).toMatchObject({ extractions: 4, claims: 4 });
    });

    it("keeps an extraction's numberless mentions beside its claims, by version, across reopening and a new text", () => {
      const a = db.open();
      const id = a.putArticle({ id: "m", text: "The army suffered heavy losses." }, null).article.id;
      expect(a.getMentions(id)).toEqual([]);
      a.putClaims(id, "0.1.0", [], [mention("m1", id)]);
      a.putClaims(id, "0.2.0", [claim("c1", id, 3, "0.2.0")]);
      a.close();
      const b = db.open();
      // The newest version read none; the older one's mention is kept under its version.
      expect(b.getMentions(id)).toEqual([]);
      expect(b.getMentions(id, "0.1.0")).toEqual([mention("m1", id)]);
      expect(b.getMentions(id, "9.9.9")).toEqual([]);
      // Written once with its claims: putting the version again changes nothing.
      b.putClaims(id, "0.1.0", [], []);
      expect(b.getMentions(id, "0.1.0")).toEqual([mention("m1", id)]);
      // A new text starts the article's claims, and its mentions, afresh.
      b.putArticle({ id: "m", text: "Troops suffered heavy losses, officials said." }, null);
      expect(b.getMentions(id, "0.1.0")).toEqual([]);
      b.putClaims(id, "0.2.0", [], [mention("m1", id, "0.2.0")]);
      expect(b.getMentions(id).map((m) => m.rule.version)).toEqual(["0.2.0"]);
    });

    it("stores incidents and links, filters by date and country, and deletes with links", () => {
      const s = db.open();
      const a = s.putArticle({ id: "a", text: "x" }, null).article.id;
      const b = s.putArticle({ id: "b", text: "y" }, null).article.id;
      const i1 = { ...incident("i1", "2025-03-11", "Pakistan"), articles: [a, b] };
      s.transaction(() => {
        s.putIncident(i1);
        s.putIncident(incident("i2", "2025-03-20", null));
        s.putLink({ incident: i1.id, article: a, score: 0.9, reasons: ["same day", "Sibi"], by: "auto" });
        s.putLink({ incident: i1.id, article: b, score: 0.5, reasons: [], by: "auto" });
      });
      expect(s.getIncident(i1.id)).toEqual(i1);
      expect(s.listIncidents().map((i) => i.id)).toEqual(["i1", "i2"]);
      expect(s.listIncidents({ from: "2025-03-12" }).map((i) => i.id)).toEqual(["i2"]);
      expect(s.listIncidents({ to: "2025-03-12" }).map((i) => i.id)).toEqual(["i1"]);
      expect(s.listIncidents({ country: "pk" }).map((i) => i.id)).toEqual(["i1"]);
      expect(s.listIncidents({ country: "Pakistan", limit: 1, offset: 1 })).toEqual([]);
      // Linking again replaces the score and reasons.
      s.putLink({ incident: i1.id, article: b, score: 1, reasons: ["analyst merge"], by: "analyst" });
      expect(s.linksOf(i1.id)).toEqual([
        { incident: "i1", article: "a", score: 0.9, reasons: ["same day", "Sibi"], by: "auto" },
        { incident: "i1", article: "b", score: 1, reasons: ["analyst merge"], by: "analyst" },
      ]);
      s.putIncident({ ...i1, title: "Renamed" });
      expect(s.getIncident(i1.id)?.title).toBe("Renamed");
      s.deleteIncident(i1.id);
      expect(s.getIncident(i1.id)).toBeNull();
      expect(s.linksOf(i1.id)).toEqual([]);
      expect(s.counts()).toMatchObject({ incidents: 1, links: 0 });
    });

    it("answers reads inside a transaction as its own writes left the data: incidents, links, the index, changes", () => {
      const s = db.open();
      const [a, b, c] = ["a", "b", "c"].map((id) => s.putArticle({ id, text: id }, null).article.id);
      const day = (article: ArticleId, d: string) =>
        s.putLinkFeatures(article, { key: "k", body: "{}", iso: "PK", day: d });
      const i1 = { ...incident("i1", "2025-03-11", "Pakistan"), articles: [a!, b!] };
      const link = (article: ArticleId, score: number) =>
        s.putLink({ incident: i1.id, article, score, reasons: [`r${score}`], by: "auto" });
      s.transaction(() => {
        s.putIncident(i1);
        link(a!, 0.5);
        link(b!, 0.6);
        day(a!, "2025-03-10");
        day(b!, "2025-03-12");
      });
      s.transaction(() => {
        // Read first (a PostgreSQL transaction keeps what it read), then written over.
        expect(s.getIncidents([i1.id, "none" as IncidentId])).toEqual([i1, null]);
        expect(s.linksOf(i1.id).map((l) => l.article)).toEqual([a, b]);
        expect(s.linkKeys({ from: "2025-03-01", to: "2025-03-31" }).map((k) => k.article)).toEqual([a, b]);
        link(a!, 0.9);
        link(c!, 0.7);
        s.deleteLink(i1.id, b!);
        expect(s.linksOf(i1.id).map((l) => [l.article, l.score])).toEqual([
          [a, 0.9],
          [c, 0.7],
        ]);
        day(c!, "2025-03-11");
        expect(s.linkKeys({ from: "2025-03-11", to: "2025-03-12" }).map((k) => k.article)).toEqual([c, b]);
        s.putIncident({ ...i1, title: "Renamed", articles: [a!, c!] });
        expect(s.getIncident(i1.id)?.title).toBe("Renamed");
        expect(s.incidentsOf(b!)).toEqual([]);
        s.recordChange({ incident: i1.id, title: "Renamed", article: c!, items: [{ kind: "new_incident" }] });
        s.deleteIncident(i1.id);
        expect(s.getIncident(i1.id)).toBeNull();
        expect(s.getIncidents([i1.id])).toEqual([null]);
        expect(s.linksOf(i1.id)).toEqual([]);
      });
      expect(s.listChanges().map((ch) => [ch.seq, ch.article, ch.title])).toEqual([[1, "c", "Renamed"]]);
      expect(s.counts()).toMatchObject({ incidents: 0, links: 0 });
    });

    it("answers a report's incidents, read again and again in a transaction, as each write leaves them", () => {
      const s = db.open();
      const [a, b] = ["a", "b"].map((id) => s.putArticle({ id, text: id }, null).article.id) as ArticleId[];
      const i1 = { ...incident("i1", "2025-03-11", "Pakistan"), articles: [a!] };
      const i2 = { ...incident("i2", "2025-03-11", "Pakistan"), articles: [b!] };
      const link = (inc: Incident, article: ArticleId) =>
        s.putLink({ incident: inc.id, article, score: 1, reasons: [], by: "auto" });
      const of = () => [s.incidentsOf(a!), s.incidentsOf(b!)];
      s.transaction(() => {
        s.putIncident(i1);
        link(i1, a!);
        expect(of()).toEqual([["i1"], []]);
        // Linked, but not among the incident's reports: not in it, until the incident holds it.
        link(i1, b!);
        expect(of()).toEqual([["i1"], []]);
        s.putIncident({ ...i1, articles: [a!, b!] });
        expect(of()).toEqual([["i1"], ["i1"]]);
        s.putIncident(i2);
        link(i2, b!);
        expect(of()).toEqual([["i1"], ["i1", "i2"]]);
        s.deleteLink(i1.id, b!);
        s.putIncident({ ...i1, articles: [a!] });
        expect(of()).toEqual([["i1"], ["i2"]]);
        // A savepoint rolled back takes its writes back, and what was read since.
        expect(() =>
          s.transaction(() => {
            s.deleteIncident(i1.id);
            expect(of()).toEqual([[], ["i2"]]);
            throw new Error("undone");
          }),
        ).toThrow("undone");
        expect(of()).toEqual([["i1"], ["i2"]]);
        s.putIncident({ ...i1, articles: [] });
        expect(of()).toEqual([[], ["i2"]]);
        s.deleteIncident(i2.id);
        expect(of()).toEqual([[], []]);
      });
      expect(of()).toEqual([[], []]);
    });

    it("reads an incident anew after another handle rewrites it, even deleted and made again", () => {
      const a = db.open();
      const b = db.open();
      a.putIncident(incident("inc-1", "2025-03-11", "Pakistan"));
      expect(a.getIncident("inc-1" as IncidentId)?.title).toBe("Incident inc-1");
      expect(a.listIncidents({ from: "2025-03-10", to: "2025-03-12" }).map((i) => i.title)).toEqual([
        "Incident inc-1",
      ]);
      b.deleteIncident("inc-1" as IncidentId);
      b.putIncident({ ...incident("inc-1", "2025-03-11", "Pakistan"), title: "Jaffar Express" });
      expect(a.getIncident("inc-1" as IncidentId)?.title).toBe("Jaffar Express");
      b.putIncident({ ...incident("inc-1", "2025-03-20", "Pakistan"), title: "moved" });
      expect(a.listIncidents({ from: "2025-03-10", to: "2025-03-12" })).toEqual([]);
      expect(a.listIncidents({ from: "2025-03-19" }).map((i) => i.title)).toEqual(["moved"]);
    });

    it("finds an incident that began long before a window it reaches into, and the undated", () => {
      const s = db.open();
      s.putIncident({ ...incident("long", "2024-11-01", "Pakistan"), end: "2025-03-15" });
      s.putIncident(incident("before", "2025-03-01", "Pakistan"));
      s.putIncident(incident("inside", "2025-03-12", "Pakistan"));
      s.putIncident({ ...incident("undated", "2025-03-12", null), start: null, end: null });
      const ids = (f: { from?: string; to?: string }) => s.listIncidents(f).map((i) => i.id);
      expect(ids({ from: "2025-03-10", to: "2025-03-20" })).toEqual(["undated", "long", "inside"]);
      expect(ids({ from: "2025-03-10" })).toEqual(["undated", "long", "inside"]);
      expect(ids({ to: "2025-03-05" })).toEqual(["undated", "long", "before"]);
    });

    it("rolls a transaction back whole, and refuses a link to an unknown article at commit", () => {
      const s = db.open();
      expect(() =>
        s.transaction(() => {
          s.putArticle({ id: "a", text: "kept?" }, null);
          throw new Error("stop");
        }),
      ).toThrow("stop");
      expect(s.counts().articles).toBe(0);
      expect(() =>
        s.transaction(() => {
          s.putIncident(incident("i1", "2025-03-11", null));
          s.putLink({
            incident: "i1" as IncidentId,
            article: "ghost" as ArticleId,
            score: 1,
            reasons: [],
            by: "auto",
          });
        }),
      ).toThrow();
      expect(s.counts().incidents).toBe(0);
    });
  });
}
