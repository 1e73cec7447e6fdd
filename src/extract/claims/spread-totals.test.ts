// Totals spread over several days or places (ACLED codes one event per day and place), read from
// report-style sentences written here, and their share in the dataset fields.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleSpread, SPAN_CUE, SPAN_PATTERNS, spreadOver } from "./spread-totals.js";
import { extractChecked } from "../../../test/support/extract-checked.js";

const NONE = { stated: null, opening: null };

const run = (text: string, published = "2019-06-20") => extractChecked(text, published);

describe("SPAN_CUE", () => {
  // The cue is a cheap first test: wherever a span pattern matches, it must match too.
  it("matches wherever any span pattern does", () => {
    const piece = fc.constantFrom(
      ..."over|across|during|between|from|in|for|a|the|past|last|two|three|ten|2|7|9|12|31|14/12|17/12|day|days|Days|of|battle|period|-|–|to|and|until|st|th|June|Sept.|nov|,|.| |  |x".split(
        "|",
      ),
    );
    const text = fc
      .array(fc.tuple(piece, fc.constantFrom("", " ", "-")), { maxLength: 12 })
      .map((ps) => ps.map(([p, sep]) => p + sep).join(""));
    fc.assert(
      fc.property(text, (t) => {
        if (SPAN_PATTERNS.some((p) => p.test(t))) expect(SPAN_CUE.test(t)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
});

describe("spreadOver", () => {
  it("reads a span of days in the figure's sentence", () => {
    expect(
      spreadOver("Some 14 herders were killed over 3-5 May in clashes near the river.", null, NONE),
    ).toBe(3);
    expect(spreadOver("Nine died in a two-day battle for the market town.", null, NONE)).toBe(2);
    expect(spreadOver("At least 12 protesters were shot during three days of rioting.", null, NONE)).toBe(3);
    expect(spreadOver("Eight villagers were killed between 14/12 and 17/12.", null, NONE)).toBe(4);
    expect(spreadOver("Six people were killed between September 12-14 in the capital.", null, NONE)).toBe(3);
  });

  it("reads deaths put in separate incidents as spread over them (two, or as many as said)", () => {
    expect(spreadOver("Four herders were killed in separate incidents near Akobo.", null, NONE)).toBe(2);
    expect(spreadOver("Nine soldiers died in three separate ambushes on the Beni road.", null, NONE)).toBe(3);
    expect(spreadOver("Four herders were killed in a separate incident.", null, NONE)).toBeNull();
  });

  it("counts the places or days of a distributive list", () => {
    expect(spreadOver("Clashes caused two deaths, one in Rangwe and the other in Ndhiwa.", null, NONE)).toBe(
      2,
    );
    expect(
      spreadOver("Floods killed nine, two in Kasese, three in Bundibugyo and four in Ntoroko.", null, NONE),
    ).toBe(3);
  });

  it("reads the claim's time expression when it is a span", () => {
    expect(spreadOver("Eleven fighters died.", "7-9 November", NONE)).toBe(3);
    expect(spreadOver("Eleven fighters died.", "over two days", NONE)).toBe(2);
  });

  it("takes what the article says of all its fatalities first", () => {
    const a = articleSpread(
      "Militiamen raided four villages. 20 were killed. Fatalities spread over four locations.",
    );
    expect(a).toEqual({ stated: 4, opening: null });
    expect(spreadOver("20 were killed.", null, a)).toBe(4);
    expect(articleSpread("8-10 January: At least 6 killed in a fight at a camp.")).toEqual({
      stated: null,
      opening: 3,
    });
    expect(articleSpread("The deaths were split between the two events.")).toEqual({
      stated: 2,
      opening: null,
    });
  });

  it("is null for one day, a month, or no span", () => {
    expect(spreadOver("Five soldiers were killed on 12 June.", null, NONE)).toBeNull();
    expect(spreadOver("Three were killed, two days after the truce.", null, NONE)).toBeNull();
    expect(spreadOver("At least 40 died over the past month.", null, NONE)).toBeNull();
    expect(spreadOver("Seven were killed between 1 and 30 June.", null, NONE)).toBe(30);
    expect(spreadOver("Seven were killed between 1/5 and 3/6.", null, NONE)).toBeNull();
  });
});

describe("a total spread over days or places in the dataset fields", () => {
  it("gives ACLED one event's share and GTD the whole", () => {
    const r = run("Some 21 people have been killed in clashes between herders and farmers over 24-26 June.");
    expect(r.claims.map((c) => [c.quantity.value, c.spreadOver])).toEqual([[21, 3]]);
    expect(r.datasets.acled.fatalities).toBe(7);
    expect(r.datasets.gtd.nkill).toBe(21);
  });

  it("reads a note that the fatalities are spread over places", () => {
    const r = run(
      "Armed youths attacked traders in five market towns, leaving at least 10 dead. The fatalities were spread over the five towns.",
    );
    expect(r.datasets.acled.fatalities).toBe(2);
    expect(r.datasets.gtd.nkill).toBe(10);
  });

  it("counts at least one where a single death is spread over days", () => {
    const r = run("One man was killed in a two-day standoff between police and a gang.");
    expect(r.datasets.acled.fatalities).toBe(1);
  });

  it("gives ACLED one incident's share of deaths in separate incidents, GTD the whole", () => {
    const r = run("Six villagers were killed in separate incidents in Pibor county last week.");
    expect(r.datasets.acled.fatalities).toBe(3);
    expect(r.datasets.gtd.nkill).toBe(6);
  });

  it("reads a list of parts by place or day as parts of the whole, spread over them", () => {
    const text = "Election violence in Homa Bay caused two deaths, one in Rangwe and the other in Ndhiwa.";
    const r = run(text);
    expect(r.claims.map((c) => [c.evidence[0]!.text, c.quantity.value, c.partOf])).toEqual([
      ["two deaths", 2, null],
      ["one", 1, "c1"],
    ]);
    expect(r.claims[1]!.evidence[0]!.start).toBe(text.indexOf("one in"));
    expect(r.datasets.gtd.nkill).toBe(2);
    expect(r.datasets.acled.fatalities).toBe(1);
    const days = run("Raiders killed six herders near Kotido; two on 3 May and four on 4 May.");
    expect(days.claims.filter((c) => c.partOf === "c1").map((c) => c.quantity.value)).toEqual([2, 4]);
    expect(days.datasets.gtd.nkill).toBe(6);
    expect(days.datasets.acled.fatalities).toBe(3);
  });

  it("keeps figures with nouns of their own, or more than the whole, out of such a list", () => {
    const r = run("Gunmen killed 4 soldiers, 2 in an ambush at dawn and 3 civilians in the village.");
    expect(r.claims.some((c) => c.partOf !== null && c.quantity.value === 3)).toBe(false);
    expect(spreadOver("Seven people died, all of them in Kasese.", null, NONE)).toBeNull();
    const blasts = run(
      "Two bombs, one at a market and the other at a mosque, killed at least 40 people in Baquba.",
    );
    expect(blasts.datasets.acled.fatalities).toBe(40);
  });

  it("leaves a one-day toll whole", () => {
    const r = run("On 12 June gunmen killed 9 farmers in Tarsa village.");
    expect(r.claims.every((c) => c.spreadOver === undefined)).toBe(true);
    expect(r.datasets.acled.fatalities).toBe(9);
  });
});
