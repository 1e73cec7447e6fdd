// Running totals with no verb of killing by the figure: a toll's verbs of change in any form
// (lexicon/changes.ts, generated with verbForms), a toll of "the victims", and an ordinal that
// stands for the total so far ("a sixth fighter had died"). Sentences written for these tests (none
// taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";
import { extract } from "../pipeline.js";

describe("a toll's verb of change, in any of its forms", () => {
  it.each([
    ["The death toll has surged to 40 in the north.", "40", "death toll has surged to"],
    ["Fatalities have topped 50, the agency said.", "50", "Fatalities have topped"],
    ["The toll is climbing and has doubled to 18.", "18", "toll is climbing and has doubled to"],
    ["The overall toll, rising steadily since dawn, reached 33.", "33", null],
  ])("%s", (text, q, trigger) => {
    const [c] = counts(text);
    expect(c).toMatchObject({ q, outcome: "killed", cumulative: true });
    if (trigger) expect(c!.trigger).toBe(trigger);
  });
});

describe("a toll put at a figure in quotes", () => {
  it.each([
    [
      "after a toll's rise and its group",
      'An official said the toll among the rangers had climbed to "at least nine" by the evening.',
      { group: "security_forces", quantity: { value: 9, hedge: "at_least" }, scope: "cumulative" },
      'toll among the rangers had climbed to "at least nine',
    ],
    [
      "with the toll's noun",
      'A doctor put the number of villagers killed at "over 30" and said more were missing.',
      { group: "civilians", quantity: { value: 30, hedge: "more_than" } },
      'number of villagers killed at "over 30',
    ],
  ])("reads a quoted figure %s (%s)", (_, text, expected, evidence) => {
    const [c] = extract({ id: "t", text, published: "2025-03-10" }).claims;
    expect(c).toMatchObject({ outcome: "killed", ...expected });
    expect(text.slice(c!.evidence[0]!.start, c!.evidence[0]!.end)).toBe(c!.evidence[0]!.text);
    expect(c!.evidence[0]!.text).toBe(evidence);
  });
});

describe("a source's estimate of the toll, naming no group", () => {
  const groups = (text: string) =>
    extract({ id: "t", text, published: "2025-03-10" }).claims.map((c) => [c.quantity.value, c.group]);

  it("is of the article's toll when that is the latest total of its outcome", () => {
    const text =
      'Eleven police officers were killed in the raid, a commander said. Another commander put the toll at "more than 15".';
    expect(groups(text)).toEqual([
      [11, "security_forces"],
      [15, "security_forces"],
    ]);
  });

  it("takes no group from a smaller total counted last ('All four attackers were shot dead')", () => {
    const text =
      "The ministry said 17 people had been killed. All four attackers were shot dead, it said. Earlier, police had put the death toll at 9.";
    expect(groups(text)).toContainEqual([9, "people"]);
  });
});

describe("an ordinal after a total of another outcome counted sentences before", () => {
  it("is one more person, not the running total ('a fifth man had been wounded' after four killed)", () => {
    const text =
      "A mortar shell killed four villagers near the well on Friday. The army denied firing it. " +
      "Residents said the shell came from the hills. The village head said a fifth man had been wounded.";
    const claims = extract({ id: "t", text, published: "2025-03-10" }).claims;
    expect(claims.map((c) => [c.quantity.value, c.outcome, c.scope])).toEqual([
      [4, "killed", "single"],
      [1, "injured", "single"],
    ]);
  });
});

describe("a toll of the victims", () => {
  it("counts the dead when nothing before says what befell them", () => {
    expect(counts("The number of victims has risen to 10, a doctor said.")).toMatchObject([
      { q: "10", outcome: "killed", cumulative: true, trigger: "number of victims has risen to" },
    ]);
  });

  it("counts what the total before counted", () => {
    const text = "Gunmen seized 30 farm workers on Monday. By Friday the number of victims had grown to 41.";
    const claims = extract({ id: "t", text, published: "2025-03-10" }).claims;
    expect(claims.map((c) => [c.quantity.value, c.outcome, c.scope])).toEqual([
      [30, "abducted", "single"],
      [41, "abducted", "cumulative"],
    ]);
  });

  it("is no toll for a noun of people not harmed", () => {
    expect(counts("The number of marchers has risen to 400.")).toEqual([]);
  });
});

describe("a copular toll of those harmed", () => {
  it("reads a source's toll revised by a comparative ('put the number of injured higher, at six')", () => {
    expect(counts("The governor put the number of injured higher, at six.")).toMatchObject([
      { q: "six", outcome: "injured", trigger: "number of injured higher, at" },
    ]);
    expect(counts("A doctor put the toll lower, at 9.")).toMatchObject([{ q: "9", outcome: "killed" }]);
  });

  it("reads 'the number of those killed … is N' as the toll, 'those' standing for the people", () => {
    expect(counts("The number of those killed in the shelling is eleven, a nurse said.")).toMatchObject([
      { q: "eleven", outcome: "killed", trigger: "number of those killed in the shelling is" },
    ]);
    expect(counts("The number of those wounded was 23.")).toMatchObject([{ value: 23, outcome: "injured" }]);
  });
});

describe("a toll given by a copula after a long subject", () => {
  it.each([
    ["The number of people killed in the weekend raids on the two hill villages is now 40.", "40", "killed"],
    [
      "The toll from the two car bombs outside the crowded bus station in the old town was 31.",
      "31",
      "killed",
    ],
    [
      "The number of those wounded in the clashes between herders and farmers last week was 18.",
      "18",
      "injured",
    ],
  ])("%s", (text, q, outcome) => {
    expect(counts(text)).toMatchObject([{ q, outcome, cumulative: true }]);
  });

  it("reads no toll for a number of things or of people not harmed", () => {
    expect(counts("The number of attacks on aid convoys in the province this year was 12.")).toEqual([]);
    expect(
      counts("The number of people at the rally in the capital on Saturday afternoon was 4,000."),
    ).toEqual([]);
  });

  it("reads a copula after the dead as a part, not a toll", () => {
    const parts = counts("In total 30 people were killed in the raid, and among the dead were 4 medics.");
    expect(parts).toMatchObject([
      { q: "30", cumulative: false },
      { q: "4", outcome: "killed", cumulative: false },
    ]);
  });
});

describe("an ordinal standing for a running total", () => {
  it("counts the total so far ('a sixth fighter had died': six)", () => {
    expect(counts("By evening a sixth fighter had died of his wounds.")).toMatchObject([
      { q: "a sixth", value: 6, outcome: "killed", group: "militants", cumulative: true },
    ]);
    expect(counts("A third villager died in hospital on Sunday.")).toMatchObject([
      { q: "A third", value: 3, outcome: "killed", cumulative: true },
    ]);
  });

  it("counts one where a figure before it had another outcome", () => {
    expect(counts("Two guards were wounded and a third was killed.")).toMatchObject([
      { q: "Two", outcome: "injured" },
      { q: "a third", value: 1, outcome: "killed", cumulative: false },
    ]);
    const text = "Two guards were wounded in the blast. A third guard died on the way to hospital.";
    const claims = extract({ id: "t", text, published: "2025-03-10" }).claims;
    expect(claims.map((c) => [c.quantity.value, c.outcome])).toEqual([
      [2, "injured"],
      [1, "killed"],
    ]);
    const text2 = "A gunman shot dead two guards and wounded three others. Later he wounded a sixth man.";
    const values = extract({ id: "t", text: text2, published: "2025-03-10" }).claims.map(
      (c) => c.quantity.value,
    );
    expect(values).not.toContain(6);
  });

  it("is no count where it modifies a noun of its own ('a third year student')", () => {
    expect(counts("Police said a second year student was killed in the stampede.")).toMatchObject([
      { value: 1, outcome: "killed", cumulative: false },
    ]);
  });

  it("keeps its spans: the evidence and the quantity slice back", () => {
    const text = "Medics said a fifth protester had died overnight.";
    const [claim] = extract({ id: "t", text, published: "2025-03-10" }).claims;
    expect(claim).toMatchObject({ quantity: { value: 5, text: "a fifth" }, scope: "cumulative" });
    for (const e of claim!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe("a copular toll whose people take a relative clause", () => {
  it.each([
    ["The number of those who died in the ferry fire is 14, the coastguard said.", "killed", 14, "people"],
    ["The number of guards who were wounded at the depot was 6.", "injured", 6, "security_forces"],
  ])("reads the figure after 'is' or 'was' (%s)", (text, outcome, value, group) => {
    const [c] = extract({ id: "t", text, published: "2025-03-10" }).claims;
    expect(c).toMatchObject({ outcome, group, quantity: { value }, scope: "cumulative" });
    expect(text.slice(c!.evidence[0]!.start, c!.evidence[0]!.end)).toBe(c!.evidence[0]!.text);
    expect(c!.evidence[0]!.text).toMatch(/^number of .* (is|was) \d+$/);
  });

  it("stays unread where the clause tells no outcome", () => {
    const text = "The number of those who attended the vigil was 300.";
    expect(extract({ id: "t", text, published: "2025-03-10" }).claims.map((c) => c.outcome)).not.toContain(
      "killed",
    );
  });
});
