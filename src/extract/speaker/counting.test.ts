import { describe, expect, it } from "vitest";
import { tokenize } from "../tokens.js";
import { recordsCount } from "./counting.js";

/** Whether the word `verb` of the sentence keeps a count. */
function counts(sentence: string, verb: string): boolean {
  const tk = tokenize(sentence, { start: 0, end: sentence.length });
  const k = tk.findIndex((t) => t.norm === verb);
  expect(k).toBeGreaterThanOrEqual(0);
  return recordsCount(tk, k);
}

describe("recordsCount: a body keeping a count", () => {
  it("reads a verb of recording with a figure as its object", () => {
    expect(counts("The monitor recorded 24 crew taken hostage.", "recorded")).toBe(true);
    expect(counts("Amnesty documented at least eleven deaths.", "documented")).toBe(true);
    expect(counts("The mission registered more than 300 civilian casualties.", "registered")).toBe(true);
    expect(counts("The office logged dozens of attacks on clinics.", "logged")).toBe(true);
  });

  it("reads no count where the verb has another object", () => {
    expect(counts("A phone camera recorded the attack.", "recorded")).toBe(false);
    expect(counts("Police registered a case against the driver.", "registered")).toBe(false);
    expect(counts("The team documented the damage to the school.", "documented")).toBe(false);
  });
});
