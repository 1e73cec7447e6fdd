import { describe, expect, it } from "vitest";
import type { Claim } from "../core/model.js";
import type { ArticleId, Correction, IncidentId } from "../store/store.js";
import { rejectClaim, restoreClaim } from "./corrections.js";
import { incidentRecord } from "./export.js";
import { readingOf, rejectedClaims, Rejections, staleRejections } from "./rejections.js";
import { BUS_1, BUS_2, claimsOf, storeWith, ZHOB } from "./test-helpers.js";
import { linkAndWatchBatch } from "./watch.js";

const BUS2 = "bus-2" as ArticleId;

function linked() {
  const { store, ids } = storeWith([BUS_1, BUS_2, ZHOB]);
  linkAndWatchBatch(store, ids);
  const bus = store.incidentsOf(BUS2)[0]!;
  return { store, bus };
}

/** bus-2's claims as another engine reads them: one more figure read first, so every id moves on by one. */
function renumbered(over: (c: Claim) => Partial<Claim> = () => ({})): Claim[] {
  const old = claimsOf("bus-2");
  const extra = { ...old[0]!, id: "c1", outcome: "injured" as const };
  return [extra, ...old.map((c, i) => ({ ...c, id: `c${i + 2}`, ...over(c) }))];
}

const counted = (store: ReturnType<typeof linked>["store"], bus: IncidentId) =>
  incidentRecord(store, store.getIncident(bus)!, "ucdp").claims.map((c) => c.evidence[0]!.text);

describe("rejections follow the claim's reading, not its number", () => {
  it("holds for the same reading under a new id when the report is read again, and for nothing else", () => {
    const { store, bus } = linked();
    rejectClaim(store, bus, "bus-2#c4", "the group's boast of another attack");
    expect(counted(store, bus)).not.toContain("12 soldiers");

    store.putClaims(BUS2, "test-2", renumbered());
    // "12 soldiers" is c5 now; c4 is "two soldiers", which nobody rejected.
    const now = counted(store, bus);
    expect(now).not.toContain("12 soldiers");
    expect(now).toContain("two soldiers");
    expect(staleRejections(store, ["bus-2"], rejectedClaims(store))).toEqual([]);

    // Restoring it by its new name lifts the rejection made under the old one.
    restoreClaim(store, bus, "bus-2#c5", "read again: it is this attack");
    expect(counted(store, bus)).toContain("12 soldiers");
  });

  it("rejects nothing once the claim is read otherwise, and says the rejection no longer applies", () => {
    const { store, bus } = linked();
    const c = rejectClaim(store, bus, "bus-2#c4", "misread group");
    store.putClaims(
      BUS2,
      "test-2",
      renumbered((x) => (x.evidence[0]!.text === "12 soldiers" ? { group: "civilians" } : {})),
    );
    expect(counted(store, bus)).toEqual(expect.arrayContaining(["12 soldiers", "two soldiers"]));
    const stale = staleRejections(store, ["bus-2"], rejectedClaims(store));
    expect(stale.map((r) => [r.key, r.reason, r.correction.seq])).toEqual([
      ["bus-2#c4", "misread group", c.seq],
    ]);
  });

  it("keeps a rejection stored before readings were kept on the claim's id", () => {
    const claims = claimsOf("bus-2").map((c) => ({ ...c, id: `bus-2#${c.id}` }));
    const legacy: Correction = {
      seq: 1,
      at: "2025-06-10T00:00:00.000Z",
      incident: "i1" as IncidentId,
      action: { kind: "reject", claim: "bus-2#c2", reason: "old" },
    };
    const r = new Rejections([legacy]);
    expect(claims.filter((c) => r.has(c)).map((c) => c.id)).toEqual(["bus-2#c2"]);
  });

  it("reads a claim the same wherever its words sit and whatever it is numbered", () => {
    const [a] = claimsOf("bus-2");
    const moved = {
      ...a!,
      id: "c9",
      evidence: a!.evidence.map((e) => ({ ...e, start: e.start + 40, end: e.end + 40 })),
    };
    const mention = { start: 3, end: 9, text: "he" };
    expect(readingOf(moved)).toBe(readingOf(a!));
    expect(readingOf({ ...moved, claimant: { ...moved.claimant, mention } })).toBe(readingOf(a!));
    expect(readingOf({ ...a!, quantity: { ...a!.quantity, value: 26 } })).not.toBe(readingOf(a!));
  });
});
