// The time of a claim is when the counted thing happened (codebook §1 `time`), not the day it was
// said: "…, the United Nations said Friday" yields to the sentence before or to the next sentence
// that tells when the event happened. Reports written for these tests.
import { describe, expect, it } from "vitest";
import { extractChecked } from "../../../test/support/extract-checked.js";

const dates = (text: string) =>
  extractChecked(text, "2026-06-06").claims.map((c) => [c.evidence[0]!.text, c.time?.date ?? null]);

describe("the day of a verb of saying dates no figure", () => {
  it("takes the event's day from the next sentence that opens on the event", () => {
    expect(
      dates(
        "Gunmen killed at least 30 villagers in a raid on Kessa, the United Nations said Friday.\n\n" +
          "The raid began early Thursday, when the gunmen arrived on motorcycles.",
      ),
    ).toEqual([["killed at least 30 villagers", "2026-06-04"]]);
  });

  it("takes the day of the sentence before in its paragraph", () => {
    expect(
      dates(
        "On Wednesday gunmen stormed the market in Kessa. Nine traders were killed, police told reporters on Friday.",
      ),
    ).toEqual([["Nine traders were killed", "2026-06-03"]]);
  });

  it("keeps the saying's day when nothing else dates the figure, and an event's own day", () => {
    expect(dates("Gunmen killed 12 villagers in Kessa, the governor said Friday.")).toEqual([
      ["killed 12 villagers", "2026-06-05"],
    ]);
    expect(dates("Police said Friday's raid killed 3 gangsters in Kessa.")).toEqual([
      ["killed 3 gangsters", "2026-06-05"],
    ]);
    expect(dates("Police said on Friday that 4 officers were wounded on Thursday.")).toEqual([
      ["4 officers were wounded", "2026-06-04"],
    ]);
  });

  it("takes a past month in the figure's clause over the week it was said, then it is background", () => {
    const text =
      "The ministry said last week that troops had killed more than 200 rebels in operations across the province in December.";
    expect(
      extractChecked(text, "2026-01-19").claims.map((c) => [c.time?.date ?? null, c.otherIncident]),
    ).toEqual([["2025-12-01", true]]);
    // With nothing else to date it, the week of the saying stays.
    expect(
      extractChecked(
        "The ministry said last week that troops had killed 12 rebels.",
        "2026-01-19",
      ).claims.map((c) => c.time?.date ?? null),
    ).toEqual(["2026-01-12"]);
  });
});

describe("a wire's dateline dates the report, not the figure", () => {
  it("takes the event's day from the next sentence over the dateline's", () => {
    expect(
      dates(
        "KESSA, June 6 (Reuters) - Gunmen killed 12 villagers in a raid on a market, the governor said.\n\n" +
          "The raid began at dawn on Thursday, when the gunmen arrived on motorcycles.",
      ),
    ).toEqual([["killed 12 villagers", "2026-06-04"]]);
  });

  it("reads a dateline whose place has accented capitals", () => {
    expect(
      dates(
        "SÃO TOMÉ, June 6 (AFP) — Gunmen killed 12 villagers in a raid on a market, the governor said.\n\n" +
          "The raid began at dawn on Thursday, when the gunmen arrived on motorcycles.",
      ),
    ).toEqual([["killed 12 villagers", "2026-06-04"]]);
  });

  it("keeps the dateline's day when nothing else dates the figure", () => {
    expect(dates("KESSA, June 6 (Reuters) - Gunmen killed 12 villagers in a raid on a market.")).toEqual([
      ["killed 12 villagers", "2026-06-06"],
    ]);
  });
});
