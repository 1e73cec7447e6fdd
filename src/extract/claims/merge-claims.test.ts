import { describe, expect, it } from "vitest";
import type { Claim, Claimant, Quantity } from "../../core/model.js";
import type { Built } from "./build-claims.js";
import { extract } from "../pipeline.js";
import { mergeClaims } from "./merge-claims.js";

/** An article written for these tests; every claim's evidence is a span of it. */
const TEXT = [
  "The army said 18 soldiers were killed on Tuesday.", // sentence 0
  "An army spokesman later repeated that 18 soldiers were killed.", // 1
  "The militants freed all the hostages.", // 2
  "All passengers were freed by noon.", // 3
  "The hospital said at least 20 people died; rescuers said at least 20 people died.", // 4
  "Rescuers later said again that at least 20 people died.", // 5
  "Another 18 soldiers were killed on Wednesday.", // 6
].join("\n");

const ARMY: Claimant = { name: "army", mention: null, type: "state_military", party: "state" };
const SPOKESMAN: Claimant = { name: "army spokesman", mention: null, type: "state_military", party: "state" };
const HOSPITAL: Claimant = { name: "hospital", mention: null, type: "official", party: "independent" };
const RESCUERS: Claimant = { name: "rescuers", mention: null, type: "official", party: "independent" };

const exact = (n: number): Quantity => ({ value: n, min: n, max: n, hedge: "exact", text: String(n) });

/** A claim with evidence at the `nth` occurrence of `words` in TEXT. */
function claim(id: string, words: string, over: Partial<Claim> = {}, nth = 0): Claim {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(words, start + 1);
  expect(start).toBeGreaterThanOrEqual(0);
  return {
    id,
    article: "a1",
    outcome: "killed",
    group: "security_forces",
    noun: null,
    quantity: exact(18),
    claimant: ARMY,
    time: null,
    scope: "single",
    modality: "asserted",
    evidence: [{ start, end: start + words.length, text: words, quoted: false }],
    partOf: null,
    otherIncident: false,
    acrossIncidents: null,
    rule: { extractor: "test", rule: "test", version: "0" },
    ...over,
  };
}

const at = (sentence: number, c: Claim): Built => ({ claim: c, sentence });

/** Merges, checking that every evidence span of the result still covers its text. */
function merge(built: Built[]): Claim[] {
  const out = mergeClaims(built);
  for (const c of out) for (const e of c.evidence) expect(TEXT.slice(e.start, e.end)).toBe(e.text);
  return out;
}

const spans = (c: Claim) => c.evidence.map((e) => e.text);

describe("mergeClaims: one claimant, the same figure twice", () => {
  it("keeps one claim with both evidence spans, in order", () => {
    const out = merge([
      at(0, claim("c1", "18 soldiers were killed")),
      at(1, claim("c2", "18 soldiers were killed", {}, 1)),
    ]);
    expect(out.map((c) => c.id)).toEqual(["c1"]);
    expect(out[0]!.evidence.map((e) => e.start)).toEqual([
      TEXT.indexOf("18 soldiers"),
      TEXT.indexOf("18 soldiers", TEXT.indexOf("18 soldiers") + 1),
    ]);
  });

  it("merges one party's institutional voices (the army and its spokesman)", () => {
    const out = merge([
      at(0, claim("c1", "18 soldiers were killed")),
      at(1, claim("c2", "18 soldiers were killed", { claimant: SPOKESMAN }, 1)),
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]!.claimant.name).toBe("army");
  });

  it("merges the same hedged figure from the same claimant", () => {
    const q: Quantity = { value: 20, min: 20, max: null, hedge: "at_least", text: "at least 20" };
    const out = merge([
      at(4, claim("c1", "at least 20 people died", { quantity: q, claimant: RESCUERS, group: "people" }, 1)),
      at(5, claim("c2", "at least 20 people died", { quantity: q, claimant: RESCUERS, group: "people" }, 2)),
    ]);
    expect(out).toHaveLength(1);
    expect(spans(out[0]!)).toEqual(["at least 20 people died", "at least 20 people died"]);
  });

  it("fills the group of a 'people' claim from the restatement that names it", () => {
    const out = merge([
      at(0, claim("c1", "18 soldiers were killed", { group: "people" })),
      at(1, claim("c2", "18 soldiers were killed", { group: "security_forces" }, 1)),
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]!.group).toBe("security_forces");
  });

  it("takes the time from the restatement when the first had none", () => {
    const time = {
      text: "on Tuesday",
      start: TEXT.indexOf("on Tuesday"),
      end: 0,
      date: "2025-03-11",
      precision: "day" as const,
    };
    time.end = time.start + time.text.length;
    expect(TEXT.slice(time.start, time.end)).toBe(time.text);
    const out = merge([
      at(1, claim("c1", "18 soldiers were killed", {}, 1)),
      at(0, claim("c2", "18 soldiers were killed", { time })),
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]!.time).toEqual(time);
  });

  it("merges hostages and civilians restated as each other", () => {
    const all: Quantity = { value: null, min: null, max: null, hedge: "all", text: "all" };
    const out = merge([
      at(2, claim("c1", "freed all the hostages", { outcome: "released", group: "hostages", quantity: all })),
      at(
        3,
        claim("c2", "All passengers were freed", { outcome: "released", group: "civilians", quantity: all }),
      ),
    ]);
    expect(out).toHaveLength(1);
    expect(spans(out[0]!)).toEqual(["freed all the hostages", "All passengers were freed"]);
  });
});

describe("mergeClaims: what stays apart", () => {
  const base = claim("c1", "18 soldiers were killed");

  it("never merges two figures of one sentence", () => {
    const out = merge([
      at(4, claim("c1", "at least 20 people died", { claimant: HOSPITAL })),
      at(4, claim("c2", "at least 20 people died", { claimant: HOSPITAL }, 1)),
    ]);
    expect(out.map((c) => c.id)).toEqual(["c1", "c2"]);
  });

  it("keeps two independent claimants apart, even with the same figure", () => {
    const out = merge([
      at(4, claim("c1", "at least 20 people died", { claimant: HOSPITAL })),
      at(5, claim("c2", "at least 20 people died", { claimant: RESCUERS }, 2)),
    ]);
    expect(out).toHaveLength(2);
  });

  it("never merges an increment", () => {
    const out = merge([
      at(0, base),
      at(6, claim("c2", "Another 18 soldiers were killed", { scope: "increment" })),
    ]);
    expect(out.map((c) => c.id)).toEqual(["c1", "c2"]);
  });

  const differing: Array<[string, Partial<Claim>]> = [
    ["another number", { quantity: exact(19) }],
    ["another outcome", { outcome: "injured" }],
    ["another modality", { modality: "denied" }],
    ["another claimant type", { claimant: HOSPITAL }],
    ["a group that cannot be the same people", { group: "militants" }],
    ["another day", { time: { text: "Wednesday", start: 0, end: 0, date: "2025-03-12", precision: "day" } }],
  ];
  it.each(differing)("keeps apart a restatement with %s", (_label, over) => {
    const first = claim("c1", "18 soldiers were killed", {
      time: { text: "on Tuesday", start: 0, end: 0, date: "2025-03-11", precision: "day" },
    });
    const out = merge([at(0, first), at(1, claim("c2", "18 soldiers were killed", over, 1))]);
    expect(out.map((c) => c.id)).toEqual(["c1", "c2"]);
  });

  it("keeps apart two null figures with different hedges", () => {
    const all: Quantity = { value: null, min: null, max: null, hedge: "all", text: "all" };
    const dozens: Quantity = { value: null, min: 24, max: null, hedge: "vague", text: "dozens" };
    const out = merge([
      at(0, claim("c1", "18 soldiers", { quantity: all })),
      at(1, claim("c2", "18 soldiers", { quantity: dozens }, 1)),
    ]);
    expect(out).toHaveLength(2);
  });

  it("keeps apart one civilian and one hostage", () => {
    const out = merge([
      at(0, claim("c1", "18 soldiers", { quantity: exact(1), group: "civilians" })),
      at(1, claim("c2", "18 soldiers", { quantity: exact(1), group: "hostages" }, 1)),
    ]);
    expect(out).toHaveLength(2);
  });
});

describe("mergeClaims: parts", () => {
  it("points a part at the claim its whole was merged into", () => {
    const out = merge([
      at(0, claim("c1", "18 soldiers were killed")),
      at(1, claim("c2", "18 soldiers were killed", {}, 1)),
      at(1, claim("c3", "soldiers", { quantity: exact(4), partOf: "c2" }, 1)),
    ]);
    expect(out.map((c) => [c.id, c.partOf])).toEqual([
      ["c1", null],
      ["c3", "c1"],
    ]);
  });

  it("leaves a part of an unmerged claim alone", () => {
    const out = merge([
      at(0, claim("c1", "18 soldiers were killed")),
      at(0, claim("c2", "soldiers", { quantity: exact(4), partOf: "c1" })),
    ]);
    expect(out.map((c) => [c.id, c.partOf])).toEqual([
      ["c1", null],
      ["c2", "c1"],
    ]);
  });

  it("merges a part restated on its own, keeping the part's link", () => {
    const out = merge([
      at(0, claim("c1", "18 soldiers were killed")),
      at(1, claim("c2", "18 soldiers were killed", { partOf: "c9" }, 1)),
    ]);
    expect(out.map((c) => [c.id, c.partOf])).toEqual([["c1", "c9"]]);
    expect(spans(out[0]!)).toEqual(["18 soldiers were killed", "18 soldiers were killed"]);
  });

  it("returns nothing for nothing", () => {
    expect(mergeClaims([])).toEqual([]);
  });
});

describe("mergeClaims: a headline restated by the body", () => {
  it("is that body claim from then on, not the claim of a later voice of the same kind", () => {
    const WORKERS: Claimant = {
      name: "health workers",
      mention: null,
      type: "official",
      party: "independent",
    };
    const people = { outcome: "killed" as const, group: "people" as const, quantity: exact(20) };
    const out = merge([
      { ...at(4, claim("h", "at least 20 people died", { ...people, claimant: WORKERS })), head: true },
      at(5, claim("b1", "at least 20 people died", { ...people, claimant: HOSPITAL }, 1)),
      at(6, claim("b2", "at least 20 people died", { ...people, claimant: RESCUERS }, 2)),
    ]);
    expect(out.map((c) => [c.id, c.claimant.name])).toEqual([
      ["h", "health workers"],
      ["b2", "rescuers"],
    ]);
  });
});

describe("a headline that gives the body's hedged figure bare", () => {
  /** [value, hedge, evidence texts] of each killed claim of a headline and its lede. */
  const killed = (text: string) =>
    extract({ id: "t", text, published: "2025-03-10" })
      .claims.filter((c) => c.outcome === "killed")
      .map((c) => [c.quantity.value, c.quantity.hedge, c.evidence.map((e) => e.text)]);

  it("is one claim of the body's figure, in the same voice", () => {
    const text =
      'Army says 40 "terrorists neutralised" in Menaka\n\nThe army said its forces had neutralised more than 40 terrorists near Menaka on Sunday.';
    expect(killed(text)).toEqual([
      [40, "more_than", ['40 "terrorists neutralised', "neutralised more than 40 terrorists"]],
    ]);
  });

  it("is not another voice's hedged figure", () => {
    const text =
      'Army says 40 "terrorists neutralised" in Menaka\n\nThe army said it had neutralised 40 terrorists. The militants said at least 40 of their fighters had been killed.';
    expect(killed(text).map(([v, h]) => [v, h])).toEqual([
      [40, "exact"],
      [40, "at_least"],
    ]);
  });
});
