import { describe, expect, it } from "vitest";
import { extractChecked } from "../../../test/support/extract-checked.js";
import { tokenize } from "../tokens.js";
import { afterTimeOpening } from "./time-opening.js";

/** The words after an opening time phrase, or all of them. */
function rest(s: string): string {
  const tk = tokenize(s, { start: 0, end: s.length });
  const at = afterTimeOpening(tk, 0, tk.length);
  return s.slice(tk[at]!.start);
}

const speakers = (text: string) =>
  extractChecked(text).claims.map((c) => [c.claimant?.name, c.claimant?.type, c.claimant?.mention?.text]);

describe("a time phrase opening a clause before its subject", () => {
  it("is dropped: days, dates, parts of the day and adverbs of time, with their links", () => {
    expect(rest("On Friday the army")).toBe("the army");
    expect(rest("By March 3 the health ministry")).toBe("the health ministry");
    expect(rest("On 3 March 2024 the health ministry")).toBe("the health ministry");
    expect(rest("Late on Tuesday night police")).toBe("police");
    expect(rest("Earlier this week the UN")).toBe("the UN");
    expect(rest("Yesterday the governor")).toBe("the governor");
    expect(rest("The next day the Interior Minister")).toBe("the Interior Minister");
    expect(rest("In 2025 the monitor")).toBe("the monitor");
    expect(rest("Since 2021 the UN mission")).toBe("the UN mission");
  });

  it("is kept where the words are a name or a description, not a time", () => {
    expect(rest("The Sunday Times")).toBe("The Sunday Times");
    expect(rest("Night watchmen")).toBe("Night watchmen");
    expect(rest("The army")).toBe("The army");
    expect(rest("In the army's statement")).toBe("In the army's statement");
    expect(rest("Yesterday")).toBe("Yesterday");
    expect(rest("Some 2025 residents")).toBe("Some 2025 residents");
  });

  it("leaves the speaker its own name and type (Mali, Ukraine, Gaza, Colombia wire styles)", () => {
    expect(speakers("By Friday the army said 25 insurgents had been killed in the operation.")).toEqual([
      ["army", "state_military", "the army"],
    ]);
    expect(
      speakers("On Tuesday night the regional governor said four civilians were killed in the shelling."),
    ).toEqual([["regional governor", "government", "the regional governor"]]);
    expect(speakers("Later the health ministry said 40 people had been killed in the strikes.")).toEqual([
      ["health ministry", "government", "the health ministry"],
    ]);
    expect(speakers("Late on Sunday police said three soldiers were killed in the ambush.")).toEqual([
      ["police", "state_military", "police"],
    ]);
  });

  it("is dropped: a live page's bare clock time, with its zone, before a capital", () => {
    expect(rest("18:40 The health ministry")).toBe("The health ministry");
    expect(rest("13:30 GMT Police")).toBe("Police");
    expect(speakers("12:10 The ministry says 16 people have been killed.")).toEqual([
      ["ministry", "government", "The ministry"],
    ]);
  });

  it("keeps a figure that is no clock time", () => {
    expect(rest("12 soldiers said")).toBe("12 soldiers said");
    expect(rest("12: The army")).toBe("12: The army");
    expect(rest("18:40 the ministry")).toBe("18:40 the ministry");
  });
});
