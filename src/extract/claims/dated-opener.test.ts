// A sentence opened by a calendar date a week or more before the report's own day tells another
// event (claims/dated-opener.ts). Articles written for these tests; the report's day is a Monday,
// 20 April 2026.
import { describe, expect, it } from "vitest";
import { extractChecked } from "../../../test/support/extract-checked.js";

const LEDE = "A bomb at a market killed three people on Monday, the army said. ";
const read = (text: string) =>
  extractChecked(LEDE + text, "2026-04-21").claims.map((c) => [
    c.quantity.value,
    c.time?.date ?? null,
    c.otherIncident,
  ]);

describe("'On <date>,' a week or more before the report's day", () => {
  it.each([
    ["On April 3, a roadside bomb wounded four rangers on patrol.", 4, "2026-04-03"],
    ["On 3 April, a roadside bomb wounded four rangers on patrol.", 4, "2026-04-03"],
    ["On March 28, gunmen killed two teachers in the same district.", 2, "2026-03-28"],
    ["On April 13, 2026, five villagers were abducted nearby.", 5, "2026-04-13"],
  ])("%s is another event", (text, value, date) => {
    expect(read(text)).toEqual([
      [3, "2026-04-20", false],
      [value, date, true],
    ]);
  });
});

describe("what stays the report's", () => {
  it.each([
    ["On April 18, a soldier was wounded by a mine nearby.", 1, "2026-04-18"],
    ["On Saturday, a soldier was wounded by a mine nearby.", 1, "2026-04-18"],
    ["Police said on April 3 that a soldier had been wounded nearby.", 1, null],
  ])("%s", (text, value, date) => {
    const claims = read(text);
    expect(claims[1]?.[0]).toBe(value);
    if (date !== null) expect(claims[1]?.[1]).toBe(date);
    expect(claims.map((c) => c[2])).toEqual([false, false]);
  });
});
