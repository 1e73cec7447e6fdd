// One report keeps one order of day and month in its slash dates: where one of them can only be
// day first ("on 14/05"), an ambiguous one is day first too, not the reading nearest publication.
// Sentences written for these tests; 2025-05-20 is the publication day.
import { describe, expect, it } from "vitest";
import { findTimes } from "./find-times.js";

/** The dates of the sentence `sentence` of the report `text`. */
const read = (text: string, sentence: string) => {
  const start = text.indexOf(sentence);
  return findTimes(text, { start, end: start + sentence.length }, "2025-05-20").map((t) => [t.text, t.date]);
};

describe("the order of slash dates within one report", () => {
  it("reads an ambiguous slash date day first where another can only be", () => {
    const text = "Bandits raided Tudun Wada on 14/05. Two guards had been shot there on 05/02.";
    expect(read(text, "Two guards had been shot there on 05/02.")).toEqual([["on 05/02", "2025-02-05"]]);
    expect(read(text, "Bandits raided Tudun Wada on 14/05.")).toEqual([["on 14/05", "2025-05-14"]]);
  });

  it("keeps the nearest reading where no slash date tells the order", () => {
    const text = "Bandits raided Tudun Wada on 11/05. Two guards had been shot there on 05/02.";
    // 2 May is 18 days before publication; 5 February three months.
    expect(read(text, "Two guards had been shot there on 05/02.")).toEqual([["on 05/02", "2025-05-02"]]);
    // "24/7" is no date and tells no order.
    const allDay = "Patrols guard Tudun Wada 24/7. Two guards had been shot there on 05/02.";
    expect(read(allDay, "Two guards had been shot there on 05/02.")).toEqual([["on 05/02", "2025-05-02"]]);
  });
});
