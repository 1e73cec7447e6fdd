// The arithmetic checks (core/checks) as `tally extract` reports them: texts written for these
// tests, read by the whole pipeline. Texts whose arithmetic is right must raise no check.
import { describe, expect, it } from "vitest";
import { extract } from "./pipeline.js";

const checks = (text: string) =>
  extract({ id: "t", text, published: "2025-03-12" }).messages.filter((m) => m.code.startsWith("C"));

describe("checks in an article's messages", () => {
  it("flags parts that exceed their whole, naming the claims and a span into the text", () => {
    const text = "Twenty people were killed, including 15 soldiers and 9 civilians, the army said.";
    const found = checks(text);
    expect(found.map((m) => m.code)).toEqual(["C001"]);
    expect(found[0]!.claims).toHaveLength(3);
    expect(text.slice(found[0]!.span!.start, found[0]!.span!.end)).toBe("Twenty people were killed");
    expect(found[0]!.severity).toBe("warning");
  });

  it("flags passengers killed and injured beyond those aboard", () => {
    const text =
      "The train was carrying 450 passengers. The army said 300 people were killed and 200 were injured.";
    expect(checks(text).map((m) => m.code)).toEqual(["C005"]);
  });

  it("keeps every figure as stated", () => {
    const text = "Twenty people were killed, including 15 soldiers and 9 civilians, the army said.";
    const r = extract({ id: "t", text, published: "2025-03-12" });
    expect(r.claims.map((c) => c.quantity.value)).toEqual([20, 15, 9]);
  });

  it.each([
    [
      "parts within their whole",
      "Twenty people were killed, including 11 soldiers and 9 civilians, the army said.",
    ],
    [
      "an open figure aboard",
      "More than 450 passengers were aboard the train. The army said 300 people were killed.",
    ],
    ["vague words", "Dozens of people were killed, including 30 soldiers, officials said."],
    [
      "a toll that rose",
      "Police said 12 people were killed in the blast. By evening the death toll had risen to 15, police said.",
    ],
    [
      "hedges that overlap",
      "At least 12 people were killed, police said. A police officer later said 15 people were killed.",
    ],
    [
      "captives accounted for",
      "Gunmen abducted 30 workers on Monday. Police said 20 workers were released and 10 were still held.",
    ],
    [
      "a range",
      "Between 300 and 400 passengers were aboard. Officials said 310 passengers were taken hostage.",
    ],
  ])("raises nothing for %s", (_, text) => {
    // The figures are read (so a check could fire), and none fires.
    expect(extract({ id: "t", text, published: "2025-03-12" }).claims.length).toBeGreaterThan(1);
    expect(checks(text)).toEqual([]);
  });
});
