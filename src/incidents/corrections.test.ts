import { describe, expect, it } from "vitest";
import type { ArticleId, IncidentId, Store } from "../store/store.js";
import {
  correctionsOf,
  correctionText,
  CorrectionRefused,
  mergeCorrection,
  rejectClaim,
  restoreClaim,
  splitCorrection,
  undoCorrection,
} from "./corrections.js";
import { exportRecords, incidentRecord } from "./export.js";
import { BUS_1, BUS_2, ZHOB, storeWith } from "./test-helpers.js";
import { linkAndWatchBatch } from "./watch.js";

function linked(): { store: Store; bus: IncidentId; zhob: IncidentId } {
  const { store, ids } = storeWith([BUS_1, BUS_2, ZHOB]);
  linkAndWatchBatch(store, ids);
  const bus = store.incidentsOf("bus-1" as ArticleId)[0]!;
  const zhob = store.incidentsOf("zhob-1" as ArticleId)[0]!;
  expect(bus).not.toBe(zhob);
  expect(store.incidentsOf("bus-2" as ArticleId)).toEqual([bus]);
  return { store, bus, zhob };
}

/** The soldiers-killed row and the UCDP export of an incident, as every surface reads them. */
function figures(store: Store, id: IncidentId) {
  const r = incidentRecord(store, store.getIncident(id)!, "ucdp");
  const row = r.tally.find((t) => t.outcome === "killed" && t.group === "security_forces");
  return { row, claims: r.claims.map((c) => c.id), ucdp: exportRecords([r], "ucdp") };
}

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof CorrectionRefused) return e.status;
    throw e;
  }
  throw new Error("not refused");
};

describe("corrections", () => {
  it("rejects a claim as misread on every surface at once, keeps it in the history, and restores it", () => {
    const { store, bus } = linked();
    const before = figures(store, bus);
    expect(before.row).toMatchObject({ grade: "contested", high: 12 });
    expect(before.claims).toContain("bus-2#c4");

    const c = rejectClaim(store, bus, "bus-2#c4", "  '12 soldiers' is the group's boast of another attack  ");
    expect(c.action).toEqual({
      kind: "reject",
      claim: "bus-2#c4",
      reason: "'12 soldiers' is the group's boast of another attack",
      reading: expect.stringContaining('"evidence":["12 soldiers"]'),
    });
    const after = figures(store, bus);
    expect(after.claims).not.toContain("bus-2#c4");
    expect(after.row).toMatchObject({ best: 2, high: 2 });
    expect(after.row!.grade).not.toBe("contested");
    expect(after.ucdp).not.toEqual(before.ucdp);
    // The claim itself stays stored; the change log tells the correction with its reason.
    expect(store.getClaims("bus-2" as ArticleId).map((x) => x.id)).toContain("c4");
    const told = store.listChanges({ incident: bus }).at(-1)!;
    expect(told.article).toBeNull();
    expect(told.items[0]).toEqual({ kind: "correction", seq: c.seq, text: correctionText(c) });
    // … and what it moved: the soldiers' row is no longer contested.
    expect(told.items).toContainEqual(
      expect.objectContaining({ kind: "grade", group: "security_forces", from: "contested" }),
    );

    expect(refusal(() => rejectClaim(store, bus, "bus-2#c4", "again"))).toBe(409);
    expect(refusal(() => rejectClaim(store, bus, "bus-2#c9", "no such claim"))).toBe(404);
    expect(refusal(() => rejectClaim(store, bus, "zhob-1#c1", "not this incident's"))).toBe(404);
    expect(refusal(() => rejectClaim(store, bus, "bus-2#c3", "   "))).toBe(422);

    const r = restoreClaim(store, bus, "bus-2#c4", "read again: it is this attack");
    expect(figures(store, bus)).toEqual(before);
    expect(refusal(() => restoreClaim(store, bus, "bus-2#c4", null))).toBe(409);
    expect(correctionsOf(store, bus, store.getIncident(bus)!.articles).map((x) => x.seq)).toEqual([
      c.seq,
      r.seq,
    ]);
  });

  it("undoes a merge: the merged incident is made again under its id with its reports", () => {
    const { store, bus, zhob } = linked();
    const zhobBefore = figures(store, zhob);
    const m = mergeCorrection(store, bus, zhob);
    expect(store.getIncident(zhob)).toBeNull();
    expect(store.getIncident(bus)!.articles).toContain("zhob-1");
    expect(m.action).toMatchObject({ kind: "merge", from: zhob, moved: ["zhob-1"] });
    // Undoing a merge is not restoring: a rejection is restored, not undone.
    const u = undoCorrection(store, m.seq, "different towns");
    expect(u.action).toEqual({ kind: "undo", undoes: m.seq, reason: "different towns" });
    expect(store.getIncident(zhob)!.articles).toEqual(["zhob-1"]);
    expect(store.getIncident(bus)!.articles).not.toContain("zhob-1");
    expect(figures(store, zhob)).toEqual(zhobBefore);
    expect(refusal(() => undoCorrection(store, m.seq, null))).toBe(409);
    expect(refusal(() => undoCorrection(store, 999, null))).toBe(404);
    const told = store.listChanges({ incident: zhob }).at(-1)!;
    expect(told.items[0]).toMatchObject({ kind: "correction", seq: u.seq });
    expect(correctionText(u, store.listCorrections())).toMatch(/undone \(.*merged into/);
  });

  it("undoes a split, also one that emptied the incident, and refuses one whose reports moved since", () => {
    const { store, bus, zhob } = linked();
    const before = figures(store, bus);
    const s = splitCorrection(store, bus, ["bus-2" as ArticleId]);
    if (s.action.kind !== "split") throw new Error("not a split");
    const created = s.action.created;
    expect(store.getIncident(created)!.articles).toEqual(["bus-2"]);
    undoCorrection(store, s.seq, null);
    expect(store.getIncident(created)).toBeNull();
    expect(figures(store, bus)).toEqual(before);

    const all = splitCorrection(store, zhob, ["zhob-1" as ArticleId]);
    if (all.action.kind !== "split") throw new Error("not a split");
    expect(all.action.emptied).toBe(true);
    expect(store.getIncident(zhob)).toBeNull();
    undoCorrection(store, all.seq, null);
    expect(store.getIncident(zhob)!.articles).toEqual(["zhob-1"]);

    const again = splitCorrection(store, bus, ["bus-2" as ArticleId]);
    if (again.action.kind !== "split") throw new Error("not a split");
    mergeCorrection(store, zhob, again.action.created);
    expect(refusal(() => undoCorrection(store, again.seq, null))).toBe(409);
    const reject = rejectClaim(store, bus, "bus-1#c1", "misread");
    expect(refusal(() => undoCorrection(store, reject.seq, null))).toBe(422);
  });
});
