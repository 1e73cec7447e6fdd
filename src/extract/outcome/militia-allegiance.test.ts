// A militia that serves a side ("pro-government", "government-allied", "army-backed") is still a
// militia: its members are typed by the body, whichever order names them ("a … militia member",
// "members of a … militia", "a member of a … militia"), not by the side it serves.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("members of a militia named by its allegiance", () => {
  it("are of the militia whether the body comes before or after the member noun", () => {
    expect(counts("Raiders shot dead four members of a pro-government militia at Dunkel.")).toMatchObject([
      { value: 4, group: "militants" },
    ]);
    expect(counts("Raiders shot dead four pro-government militia members at Dunkel.")).toMatchObject([
      { value: 4, group: "militants" },
    ]);
    expect(counts("Raiders shot dead a government-allied militia member at Dunkel.")).toMatchObject([
      { value: 1, group: "militants" },
    ]);
    expect(counts("Raiders shot dead a member of the army-backed militia at Dunkel.")).toMatchObject([
      { value: 1, group: "militants" },
    ]);
  });

  it("keeps the members of a state's force and of a family as before", () => {
    expect(counts("Raiders shot dead a member of his family at Dunkel.")).toMatchObject([
      { value: 1, group: "civilians" },
    ]);
    expect(counts("Raiders shot dead two members of the government forces at Dunkel.")).toMatchObject([
      { value: 2, group: "security_forces" },
    ]);
  });
});
