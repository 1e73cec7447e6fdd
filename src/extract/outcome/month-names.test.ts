// A month's word inside a person's name is the name's; beside a day, a year or a word of time it is
// a date. Sentences written for these tests (none taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { extractChecked as read } from "../../../test/support/extract-checked.js";

const killed = (s: string) => read(s, "2019-03-02").datasets.gtd.nkill;

describe("a month's word in a person's name", () => {
  it("names the person, before or after another name, or alone as a subject", () => {
    expect(killed("Gunmen seized and killed Jan Ahmadzai, a shopkeeper, near Gardez.")).toBe(1);
    expect(
      killed("Gunmen shot at Wali Jan near Gardez. Jan, a village elder, was killed in the attack."),
    ).toBe(1);
    expect(killed("Raiders killed April Osei and her brother at the farm.")).toBe(2);
  });

  it("stays a date beside a day, a year or a word of time", () => {
    expect(
      read("Raiders killed five herders on Jan 12 near the river.", "2019-03-02").claims[0]!.time?.text,
    ).toBe("on Jan 12");
    expect(
      read("In May gunmen killed three herders near the river.", "2019-06-02").claims[0]!.time?.text,
    ).toBe("In May");
  });
});

describe("a title abbreviated with its full stop", () => {
  it("opens the person's name", () => {
    expect(killed("Gunmen shot and killed Dr. Musa Ndlovu, the district's vet, at his clinic.")).toBe(1);
    expect(
      read("Gunmen shot dead Capt. Musa Ndlovu at his post.", "2019-03-02").claims[0]!.quantity.text,
    ).toBe("Capt. Musa Ndlovu");
  });
});
