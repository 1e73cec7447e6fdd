// An article extracted for the claim tests, every claim's evidence checked to slice back to its
// words in the untouched text ([start, end) spans), and the rows the parts-of-a-total tests compare.
import { expect } from "vitest";
import type { Claim } from "../../src/core/model.js";
import { extract } from "../../src/extract/pipeline.js";

export function extractChecked(text: string, published = "2024-05-02") {
  const r = extract({ id: "t", text, published });
  for (const c of r.claims) for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  return r;
}

/** Each claim as [id, value, group, outcome, the claim it is a part of, its first evidence's words]. */
export const partRows = (r: ReturnType<typeof extractChecked>) =>
  r.claims.map((c) => [c.id, c.quantity.value, c.group, c.outcome, c.partOf, c.evidence[0]!.text]);

/** Each claim of a text as [outcome, group, value, its first evidence's words, ...more(claim)]. */
export function claimRows(text: string, more: (c: Claim) => unknown[] = () => []): unknown[][] {
  return extractChecked(text).claims.map((c) => [
    c.outcome,
    c.group,
    c.quantity.value,
    c.evidence[0]!.text,
    ...more(c),
  ]);
}

/** Each claim of a text as [its first evidence's words, whether it is another incident]. */
export const otherIncidentRows = (text: string, published: string): Array<[string, boolean]> =>
  extractChecked(text, published).claims.map((c) => [c.evidence[0]!.text, c.otherIncident]);
