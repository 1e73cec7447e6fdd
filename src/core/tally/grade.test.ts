import { describe, expect, it } from "vitest";
import { TallyError } from "../errors.js";
import type { Claim } from "../model.js";
import { againstInterest, grade } from "./grade.js";
import { claimantTotals } from "./claimant-totals.js";
import { ARMY, BLA, HOSPITAL, MEDIA, PM, RAILWAY, claim, q } from "./test-helpers.js";

const sf = (over: Partial<Claim>): Claim => claim({ outcome: "killed", group: "security_forces", ...over });
const mil = (over: Partial<Claim>): Claim => claim({ outcome: "killed", group: "militants", ...over });

describe("grade", () => {
  it("single_source: one claimant, however many claims", () => {
    expect(
      grade([sf({ claimant: ARMY, quantity: q.exact(4) }), sf({ claimant: ARMY, quantity: q.exact(4) })]),
    ).toBe("single_source");
    // A claimant giving no number does not make a second source of a figure.
    expect(
      grade([sf({ claimant: ARMY, quantity: q.all() }), sf({ claimant: MEDIA, quantity: q.exact(5) })]),
    ).toBe("single_source");
  });

  it("contested: two claimants' ranges do not overlap", () => {
    expect(
      grade([sf({ claimant: ARMY, quantity: q.exact(4) }), sf({ claimant: BLA, quantity: q.moreThan(100) })]),
    ).toBe("contested");
    // A contest outranks a concession that an independent source contradicts.
    expect(
      grade([
        sf({ claimant: ARMY, quantity: q.exact(4) }),
        sf({ claimant: HOSPITAL, quantity: q.exact(10) }),
      ]),
    ).toBe("contested");
  });

  it("confirmed: a party concedes its own losses and an independent source agrees within hedges", () => {
    expect(
      grade([
        sf({ claimant: ARMY, quantity: q.exact(4) }),
        sf({ claimant: HOSPITAL, quantity: q.atLeast(3) }),
      ]),
    ).toBe("confirmed");
    expect(
      grade([mil({ claimant: BLA, quantity: q.exact(3) }), mil({ claimant: MEDIA, quantity: q.about(3) })]),
    ).toBe("confirmed");
  });

  it("fair: two independent claimants agree within their hedges", () => {
    const claims = [
      claim({ group: "civilians", claimant: HOSPITAL, quantity: q.exact(10) }),
      claim({ group: "civilians", claimant: MEDIA, quantity: q.about(11) }),
    ];
    expect(grade(claims)).toBe("fair");
  });

  it("fair: an independent source agrees with a party's figure that was not against its interest", () => {
    expect(
      grade([
        mil({ claimant: ARMY, quantity: q.exact(33) }),
        mil({ claimant: MEDIA, quantity: q.exact(33) }),
      ]),
    ).toBe("fair");
  });

  it("party_only: only parties, not contradicting each other", () => {
    const claims = [
      mil({ claimant: ARMY, quantity: q.exact(33) }),
      mil({ claimant: PM, quantity: q.vague("Dozens", 24) }),
    ];
    expect(grade(claims)).toBe("party_only");
  });

  it("grades numberless claims by their claimants where no one gives a number", () => {
    const released = (c: typeof ARMY) =>
      claim({ outcome: "released", group: "hostages", claimant: c, quantity: q.all() });
    expect(grade([released(ARMY)])).toBe("single_source");
    expect(grade([released(MEDIA), released(RAILWAY)])).toBe("fair");
  });

  it("needs a tallied claim", () => {
    expect(() => grade([sf({ modality: "denied" })])).toThrow(TallyError);
  });
});

describe("againstInterest", () => {
  it("is a party's own losses only", () => {
    const [army] = claimantTotals([sf({ claimant: ARMY, quantity: q.exact(4) })]);
    expect(againstInterest(army!, "killed", "security_forces")).toBe(true);
    expect(againstInterest(army!, "killed", "militants")).toBe(false);
    expect(againstInterest(army!, "present", "security_forces")).toBe(false);
    const [bla] = claimantTotals([mil({ claimant: BLA, quantity: q.exact(2) })]);
    expect(againstInterest(bla!, "killed", "militants")).toBe(true);
  });
});
