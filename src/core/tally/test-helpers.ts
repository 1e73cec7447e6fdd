// Test-only factories for claims: defaults for every field, so a test states only what it is about.
// Evidence positions increase with each claim made, so creation order is narrative order.
import fc from "fast-check";
import {
  GROUPS,
  type Claim,
  type Claimant,
  type ClaimantType,
  type Group,
  type Mention,
  type Party,
  type Quantity,
} from "../model.js";

let next = 0;

/** Quantities as an extractor would write them. */
export const q = {
  exact: (n: number): Quantity => ({ value: n, min: n, max: n, hedge: "exact", text: String(n) }),
  moreThan: (n: number): Quantity => ({
    value: n,
    min: n + 1,
    max: null,
    hedge: "more_than",
    text: `more than ${n}`,
  }),
  atLeast: (n: number): Quantity => ({
    value: n,
    min: n,
    max: null,
    hedge: "at_least",
    text: `at least ${n}`,
  }),
  fewerThan: (n: number): Quantity => ({
    value: n,
    min: 0,
    max: n - 1,
    hedge: "fewer_than",
    text: `fewer than ${n}`,
  }),
  atMost: (n: number): Quantity => ({ value: n, min: 0, max: n, hedge: "at_most", text: `up to ${n}` }),
  about: (n: number): Quantity => ({ value: n, min: null, max: null, hedge: "about", text: `about ${n}` }),
  range: (a: number, b: number): Quantity => ({
    value: a,
    min: a,
    max: b,
    hedge: "range",
    text: `between ${a} and ${b}`,
  }),
  vague: (text: string, min: number, acled?: number): Quantity => ({
    value: null,
    min,
    max: null,
    hedge: "vague",
    text,
    ...(acled === undefined ? {} : { acled }),
  }),
  all: (): Quantity => ({ value: null, min: null, max: null, hedge: "all", text: "all" }),
  none: (): Quantity => ({ value: 0, min: 0, max: 0, hedge: "none", text: "no one" }),
};

export const who = (name: string, type: ClaimantType, party: Party): Claimant => ({
  name,
  mention: null,
  type,
  party,
});

/** Claimants of the seed report and a few independents. */
export const ARMY = who("ISPR / Pakistani army", "state_military", "state");
export const PM = who("Shehbaz Sharif", "government", "state");
export const BLA = who("Baloch Liberation Army (BLA)", "armed_group", "non_state");
export const RAILWAY = who("Railway officials", "official", "independent");
export const HOSPITAL = who("Civil Hospital Quetta", "official", "independent");
export const MEDIA = who("media", "media", "independent");

/** A claim: killed people, 1 exact, asserted by the outlet, unless overridden. */
/** An outcome stated with no figure (model.ts `Mention`): "heavy casualties" unless told otherwise. */
export function mention(over: Partial<Mention> = {}): Mention {
  const n = next++;
  return {
    id: `m${n}`,
    article: "a1",
    kind: "noun",
    outcome: "killed",
    group: "people",
    noun: "heavy casualties",
    claimant: MEDIA,
    modality: "asserted",
    evidence: [{ start: n * 10, end: n * 10 + 5, text: "xxxxx", quoted: false }],
    otherIncident: false,
    rule: { extractor: "test", rule: "test", version: "0" },
    ...over,
  };
}

export function claim(over: Partial<Claim> & { date?: string | null; at?: number } = {}): Claim {
  const { date, at, ...rest } = over;
  const n = next++;
  const start = at ?? n * 10;
  return {
    id: `c${n}`,
    article: "a1",
    outcome: "killed",
    group: "people",
    noun: null,
    quantity: q.exact(1),
    claimant: MEDIA,
    time: date ? { text: date, start: 0, end: 0, date, precision: "day" } : null,
    scope: "single",
    modality: "asserted",
    evidence: [{ start, end: start + 5, text: "xxxxx", quoted: false }],
    partOf: null,
    otherIncident: false,
    acrossIncidents: null,
    rule: { extractor: "test", rule: "test", version: "0" },
    ...rest,
  };
}

export const SECURITY_OFFICERS = who("security officers", "state_military", "state");

/**
 * The seed report's claims (../shared/seed/jaffar-express-2025-03-12.txt), in the order the
 * report states them, as the codebook reads them; plus its denied and threatened figures, which
 * must not be tallied. Ids follow the seed's hand-coding where it has one.
 */
export function seedClaims(): Claim[] {
  const wed = "2025-03-12";
  const tue = "2025-03-11";
  return [
    claim({ id: "c2", outcome: "killed", group: "militants", quantity: q.all(), claimant: ARMY, at: 120 }),
    claim({
      id: "c3",
      outcome: "released",
      group: "hostages",
      quantity: q.all(),
      claimant: ARMY,
      at: 200,
      date: wed,
    }),
    claim({
      id: "c1",
      outcome: "killed",
      group: "militants",
      quantity: q.exact(33),
      claimant: ARMY,
      at: 330,
      date: wed,
    }),
    claim({
      id: "c4",
      outcome: "killed",
      group: "security_forces",
      quantity: q.exact(4),
      claimant: ARMY,
      at: 900,
    }),
    claim({
      id: "c5",
      outcome: "killed",
      group: "hostages",
      quantity: q.exact(21),
      claimant: ARMY,
      at: 1000,
    }),
    claim({
      id: "c6",
      outcome: "killed",
      group: "hostages",
      quantity: q.exact(60),
      claimant: BLA,
      at: 1300,
      scope: "cumulative",
    }),
    claim({
      id: "c7",
      outcome: "killed",
      group: "security_forces",
      quantity: q.exact(40),
      claimant: BLA,
      at: 1450,
      scope: "increment",
    }),
    claim({
      id: "c8",
      outcome: "killed",
      group: "hostages",
      quantity: q.exact(50),
      claimant: BLA,
      at: 1600,
      scope: "increment",
      date: wed,
    }),
    claim({ id: "c9", outcome: "killed", group: "hostages", quantity: q.exact(10), claimant: BLA, at: 1750 }),
    claim({
      id: "c10",
      outcome: "killed",
      group: "security_forces",
      quantity: q.exact(10),
      claimant: BLA,
      at: 1850,
      scope: "increment",
      date: wed,
    }),
    claim({
      id: "c11",
      outcome: "killed",
      group: "security_forces",
      quantity: q.exact(30),
      claimant: BLA,
      at: 1900,
      date: tue,
    }),
    claim({
      id: "c12",
      outcome: "killed",
      group: "security_forces",
      quantity: q.moreThan(100),
      claimant: BLA,
      at: 2000,
      scope: "cumulative",
    }),
    claim({
      id: "c13",
      outcome: "held",
      group: "hostages",
      quantity: q.about(150),
      claimant: BLA,
      at: 2050,
      date: wed,
    }),
    claim({
      id: "x1",
      outcome: "killed",
      group: "people",
      quantity: q.exact(150),
      claimant: SECURITY_OFFICERS,
      at: 2200,
      modality: "denied",
    }),
    claim({
      id: "c14",
      outcome: "present",
      group: "civilians",
      quantity: q.moreThan(450),
      claimant: RAILWAY,
      at: 2700,
    }),
    claim({
      id: "x2",
      outcome: "killed",
      group: "hostages",
      quantity: q.all(),
      claimant: BLA,
      at: 2900,
      modality: "threatened",
    }),
    claim({
      id: "c15",
      outcome: "killed",
      group: "militants",
      quantity: q.vague("Dozens", 24, 12),
      claimant: PM,
      at: 3400,
    }),
    claim({
      id: "c16",
      outcome: "present",
      group: "security_forces",
      quantity: q.vague("hundreds", 200, 100),
      claimant: SECURITY_OFFICERS,
      at: 3600,
    }),
  ];
}

// ---- generated claim sets, for property tests ---------------------------------------------

const CLAIMANTS = [ARMY, BLA, HOSPITAL, MEDIA, RAILWAY];
const quantity = fc.oneof(
  fc.integer({ min: 0, max: 60 }).map(q.exact),
  fc.integer({ min: 1, max: 60 }).map(q.atLeast),
  fc.integer({ min: 1, max: 60 }).map(q.moreThan),
  fc.integer({ min: 5, max: 60 }).map(q.about),
  fc.integer({ min: 1, max: 30 }).map((n) => q.range(n, n + 10)),
  fc.constant(q.vague("dozens", 24, 12)),
);

/** A generated claim set: up to three articles, five claimants, every group, some parts, some running counts. */
export const claimSets = fc
  .array(
    fc.record({
      article: fc.constantFrom("a1", "a2", "a3"),
      group: fc.constantFrom<Group>(...GROUPS),
      who: fc.integer({ min: 0, max: CLAIMANTS.length - 1 }),
      quantity,
      scope: fc.constantFrom("single", "single", "increment", "cumulative" as const),
      part: fc.boolean(),
      running: fc.constantFrom(false, false, false, true),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((specs) => {
    const out: Claim[] = [];
    specs.forEach((s, i) => {
      const whole = s.part ? out.find((c) => c.article === s.article && c.partOf === null) : undefined;
      out.push(
        claim({
          id: `g${i}`,
          article: s.article,
          group: s.group,
          claimant: CLAIMANTS[s.who]!,
          quantity: s.quantity,
          scope: s.scope,
          partOf: whole ? whole.id : null,
          at: i * 40,
          ...(s.running ? { running: true } : {}),
        }),
      );
    });
    return out;
  });
