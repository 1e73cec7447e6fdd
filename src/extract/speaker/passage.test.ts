import { describe, expect, it } from "vitest";
import { tokenize } from "../tokens.js";
import { narrativeVoice, reportedTense } from "./passage.js";

const tk = (s: string) => tokenize(s, { start: 0, end: s.length });

describe("narrativeVoice: sentences that cannot go on with a speaker's account", () => {
  it("reads background time frames and datelines as the outlet's", () => {
    for (const s of [
      "Last year, 27 soldiers were killed in the province.",
      "In 2019 a similar attack killed 12.",
      "Since 2021, 90 people have died there.",
      "In January, 4 people were killed in Caloocan.",
      "Earlier this month, gunmen killed 5 farmers.",
      "KYIV (AFP) - Russian forces shelled a village.",
      "GOMA, Democratic Republic of Congo (AP) — The rebels said 40 died.",
    ])
      expect(narrativeVoice(tk(s)), s).toBe(true);
  });

  it("leaves the account's own sentences to the passage", () => {
    for (const s of [
      "Three were severely injured.",
      "In the attack, 4 people were killed.",
      "In January 12 people were killed.",
      "On Friday 3 more were found dead.",
      "UN officials said 9 died.",
    ])
      expect(narrativeVoice(tk(s)), s).toBe(false);
  });
});

describe("reportedTense: the backshifted tenses of indirect speech", () => {
  it("reads the past perfect and 'would'", () => {
    expect(reportedTense(tk("Seven traders had been killed."))).toBe(true);
    expect(reportedTense(tk("The attackers had seized 12 hostages."))).toBe(true);
    expect(reportedTense(tk("The bodies would be handed over to families."))).toBe(true);
  });

  it("does not read the simple past, or 'had' as a full verb", () => {
    expect(reportedTense(tk("Seven traders were killed."))).toBe(false);
    expect(reportedTense(tk("The village had 300 residents."))).toBe(false);
  });
});
