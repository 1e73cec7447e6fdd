// Numberless outcome mentions (model.ts `Mention`) from extraction through the store to the
// incident's record, `tally show` and the exports: kept beside the claims, in no tally, read by
// ACLED's fatalities. A report written for this test.
import { describe, expect, it } from "vitest";
import { formatIncident, reportIdentities } from "../cli/commands/show.js";
import { exportRecords, incidentRecord } from "../incidents/export.js";
import { linkAndWatchBatch } from "../incidents/watch.js";
import { MemoryStore } from "../store/memory-store.js";
import type { ArticleId } from "../store/store.js";
import { ingestContent } from "./ingest.js";

const REPORT = {
  id: "kivu-1",
  published: "2024-03-04",
  outlet: "Radio Okapi",
  text:
    "Fighting between the army and M23 rebels near Sake, North Kivu, continued on Sunday. " +
    "The rebels suffered heavy losses, a military spokesman said. Two civilians were wounded by shelling in Sake.",
};

describe("numberless mentions through the store", () => {
  it("are stored beside the claims and shown in show and the exports, in no tally", async () => {
    const store = new MemoryStore({ now: () => "2024-03-05T00:00:00.000Z" });
    const content = Buffer.from(`${JSON.stringify(REPORT)}\n`);
    const onBatch = (ids: readonly ArticleId[]) => linkAndWatchBatch(store, ids);
    await ingestContent(store, { name: "r.jsonl", content }, "jsonl", { onBatch });
    const [incident] = store.listIncidents();
    const record = incidentRecord(store, incident!, "conservative");
    // The claims and tallies are the figures' alone: two wounded, no death.
    expect(record.claims.map((c) => [c.outcome, c.quantity.value])).toEqual([["injured", 2]]);
    expect(record.tally.map((t) => t.outcome)).toEqual(["injured"]);
    expect(record.mentions.map((m) => [m.id, m.kind, m.outcome, m.evidence[0]!.text])).toEqual([
      ["kivu-1#m1", "noun", "killed", "heavy losses"],
    ]);
    const m = record.mentions[0]!.evidence[0]!;
    expect(REPORT.text.slice(m.start, m.end)).toBe("heavy losses");
    expect(record.datasets.acled.fatalities).toBe(10);
    expect(record.datasets.gtd.nkill).toBeNull();
    const acled = exportRecords([record], "acled");
    expect(acled).toContain("Fatalities stated with no figure (heavy losses): coded as 10");
    expect(JSON.parse(exportRecords([record], "json"))[0].mentions).toHaveLength(1);
    expect(formatIncident(record, "conservative")).toContain("kivu-1#m1 killed people");
  });

  it("are kept in the history of a text a later one replaced, and shown there", async () => {
    const store = new MemoryStore({ now: () => "2024-03-05T00:00:00.000Z" });
    const onBatch = (ids: readonly ArticleId[]) => linkAndWatchBatch(store, ids);
    const later = { ...REPORT, text: `${REPORT.text} The army said 14 rebels were killed.` };
    for (const r of [REPORT, later])
      await ingestContent(
        store,
        { name: "r.jsonl", content: Buffer.from(`${JSON.stringify(r)}\n`) },
        "jsonl",
        {
          onBatch,
        },
      );
    const [h] = store.articleHistory("kivu-1" as ArticleId);
    expect(h!.mentions.map((m) => [m.id, m.evidence[0]!.text])).toEqual([["m1", "heavy losses"]]);
    const [incident] = store.listIncidents();
    const record = incidentRecord(store, incident!, "conservative");
    expect(formatIncident(record, "conservative", reportIdentities(store, record))).toContain(
      "stated with no figure: heavy losses (military spokesman)",
    );
  });

  it("say in the ACLED export's notes why its fatalities exceed the stated figures", async () => {
    // An unknown number beside a stated figure: ACLED's fatalities add its 10 to the 5 that every
    // other surface shows, and the row's notes must say where the difference comes from.
    const store = new MemoryStore({ now: () => "2024-03-05T00:00:00.000Z" });
    const report = {
      id: "zamfara-1",
      published: "2024-03-04",
      outlet: "Daily Trust",
      text:
        "Gunmen attacked a village in Zamfara State on Sunday, killing five civilians, police said. " +
        "An undisclosed number of soldiers were also killed in the fighting, the army said.",
    };
    const content = Buffer.from(`${JSON.stringify(report)}\n`);
    const onBatch = (ids: readonly ArticleId[]) => linkAndWatchBatch(store, ids);
    await ingestContent(store, { name: "r.jsonl", content }, "jsonl", { onBatch });
    const [incident] = store.listIncidents();
    const record = incidentRecord(store, incident!, "conservative");
    expect(record.totals.find((t) => t.outcome === "killed")?.best).toBe(5);
    expect(record.datasets.acled.fatalities).toBe(15);
    expect(exportRecords([record], "acled")).toContain(
      "Fatalities stated with no figure (An undisclosed number of soldiers were also killed): coded as 15 with the stated figures' 5",
    );
  });
});
