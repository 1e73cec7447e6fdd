import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GROUPS, OUTCOMES, type Claim } from "../model.js";
import { ARMY, BLA, HOSPITAL, MEDIA, RAILWAY, claim, q, seedClaims, who } from "../tally/test-helpers.js";
import { downwardRevision } from "./downward-revision.js";
import { exceedsPresent } from "./exceeds-present.js";
import { exceedsTaken } from "./exceeds-taken.js";
import { weighing, type Weighing } from "./figures.js";
import { incrementsMismatch } from "./increments.js";
import { checkClaims, checkKey } from "./index.js";
import { oneVoiceDisagrees } from "./one-voice.js";
import { partsExceedWhole } from "./parts-exceed-whole.js";
import { twoTotals } from "./two-totals.js";

const POLICE = who("police", "official", "independent");
const codes = (claims: Claim[]) => checkClaims(claims).map((c) => c.code);
const only = (claims: Claim[]) => {
  const found = checkClaims(claims);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe("C001 parts exceed their whole", () => {
  const whole = (quantity = q.exact(20)) => claim({ id: "w", group: "people", quantity, claimant: ARMY });
  const part = (id: string, group: Claim["group"], n: number, partOf = "w") =>
    claim({ id, group, quantity: q.exact(n), claimant: ARMY, partOf });

  it("fires when 15 soldiers and 9 civilians are said to be among 20 killed", () => {
    const c = only([whole(), part("s", "security_forces", 15), part("v", "civilians", 9)]);
    expect(c).toMatchObject({ code: "C001", severity: "warning", claims: ["w", "s", "v"] });
    expect(c.message).toContain("add up to 24");
    expect(c.span).toBeDefined();
  });

  it("stays quiet when the parts fit, or the whole has no ceiling", () => {
    expect(codes([whole(), part("s", "security_forces", 11), part("v", "civilians", 9)])).toEqual([]);
    expect(
      codes([whole(q.atLeast(20)), part("s", "security_forces", 15), part("v", "civilians", 9)]),
    ).toEqual([]);
    expect(codes([whole(q.vague("dozens", 24)), part("s", "security_forces", 30)])).toEqual([]);
    expect(codes([whole(q.about(20)), part("s", "security_forces", 12), part("v", "civilians", 9)])).toEqual(
      [],
    );
  });

  it("does not add parts of one group, which may overlap (five women and three foreigners of 7)", () => {
    expect(codes([whole(q.exact(7)), part("a", "civilians", 5), part("b", "civilians", 3)])).toEqual([]);
  });

  it("ignores denied parts", () => {
    const denied = { ...part("s", "security_forces", 30), modality: "denied" as const };
    expect(codes([whole(), denied])).toEqual([]);
  });
});

describe("C002 increments that do not add up to the running total", () => {
  const line = (last: Claim["quantity"]) => [
    claim({ id: "a", claimant: BLA, quantity: q.exact(50), date: "2025-03-11" }),
    claim({ id: "b", claimant: BLA, quantity: q.exact(40), scope: "increment", date: "2025-03-12" }),
    claim({ id: "c", claimant: BLA, quantity: last, scope: "cumulative", date: "2025-03-12" }),
  ];

  it("fires for an earlier 50, another 40, bringing the total to 100", () => {
    const c = only(line(q.exact(100)));
    expect(c).toMatchObject({ code: "C002", claims: ["a", "b", "c"] });
    expect(c.message).toContain("make 90");
  });

  it("stays quiet when they add up, or the hedges allow it", () => {
    expect(codes(line(q.exact(90)))).toEqual([]);
    expect(codes(line(q.about(95)))).toEqual([]);
    expect(codes(line(q.atLeast(80)))).toEqual([]);
  });

  it("needs a base: another 40, bringing the total to 100, with nothing before", () => {
    expect(
      codes([
        claim({ id: "b", claimant: BLA, quantity: q.exact(40), scope: "increment" }),
        claim({ id: "c", claimant: BLA, quantity: q.exact(100), scope: "cumulative" }),
      ]),
    ).toEqual([]);
  });

  it("reads a summary stated before its parts as no mismatch (the seed's 60 captives)", () => {
    expect(codes(seedClaims())).toEqual([]);
  });

  it("lets an elliptical increment ('another 40') join a named group's figures", () => {
    const c = only([
      claim({ id: "a", claimant: BLA, group: "hostages", noun: "hostages", quantity: q.exact(50) }),
      claim({ id: "b", claimant: BLA, quantity: q.exact(40), scope: "increment" }),
      claim({
        id: "c",
        claimant: BLA,
        group: "hostages",
        noun: "hostages",
        quantity: q.exact(100),
        scope: "cumulative",
      }),
    ]);
    expect(c.claims).toEqual(["a", "b", "c"]);
  });
});

describe("C003 a claimant revises a figure downward", () => {
  const report = (article: string, n: Claim["quantity"], claimant = ARMY, date: string | null = null) =>
    claim({ id: `${article}#c1`, article, group: "security_forces", quantity: n, claimant, date });

  it("fires when the army's 18 soldiers killed becomes 12 in a later report", () => {
    const c = only([report("r1", q.exact(18)), report("r2", q.exact(12))]);
    expect(c).toMatchObject({ code: "C003", claims: ["r1#c1", "r2#c1"] });
    expect(c.span).toBeUndefined();
  });

  it("stays quiet for rising figures, overlapping hedges, other days and many-voiced claimants", () => {
    expect(codes([report("r1", q.exact(12)), report("r2", q.exact(18))])).toEqual([]);
    expect(codes([report("r1", q.about(18)), report("r2", q.exact(17))])).toEqual([]);
    expect(codes([report("r1", q.moreThan(10)), report("r2", q.exact(11))])).toEqual([]);
    expect(
      codes([report("r1", q.exact(18), ARMY, "2025-03-11"), report("r2", q.exact(12), ARMY, "2025-03-12")]),
    ).toEqual([]);
    expect(codes([report("r1", q.exact(18), MEDIA), report("r2", q.exact(12), MEDIA)])).toEqual([]);
  });

  it("does not compare stocks that fall (hostages still held)", () => {
    const held = (article: string, n: number) =>
      claim({
        id: `${article}#h`,
        article,
        outcome: "held",
        group: "hostages",
        quantity: q.exact(n),
        claimant: BLA,
      });
    expect(codes([held("r1", 150), held("r2", 40)])).toEqual([]);
  });
});

describe("C004 one claimant's two figures in one article disagree", () => {
  it("fires for police's 12 and 15 people killed", () => {
    const c = only([
      claim({ id: "a", claimant: POLICE, quantity: q.exact(12) }),
      claim({ id: "b", claimant: POLICE, quantity: q.exact(15) }),
    ]);
    expect(c).toMatchObject({ code: "C004", claims: ["a", "b"] });
  });

  it("stays quiet for hedges that overlap, a toll that rose, other days, named groups and other voices", () => {
    expect(codes([claim({ quantity: q.atLeast(12) }), claim({ quantity: q.exact(15) })])).toEqual([]);
    expect(
      codes([claim({ quantity: q.exact(12) }), claim({ quantity: q.exact(15), scope: "cumulative" })]),
    ).toEqual([]);
    expect(
      codes([
        claim({ quantity: q.exact(12), date: "2025-03-11" }),
        claim({ quantity: q.exact(15), date: "2025-03-12" }),
      ]),
    ).toEqual([]);
    const police = (n: number) => claim({ group: "security_forces", quantity: q.exact(n), claimant: POLICE });
    expect(codes([police(2), police(3)])).toEqual([]);
    expect(
      codes([
        claim({ quantity: q.exact(12), claimant: ARMY }),
        claim({ quantity: q.exact(15), claimant: BLA }),
      ]),
    ).toEqual([]);
    expect(codes([claim({ quantity: q.range(12, 15) }), claim({ quantity: q.exact(15) })])).toEqual([]);
  });
});

describe("C005 killed, injured and taken outnumber those present", () => {
  const aboard = (quantity: Claim["quantity"]) =>
    claim({
      id: "p",
      outcome: "present",
      group: "civilians",
      noun: "passengers",
      quantity,
      claimant: RAILWAY,
    });
  const toll = () => [
    claim({ id: "k", quantity: q.exact(300), claimant: ARMY }),
    claim({ id: "i", outcome: "injured", quantity: q.exact(200), claimant: ARMY }),
  ];

  it("fires when 300 killed and 200 injured exceed 450 aboard", () => {
    const c = only([aboard(q.exact(450)), ...toll()]);
    expect(c).toMatchObject({ code: "C005", claims: ["p", "k", "i"] });
    expect(c.message).toContain("at least 500");
  });

  it("stays quiet for 'more than 450 aboard' and 300 killed, or for figures that fit", () => {
    expect(codes([aboard(q.moreThan(450)), ...toll()])).toEqual([]);
    expect(codes([aboard(q.exact(450)), claim({ quantity: q.exact(300), claimant: ARMY })])).toEqual([]);
  });

  it("does not add hostages killed to those taken (a captive may be killed)", () => {
    expect(
      codes([
        aboard(q.exact(450)),
        claim({ outcome: "abducted", group: "hostages", quantity: q.exact(400), claimant: BLA }),
        claim({ outcome: "killed", group: "hostages", quantity: q.exact(60), claimant: BLA }),
      ]),
    ).toEqual([]);
  });

  it("sets troops against security forces only, and attackers against militants", () => {
    const attackers = claim({
      id: "p",
      outcome: "present",
      group: "militants",
      quantity: q.exact(20),
      claimant: MEDIA,
    });
    const c = only([
      attackers,
      claim({ id: "m", group: "militants", quantity: q.exact(33), claimant: ARMY }),
    ]);
    expect(c.claims).toEqual(["p", "m"]);
    expect(codes([attackers, claim({ group: "civilians", quantity: q.exact(33), claimant: ARMY })])).toEqual(
      [],
    );
  });
});

describe("C006 released, killed and still held outnumber those taken", () => {
  const taken = (quantity: Claim["quantity"]) =>
    claim({ id: "t", outcome: "abducted", group: "civilians", quantity, claimant: MEDIA });
  const fates = [
    claim({ id: "r", outcome: "released", group: "hostages", quantity: q.exact(20), claimant: POLICE }),
    claim({ id: "k", outcome: "killed", group: "hostages", quantity: q.exact(5), claimant: POLICE }),
    claim({ id: "h", outcome: "held", group: "hostages", quantity: q.exact(10), claimant: POLICE }),
  ];

  it("fires when 20 released, 5 killed and 10 held exceed 30 taken", () => {
    const c = only([taken(q.exact(30)), ...fates]);
    expect(c).toMatchObject({ code: "C006", claims: ["t", "r", "k", "h"] });
  });

  it("stays quiet when they fit or those taken have no ceiling", () => {
    expect(codes([taken(q.exact(35)), ...fates])).toEqual([]);
    expect(codes([taken(q.atLeast(30)), ...fates])).toEqual([]);
    expect(codes([taken(q.vague("dozens", 24)), ...fates])).toEqual([]);
  });

  it("does not count people killed in the attack itself as captives", () => {
    const attack = claim({ outcome: "killed", group: "people", quantity: q.exact(10), claimant: POLICE });
    expect(codes([taken(q.exact(30)), fates[0]!, attack])).toEqual([]);
  });
});

describe("C007 a total that is the sum of the parts, and a different total", () => {
  const parts = () => [
    claim({ id: "s", group: "security_forces", quantity: q.exact(3), claimant: HOSPITAL }),
    claim({ id: "v", group: "civilians", quantity: q.exact(4), claimant: HOSPITAL }),
  ];
  it("fires for three soldiers and four civilians, seven people, and a toll of nine", () => {
    const c = only([
      ...parts(),
      claim({ id: "t1", quantity: q.exact(7), claimant: HOSPITAL }),
      claim({ id: "t2", quantity: q.exact(9), claimant: MEDIA }),
    ]);
    expect(c).toMatchObject({ code: "C007", claims: ["s", "v", "t1", "t2"] });
  });

  it("names one voice's two totals once, as C007", () => {
    const found = checkClaims([
      ...parts(),
      claim({ id: "t1", quantity: q.exact(7), claimant: HOSPITAL }),
      claim({ id: "t2", quantity: q.exact(9), claimant: HOSPITAL }),
    ]);
    expect(found.map((c) => c.code)).toEqual(["C007"]);
  });

  it("stays quiet for one total, totals that agree, or a toll that rose", () => {
    expect(codes([...parts(), claim({ quantity: q.exact(7), claimant: HOSPITAL })])).toEqual([]);
    expect(
      codes([
        ...parts(),
        claim({ quantity: q.exact(7), claimant: HOSPITAL }),
        claim({ quantity: q.about(7), claimant: MEDIA }),
      ]),
    ).toEqual([]);
    expect(
      codes([
        ...parts(),
        claim({ quantity: q.exact(7), claimant: HOSPITAL }),
        claim({ quantity: q.exact(9), claimant: MEDIA, scope: "cumulative" }),
      ]),
    ).toEqual([]);
  });
});

describe("checks", () => {
  it("never change a claim", () => {
    const claims = seedClaims();
    const before = JSON.stringify(claims);
    checkClaims(claims);
    expect(JSON.stringify(claims)).toBe(before);
  });

  it("have stable keys by code and claims", () => {
    const c = only([claim({ id: "a", quantity: q.exact(12) }), claim({ id: "b", quantity: q.exact(15) })]);
    expect(checkKey(c)).toBe("C004:a,b");
  });

  // checkClaims runs none of them for fewer than two weighed claims: each must find nothing there.
  it("each find nothing in one weighed figure, whatever the claims beside it that are not weighed", () => {
    const checks = [
      partsExceedWhole,
      incrementsMismatch,
      downwardRevision,
      (w: Weighing) => oneVoiceDisagrees(w),
      twoTotals,
      exceedsPresent,
      exceedsTaken,
    ];
    const quantity = fc.oneof(
      fc.integer({ min: 0, max: 500 }).map(q.exact),
      fc.integer({ min: 1, max: 500 }).map(q.atLeast),
      fc.integer({ min: 2, max: 500 }).map(q.fewerThan),
      fc.integer({ min: 1, max: 500 }).map(q.about),
      fc.integer({ min: 1, max: 500 }).map((n) => q.range(n, 2 * n)),
      fc.constant(q.vague("dozens", 24, 12)),
      fc.constant(q.none()),
    );
    const shape = fc.record({
      outcome: fc.constantFrom(...OUTCOMES),
      group: fc.constantFrom(...GROUPS),
      quantity,
      scope: fc.constantFrom("single" as const, "increment" as const, "cumulative" as const),
      claimant: fc.constantFrom(ARMY, BLA, HOSPITAL, MEDIA, RAILWAY),
      article: fc.constantFrom("a1", "a2"),
      partOf: fc.constantFrom(null, "w", "x"),
    });
    // Not weighed: denied, about another incident, or no number ("all the hostages").
    const unweighed = shape.chain((s) =>
      fc.constantFrom<Partial<Claim>>(
        { ...s, id: "w", modality: "denied" },
        { ...s, id: "x", otherIncident: true },
        { ...s, quantity: q.all() },
      ),
    );
    fc.assert(
      fc.property(shape, fc.array(unweighed, { maxLength: 4 }), (one, others) => {
        const claims = [claim(one), ...others.map((o) => claim(o))];
        for (const check of checks) expect(check(weighing(claims))).toEqual([]);
        expect(checkClaims(claims)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
