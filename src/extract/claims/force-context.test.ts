// "Paramilitaries" typed by the force a report names, never by the word alone.
import { describe, expect, it } from "vitest";
import { extractChecked } from "../../../test/support/extract-checked.js";

function groups(text: string) {
  const r = extractChecked(text, "2025-03-12");
  return r.claims.map((c) => [c.quantity.value, c.outcome, c.group]);
}

describe("paramilitaries by the named force", () => {
  it("reads them as the state's forces where the article's paramilitary force is the state's", () => {
    expect(
      groups("Gunmen attacked a Frontier Corps post. Officials said 4 paramilitaries were killed."),
    ).toEqual([[4, "killed", "security_forces"]]);
  });

  it("reads them as an armed party where the article's paramilitary force is not the state's", () => {
    expect(
      groups(
        "The paramilitary Rapid Support Forces attacked the town. The army said 40 paramilitaries were killed.",
      ),
    ).toEqual([[40, "killed", "militants"]]);
  });

  it("takes a force the text calls paramilitary, and one named after the figure when none is before", () => {
    expect(groups("Officials said 4 paramilitaries were killed. The paramilitary SDF mourned them.")).toEqual(
      [[4, "killed", "militants"]],
    );
  });

  it("lets a force named in the phrase decide, and leaves them unspecified when no force is named", () => {
    expect(groups("Residents said 3 RSF paramilitaries died.")).toEqual([[3, "killed", "militants"]]);
    expect(groups("Officials said 4 paramilitaries were killed.")).toEqual([[4, "killed", "people"]]);
    expect(groups("Officials said 4 paramilitary police were killed.")).toEqual([
      [4, "killed", "security_forces"],
    ]);
  });
});
