import { describe, expect, it } from "vitest";
import { tokenize } from "../tokens.js";
import { namesNoSource } from "./sourceless.js";

/** Whether the words after "according to" up to the first comma name no source. */
function sourceless(sentence: string): boolean {
  const tk = tokenize(sentence, { start: 0, end: sentence.length });
  const a = tk.findIndex((t) => t.norm === "to") + 1;
  const b = tk.findIndex((t) => t.norm === ",");
  return namesNoSource(tk, [a, b]);
}

describe("namesNoSource: 'according to information' names no one", () => {
  it("reads a noun of what was learnt, with or without a modifier, as no source", () => {
    expect(sourceless("According to information, two gunmen entered the shop.")).toBe(true);
    expect(sourceless("According to preliminary information, three men died.")).toBe(true);
    expect(sourceless("According to the available details, the bus was hit twice.")).toBe(true);
  });

  it("reads a source after the noun, or any other source, as one", () => {
    expect(sourceless("According to information from the police, three men died.")).toBe(false);
    expect(sourceless("According to police information, three men died.")).toBe(false);
    expect(sourceless("According to witnesses, three men died.")).toBe(false);
    expect(sourceless("According to Information Minister Ali Musa, three men died.")).toBe(false);
  });
});
