// A unit's members counted by a generic noun: "a police mobile squad of 40 men", "an army patrol
// of six men", "a militia band of 30 members". The unit's own words say whose people they are;
// the generic noun ("men", "members") says nothing of it.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("a unit of N men", () => {
  it("takes the group of the unit's words", () => {
    expect(counts("A police mobile squad of 40 men has been deployed to the district.")).toMatchObject([
      { q: "40", outcome: "present", group: "security_forces" },
    ]);
    expect(counts("An army patrol of six men was ambushed and killed.")).toMatchObject([
      { q: "six", outcome: "killed", group: "security_forces" },
    ]);
    expect(counts("A militia band of 30 members has been deployed near the river.")).toMatchObject([
      { q: "30", group: "militants" },
    ]);
  });

  it("keeps a noun that names a group itself, and a unit with no group's word", () => {
    expect(counts("A police squad of 12 volunteers has been deployed.")).toMatchObject([
      { q: "12", group: "civilians" },
    ]);
    expect(counts("A rescue team of 25 men has been deployed to the village.")).toMatchObject([
      { q: "25", group: "civilians" },
    ]);
    expect(counts("A family of six people was killed.")).toMatchObject([{ value: 6, group: "people" }]);
  });
});
