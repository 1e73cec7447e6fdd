// The employees of a ministry of internal security or of defence are its forces
// (outcome/employees-of.ts); employees of any other body keep their noun's group. Sentences written
// for these tests.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("employees of a security ministry", () => {
  it("are security forces, by the ministry's name either way round", () => {
    expect(counts("Two employees of the Ministry of Internal Affairs and one civilian died.")).toMatchObject([
      { q: "Two", outcome: "killed", group: "security_forces" },
      { q: "one", outcome: "killed", group: "civilians" },
    ]);
    expect(counts("Four staff of the Interior Ministry were wounded.")).toMatchObject([
      { q: "Four", outcome: "injured", group: "security_forces" },
    ]);
  });

  it("keeps the noun's group for any other body", () => {
    expect(counts("Two employees of the Ministry of Health were killed.")).toMatchObject([
      { q: "Two", group: "civilians" },
    ]);
    expect(counts("Three employees of a bank were killed.")).toMatchObject([
      { q: "Three", group: "civilians" },
    ]);
  });
});
