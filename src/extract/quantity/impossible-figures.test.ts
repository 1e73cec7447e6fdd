// Figures that cannot be a count of people make no claim and are named by warning T019, with the
// figure's span; ordinary figures, ranges, codes and multipliers are untouched.
import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";

function run(text: string) {
  const r = extract({ id: "t", text, published: "2025-03-12" });
  return {
    claims: r.claims.map((c) => c.quantity.text),
    flagged: r.messages.filter((m) => m.code === "T019").map((m) => text.slice(m.span!.start, m.span!.end)),
    messages: r.messages.filter((m) => m.code === "T019"),
  };
}

describe("figures that cannot be a count of people", () => {
  it("reads none of them as a claim, and names each", () => {
    const cases: [string, string][] = [
      ["Police said fewer than 0 people were killed.", "fewer than 0 people"],
      ["Police said less than zero people were killed.", "less than zero people"],
      ["Police said 1e308 people were killed.", "1e308 people"],
      ["Police said 1E6 civilians were killed.", "1E6 civilians"],
      ["Police said -5 people were killed.", "-5 people"],
      ["Police said −12 soldiers were wounded.", "−12 soldiers"],
      ["Police said 2.5 people were killed.", "2.5 people"],
      ["Police said 9,000,000,000,000 people were killed.", "9,000,000,000,000 people"],
      ["Police said 20000 million people were killed.", "20000 million people"],
    ];
    for (const [text, figure] of cases) {
      const r = run(text);
      expect([text, r.claims, r.flagged]).toEqual([text, [], [figure]]);
      expect(r.messages[0]).toMatchObject({ severity: "warning" });
      expect(r.messages[0]!.message).toMatch(/not a count|world's population|not a whole number/);
    }
  });

  it("leaves figures that are counts alone", () => {
    const cases: [string, string[]][] = [
      ["Police said 12 people were killed and 10-15 were wounded.", ["12", "10-15"]],
      ["An AK-47 was fired and 7 soldiers were killed.", ["7"]],
      ["The army said 1.5 million people were displaced and 3 civilians were killed.", ["3"]],
      ["Officials said 1,200 people were killed in the floods.", ["1,200"]],
      ["Fewer than 10 people were injured, police said.", ["Fewer than 10"]],
    ];
    for (const [text, claims] of cases) {
      const r = run(text);
      expect([text, r.claims, r.flagged]).toEqual([text, claims, []]);
    }
  });
});
