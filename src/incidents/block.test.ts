import { describe, expect, it } from "vitest";
import { firstLocks, MAX_FIRST_PERIODS, periodDays, periodKey, periodOf } from "./block.js";

const day = (p: number) => periodDays(p).from;

describe("firstLocks", () => {
  it("locks every period from two before the first report's to one after the last's", () => {
    const p = periodOf("2016-03-01");
    expect(firstLocks([{ day: day(p) }, { day: day(p + 3) }], false)).toEqual(
      [p - 2, p - 1, p, p + 1, p + 2, p + 3, p + 4].map(periodKey),
    );
  });

  it("locks every block for an undated report, or where the undated stage will run", () => {
    expect(firstLocks([{ day: "2016-03-01" }, { day: null }], false)).toEqual(["*"]);
    expect(firstLocks([{ day: "2016-03-01" }], true)).toEqual(["*"]);
    expect(firstLocks([], false)).toEqual(["*"]);
  });

  it("locks only the periods around each report when they span many (one old report among new ones)", () => {
    const p = periodOf("2024-05-01");
    const old = p - MAX_FIRST_PERIODS * 3;
    const keys = firstLocks([{ day: day(p) }, { day: day(p + 1) }, { day: day(old) }], false);
    expect(keys).toEqual([old - 2, old - 1, old, old + 1, p - 2, p - 1, p, p + 1, p + 2].map(periodKey));
    // In the order every writer takes them.
    expect([...keys].sort()).toEqual(keys);
  });
});
