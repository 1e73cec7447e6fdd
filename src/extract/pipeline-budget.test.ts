// The time budget of one article (issue 12 §2): past it the sentences left are not read, and
// warning T021 says where reading stopped; the claims read before it are kept.
import { describe, expect, it } from "vitest";
import { DEFAULT_BUDGET_MS, extract } from "./pipeline.js";

const text =
  "Gunmen killed 12 people in Kalat on Tuesday, police said. At least 30 others were injured, a hospital official said.";

describe("the time budget of an article", () => {
  it("reads everything within the default budget, with no T021", () => {
    const r = extract({ id: "t", text, published: "2025-03-12" });
    expect(DEFAULT_BUDGET_MS).toBeGreaterThanOrEqual(10_000);
    expect(r.claims.map((c) => c.quantity.value)).toEqual([12, 30]);
    expect(r.messages.map((m) => m.code)).not.toContain("T021");
  });

  it("stops at the sentence where the budget ran out, saying where, as a warning", () => {
    const r = extract({ id: "t", text, published: "2025-03-12" }, { budgetMs: 0 });
    expect(r.claims).toEqual([]);
    const stop = r.messages.find((m) => m.code === "T021")!;
    expect(stop.severity).toBe("warning");
    expect(stop.message).toMatch(/at character 0 of \d+, sentence 1 of 2/);
    expect(text.slice(stop.span!.start, stop.span!.end)).toBe(
      "Gunmen killed 12 people in Kalat on Tuesday, police said.",
    );
  });
});
