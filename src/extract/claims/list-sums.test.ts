// A list under a total, one item a line, whose figures add up to the total: each a part of it
// (list-sums.ts). Articles written for these tests.
import { describe, expect, it } from "vitest";
import { extractChecked, partRows } from "../../../test/support/extract-checked.js";

/** [value, outcome, the value of the claim it is a part of] of each claim. */
function parts(text: string): Array<[number | null, string, number | null]> {
  const r = extractChecked(text);
  const byId = new Map(r.claims.map((c) => [c.id, c]));
  return r.claims.map((c) => [
    c.quantity.value,
    c.outcome,
    c.partOf === null ? null : (byId.get(c.partOf)?.quantity.value ?? null),
  ]);
}

const TOTAL = "Seven people were killed and 12 wounded in clashes in the hills on Friday, the police said.";

describe("a list whose items add up to the total before it", () => {
  it("ties a numbered list's figures, each outcome to its own total", () => {
    const text =
      `${TOTAL} The police gave the casualties by district:\n` +
      "1. Koral district: three villagers killed; five injured.\n" +
      "2. Tesh district: four farmers killed; seven injured.";
    expect(parts(text)).toEqual([
      [7, "killed", null],
      [12, "injured", null],
      [3, "killed", 7],
      [5, "injured", 12],
      [4, "killed", 7],
      [7, "injured", 12],
    ]);
  });

  it("ties a bulleted list's figures", () => {
    const text = `${TOTAL}\n- In Koral, three villagers were killed.\n- In Tesh, four farmers were killed.`;
    expect(parts(text).filter(([, o]) => o === "killed")).toEqual([
      [7, "killed", null],
      [3, "killed", 7],
      [4, "killed", 7],
    ]);
  });

  it("leaves a list whose figures do not add up to the total", () => {
    const text = `${TOTAL}\n1. Koral district: three villagers killed.\n2. Tesh district: five farmers killed.`;
    expect(parts(text).filter(([, o]) => o === "killed")).toEqual([
      [7, "killed", null],
      [3, "killed", null],
      [5, "killed", null],
    ]);
  });

  it("leaves one item, and items that are not one line each", () => {
    const one = `${TOTAL}\n1. Koral district: seven villagers killed.`;
    expect(
      partRows(extractChecked(one))
        .filter((r) => r[3] === "killed")
        .map((r) => r[4]),
    ).toEqual([null, null]);
    // Prose, one figure a sentence in the police's voice, is no list; sequence-sums.ts ties it
    // where it adds up to the total, and leaves it where it does not.
    const prose = `${TOTAL} In Koral, three villagers were killed. In Tesh, four farmers were killed.`;
    expect(parts(prose).filter(([, o]) => o === "killed")).toEqual([
      [7, "killed", null],
      [3, "killed", 7],
      [4, "killed", 7],
    ]);
    const over = `${TOTAL} In Koral, three villagers were killed. In Tesh, five farmers were killed.`;
    expect(parts(over).filter(([, o]) => o === "killed")).toEqual([
      [7, "killed", null],
      [3, "killed", null],
      [5, "killed", null],
    ]);
  });
});
