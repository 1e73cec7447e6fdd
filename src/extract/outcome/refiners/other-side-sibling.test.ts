// A figure coordinated after an "including" aside, on the other side of the fighting from the
// whole, is counted beside the whole, not among it. Sentences written for these tests (none taken
// from any report or dataset).
import { describe, expect, it } from "vitest";
import { extractChecked as read } from "../../../../test/support/extract-checked.js";

const gtd = (s: string) => read(s).datasets.gtd;

describe("a figure of the other side after a part of the whole's side", () => {
  it("is added beside the whole", () => {
    expect(
      gtd("At least four raiders, including their commander, and three soldiers were killed at the depot."),
    ).toMatchObject({ nkill: 7, nkillter: 4 });
  });

  it("leaves parts of the whole's side, and mixed wholes, as parts", () => {
    expect(
      gtd("Nine people, including two raiders and seven watchmen, were killed at the depot."),
    ).toMatchObject({
      nkill: 9,
      nkillter: 2,
    });
    expect(gtd("Twelve hostages were killed, including five soldiers and a cook.").nkill).toBe(12);
  });
});
