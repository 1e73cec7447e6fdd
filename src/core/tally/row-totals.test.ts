import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claimantTotals } from "./claimant-totals.js";
import { datasets, unknownDeaths } from "./datasets.js";
import { rowBasis, sharedRowTotals } from "./row-totals.js";
import { STRATEGY_NAMES, STRATEGIES } from "./strategies.js";
import { reconcile, tally } from "./tally.js";
import { FIGURES_ONLY, incidentShare, outcomeTotal, totals, totalsOf } from "./totals.js";
import { OUTCOMES } from "../model.js";
import { ARMY, BLA, claim, claimSets, mention, q, seedClaims } from "./test-helpers.js";

describe("sharedRowTotals", () => {
  it("works a row out once: the same claim objects in the same order get the same basis", () => {
    const a = claim({ quantity: q.exact(4), claimant: ARMY });
    const b = claim({ quantity: q.exact(30), claimant: BLA });
    const shared = sharedRowTotals();
    const first = shared([a, b]);
    expect(shared([a, b])).toBe(first);
    expect(first.totals.map((t) => t.figures?.best)).toEqual([4, 30]);
  });

  it("gives another basis for other claims, another order, or a copy of a claim with another figure", () => {
    const a = claim({ quantity: q.exact(4), claimant: ARMY });
    const b = claim({ quantity: q.exact(30), claimant: BLA });
    const shared = sharedRowTotals();
    const first = shared([a, b]);
    expect(shared([b, a])).not.toBe(first);
    expect(shared([a])).not.toBe(first);
    // A figure shared over three incidents is a new object with the same id: a new row.
    const shares = shared([a, incidentShare({ ...b, acrossIncidents: 3 })]);
    expect(shares).not.toBe(first);
    expect(shares.totals.map((t) => t.figures?.best)).toEqual([4, 10]);
  });

  it("gives what each reader works out alone: tally, dataset fields and the reconciliation", () => {
    fc.assert(
      fc.property(claimSets, fc.constantFrom(...STRATEGY_NAMES), (claims, strategy) => {
        const shared = sharedRowTotals();
        expect(tally(claims, strategy, shared)).toEqual(tally(claims, strategy));
        expect(datasets(claims, undefined, undefined, [], shared)).toEqual(datasets(claims));
        expect(datasets(claims, strategy, undefined, [], shared)).toEqual(datasets(claims, strategy));
      }),
      { numRuns: 150 },
    );
    const seed = seedClaims();
    const unknown = [mention({ kind: "unknown_number", outcome: "killed", group: "militants" })];
    for (const s of STRATEGY_NAMES) {
      const shared = sharedRowTotals();
      expect(datasets(seed, s, undefined, unknown, shared)).toEqual(datasets(seed, s, undefined, unknown));
      expect(tally(seed, s, shared)).toEqual(tally(seed, s));
      const all = totals(seed, s);
      const ds = datasets(seed, s, undefined, unknown);
      const killed = all.find((t) => t.outcome === "killed") ?? null;
      expect(reconcile(seed, s, undefined, unknown)).toEqual({
        strategy: s,
        rows: tally(seed, s),
        totals: all,
        datasets: ds,
        unknownDeaths: unknownDeaths(seed, s, undefined, unknown, ds.acled.fatalities, killed),
      });
    }
  });

  it("reconciles a row from its basis as from its claims", () => {
    fc.assert(
      fc.property(claimSets, fc.constantFrom(...STRATEGY_NAMES), (claims, strategy) => {
        const s = STRATEGIES[strategy];
        expect(s.reconcileRow(rowBasis(claims))).toEqual(s.reconcile(claims));
        expect(rowBasis(claims).totals).toEqual(claimantTotals(claims));
      }),
      { numRuns: 200 },
    );
  });

  it("gives a row's figures, and totals' figures, grades and parts, alike without the ids behind them", () => {
    fc.assert(
      fc.property(claimSets, fc.constantFrom(...STRATEGY_NAMES), (claims, strategy) => {
        const s = STRATEGIES[strategy];
        const { claims: _ids, ...figures } = s.reconcileRow(rowBasis(claims));
        expect(s.bounds(rowBasis(claims))).toEqual(figures);
        const lean = totalsOf(claims, undefined, rowBasis, FIGURES_ONLY);
        for (const outcome of OUTCOMES) {
          const full = outcomeTotal(claims, outcome, strategy);
          expect(lean(outcome, strategy)).toEqual(full && { ...full, claims: [] });
        }
      }),
      { numRuns: 300 },
    );
  });
});
