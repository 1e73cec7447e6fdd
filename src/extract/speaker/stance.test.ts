import { describe, expect, it } from "vitest";
import { tokenize } from "../tokens.js";
import { disputesAccount } from "./stance.js";

/** Whether the word `verb` of the sentence takes a stance on an account. */
function stance(sentence: string, verb: string): boolean {
  const tk = tokenize(sentence, { start: 0, end: sentence.length });
  const k = tk.findIndex((t) => t.norm === verb);
  expect(k).toBeGreaterThanOrEqual(0);
  return disputesAccount(tk, k);
}

describe("disputesAccount: a stance on what someone said", () => {
  it("reads a verb of disputing with an account as its object", () => {
    expect(stance("A village elder disputed the account.", "disputed")).toBe(true);
    expect(stance("The army rejected the rebels' claims.", "rejected")).toBe(true);
    expect(stance("The ministry questioned the official toll.", "questioned")).toBe(true);
    expect(stance("The group dismissed these figures as propaganda.", "dismissed")).toBe(true);
    expect(stance("Residents contradicted the AU account.", "contradicted")).toBe(true);
  });

  it("reads no stance where the verb has another object", () => {
    expect(stance("The rebels contested the town for a week.", "contested")).toBe(false);
    expect(stance("Police questioned two suspects.", "questioned")).toBe(false);
    expect(stance("The court dismissed the case.", "dismissed")).toBe(false);
    expect(stance("The governor rejected calls to resign.", "rejected")).toBe(false);
  });
});
