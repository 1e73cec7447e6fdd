import { describe, expect, it } from "vitest";
import { tokenize } from "../tokens.js";
import { typeOf } from "./claimant-type.js";
import { listItemSource } from "./list-source.js";

/** The label a list item names as its source, as text cut from the item by its offsets. */
function label(item: string): string | null {
  const tk = tokenize(item, { start: 0, end: item.length });
  const r = listItemSource(tk, (norms, texts) => typeOf(norms, texts) !== null);
  return r ? item.slice(tk[r[0]]!.start, tk[r[1] - 1]!.end) : null;
}

describe("listItemSource: a bulleted item's label before its colon is its source", () => {
  it("reads a typed label of any length after a dash or a bullet", () => {
    expect(label("- Police: seven traders killed, 19 wounded.")).toBe("Police");
    expect(label("• The state emergency management agency: 24 people injured.")).toBe(
      "The state emergency management agency",
    );
    expect(
      label(
        '- A nurse at the city\'s specialist hospital, who asked not to be named: "We received 11 bodies."',
      ),
    ).toBe("A nurse at the city's specialist hospital, who asked not to be named");
    expect(label("* Residents: at least 15 dead.")).toBe("Residents");
  });

  it("reads no source in a label that types nothing, holds a figure, or an item with no bullet", () => {
    expect(label("- Monday: eight more bodies were found.")).toBeNull();
    expect(label("- Five soldiers: missing since the raid.")).toBeNull();
    expect(label("- 12 killed: police.")).toBeNull();
    expect(label("Police said: seven traders killed.")).toBeNull();
    expect(label("- Police")).toBeNull();
  });
});
