// Outcome nouns that name again those counted before make no claim (counted-before.ts); "all" with
// a verb's outcome still counts. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extractChecked } from "../../../test/support/extract-checked.js";

const rows = (text: string) =>
  extractChecked(text).claims.map((c) => [
    c.outcome,
    c.quantity.hedge,
    c.quantity.value,
    c.evidence[0]!.text,
  ]);

describe("an outcome noun naming again those counted", () => {
  it.each([
    [
      "Six people were killed and 14 wounded. The governor said the state would pay for the treatment of all the wounded.",
      [
        ["killed", "exact", 6, "Six people were killed"],
        ["injured", "exact", 14, "14 wounded"],
      ],
    ],
    [
      "A bus bomb killed nine people in Kessa. All the dead were taken to the district morgue.",
      [["killed", "exact", 9, "killed nine people"]],
    ],
    [
      "Gunmen wounded 11 traders. The wounded were evacuated by road.",
      [["injured", "exact", 11, "wounded 11 traders"]],
    ],
  ])("%s", (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe("'all' with the verb's outcome still counts", () => {
  it("'freed all the hostages'", () => {
    expect(rows("Troops freed all the hostages on Friday, the army said.")).toEqual([
      ["released", "all", null, "freed all the hostages"],
    ]);
  });
});
