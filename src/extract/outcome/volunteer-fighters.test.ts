// "volunteer fighters": the state's civilian auxiliaries (Burkina Faso's VDP, Cameroon's vigilance
// committees), civilians as "volunteers" and the named auxiliaries are, not an armed party's fighters.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("volunteer fighters", () => {
  it("are the state's civilian auxiliaries, as volunteers are", () => {
    expect(
      counts("The army said eight soldiers and three volunteer fighters had been killed."),
    ).toMatchObject([
      { value: 8, group: "security_forces" },
      { value: 3, group: "civilians" },
    ]);
    expect(counts("Two volunteers were killed.")).toMatchObject([{ value: 2, group: "civilians" }]);
  });
});
