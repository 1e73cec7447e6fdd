import { describe, expect, it } from "vitest";
import { incidentClaims, incidentTally } from "./incident-tally.js";
import { linkArticle } from "./link.js";
import { BUS_1, BUS_2, storeWith } from "./test-helpers.js";
import { sideTimeline, timeline } from "./timeline.js";

function busIncident() {
  // Stored newest first: the tally must still read the reports in publication order.
  const { store, ids } = storeWith([BUS_2, BUS_1]);
  ids.forEach((id) => linkArticle(store, id));
  const [incident] = store.listIncidents();
  return { store, ...incidentClaims(store, incident!) };
}

describe("incidentTally", () => {
  it("orders reports by publication and qualifies claim ids with their article", () => {
    const { articles, claims } = busIncident();
    expect(articles.map((a) => a.id)).toEqual(["bus-1", "bus-2"]);
    expect(claims[0]!.id).toBe("bus-1#c1");
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });

  it("marks the army's and the group's disagreeing figures contested and shows the sides apart", () => {
    const { claims } = busIncident();
    const rows = incidentTally(claims, "ucdp");
    const forces = rows.find((r) => r.outcome === "killed" && r.group === "security_forces")!;
    expect(forces.grade).toBe("contested");
    expect(forces.claims).toEqual(["bus-2#c3", "bus-2#c4"]);
    expect(forces.sides.state).toMatchObject({ best: 2, claimants: ["Army spokesman"] });
    expect(forces.sides.non_state).toMatchObject({ best: 12 });
    expect(forces.sides.independent).toBeNull();
    expect(forces.claimants.map((c) => [c.name, c.best])).toEqual([
      ["Army spokesman", 2],
      ["Baloch Liberation Front (BLF)", 12],
    ]);
    const range = incidentTally(claims, "range").find(
      (r) => r.group === "security_forces" && r.outcome === "killed",
    )!;
    expect([range.low, range.high]).toEqual([2, 12]);
    const taken = rows.find((r) => r.outcome === "abducted")!;
    expect(taken.grade).toBe("single_source");
  });
});

describe("timeline", () => {
  it("lists each claimant's figures by report date, oldest first", () => {
    const { articles, claims } = busIncident();
    const series = timeline(articles, [
      ...claims,
      {
        ...claims[0]!,
        id: "bus-2#c9",
        article: "bus-2",
        quantity: { ...claims[0]!.quantity, value: 31, min: 31, max: 31, hedge: "exact" },
      },
    ]);
    const police = series.find((s) => s.claimant === "police" && s.outcome === "abducted")!;
    expect(police.points.map((p) => [p.date, p.best])).toEqual([
      ["2025-06-02", 30],
      ["2025-06-04", 31],
    ]);
    expect(series.map((s) => s.outcome)).toEqual([...series.map((s) => s.outcome)].sort());
  });
});

describe("sideTimeline", () => {
  it("gives each side's figure per report day", () => {
    const { articles, claims } = busIncident();
    const series = sideTimeline(articles, claims, "ucdp");
    const armedGroup = series.find((s) => s.party === "non_state" && s.group === "security_forces")!;
    expect(armedGroup.points.map((p) => [p.date, p.best])).toEqual([["2025-06-04", 12]]);
    const army = series.find((s) => s.party === "state" && s.outcome === "released")!;
    expect(army.points[0]).toMatchObject({ date: "2025-06-04", best: 25, articles: ["bus-2"] });
  });
});

describe("checks across an incident's reports", () => {
  it("finds none where the reports' figures add up", async () => {
    const { incidentRecord } = await import("./export.js");
    const { store } = busIncident();
    expect(incidentRecord(store, store.listIncidents()[0]!, "ucdp").checks).toEqual([]);
  });

  it("flags the army's later, lower figure with both reports' claims", async () => {
    const { checkClaims } = await import("../core/checks/index.js");
    const { claims } = busIncident();
    const forces = claims.find(
      (c) => c.article === "bus-2" && c.claimant.name === "Army spokesman" && c.group === "security_forces",
    )!;
    const later = {
      ...forces,
      id: "bus-3#c1",
      article: "bus-3",
      quantity: { ...forces.quantity, value: 1, min: 1, max: 1, text: "one" },
    };
    const found = checkClaims([...claims, later]);
    expect(found.map((c) => [c.code, c.claims])).toEqual([["C003", [forces.id, "bus-3#c1"]]]);
  });
});
