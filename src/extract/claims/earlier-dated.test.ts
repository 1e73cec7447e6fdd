// A sentence turning back in time to a day before the report's own tells another event
// (claims/earlier-dated.ts). Articles written for these tests.
import { describe, expect, it } from "vitest";
import { extractChecked } from "../../../test/support/extract-checked.js";

const read = (text: string) =>
  extractChecked(text, "2026-10-14").claims.map((c) => [
    c.quantity.value,
    c.time?.date ?? null,
    c.otherIncident,
  ]);

describe("a sentence opened by 'Earlier,' with a day of its own", () => {
  it("is another event when its day is before the report's ('Earlier, on October 3, …')", () => {
    expect(
      read(
        "Two gunmen were killed in a clash with troops near Kessa on Wednesday, officials said. " +
          "Earlier, on October 3, three infiltrators were killed along the border.",
      ),
    ).toEqual([
      [2, "2026-10-14", false],
      [3, "2026-10-03", true],
    ]);
  });

  it("stays the report's on the report's own day ('Earlier on Wednesday, …')", () => {
    expect(
      read(
        "Two gunmen were killed in a clash with troops near Kessa on Wednesday, officials said. " +
          "Earlier on Wednesday, a soldier was wounded by a mine nearby.",
      ),
    ).toEqual([
      [2, "2026-10-14", false],
      [1, "2026-10-14", false],
    ]);
  });

  it("stays the report's with no opener and a day within the week ('On October 12, …' after the lede)", () => {
    expect(
      read(
        "Two gunmen were killed in a clash with troops near Kessa on Wednesday, officials said. " +
          "On October 12, three infiltrators were killed along the border.",
      ).map((c) => c[2]),
    ).toEqual([false, false]);
  });
});
