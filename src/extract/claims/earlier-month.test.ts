// A figure dated by a month before the month of the report's own day is of an earlier event
// (claims/earlier-month.ts); one of the report's month, or in a report with no day of its own,
// stays the report's. Reports written for these tests, published 16 March 2026.
import { describe, expect, it } from "vitest";
import { extractChecked } from "../../../test/support/extract-checked.js";

const read = (text: string) =>
  extractChecked(text, "2026-03-16").claims.map((c) => [
    c.quantity.value,
    c.time?.date ?? null,
    c.otherIncident,
  ]);
const LEDE = "Gunmen killed 34 civilians in a raid on a village on Sunday, the mayor said. ";

describe("a month before the report's own day's", () => {
  it.each([
    ["The army said in February that 12 soldiers had been killed in an ambush near the same town.", 12],
    ["In January, gunmen abducted 20 villagers from the same district.", 20],
    ["Last month, gunmen killed nine traders on the road to the market.", 9],
  ])("%s is another event", (text, value) => {
    expect(read(LEDE + text)).toEqual([
      [34, "2026-03-15", false],
      [value, expect.stringMatching(/^2026-0[12]-01$/), true],
    ]);
  });
});

describe("what stays the report's", () => {
  it("a figure of the report's own month ('In March, …')", () => {
    expect(read(LEDE + "In March, five more people were wounded in the district.").map((c) => c[2])).toEqual([
      false,
      false,
    ]);
  });

  it.each([
    "Seven peacekeepers have been killed in the country since January, according to a tally.",
    "The rebels had seized the soldiers in January. The three civilians freed included a contractor.",
    "He said the youths had gone to recover cattle stolen in February and had lost nine of their own in the fighting.",
  ])("a month that does not date the figure's event: %s", (text) => {
    expect(read(LEDE + text).every((c) => c[2] === false)).toBe(true);
  });

  it("a monthly summary's months, with no day of the report's before them", () => {
    expect(
      read(
        "In February, 120 civilians were killed in the province, the monitor said. In January, 95 were killed.",
      ).map((c) => c[2]),
    ).toEqual([false, false]);
  });
});

// A month opening its sentence with a comma before the figure ("In January, 20 villagers were
// abducted"): the figure counts, the month dates it (time/count-after-date.ts), with or without a
// dated lede; before the report's month it is another event, in or after it the report's.
describe("a month, a comma and the figure", () => {
  const grid = [
    ["In January, 20 villagers were abducted from the same district.", 20, "2026-01-01"],
    ["In February, 12 soldiers were killed in an ambush near the town.", 12, "2026-02-01"],
    ["In March, 6 more people were wounded in the district.", 6, "2026-03-01"],
  ] as const;

  it.each(grid)("after a dated lede: %s", (text, value, date) => {
    expect(read(LEDE + text)).toEqual([
      [34, "2026-03-15", false],
      [value, date, date < "2026-03"],
    ]);
  });

  it.each(grid)("with no lede: %s", (text, value, date) => {
    expect(read(text)).toEqual([[value, date, false]]);
  });

  it("a month named after the report's is last year's: another event (past-period.ts), lede or none", () => {
    const text = "In November, 40 people were killed in the district, the agency said.";
    expect(read(text)).toEqual([[40, "2025-11-01", true]]);
    expect(read(LEDE + text)).toEqual([
      [34, "2026-03-15", false],
      [40, "2025-11-01", true],
    ]);
  });
});
