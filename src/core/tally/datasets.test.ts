import { describe, expect, it } from "vitest";
import type { Claim, Mention } from "../model.js";
import { STRATEGY_NAMES, type StrategyName } from "./strategies.js";
import { reconcile } from "./tally.js";
import { ACLED_UNKNOWN, datasets } from "./datasets.js";
import { outcomeTotal } from "./totals.js";
import { ARMY, BLA, HOSPITAL, MEDIA, claim, mention, q, seedClaims } from "./test-helpers.js";

describe("datasets of the seed report", () => {
  it("reads the seed's figures in GTD, ACLED and UCDP terms", () => {
    expect(datasets(seedClaims())).toEqual({
      // killed: 33 militants + 21 hostages + 4 security forces; BLA's own figures set aside (gtd)
      gtd: { nkill: 58, nkillter: 33, nwound: null, nhostkid: 150, nreleased: null },
      acled: { fatalities: 58 },
      // high: 4→101 (BLA's "over 100"), 33, 21→60
      ucdp: {
        deaths_a: 4,
        deaths_b: 33,
        deaths_civilians: 21,
        deaths_unknown: null,
        best: 58,
        low: 58,
        high: 194,
      },
    });
  });
});

describe("datasets", () => {
  it("is all null, fatalities 0, without claims", () => {
    expect(datasets([])).toEqual({
      gtd: { nkill: null, nkillter: null, nwound: null, nhostkid: null, nreleased: null },
      acled: { fatalities: 0 },
      ucdp: {
        deaths_a: null,
        deaths_b: null,
        deaths_civilians: null,
        deaths_unknown: null,
        best: null,
        low: null,
        high: null,
      },
    });
  });

  it("codes hedged figures as written", () => {
    const d = datasets([
      claim({ outcome: "killed", quantity: q.moreThan(20) }),
      claim({ outcome: "injured", quantity: q.atLeast(30) }),
    ]);
    expect(d.gtd).toMatchObject({ nkill: 20, nwound: 30 });
    expect(d.acled.fatalities).toBe(20);
    // UCDP's high is never open: "more than 20" counts at 20.
    expect(d.ucdp).toMatchObject({ deaths_unknown: 20, best: 20, low: 20, high: 20 });
  });

  it("never adds a sub-count into a sum over groups", () => {
    const whole = claim({ id: "w", group: "people", quantity: q.exact(10) });
    const attackers = claim({ group: "militants", quantity: q.exact(2), partOf: "w" });
    const women = claim({ group: "civilians", quantity: q.exact(5), partOf: "w" });
    const d = datasets([whole, attackers, women]);
    expect(d.gtd).toMatchObject({ nkill: 10, nkillter: 2 });
    expect(d.acled.fatalities).toBe(10);
    // The parts tell the unknown share apart, and still add up to the best figure.
    expect(d.ucdp).toMatchObject({
      deaths_a: null,
      deaths_b: 2,
      deaths_civilians: 5,
      deaths_unknown: 3,
      best: 10,
    });
  });

  it("tells apart the fighters and security forces among a toll of people (noncombatants)", () => {
    // "At least 14 people, including two police officers, three gunmen and a teacher, were killed"
    const whole = claim({ id: "w", group: "people", quantity: q.atLeast(14) });
    const police = claim({ group: "security_forces", quantity: q.exact(2), partOf: "w" });
    const gunmen = claim({ group: "militants", quantity: q.exact(3), partOf: "w" });
    const teacher = claim({ group: "civilians", quantity: q.exact(1), partOf: "w" });
    const d = datasets([whole, police, gunmen, teacher]);
    expect(d.ucdp).toMatchObject({
      deaths_a: 2,
      deaths_b: 3,
      deaths_civilians: 1,
      deaths_unknown: 8,
      best: 14,
    });
    expect(d.gtd).toMatchObject({ nkill: 14, nkillter: 3 });
  });

  it("adds the parts of one whole that name the same group: distinct people", () => {
    // "Six people, including two soldiers and two police officers, were killed"
    const whole = claim({ id: "w", group: "people", quantity: q.exact(6) });
    const soldiers = claim({ group: "security_forces", quantity: q.exact(2), partOf: "w" });
    const police = claim({ group: "security_forces", quantity: q.exact(2), partOf: "w" });
    expect(datasets([whole, soldiers, police]).ucdp).toMatchObject({
      deaths_a: 4,
      deaths_unknown: 2,
      best: 6,
    });
  });

  it("leaves a part of a named group's whole to that group ('four attackers, including a bomber')", () => {
    const whole = claim({ id: "w", group: "militants", quantity: q.exact(4) });
    const bomber = claim({ group: "militants", quantity: q.exact(1), partOf: "w" });
    const people = claim({ group: "people", quantity: q.exact(2) });
    const d = datasets([people, whole, bomber]);
    expect(d.gtd).toMatchObject({ nkill: 6, nkillter: 4 });
    expect(d.ucdp).toMatchObject({ deaths_b: 4, deaths_unknown: 2 });
  });

  it("sums killed over groups, perpetrators included", () => {
    const d = datasets([
      claim({ group: "civilians", claimant: HOSPITAL, quantity: q.exact(7) }),
      claim({ group: "militants", claimant: ARMY, quantity: q.exact(3) }),
      claim({ group: "security_forces", claimant: ARMY, quantity: q.exact(2) }),
    ]);
    expect(d.gtd).toMatchObject({ nkill: 12, nkillter: 3 });
    expect(d.ucdp).toMatchObject({ deaths_a: 2, deaths_b: 3, deaths_civilians: 7, best: 12 });
  });

  it("reads ACLED fatalities conservatively, vague words by the ACLED lexicon", () => {
    expect(datasets([claim({ quantity: q.vague("dozens", 24, 12) })]).acled.fatalities).toBe(12);
    const d = datasets([
      claim({ claimant: MEDIA, quantity: q.exact(9) }),
      claim({ claimant: HOSPITAL, quantity: q.exact(7) }),
    ]);
    expect(d.acled.fatalities).toBe(7);
  });

  it("takes hostages from abducted, else the largest held, and ignores 'all'", () => {
    const held = [
      claim({ outcome: "held", group: "hostages", claimant: BLA, quantity: q.about(150) }),
      claim({ outcome: "held", group: "civilians", claimant: MEDIA, quantity: q.exact(80) }),
      claim({ outcome: "released", group: "hostages", claimant: ARMY, quantity: q.all() }),
    ];
    expect(datasets(held).gtd).toMatchObject({ nhostkid: 150, nreleased: null });
    const abducted = [...held, claim({ outcome: "abducted", group: "civilians", quantity: q.exact(400) })];
    expect(datasets(abducted).gtd.nhostkid).toBe(400);
  });

  it("puts every field under one strategy when asked (an export's --strategy)", () => {
    const claims = [
      claim({ group: "security_forces", claimant: ARMY, quantity: q.exact(4) }),
      claim({ group: "security_forces", claimant: MEDIA, quantity: q.exact(10) }),
    ];
    expect(datasets(claims).acled.fatalities).toBe(4);
    expect(datasets(claims).gtd.nkill).toBe(10);
    const all = datasets(claims, "conservative");
    expect([all.gtd.nkill, all.acled.fatalities, all.ucdp.best]).toEqual([4, 4, 4]);
  });
});

describe("an unknown number beside the claims", () => {
  const claims = [
    claim({ group: "militants", quantity: q.exact(33), claimant: ARMY }),
    claim({ group: "hostages", quantity: q.exact(21), claimant: ARMY }),
    claim({ group: "security_forces", quantity: q.exact(4), claimant: MEDIA }),
  ];
  const unknown = mention({
    kind: "unknown_number",
    group: "security_forces",
    noun: "an undisclosed number of security personnel",
    claimant: HOSPITAL,
  });

  it("never lowers the low that range gives, on ACLED's field as on every other surface", () => {
    const low = outcomeTotal(claims, "killed", "range")!.low;
    expect(datasets(claims, "range", undefined, [unknown]).acled.fatalities).toBe(low);
  });
});

describe("a stated none beside deaths with no figure (ACLED's most conservative report)", () => {
  const said = (group: Mention["group"]) => mention({ group, noun: "casualties" });

  it("'no one was killed' … 'casualties were reported' is 0, not an unknown number", () => {
    const none = [claim({ group: "people", quantity: q.none() })];
    expect(datasets(none, undefined, undefined, [said("people")]).acled.fatalities).toBe(0);
  });

  it("a none of one side leaves the other side's deaths with no figure coded as unknown", () => {
    const none = [claim({ group: "security_forces", quantity: q.none() })];
    expect(datasets(none, undefined, undefined, [said("people")]).acled.fatalities).toBe(ACLED_UNKNOWN);
    expect(datasets(none, undefined, undefined, [said("security_forces")]).acled.fatalities).toBe(0);
  });

  it("a none about another incident covers nothing", () => {
    const none = [claim({ group: "people", quantity: q.none(), otherIncident: true })];
    expect(datasets(none, undefined, undefined, [said("people")]).acled.fatalities).toBe(ACLED_UNKNOWN);
  });
});

describe("deaths stated with no figure beside the killed total (the surfaces' ? and +?)", () => {
  const unknownOf = (claims: Claim[], mentions: Mention[], s: StrategyName = "ucdp") =>
    reconcile(claims, s, undefined, mentions).unknownDeaths;

  it("is 'alone' where no claim gives a death, 'beside' where ACLED adds them to the figures", () => {
    expect(unknownOf([], [mention()])).toBe("alone");
    const four = [claim({ group: "security_forces", quantity: q.exact(4) })];
    const villagers = mention({ kind: "unknown_number", group: "civilians", noun: "of villagers" });
    // An unknown number is ACLED's 10 beside the figures under every strategy that gives a best
    // (not only under `conservative`, whose reading alone is ACLED's lexicon); `range` keeps its low.
    for (const s of ["conservative", "gtd", "ucdp"] as const) {
      expect(unknownOf(four, [villagers], s)).toBe("beside");
      expect(reconcile(four, s, undefined, [villagers]).datasets.acled.fatalities).toBe(14);
    }
    expect(unknownOf(four, [villagers], "range")).toBeNull();
    expect(unknownOf([claim({ group: "security_forces", quantity: q.none() })], [mention()])).toBe("beside");
  });

  it("is null where ACLED's fatalities do not count them, under every strategy", () => {
    const four = [claim({ group: "security_forces", quantity: q.exact(4) })];
    for (const s of STRATEGY_NAMES) {
      expect(unknownOf(four, [mention()], s)).toBeNull(); // a noun beside a figure: the same deaths
      expect(unknownOf([claim({ quantity: q.none() })], [mention()], s)).toBeNull();
      expect(unknownOf([], [mention({ otherIncident: true })], s)).toBeNull();
      expect(unknownOf([], [mention({ outcome: "injured" })], s)).toBeNull();
      const r = reconcile([], s, undefined, [mention()]);
      expect([r.unknownDeaths, r.datasets.acled.fatalities]).toEqual(["alone", ACLED_UNKNOWN]);
    }
  });
});
