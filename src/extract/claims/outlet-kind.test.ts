// A headline's source named by the kind of outlet is the outlet the body names (claims/outlet-kind.ts).
// Articles written for these tests.
import { describe, expect, it } from "vitest";
import { extractChecked } from "../../../test/support/extract-checked.js";
import { outletKind } from "./outlet-kind.js";

const voices = (text: string) =>
  extractChecked(text).claims.map((c) => [c.quantity.value, c.claimant.name, c.evidence.length]);

describe("a headline's source named by the kind of outlet", () => {
  it("is the outlet the body names ('… - local paper', '…, state TV says')", () => {
    expect(
      voices(
        "Gunmen kill nine in raid on Kessa village - local paper\n\n" +
          "Gunmen killed nine people in a raid on the village of Kessa, the weekly Kessa Mirror reported on Friday.",
      ),
    ).toEqual([[9, "weekly Kessa Mirror", 2]]);
    expect(
      voices(
        "Blast kills four at Kessa bus station, state TV says\n\n" +
          "A bomb killed four people at the bus station in Kessa on Monday, the state broadcaster Radio Kessa reported.",
      ),
    ).toEqual([[4, "state broadcaster Radio Kessa", 2]]);
  });

  it("reads only a few words ending in an outlet's kind", () => {
    expect(["local paper", "state TV", "a regional daily"].map(outletKind)).toEqual([true, true, true]);
    expect(["police", "paper mill workers", "survivors recount the ordeal"].map(outletKind)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it("leaves a headline with no outlet named in the body in the outlet's own voice", () => {
    expect(
      voices(
        "Gunmen kill nine in raid on Kessa village - local paper\n\n" +
          "Gunmen killed nine people in a raid on the village of Kessa on Friday.",
      ).map((v) => v[1]),
    ).not.toContain("weekly Kessa Mirror");
  });
});
