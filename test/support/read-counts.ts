// What findCounts reads in one sentence, in words, for the tests of the outcome parsers: the
// figure as written (checked to be the words its token span covers), its value, hedge, outcome,
// group and running-total flag, and the words of its trigger (null when it has none).
import { expect } from "vitest";
import { tokenize } from "../../src/extract/tokens.js";
import { findCounts } from "../../src/extract/outcome/find-counts.js";

export function readCounts(sentence: string) {
  const tokens = tokenize(sentence, { start: 0, end: sentence.length });
  const words = (first: number, last: number) => sentence.slice(tokens[first]!.start, tokens[last - 1]!.end);
  return findCounts(tokens, (a, b) => sentence.slice(a, b)).map((c) => {
    const q = words(c.qFirst, c.qLast);
    expect(q).toBe(c.quantity.text);
    return {
      q,
      value: c.quantity.value,
      hedge: c.quantity.hedge,
      outcome: c.outcome,
      group: c.group,
      cumulative: c.cumulative,
      trigger: c.trigger ? words(c.trigger.first, c.trigger.last) : null,
    };
  });
}
