// Totals across groups (CODEBOOK §3b), on claims written for these tests.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GROUPS, type Claim } from "../model.js";
import { claimantTotals } from "./claimant-totals.js";
import { datasets } from "./datasets.js";
import { STRATEGY_NAMES } from "./strategies.js";
import { ARMY, BLA, HOSPITAL, MEDIA, RAILWAY, claim, claimSets, q, who } from "./test-helpers.js";
import { outcomeTotal, sameSentence } from "./totals.js";

const killed = (claims: Claim[], s: (typeof STRATEGY_NAMES)[number] = "ucdp", text?: string) =>
  outcomeTotal(claims, "killed", s, text === undefined ? undefined : () => text);

describe("outcomeTotal", () => {
  it("adds disjoint groups of one claimant and never adds a part to its whole", () => {
    const whole = claim({ id: "w", group: "hostages", claimant: ARMY, quantity: q.exact(26) });
    const claims = [
      whole,
      claim({ group: "security_forces", claimant: ARMY, quantity: q.exact(18), partOf: "w" }),
      claim({ group: "militants", claimant: ARMY, quantity: q.exact(33) }),
    ];
    const t = killed(claims)!;
    expect(t.best).toBe(59);
    expect(t.parts).toEqual({ security_forces: null, militants: 33, civilians: 26, unknown: null });
  });

  it("splits a claimant's sum over several incidents, not each of its figures", () => {
    // "Five guards and 21 gunmen died across the two raids": 26 / 2 = 13 for this raid, not 3 + 11.
    const claims = [
      claim({ group: "security_forces", claimant: ARMY, quantity: q.exact(5), acrossIncidents: 2 }),
      claim({ group: "militants", claimant: ARMY, quantity: q.exact(21), acrossIncidents: 2, at: 40 }),
    ];
    for (const s of STRATEGY_NAMES) {
      const t = killed(claims, s)!;
      expect(t.best ?? t.low).toBe(13);
      if (t.best === null) continue;
      const parts = Object.values(t.parts).reduce<number>((sum, n) => sum + (n ?? 0), 0);
      expect(parts).toBe(13);
      expect(Object.values(t.parts).every((n) => n === null || Number.isInteger(n))).toBe(true);
    }
  });

  it("takes the larger of hostages and civilians, and of people and the victims, where overlap is unknown", () => {
    const claims = [
      claim({ group: "civilians", claimant: ARMY, quantity: q.exact(21), at: 0 }),
      claim({ group: "hostages", claimant: ARMY, quantity: q.exact(21), at: 200 }),
      claim({ group: "security_forces", claimant: ARMY, quantity: q.exact(4), at: 20 }),
      claim({ group: "people", claimant: ARMY, quantity: q.exact(25), at: 400 }),
    ];
    expect(killed(claims)!.best).toBe(25);
  });

  it("adds an increment-only voice's figures to the figure they follow, never standing alone", () => {
    // "At least 12 feared dead … Seven were killed at Lokiriama … Unconfirmed reports say another
    // five were killed at Kotaruk": that voice's total is 7 + 5, not 5.
    const reports = who("Unconfirmed reports", "unknown", "independent");
    const claims = [
      claim({ group: "people", claimant: MEDIA, quantity: q.atLeast(12), at: 0 }),
      claim({ group: "people", claimant: MEDIA, quantity: q.exact(7), at: 80 }),
      claim({ group: "people", claimant: reports, quantity: q.exact(5), scope: "increment", at: 160 }),
    ];
    for (const s of ["conservative", "ucdp"] as const) expect(killed(claims, s)!.best).toBe(12);
    const t = killed(claims, "conservative")!;
    expect(t.claimants.find((c) => c.name === "Unconfirmed reports")).toMatchObject({ best: 12 });
    // With no figure before it, the increment stands as what that voice says.
    expect(killed([claims[2]!], "conservative")!.best).toBe(5);
  });

  it("adds figures the text tells apart: one sentence, an increment, another day", () => {
    const text = "Noor and his guard were killed. Later that day four more people were killed.";
    const noor = claim({ group: "people", quantity: q.exact(1), evidence: [ev(text, "Noor")] });
    const guard = claim({ group: "security_forces", evidence: [ev(text, "his guard were killed")] });
    expect(sameSentence(noor, guard, () => text)).toBe(true);
    expect(killed([noor, guard], "ucdp", text)!.best).toBe(2);
    expect(killed([noor, guard])!.best).toBe(1);
    const more = claim({
      group: "people",
      scope: "increment",
      quantity: q.exact(4),
      evidence: [ev(text, "four more people")],
    });
    expect(killed([guard, more], "ucdp", text)!.best).toBe(5);
  });

  it("completes a claimant silent on a group with the others' figure, so silence is not zero", () => {
    const claims = [
      claim({ group: "security_forces", claimant: ARMY, quantity: q.exact(5) }),
      claim({ group: "civilians", claimant: HOSPITAL, quantity: q.exact(3) }),
    ];
    for (const s of ["conservative", "gtd", "ucdp"] as const) expect(killed(claims, s)!.best).toBe(8);
    const t = killed(claims)!;
    expect(t.claimants.map((c) => c.completed)).toEqual([["civilians"], ["security_forces"]]);
  });

  it("keeps the armed group's far larger claim visible in the range, and reconciles by strategy", () => {
    const claims = [
      claim({ group: "hostages", claimant: ARMY, quantity: q.exact(21) }),
      claim({ group: "militants", claimant: ARMY, quantity: q.exact(33) }),
      claim({ group: "hostages", claimant: BLA, quantity: q.exact(214) }),
    ];
    expect(killed(claims, "gtd")!.best).toBe(54);
    const t = killed(claims, "ucdp")!;
    expect([t.best, t.high, t.grade]).toEqual([54, 247, "contested"]);
    expect(killed(claims, "range")!.best).toBeNull();
    expect(killed(claims, "range")!.high).toBe(247);
  });

  it("reconciles completed accounts by the strategy alone: a party's fuller account never wins for being fuller", () => {
    // The army and a hospital each speak of one group; the armed group gives hostages and its own
    // dead. GTD sets perpetrators' figures aside and UCDP prefers independents, so neither may take
    // the armed group's total because it is the only one that needed no completing.
    const claims = [
      claim({ group: "hostages", claimant: ARMY, quantity: q.exact(21) }),
      claim({ group: "security_forces", claimant: HOSPITAL, quantity: q.exact(4) }),
      claim({ group: "hostages", claimant: BLA, quantity: q.exact(214) }),
      claim({ group: "militants", claimant: BLA, quantity: q.exact(12) }),
    ];
    for (const s of ["conservative", "gtd", "ucdp"] as const) {
      const t = killed(claims, s)!;
      expect([s, t.best]).toEqual([s, 37]);
    }
    expect(killed(claims, "ucdp")!.high).toBe(230);
  });

  it("weighs a claimant's people figure against militants borrowed from others", () => {
    const claims = [
      claim({ group: "people", claimant: RAILWAY, quantity: q.exact(14) }),
      claim({ group: "security_forces", claimant: ARMY, quantity: q.exact(3) }),
      claim({ group: "militants", claimant: ARMY, quantity: q.exact(11) }),
    ];
    expect(killed(claims)!.best).toBe(14);
  });

  it("reads a claimant's total as running only where a running figure stands in it", () => {
    // A wire's "8 civilians killed so far", then its final "the toll rose to 30 people", stated
    // after a hospital's 35: the 30 covers the 8, so the wire's total is its revision, no lower
    // bound the hospital's larger figure settles.
    const wire = who("wire service", "media", "independent");
    const claims = (running: boolean) => [
      claim({ group: "people", claimant: HOSPITAL, quantity: q.exact(35), at: 0 }),
      claim({
        group: "civilians",
        claimant: wire,
        quantity: q.exact(8),
        at: 100,
        running,
        scope: "cumulative",
      }),
      claim({ group: "people", claimant: wire, quantity: q.exact(30), at: 200, scope: "cumulative" }),
    ];
    for (const s of ["conservative", "gtd", "ucdp"] as const) {
      expect(killed(claims(false), s)!.best).toBe(30);
      expect(killed(claims(true), s)!.best).toBe(30);
    }
    // Where the running figure is what stands ("rose to 30 so far"), it is a lower bound still.
    const rising = [
      claim({ group: "people", claimant: HOSPITAL, quantity: q.exact(35), at: 0 }),
      claim({ group: "civilians", claimant: wire, quantity: q.exact(8), at: 100, scope: "cumulative" }),
      claim({
        group: "people",
        claimant: wire,
        quantity: q.exact(30),
        at: 200,
        running: true,
        scope: "cumulative",
      }),
    ];
    for (const s of ["conservative", "ucdp"] as const) expect(killed(rising, s)!.best).toBe(35);
  });
});

function ev(text: string, words: string) {
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words, quoted: false };
}

// ---- properties over generated claim sets ----------------------------------------------------

/**
 * The sum of the disjoint groups' largest figures, plus, for each increment-only voice, its own
 * figures and the figure they follow (totals.ts rule 5: "another six were killed" after someone's
 * 8 is 14; the 8 may be one its voice later revised, so any figure stated bounds it).
 */
function disjointBound(claims: readonly Claim[]): number {
  const incrementOnly = new Set(
    claims
      .map((c) => c.claimant.name)
      .filter((name) =>
        claims.every((c) => c.claimant.name !== name || c.partOf !== null || c.scope === "increment"),
      ),
  );
  const stated = Math.max(
    0,
    ...claims.map((c) => Math.max(c.quantity.value ?? 0, c.quantity.min ?? 0, c.quantity.max ?? 0)),
  );
  let bound = incrementOnly.size * stated;
  for (const g of GROUPS) {
    const totals = claimantTotals(claims.filter((c) => c.group === g && c.partOf === null));
    const most = (t: (typeof totals)[number]) =>
      t.figures ? Math.max(t.figures.best ?? 0, t.figures.acled ?? 0) : 0;
    bound += Math.max(0, ...totals.map(most));
    for (const t of totals) if (incrementOnly.has(t.name)) bound += most(t);
  }
  return bound;
}

describe("totals, as properties", () => {
  it("never exceed the sum of the groups; UCDP's fields partition its best; datasets read the total", () => {
    fc.assert(
      fc.property(claimSets, fc.constantFrom(...STRATEGY_NAMES), (claims, s) => {
        const t = killed(claims, s);
        if (t === null) return;
        const bound = disjointBound(claims);
        if (t.best !== null) expect(t.best).toBeLessThanOrEqual(bound);
        if (t.low !== null) expect(t.low).toBeLessThanOrEqual(t.best ?? t.low);
        const d = datasets(claims, s);
        const u = d.ucdp;
        const parts = [u.deaths_a, u.deaths_b, u.deaths_civilians, u.deaths_unknown];
        if (u.best !== null) expect(parts.reduce<number>((a, b) => a + (b ?? 0), 0)).toBe(u.best);
        expect(u.best).toBe(t.best);
        expect(d.gtd.nkill).toBe(t.best ?? t.low);
        expect(d.acled.fatalities).toBe(t.best ?? t.low ?? 0);
      }),
      { numRuns: 200 },
    );
  });

  it("give the dataset fields each strategy's total as worked out alone, though they share one basis", () => {
    const point = (t: ReturnType<typeof killed>) => (t === null ? null : (t.best ?? t.low));
    fc.assert(
      fc.property(claimSets, (claims) => {
        const d = datasets(claims);
        expect(d.gtd.nkill).toBe(point(killed(claims, "gtd")));
        const u = killed(claims, "ucdp");
        expect([d.ucdp.best, d.ucdp.deaths_a, d.ucdp.deaths_b, d.ucdp.deaths_unknown]).toEqual(
          u === null
            ? [null, null, null, null]
            : [u.best, u.parts.security_forces, u.parts.militants, u.parts.unknown],
        );
        if (!claims.some((c) => (c.spreadOver ?? 1) > 1))
          expect(d.acled.fatalities).toBe(point(killed(claims, "conservative")) || 0);
      }),
      { numRuns: 300 },
    );
  });
});
