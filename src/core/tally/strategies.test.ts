import { describe, expect, it } from "vitest";
import { STRATEGIES, STRATEGY_NAMES, conservative, gtd, range, strategy, ucdp } from "./strategies.js";
import { ARMY, BLA, HOSPITAL, MEDIA, PM, RAILWAY, claim, q, who } from "./test-helpers.js";

const POLICE = who("District police", "state_military", "state");

describe("the strategies", () => {
  it("are named, sourced and described", () => {
    expect(Object.keys(STRATEGIES)).toEqual([...STRATEGY_NAMES]);
    for (const name of STRATEGY_NAMES) {
      const s = strategy(name);
      expect(s.name).toBe(name);
      expect(s.source.length).toBeGreaterThan(10);
      expect(s.describe.length).toBeGreaterThan(10);
    }
  });

  it("give nothing where no claim gives a number", () => {
    const claims = [
      claim({ claimant: ARMY, quantity: q.all() }),
      claim({ quantity: q.exact(3), modality: "denied" }),
    ];
    for (const s of Object.values(STRATEGIES)) {
      expect(s.reconcile(claims)).toEqual({ low: null, best: null, high: null, claims: [] });
    }
  });

  it("read one claimant's open-ended figure with low widened to best and high open", () => {
    const claims = [claim({ claimant: RAILWAY, quantity: q.moreThan(450) })];
    for (const s of [conservative, gtd, ucdp])
      expect(s.reconcile(claims)).toMatchObject({ low: 450, best: 450, high: null });
    expect(range.reconcile(claims)).toMatchObject({ low: 451, best: null, high: null });
  });
});

describe("revised tolls (all but range)", () => {
  const first = () => claim({ id: "first", claimant: MEDIA, quantity: q.exact(32) });
  const other = () => claim({ id: "other", claimant: HOSPITAL, quantity: q.exact(40) });
  const later = (over = {}) =>
    claim({ id: "later", claimant: PM, quantity: q.moreThan(50), scope: "cumulative", ...over });

  it("take a cumulative figure stated after every other claimant's in one article as best", () => {
    const claims = [first(), other(), later()];
    for (const s of [conservative, gtd, ucdp])
      expect(s.reconcile(claims)).toMatchObject({ low: 32, best: 50, high: 51 });
    // A revision may be lower than a figure before it.
    const lower = [first(), other(), later({ quantity: q.exact(35) })];
    expect(conservative.reconcile(lower)).toMatchObject({ low: 32, best: 35, high: 40 });
  });

  it("leave the strategy's choice where the cumulative figure is not the last", () => {
    const claims = [later(), first(), other()];
    expect(conservative.reconcile(claims)).toMatchObject({ best: 32 });
  });

  it("leave the strategy's choice where the figure is not cumulative", () => {
    const claims = [first(), other(), later({ scope: "single" })];
    expect(conservative.reconcile(claims)).toMatchObject({ best: 32 });
  });

  it("leave the strategy's choice where an armed group gives its own running total last", () => {
    const claims = [first(), other(), later({ claimant: BLA })];
    expect(conservative.reconcile(claims)).toMatchObject({ best: 32 });
  });

  it("leave the strategy's choice across articles", () => {
    const claims = [first(), other(), later({ article: "a2" })];
    expect(conservative.reconcile(claims)).toMatchObject({ best: 32 });
  });
});

describe("conservative (ACLED)", () => {
  it("takes the lowest credible figure", () => {
    const claims = [
      claim({ id: "a", claimant: ARMY, quantity: q.exact(4) }),
      claim({ id: "b", claimant: BLA, quantity: q.moreThan(100) }),
    ];
    expect(conservative.reconcile(claims)).toEqual({ low: 4, best: 4, high: 101, claims: ["a", "b"] });
  });

  it("reads vague words by the ACLED lexicon, where nothing more precise is given", () => {
    expect(conservative.reconcile([claim({ quantity: q.vague("dozens", 24, 12) })])).toMatchObject({
      low: 12,
      best: 12,
    });
    expect(conservative.reconcile([claim({ quantity: q.vague("dozens", 24) })])).toMatchObject({ best: 24 });
    const claims = [
      claim({ claimant: ARMY, quantity: q.exact(33) }),
      claim({ claimant: PM, quantity: q.vague("dozens", 24, 12) }),
    ];
    expect(conservative.reconcile(claims)).toMatchObject({ low: 33, best: 33, high: 33 });
  });
});

describe("gtd", () => {
  it("takes the most recent independent figure", () => {
    const claims = [
      claim({ claimant: MEDIA, quantity: q.exact(10), date: "2025-03-11" }),
      claim({ id: "h", claimant: HOSPITAL, quantity: q.exact(12), date: "2025-03-12" }),
      claim({ claimant: ARMY, quantity: q.exact(8) }),
    ];
    expect(gtd.reconcile(claims)).toMatchObject({ low: 8, best: 12, high: 12 });
  });

  it("else the majority figure", () => {
    const claims = [
      claim({ claimant: ARMY, quantity: q.exact(10) }),
      claim({ claimant: PM, quantity: q.exact(10) }),
      claim({ claimant: POLICE, quantity: q.exact(12) }),
    ];
    expect(gtd.reconcile(claims)).toMatchObject({ low: 10, best: 10, high: 12 });
  });

  it("else the lowest", () => {
    const claims = [
      claim({ claimant: ARMY, quantity: q.exact(12) }),
      claim({ claimant: PM, quantity: q.exact(10) }),
    ];
    expect(gtd.reconcile(claims).best).toBe(10);
  });

  it("leaves out the perpetrator's figures when anyone else gives one", () => {
    const claims = [
      claim({ id: "army", claimant: ARMY, quantity: q.exact(4) }),
      claim({ id: "bla", claimant: BLA, quantity: q.moreThan(100), scope: "cumulative" }),
    ];
    expect(gtd.reconcile(claims)).toEqual({ low: 4, best: 4, high: 4, claims: ["army"] });
    expect(gtd.reconcile(claims.slice(1))).toMatchObject({ best: 100 });
  });
});

describe("ucdp", () => {
  it("prefers an independent figure; low and high span the credible figures", () => {
    const claims = [
      claim({ claimant: ARMY, quantity: q.exact(4) }),
      claim({ claimant: HOSPITAL, quantity: q.exact(6) }),
    ];
    expect(ucdp.reconcile(claims)).toMatchObject({ low: 4, best: 6, high: 6 });
  });

  it("takes the lower of disagreeing independents, and of parties", () => {
    const independents = [
      claim({ claimant: HOSPITAL, quantity: q.exact(9) }),
      claim({ claimant: MEDIA, quantity: q.exact(7) }),
      claim({ claimant: ARMY, quantity: q.exact(3) }),
    ];
    expect(ucdp.reconcile(independents)).toMatchObject({ low: 3, best: 7, high: 9 });
    const parties = [
      claim({ claimant: ARMY, quantity: q.exact(21) }),
      claim({ claimant: BLA, quantity: q.exact(60) }),
    ];
    expect(ucdp.reconcile(parties)).toMatchObject({ low: 21, best: 21, high: 60 });
  });

  it("counts an open-ended figure at the least it states when spanning claimants", () => {
    const claims = [
      claim({ claimant: ARMY, quantity: q.exact(4) }),
      claim({ claimant: BLA, quantity: q.moreThan(100) }),
    ];
    expect(ucdp.reconcile(claims)).toMatchObject({ low: 4, best: 4, high: 101 });
  });

  it("spans an approximate figure by its spread", () => {
    expect(ucdp.reconcile([claim({ quantity: q.about(150) })])).toMatchObject({
      low: 135,
      best: 150,
      high: 165,
    });
  });
});

describe("range (IBC, Airwars)", () => {
  it("spans every claimant, vague words included, with no best", () => {
    const claims = [
      claim({ claimant: ARMY, quantity: q.exact(33) }),
      claim({ claimant: PM, quantity: q.vague("dozens", 24, 12) }),
    ];
    expect(range.reconcile(claims)).toMatchObject({ low: 24, best: null, high: 33 });
  });
});
