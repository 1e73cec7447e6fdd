// Sentences written for these tests (not taken from any report or dataset): a partitive relative
// clause after a counted whole ("…, three of whom had died", "…, of whom five were dead") has its
// own verb, which is the share's outcome and never the whole's; the whole keeps its own reading.
import { describe, expect, it } from "vitest";
import { extractChecked, partRows } from "../../../test/support/extract-checked.js";

const rows = (text: string) => partRows(extractChecked(text));

describe("a total and the outcome of its part's relative clause", () => {
  it("reads 'received 19 wounded people from the town, three of whom had died' as 19 injured", () => {
    expect(
      rows("The clinic said it had received 19 wounded people from the town, three of whom had died."),
    ).toEqual([
      ["c1", 19, "people", "injured", null, "19 wounded people"],
      ["c2", 3, "people", "killed", "c1", "three of whom had died"],
    ]);
  });

  it("reads 'treated 12 injured farmers from two villages, two of whom later died' as 12 injured", () => {
    expect(rows("Nurses treated 12 injured farmers from two villages, two of whom later died.")).toEqual([
      ["c1", 12, "civilians", "injured", null, "12 injured farmers"],
      ["c2", 2, "civilians", "killed", "c1", "two of whom later died"],
    ]);
  });

  it("does not read 'brought in 30 casualties, of whom five were dead' as 30 killed", () => {
    const r = rows("Ambulances brought in 30 casualties, of whom five were dead.");
    expect(r.find((x) => x[1] === 30)?.[3]).not.toBe("killed");
    expect(r).toContainEqual(["c1", 5, "people", "killed", null, "five were dead"]);
  });

  it("reads 'took in 40 wounded, among whom six died' as 40 injured", () => {
    expect(rows("The field hospital took in 40 wounded, among whom six died overnight.")).toEqual([
      ["c1", 40, "people", "injured", null, "40 wounded"],
      ["c2", 6, "people", "killed", "c1", "six died"],
    ]);
  });

  it("still gives the whole the verb after a closed aside: '20 people, among whom four children, were killed'", () => {
    expect(rows("In the raid 20 people, among whom four children, were killed.")).toEqual([
      ["c1", 20, "people", "killed", null, "20 people, among whom four children, were killed"],
      ["c2", 4, "civilians", "killed", "c1", "four children"],
    ]);
  });
});

describe("a share after a whole read from its noun and an adjunct", () => {
  it("reads 'admitted 15 injured people from the market, six of them women' as six injured women", () => {
    expect(
      rows("The ward admitted 15 injured people from the market, six of them women, and two men were dead."),
    ).toEqual([
      ["c1", 15, "people", "injured", null, "15 injured people"],
      ["c2", 6, "civilians", "injured", "c1", "six"],
      ["c3", 2, "civilians", "killed", null, "two men were dead"],
    ]);
  });
});
