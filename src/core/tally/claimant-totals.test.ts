import { describe, expect, it } from "vitest";
import { chronology, claimantTotals, isTallied, latestOf } from "./claimant-totals.js";
import { ARMY, BLA, HOSPITAL, MEDIA, claim, q, who } from "./test-helpers.js";

const only = (claims: Parameters<typeof claimantTotals>[0]) => {
  const totals = claimantTotals(claims);
  expect(totals).toHaveLength(1);
  return totals[0]!;
};

describe("claimantTotals", () => {
  it("adds increments into a running total", () => {
    const t = only([
      claim({ id: "a", claimant: BLA, quantity: q.exact(40), scope: "increment" }),
      claim({ id: "b", claimant: BLA, quantity: q.exact(10), scope: "increment" }),
    ]);
    expect(t.figures?.best).toBe(50);
    expect(t.claims).toEqual(["a", "b"]);
  });

  it("adds increments to a single figure, whichever is stated first", () => {
    const t = only([
      claim({ id: "a", claimant: BLA, quantity: q.exact(10), scope: "increment", date: "2025-03-12" }),
      claim({ id: "b", claimant: BLA, quantity: q.exact(30), date: "2025-03-11" }),
    ]);
    expect(t.figures?.best).toBe(40);
  });

  it("adds distinct single figures of one article, undated or of one day", () => {
    expect(only([claim({ quantity: q.exact(4) }), claim({ quantity: q.exact(1) })]).figures?.best).toBe(5);
  });

  it("lets the latest article's single claim supersede the earlier articles'", () => {
    const t = only([
      claim({ id: "old", quantity: q.exact(10) }),
      claim({ id: "new", article: "a2", quantity: q.exact(12) }),
    ]);
    expect(t.figures?.best).toBe(12);
    expect(t.claims).toEqual(["new"]);
  });

  it("lets the article of the latest single claim supersede the earlier articles'", () => {
    // By date before position: the later day's report wins though it comes first in the input.
    const t = only([
      claim({ id: "late", article: "a2", quantity: q.exact(15), date: "2025-03-13" }),
      claim({ id: "early", article: "a1", quantity: q.exact(12), date: "2025-03-12" }),
    ]);
    expect(t.figures?.best).toBe(15);
    expect(t.claims).toEqual(["late"]);
    expect(t.considered).toEqual(["late", "early"]);
  });

  it("adds figures of different days within one article (different deaths)", () => {
    const t = only([
      claim({ quantity: q.exact(15), date: "2025-03-13" }),
      claim({ quantity: q.exact(12), date: "2025-03-12" }),
    ]);
    expect(t.figures?.best).toBe(27);
  });

  it("replaces the sum with a later cumulative claim", () => {
    const t = only([
      claim({ claimant: BLA, quantity: q.exact(40), scope: "increment" }),
      claim({ claimant: BLA, quantity: q.exact(10), scope: "increment" }),
      claim({ id: "total", claimant: BLA, quantity: q.moreThan(100), scope: "cumulative" }),
    ]);
    expect(t.figures).toEqual({ low: 101, best: 100, high: null, acled: 100 });
    expect(t.claims).toEqual(["total"]);
  });

  it("replaces the sum with a later cumulative claim even when smaller (a correction)", () => {
    const t = only([
      claim({ quantity: q.exact(40), scope: "increment" }),
      claim({ quantity: q.exact(10), scope: "increment" }),
      claim({ quantity: q.exact(45), scope: "cumulative" }),
    ]);
    expect(t.figures?.best).toBe(45);
  });

  it("replaces the sum with an earlier cumulative claim at least as large", () => {
    // The seed: "killed 60 captives", then "50 additional … earlier, 10".
    const t = only([
      claim({ id: "c6", claimant: BLA, quantity: q.exact(60), scope: "cumulative" }),
      claim({ id: "c8", claimant: BLA, quantity: q.exact(50), scope: "increment", date: "2025-03-12" }),
      claim({ id: "c9", claimant: BLA, quantity: q.exact(10) }),
    ]);
    expect(t.figures?.best).toBe(60);
    expect(t.claims).toEqual(["c6"]);
  });

  it("keeps the sum over an earlier, smaller cumulative claim", () => {
    const t = only([
      claim({ quantity: q.exact(20), scope: "cumulative", date: "2025-03-10" }),
      claim({ id: "later", quantity: q.exact(30), date: "2025-03-11" }),
    ]);
    expect(t.figures?.best).toBe(30);
    expect(t.claims).toEqual(["later"]);
  });

  it("never adds a sub-count, but lets it stand alone", () => {
    const whole = claim({ id: "w", quantity: q.exact(11) });
    const part = claim({ id: "p", quantity: q.exact(5), partOf: "w" });
    expect(only([whole, part]).figures?.best).toBe(11);
    expect(only([whole, part]).considered).toEqual(["w", "p"]);
    expect(only([part]).figures?.best).toBe(5);
  });

  it("drops denied, threatened and other-incident claims", () => {
    const claims = [
      claim({ quantity: q.exact(150), modality: "denied" }),
      claim({ quantity: q.all(), modality: "threatened" }),
      claim({ quantity: q.exact(9), otherIncident: true }),
    ];
    expect(claims.some(isTallied)).toBe(false);
    expect(claimantTotals(claims)).toEqual([]);
    expect(isTallied(claim({ modality: "reported_unconfirmed" }))).toBe(true);
  });

  it("keeps numberless claims as considered, with no figure", () => {
    const t = only([claim({ id: "all", claimant: ARMY, quantity: q.all() })]);
    expect(t.figures).toBeNull();
    expect(t.latest).toBeNull();
    expect(t.considered).toEqual(["all"]);
  });

  it("keys claimants by name, in order of first appearance", () => {
    const he = { ...ARMY, mention: { start: 0, end: 2, text: "he" } };
    const totals = claimantTotals([
      claim({ claimant: HOSPITAL, quantity: q.exact(3) }),
      claim({ claimant: ARMY, quantity: q.exact(4) }),
      claim({ claimant: he, quantity: q.exact(5), scope: "increment" }),
      claim({ claimant: who("ISPR", "state_military", "state"), quantity: q.exact(6) }),
    ]);
    expect(totals.map((t) => [t.name, t.figures?.best])).toEqual([
      [HOSPITAL.name, 3],
      [ARMY.name, 9],
      ["ISPR", 6],
    ]);
  });

  it("marks a total resting on vague words", () => {
    expect(only([claim({ quantity: q.vague("dozens", 24) })]).vague).toBe(true);
    expect(only([claim({ claimant: MEDIA, quantity: q.exact(24) })]).vague).toBe(false);
  });
});

describe("chronology", () => {
  it("orders by date, then article, then evidence, then input order", () => {
    const a1late = claim({ article: "a1", at: 500 });
    const a1early = claim({ article: "a1", at: 100 });
    const a2 = claim({ article: "a2", at: 0 });
    const dated = claim({ article: "a1", at: 900, date: "2025-03-11" });
    const datedLater = claim({ article: "a1", at: 50, date: "2025-03-12" });
    const order = chronology([a1late, a2, a1early, dated, datedLater]);
    expect(order(a1early, a1late)).toBeLessThan(0);
    expect(order(a2, a1late)).toBeGreaterThan(0);
    expect(order(datedLater, dated)).toBeGreaterThan(0);
    expect(latestOf([a1late, a2, a1early], order)).toBe(a2);
    expect(latestOf([], order)).toBeNull();
  });
});
