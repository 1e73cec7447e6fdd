// A statement of none about everyone in an article that counts the dead elsewhere is about another
// event (marked otherIncident, out of the tallies); a party's none against another party's figure
// is a contest and stays. Articles written for these tests.
import { describe, expect, it } from "vitest";
import { extractChecked } from "../../../test/support/extract-checked.js";

const read = extractChecked;

describe("the scope of a statement of none", () => {
  it("marks 'but no casualties were reported' of a second blast as another event", () => {
    const text =
      "Five people were killed when a bomb went off in the market in Dorra on Monday, police said. " +
      "Later, a second device exploded near the bus station, but no casualties were reported.";
    const r = read(text);
    const none = r.claims.find((c) => c.quantity.hedge === "none")!;
    expect([none.evidence[0]!.start, none.evidence[0]!.end, none.otherIncident]).toEqual([150, 163, true]);
    expect([r.datasets.gtd.nkill, r.datasets.acled.fatalities]).toEqual([5, 5]);
  });

  it("keeps one party's none against another party's figure", () => {
    const r = read("Rebels said they killed 20 soldiers near Olen. The army said no one was killed.");
    const none = r.claims.find((c) => c.quantity.hedge === "none")!;
    expect([none.evidence[0]!.start, none.otherIncident]).toEqual([61, false]);
  });

  it("keeps a none that is the article's only word on that outcome", () => {
    const r = read("Gunmen fired on a convoy near Olen on Monday. No one was killed, police said.");
    expect(r.claims.map((c) => [c.quantity.hedge, c.otherIncident])).toEqual([["none", false]]);
    expect(r.datasets.gtd.nkill).toBe(0);
  });
});
