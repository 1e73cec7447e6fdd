// A name followed by a comma and a clause ("sent to Bogota, that one of the attackers had been
// killed and another arrested,") is no name with an appositive: the clause's people are read as
// they are without it. Sentences written for these tests (none taken from any report).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("a clause after a name's comma", () => {
  it("is read on its own, not as the name's appositive", () => {
    expect(
      counts(
        "He said troops had been sent to Kindu, that one of the raiders had been killed and another arrested, and that the road was open.",
      ),
    ).toMatchObject([
      { q: "one", outcome: "killed", group: "militants" },
      { q: "another", outcome: "arrested", group: "militants" },
    ]);
  });

  it("leaves an appositive of a name as it was", () => {
    expect(counts("Musa, a trader, was killed in the raid.")).toMatchObject([
      { q: "Musa", value: 1, outcome: "killed", group: "civilians" },
    ]);
  });
});
