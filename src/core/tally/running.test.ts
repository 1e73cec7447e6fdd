// Running counts (Claim.running: "27 killed so far", a count given while the fighting went on) are
// lower bounds: under conservative, gtd and ucdp a larger figure of a source at least as
// authoritative replaces them instead of being weighed against them (strategies.ts, "Running
// counts"; ARCHITECTURE "Running counts").
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Claim } from "../model.js";
import { grade } from "./grade.js";
import { conservative, gtd, range, ucdp, type Strategy } from "./strategies.js";
import { ARMY, BLA, HOSPITAL, MEDIA, RAILWAY, claim, claimSets, q, who } from "./test-helpers.js";

const WIRE = who("wire service", "media", "independent");
const BEST_OF = [conservative, gtd, ucdp];

describe("running counts", () => {
  it("give way to a larger independent figure, whichever is stated later", () => {
    const early = () => claim({ claimant: WIRE, quantity: q.exact(27), running: true });
    const final = () => claim({ claimant: HOSPITAL, quantity: q.exact(33) });
    for (const claims of [
      [early(), final()],
      [final(), early()],
    ])
      for (const s of BEST_OF) expect(s.reconcile(claims)).toMatchObject({ low: 27, best: 33, high: 33 });
  });

  it("give way to a larger independent figure when stated last with the scope the extractor gives them", () => {
    // Codebook §1c: a running count's scope is cumulative. Stated after every other figure of its
    // article it is still a lower bound that agrees with the larger figure, no revision below it.
    const final = () => claim({ claimant: HOSPITAL, quantity: q.exact(33) });
    const late = () => claim({ claimant: WIRE, quantity: q.exact(27), running: true, scope: "cumulative" });
    for (const s of BEST_OF)
      expect(s.reconcile([final(), late()])).toMatchObject({ low: 27, best: 33, high: 33 });
    // A running count above every other figure, stated last, stands as the revised toll.
    const rose = () => claim({ claimant: WIRE, quantity: q.exact(40), running: true, scope: "cumulative" });
    for (const s of BEST_OF) expect(s.reconcile([final(), rose()]).best).toBe(40);
  });

  it("are weighed as before where they are not running (the lowest of disagreeing independents)", () => {
    const claims = [
      claim({ claimant: WIRE, quantity: q.exact(27) }),
      claim({ claimant: HOSPITAL, quantity: q.exact(33) }),
    ];
    expect(ucdp.reconcile(claims).best).toBe(27);
    expect(conservative.reconcile(claims).best).toBe(27);
  });

  it("stand where they are the highest figure, and the highest of several stands", () => {
    const above = [
      claim({ claimant: WIRE, quantity: q.exact(40), running: true }),
      claim({ claimant: HOSPITAL, quantity: q.exact(35) }),
    ];
    for (const s of BEST_OF) expect(s.reconcile(above).best).toBe(35);
    const several = [
      claim({ claimant: WIRE, quantity: q.atLeast(10), running: true }),
      claim({ claimant: HOSPITAL, quantity: q.atLeast(20), running: true }),
      claim({ claimant: RAILWAY, quantity: q.exact(12), running: true }),
    ];
    for (const s of BEST_OF) expect(s.reconcile(several).best).toBe(20);
  });

  it("are not replaced by a party's larger figure: an outlet's '10 so far' against an armed group's 100", () => {
    const claims = [
      claim({ claimant: MEDIA, quantity: q.exact(10), running: true }),
      claim({ claimant: BLA, quantity: q.exact(100) }),
    ];
    expect(conservative.reconcile(claims).best).toBe(10);
    expect(ucdp.reconcile(claims).best).toBe(10);
    // A party's running count gives way to its own side's later figure, not to the other side's.
    const parties = [
      claim({ claimant: ARMY, quantity: q.exact(27), running: true }),
      claim({ claimant: BLA, quantity: q.exact(200) }),
    ];
    expect(ucdp.reconcile(parties).best).toBe(27);
    const ownSide = [
      ...parties,
      claim({ claimant: who("Interior ministry", "government", "state"), quantity: q.exact(33) }),
    ];
    expect(ucdp.reconcile(ownSide).best).toBe(33);
  });

  it("are kept by range, and agree with a larger figure in the grade", () => {
    const claims = [
      claim({ claimant: WIRE, quantity: q.exact(27), running: true }),
      claim({ claimant: HOSPITAL, quantity: q.exact(33) }),
    ];
    expect(range.reconcile(claims)).toMatchObject({ low: 27, best: null, high: 33 });
    expect(grade(claims)).toBe("fair");
    expect(grade(claims.map((c) => ({ ...c, running: false })))).toBe("contested");
  });
});

// ---- properties ------------------------------------------------------------------------------

/** One row's claims: every generated claim read as killed people. */
const rowOf = (claims: readonly Claim[]): Claim[] => claims.map((c) => ({ ...c, group: "people" }));
const best = (s: Strategy, claims: readonly Claim[]) => s.reconcile(claims).best;

describe("a running count stated last, settled by a larger figure", () => {
  it("leaves out the figures stated below it before it (the toll was at least that by then)", () => {
    // An outlet's "at least 7", a party's "about 5", then a hospital's "6 so far": the party's 5 is
    // past; with the hospital's count read as a revision the best is 6, as a running count 7.
    const claims = (running: boolean) => [
      claim({ quantity: q.atLeast(7), claimant: MEDIA }),
      claim({ quantity: q.about(5), claimant: BLA }),
      claim({ quantity: q.about(6), claimant: HOSPITAL, scope: "cumulative", running }),
    ];
    for (const s of [conservative, ucdp]) {
      expect(s.reconcile(claims(false)).best).toBe(6);
      expect(s.reconcile(claims(true)).best).toBe(7);
    }
  });
});

describe("running counts, as properties", () => {
  it("marking figures as running never lowers the best of conservative or ucdp", () => {
    fc.assert(
      fc.property(claimSets, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (set, marks) => {
        const plain = rowOf(set).map((c) => ({ ...c, running: false }));
        const marked = plain.map((c, i) => ({ ...c, running: marks[i] }));
        for (const s of [conservative, ucdp]) {
          const before = best(s, plain);
          const after = best(s, marked);
          if (before !== null) expect(after).toBeGreaterThanOrEqual(before);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a running count below every figure of an independent source changes no best", () => {
    fc.assert(
      fc.property(claimSets, fc.integer({ min: 2, max: 60 }), (set, n) => {
        // Single figures only (no revision by a later cumulative one), all at least 2, one precise
        // figure from an independent source.
        const base: Claim[] = rowOf(set)
          .filter((c) => c.quantity.hedge !== "vague" && (c.quantity.value ?? 0) >= 2)
          .map((c): Claim => ({ ...c, scope: "single", running: false }));
        base.push(claim({ claimant: HOSPITAL, quantity: q.exact(n), at: 5 }));
        // (Added last, in an article already there, so that no article's rank changes.)
        const early = claim({
          article: base[0]!.article,
          claimant: WIRE,
          quantity: q.exact(1),
          running: true,
          scope: "cumulative",
        });
        for (const s of BEST_OF) expect(best(s, [...base, early])).toBe(best(s, base));
      }),
      { numRuns: 300 },
    );
  });
});
