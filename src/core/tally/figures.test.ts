import { describe, expect, it } from "vitest";
import type { Quantity } from "../model.js";
import { ABOUT_SPREAD, FIGURES, aboutBounds, addFigures, figure, figures, hasNumber } from "./figures.js";
import { q } from "./test-helpers.js";

describe("figure", () => {
  // [words, quantity, low, best, high, acled]
  const table: [string, Quantity, number | null, number | null, number | null, number | null][] = [
    ["33", q.exact(33), 33, 33, 33, 33],
    ["more than 450", q.moreThan(450), 451, 450, null, 450],
    ["at least 20", q.atLeast(20), 20, 20, null, 20],
    ["fewer than 10", q.fewerThan(10), 1, 9, 9, 9],
    ["up to 50", q.atMost(50), 1, 50, 50, 50],
    ["about 150", q.about(150), 135, 150, 165, 150],
    ["between 300 and 400", q.range(300, 400), 300, 300, 400, 300],
    ["dozens (ACLED 12)", q.vague("dozens", 24, 12), 24, 24, null, 12],
    ["several (no ACLED reading)", q.vague("several", 3), 3, 3, null, 3],
    ["all the hostages", q.all(), null, null, null, null],
    ["no one", q.none(), 0, 0, 0, 0],
  ];
  it.each(table)("reads %s", (_words, quantity, low, best, high, acled) => {
    expect(figures(quantity)).toEqual({ low, best, high, acled });
    expect(figure(quantity, "best")).toBe(best);
  });

  it("has a rule for every hedge and reading", () => {
    for (const rule of Object.values(FIGURES))
      expect(Object.keys(rule).sort()).toEqual(["acled", "best", "high", "low"]);
  });

  it("reads the number as written before the bounds an extractor derived", () => {
    // An extractor that kept its own, different spread for "about" does not change the reading.
    expect(figures({ value: 150, min: 100, max: 200, hedge: "about", text: "about 150" })).toMatchObject({
      low: 135,
      high: 165,
    });
  });

  it("falls back to the bounds when the number as written is missing", () => {
    expect(
      figures({ value: null, min: 451, max: null, hedge: "more_than", text: "more than 450" }),
    ).toMatchObject({
      low: 451,
      best: 450,
    });
    expect(figure({ value: null, min: 0, max: 9, hedge: "fewer_than", text: "fewer than ten" }, "best")).toBe(
      9,
    );
    expect(figure({ value: null, min: 7, max: 7, hedge: "exact", text: "seven" }, "best")).toBe(7);
  });

  it("keeps a cap of zero at zero", () => {
    expect(figure(q.atMost(0), "low")).toBe(0);
    expect(figure(q.fewerThan(1), "low")).toBe(0);
  });
});

describe("aboutBounds", () => {
  it("spreads by ABOUT_SPREAD, rounded outward, never below zero", () => {
    expect(ABOUT_SPREAD).toBe(0.1);
    expect(aboutBounds(150)).toEqual({ min: 135, max: 165 });
    expect(aboutBounds(6)).toEqual({ min: 5, max: 7 });
    expect(aboutBounds(1)).toEqual({ min: 0, max: 2 });
  });
});

describe("hasNumber and addFigures", () => {
  it("knows which quantities give a number", () => {
    expect(hasNumber(q.all())).toBe(false);
    expect(hasNumber(q.none())).toBe(true);
    expect(hasNumber(q.vague("dozens", 24))).toBe(true);
  });

  it("adds readings, an open end staying open", () => {
    expect(addFigures(figures(q.exact(40)), figures(q.atLeast(10)))).toEqual({
      low: 50,
      best: 50,
      high: null,
      acled: 50,
    });
  });
});
