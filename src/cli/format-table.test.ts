import { describe, expect, it } from "vitest";
import type { Article, Claim, ExtractionResult } from "../core/model.js";
import { emptyResult } from "../app/extract-articles.js";
import { message } from "../core/errors.js";
import { claimLine, formatTable, wrap } from "./format-table.js";

const TEXT =
  "Gunmen stormed a bus depot in Hallan on Tuesday. " +
  "The army said 4 soldiers were killed, while the rebels claimed more than 40. " +
  "A hospital official said 30 people were injured.";

const article: Article = { id: "depot", text: TEXT, published: "2025-03-12", outlet: "The Courier" };

function claim(over: Partial<Claim> & { at: string }): Claim {
  const { at, ...rest } = over;
  const start = TEXT.indexOf(at);
  return {
    id: `c-${start}`,
    article: "depot",
    outcome: "killed",
    group: "security_forces",
    noun: "soldiers",
    quantity: { value: 4, min: 4, max: 4, hedge: "exact", text: "4" },
    claimant: { name: "army", mention: null, type: "state_military", party: "state" },
    time: null,
    scope: "single",
    modality: "asserted",
    evidence: [{ start, end: start + at.length, text: at, quoted: false }],
    partOf: null,
    otherIncident: false,
    acrossIncidents: null,
    rule: { extractor: "test", rule: "test", version: "0" },
    ...rest,
  };
}

const army = claim({
  at: "4 soldiers were killed",
  time: { text: "on Tuesday", start: 38, end: 48, date: "2025-03-11", precision: "day" },
});
const rebels = claim({
  at: "more than 40",
  quantity: { value: 40, min: 41, max: null, hedge: "more_than", text: "more than 40" },
  claimant: { name: "the rebels", mention: null, type: "armed_group", party: "non_state" },
  scope: "cumulative",
  modality: "reported_unconfirmed",
});
const hospital = claim({
  at: "30 people were injured",
  outcome: "injured",
  group: "people",
  quantity: { value: 30, min: 30, max: 30, hedge: "exact", text: "30" },
  claimant: { name: "hospital official", mention: null, type: "official", party: "independent" },
});
const floating = { ...claim({ at: "Gunmen" }), evidence: [] };

const result: ExtractionResult = {
  ...emptyResult("depot", [message("T010", "1, the first at offset 3")]),
  // Out of text order on purpose: the table puts them in order.
  claims: [hospital, rebels, army, floating],
  tally: [
    {
      outcome: "killed",
      group: "security_forces",
      low: 4,
      best: 4,
      high: null,
      grade: "contested",
      claims: [army.id, rebels.id],
    },
  ],
};

describe("formatTable", () => {
  const table = formatTable(article, result);
  const lines = table.split("\n");

  it("starts with a header naming the article", () => {
    expect(lines[0]).toBe("== depot (published 2025-03-12, The Courier, 4 claims) ==");
  });

  it("lists each sentence with claims, its claims under it, in text order", () => {
    const s2 = lines.indexOf(
      "  The army said 4 soldiers were killed, while the rebels claimed more than 40.",
    );
    const s3 = lines.indexOf("  A hospital official said 30 people were injured.");
    expect(s2).toBeGreaterThan(0);
    expect(lines[s2 + 1]).toBe("    army [state_military] → killed, security_forces, 4 (exact), 2025-03-11");
    expect(lines[s2 + 2]).toBe(
      "    the rebels [armed_group] → killed, security_forces, more than 40 (more_than), cumulative, reported unconfirmed",
    );
    expect(s3).toBe(s2 + 4);
    expect(lines[s3 + 1]).toBe("    hospital official [official] → injured, people, 30 (exact)");
    expect(table).not.toContain("Gunmen stormed a bus depot");
    expect(table).toContain("  (claims without an evidence span)\n    army [state_military] → killed");
  });

  it("ends with the tally and the messages", () => {
    const t = lines.indexOf("Tally");
    expect(lines[t + 1]).toMatch(/^ {2}outcome +group +low +best +high +grade +claims$/);
    expect(lines[t + 2]).toMatch(/^ {2}killed +security_forces +4 +4 +— +contested +2$/);
    const m = lines.indexOf("Messages");
    expect(m).toBeGreaterThan(t);
    expect(lines[m + 1]).toMatch(/^ {2}T010 warning: The text contains replacement characters/);
    expect(table.endsWith("\n")).toBe(true);
  });

  it("prints only the header for an article without claims or messages", () => {
    expect(formatTable({ id: "x", text: "Nothing here." }, emptyResult("x", []))).toBe(
      "== x (no date, 0 claims) ==\n",
    );
  });
});

describe("claimLine", () => {
  it("shows vague quantities by their words and a denial", () => {
    const c = claim({
      at: "more than 40",
      quantity: { value: null, min: 24, max: null, hedge: "vague", text: "dozens" },
      modality: "denied",
      otherIncident: true,
    });
    expect(claimLine(c)).toBe(
      "army [state_military] → killed, security_forces, dozens (vague), denied, other incident",
    );
  });
});

describe("wrap", () => {
  it("wraps at the width with the indent", () => {
    const lines = wrap("one two three four five six seven eight nine ten", 20, "  ");
    expect(lines).toEqual(["  one two three four", "  five six seven", "  eight nine ten"]);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(20);
  });
});
