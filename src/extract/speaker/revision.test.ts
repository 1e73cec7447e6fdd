import { describe, expect, it } from "vitest";
import { tokenize } from "../tokens.js";
import { revisesFigure } from "./revision.js";

/** Whether the word `verb` of the sentence revises a figure. */
function revises(sentence: string, verb: string): boolean {
  const tk = tokenize(sentence, { start: 0, end: sentence.length });
  const k = tk.findIndex((t) => t.norm === verb);
  expect(k).toBeGreaterThanOrEqual(0);
  return revisesFigure(tk, k);
}

describe("revisesFigure: a source revising its own figure", () => {
  it("reads revisions of a toll, count, figure or estimate", () => {
    expect(revises("He later revised the figure to 14 dead.", "revised")).toBe(true);
    expect(revises("The ministry updated its count on Monday.", "updated")).toBe(true);
    expect(revises("The Red Crescent raised its estimate of the wounded to 45.", "raised")).toBe(true);
    expect(revises("Officials lowered the official death toll to 9.", "lowered")).toBe(true);
  });

  it("reads no revision where the verb has another object", () => {
    expect(revises("The gunmen raised their weapons.", "raised")).toBe(false);
    expect(revises("The army cut the road to the town.", "cut")).toBe(false);
    expect(revises("Police updated reporters on the search.", "updated")).toBe(false);
  });
});
