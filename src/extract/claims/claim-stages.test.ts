// Tests of the claim stages added after the first round: summaries of a voice's figures, totals
// over related incidents, and background deaths. Run through `extract` on articles written here.
import { describe, expect, it } from "vitest";
import { relatedIncidents, sharedAcross } from "./shared-totals.js";
import { extractChecked } from "../../../test/support/extract-checked.js";

const claims = (text: string, published = "2025-03-12") => extractChecked(text, published);

describe("markSummaries", () => {
  const text =
    "The Kestrel Front said it had killed 45 captives. " +
    '"We executed 30 captive guards at dawn," the group said. ' +
    '"Another 15 captives were executed later," it added.';

  it("marks a figure that is the sum of the same voice's others as cumulative", () => {
    const r = claims(text);
    const all = r.claims.filter((c) => c.outcome === "killed" && c.group === "hostages");
    expect(all.map((c) => [c.quantity.value, c.scope])).toEqual([
      [45, "cumulative"],
      [30, "single"],
      [15, "increment"],
    ]);
  });

  it("keeps the summary from being added to its parts in the tally", () => {
    const row = claims(text).tally.find((t) => t.outcome === "killed" && t.group === "hostages")!;
    expect(row.best).toBe(45);
  });

  it("marks one summary per voice: a part that equals the sum of the other parts stays single", () => {
    // The week's 14 is the sum of 2 + 4 + 1 + 7; once it is the summary, the 7 (= 2 + 4 + 1) is a part.
    const r = claims(
      "This week 14 civilians were killed in the region. On Monday gunmen killed 2 civilians in Tarsa. " +
        "On Tuesday 4 civilians were killed in Olen. On Wednesday 1 civilian was killed in Benu. " +
        "On Friday 7 civilians were killed in Kadra.",
    );
    expect(r.claims.map((c) => [c.quantity.value, c.scope])).toEqual([
      [14, "cumulative"],
      [2, "single"],
      [4, "single"],
      [1, "single"],
      [7, "single"],
    ]);
  });

  it("leaves figures alone that sum to nothing", () => {
    const r = claims(
      "Gunmen killed 4 soldiers in Tarsa. Gunmen killed 3 soldiers in Olen. Gunmen killed 9 soldiers in Benu.",
    );
    expect(r.claims.map((c) => c.scope)).toEqual(["single", "single", "single"]);
  });
});

describe("shared totals", () => {
  it("reads how many related incidents an event is one of", () => {
    expect(relatedIncidents("This was one of three related attacks in the district on that day.")).toBe(3);
    expect(relatedIncidents("This was one of two coordinated suicide bombings.")).toBe(2);
    expect(relatedIncidents("One of the attackers escaped.")).toBeNull();
  });

  it("spreads a figure stated across the incidents", () => {
    expect(sharedAcross("At least 20 assailants were killed across the three attacks.", null)).toBe(3);
    expect(sharedAcross("Four people were injured across both blasts.", null)).toBe(2);
    expect(sharedAcross("Nine were killed across two of the events.", 4)).toBe(2);
    expect(sharedAcross("Five assailants were killed across the attacks.", 3)).toBe(3);
    expect(sharedAcross("Five assailants were killed in the attack.", 3)).toBeNull();
  });

  it("asks for the article's count before reading 'in both attacks' as a spread", () => {
    expect(sharedAcross("At least 86 people were killed in 2 suicide attacks.", null)).toBeNull();
    expect(sharedAcross("Six people were killed in both attacks.", 2)).toBe(2);
  });

  it("reads 'in the ensuing clashes' as the article's related incidents, only where it counts them", () => {
    expect(sharedAcross("At least 13 gunmen were killed in the ensuing clashes.", 4)).toBe(4);
    expect(sharedAcross("Nine fighters died during the raids.", 3)).toBe(3);
    expect(sharedAcross("At least 13 gunmen were killed in the ensuing clashes.", null)).toBeNull();
    expect(sharedAcross("Two police officers were killed in the ensuing clash.", 4)).toBeNull();
  });

  it("gives each related incident its share of a total in the ensuing clashes", () => {
    const r = claims(
      "Gunmen attacked a border post in Kessa district. This was one of four related attacks in the province on that day. " +
        "At least 13 gunmen were killed and 25 others were injured in the ensuing clashes.",
      "2017-04-19",
    );
    expect(r.claims.map((c) => [c.outcome, c.quantity.value, c.acrossIncidents])).toEqual([
      ["killed", 13, 4],
      ["injured", 25, 4],
    ]);
    expect(r.datasets.gtd).toMatchObject({ nkill: 3, nkillter: 3, nwound: 6 });
  });

  it("gives datasets each incident's share, rounded, and keeps the claim whole", () => {
    const r = claims(
      "03/05/2016: Assailants attacked a checkpoint in Darel. This was one of two related attacks in the area. " +
        "At least nine people were killed across both attacks.",
    );
    const c = r.claims.find((x) => x.outcome === "killed")!;
    expect(c.quantity.value).toBe(9);
    expect(c.acrossIncidents).toBe(2);
    expect(r.datasets.gtd.nkill).toBe(5);
  });
});

describe("background deaths", () => {
  it("marks the killing a protest is about as another incident, out of the tally", () => {
    const r = claims("Students protested the killing of two classmates by police in Marisa last week.");
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]!.otherIncident).toBe(true);
    expect(r.datasets.acled.fatalities).toBe(0);
  });

  it("does not reach a figure in another clause", () => {
    const r = claims("In retaliation for a raid the day before, herders killed 2 men near the well.");
    expect(r.claims.map((c) => [c.quantity.value, c.otherIncident])).toEqual([[2, false]]);
  });
  it("marks the killing a retaliatory attack follows, and keeps the attack's own toll", () => {
    const r = claims(
      "Four herders were killed in Lokori in an attack believed to be retaliatory following the killing of a trader on Friday.",
    );
    expect(r.claims.map((c) => [c.quantity.value, c.otherIncident])).toEqual([
      [4, false],
      [1, true],
    ]);
    expect(r.datasets.acled.fatalities).toBe(4);
  });

  it("marks the toll of an earlier attack named before the figure", () => {
    const r = claims(
      "Youths rioted in Bor in response to an earlier attack by cattle raiders (mostly from Pibor), which killed 14 villagers. " +
        "Two rioters were shot dead by police.",
    );
    expect(r.claims.map((c) => [c.quantity.value, c.otherIncident])).toEqual([
      [14, true],
      [2, false],
    ]);
    expect(r.datasets.gtd.nkill).toBe(2);
  });

  it("keeps an attack's toll where 'earlier' marks no attack", () => {
    const r = claims("Earlier on Sunday, gunmen killed 9 worshippers at a church in Owo, police said.");
    expect(r.claims.map((c) => [c.quantity.value, c.otherIncident])).toEqual([[9, false]]);
  });

  it("marks deaths placed elsewhere or in a separate incident", () => {
    const r = claims(
      "A teacher was shot dead in Kaduna town. It is not clear whether the attack is linked to the killing of three farmers the same day elsewhere in the state. " +
        "In a separate incident, bandits killed 5 traders near Birnin Gwari.",
    );
    const killed = r.claims.filter((c) => c.outcome === "killed");
    expect(killed.map((c) => [c.quantity.value, c.otherIncident])).toEqual([
      [1, false],
      [3, true],
      [5, true],
    ]);
    expect(r.datasets.acled.fatalities).toBe(1);
  });

  it("marks a past year's toll as background, and keeps this year's and a named past attack", () => {
    const r = claims(
      "Gunmen killed 6 fishermen off Brass on Sunday, the navy said. In 2024 the navy recorded 31 fishermen killed in the creeks. " +
        "Over 200 people have been killed in the creeks since 2019, a monitor said.",
      "2025-03-12",
    );
    expect(r.claims.map((c) => [c.quantity.value, c.otherIncident])).toEqual([
      [6, false],
      [31, true],
      [200, true],
    ]);
    expect(r.datasets.acled.fatalities).toBe(6);
    // This year's count, and a past attack that is the report's subject ("the 2019 attack"), stay.
    const now = claims("In 2025 gunmen have killed 14 fishermen in the creeks, the navy said.", "2025-03-12");
    expect(now.claims.map((c) => c.otherIncident)).toEqual([false]);
    const trial = claims("The court heard that the 2019 attack killed 23 travellers.", "2025-03-12");
    expect(trial.claims.map((c) => c.otherIncident)).toEqual([false]);
    // A year the sentence before gave to something else dates no figure of this one as past.
    const tomb = claims(
      "A bomb went off at the tomb of a governor who was shot dead by rebels in 1911. One guard was injured.",
      "2025-03-12",
    );
    expect(tomb.claims.filter((c) => c.outcome === "injured").map((c) => c.otherIncident)).toEqual([false]);
  });

  it("keeps deaths that happened apart but belong to the report ('killed separately')", () => {
    const r = claims(
      "Three village elders were shot dead in Kwale on Sunday. The three were killed separately, in their homes.",
    );
    expect(r.datasets.acled.fatalities).toBe(3);
  });
});

describe("definite plurals that refer back", () => {
  it("counts no one again for 'The wounded were evacuated', and keeps 'The hostages were executed'", () => {
    const text =
      "More than 20 people were wounded and 14 passengers were taken hostage. " +
      "The wounded were evacuated to the district hospital. The hostages were executed on Friday.";
    const r = claims(text);
    expect(
      r.claims.map((c) => [c.outcome, c.quantity.hedge, c.quantity.value, c.evidence[0]!.start]),
    ).toEqual([
      ["injured", "more_than", 20, 0],
      ["abducted", "exact", 14, 37],
      ["killed", "exact", 14, 124],
    ]);
    expect(r.datasets.gtd.nwound).toBe(20);
  });

  it("keeps the hedge and range of the figure referred to", () => {
    const text =
      "Gunmen stopped a bus carrying more than 40 passengers near Kalewa. " +
      "The passengers were taken hostage and driven into the hills.";
    const taken = claims(text).claims.find((c) => c.outcome === "abducted")!;
    expect(taken.quantity).toMatchObject({ value: 40, min: 41, max: null, hedge: "more_than" });
    expect(text.slice(taken.evidence[0]!.start, taken.evidence[0]!.end)).toBe(
      "The passengers were taken hostage",
    );
  });

  it("adds the captives of several abductions, keeping a hedge they share", () => {
    const text =
      "Gunmen abducted at least 12 villagers on Monday. On Tuesday they abducted at least 5 farmers. " +
      "The hostages were killed on Friday.";
    const killed = claims(text).claims.find((c) => c.outcome === "killed")!;
    expect(killed.quantity).toMatchObject({ value: 17, min: 17, max: null, hedge: "at_least" });
  });
});

describe("a figure under a negated inference", () => {
  it("is no claim when nobody gave it: a hypothesis drawn from other evidence", () => {
    const text =
      "A photographer saw about 150 empty coffins at the station. " +
      "Security officials said that does not imply that 150 people were killed.";
    expect(claims(text).claims.filter((c) => c.outcome === "killed")).toEqual([]);
  });

  it("is the denial of the same figure when someone gave it before", () => {
    const text =
      "The group said it had executed four captives. " +
      '"That statement does not imply that four of our workers were killed," the minister said.';
    const killed = claims(text).claims.filter((c) => c.outcome === "killed");
    expect(killed.map((c) => [c.quantity.value, c.modality])).toEqual([
      [4, "asserted"],
      [4, "denied"],
    ]);
  });

  it("keeps a rebuttal by a verb of denial a denied claim", () => {
    const r = claims("Officials rejected the claim that 60 were killed.");
    expect(r.claims.map((c) => [c.quantity.value, c.modality])).toEqual([[60, "denied"]]);
  });
});

describe("attackers who kill themselves", () => {
  it("counts whoever blew himself up with the militants, whatever the noun", () => {
    const r = claims(
      "A man blew himself up near the consulate in Jeddah. Two women blew themselves up at a checkpoint in Konduga, killing three vigilantes.",
    );
    expect(r.claims.map((c) => [c.evidence[0]!.text, c.group])).toEqual([
      ["A man blew himself up", "militants"],
      ["Two women blew themselves up", "militants"],
      ["killing three vigilantes", "civilians"],
    ]);
    expect(r.datasets.gtd).toMatchObject({ nkill: 6, nkillter: 3 });
  });
});
