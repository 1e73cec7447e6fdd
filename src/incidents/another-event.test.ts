import { describe, expect, it } from "vitest";
import type { Claim } from "../core/model.js";
import { claim, q } from "../core/tally/test-helpers.js";
import type { ArticleId, StoredArticle } from "../store/store.js";
import { fragmentsAnother, OTHER_DAY_SUMMARY, SERIES } from "./another-event.js";
import { clusterBlock } from "./cluster.js";
import { incidentDates } from "./event-time.js";
import { eventWindow } from "./recalled-days.js";
import { articleFeatures } from "./features.js";
import { linkProfile, scoreLink, similarity, THRESHOLD } from "./link-score.js";

// Reports written for these tests: a market bombing in a city on Monday, its toll revised the
// next day, and a mosque bombing in the same city on Tuesday; then two shootings of one town on
// consecutive days that name no target, the second with fewer dead.
const report = (id: string, text: string, published: string): StoredArticle => ({
  id: id as ArticleId,
  text,
  published,
  outlet: null,
  hash: id,
  version: 1,
  ingestedAt: "2026-12-01T00:00:00.000Z",
  source: null,
});
const killed = (n: number, date: string, over: Partial<Claim> = {}) =>
  claim({ outcome: "killed", quantity: q.exact(n), date, ...over });

const market = articleFeatures(
  report(
    "market",
    "KANO, Nigeria — Two bombers blew themselves up in the crowded Kurmi market in Kano on Monday, killing 14 traders, police said. Boko Haram was blamed.",
    "2026-04-06",
  ),
  [killed(14, "2026-04-06")],
);
const revised = articleFeatures(
  report(
    "revised",
    "The toll from Monday's twin bombing of the Kurmi market in Kano rose to 19 on Tuesday, police said.",
    "2026-04-07",
  ),
  [killed(19, "2026-04-07")],
);
const mosque = articleFeatures(
  report(
    "mosque",
    "KANO — A bomber struck a mosque in Kano during evening prayers on Tuesday, killing six worshippers, police said. Boko Haram has attacked the city before.",
    "2026-04-07",
  ),
  [killed(6, "2026-04-07")],
);
const score = (f: typeof market, ...members: (typeof market)[]) =>
  scoreLink(f, linkProfile(members, incidentDates(members.map((m) => m.time))), similarity([f, ...members]));

describe("another event in the same place on the next day", () => {
  it("is told by its own day with another kind of target, in either direction", () => {
    const s = score(mosque, market, revised);
    expect(s.reasons.join("; ")).toContain(
      "another event −3 (its day 2026-04-07 is not the incident's 2026-04-06; worship vs market",
    );
    expect(s.score).toBeLessThan(THRESHOLD);
    expect(score(market, mosque).score).toBeLessThan(THRESHOLD);
  });

  it("leaves a follow-up that names the event's day and a toll that rose with it", () => {
    const s = score(revised, market);
    expect(s.reasons.join("; ")).not.toContain("another event");
    expect(s.score).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it("is told by its own day with a toll that fell, where no target is named", () => {
    const first = articleFeatures(
      report(
        "first",
        "ZARIA — Gunmen opened fire on residents of Zaria on Saturday evening, killing nine people.",
        "2026-03-14",
      ),
      [killed(9, "2026-03-14")],
    );
    const next = articleFeatures(
      report(
        "next",
        "ZARIA — Gunmen killed four people in Zaria on Sunday night, residents said.",
        "2026-03-15",
      ),
      [killed(4, "2026-03-15")],
    );
    const same = articleFeatures(
      report(
        "same",
        "ZARIA — Gunmen killed nine people in Zaria late on Saturday, residents said on Sunday.",
        "2026-03-15",
      ),
      [killed(9, "2026-03-15")],
    );
    expect(score(next, first).reasons.join("; ")).toContain("killed 4 vs 9");
    expect(score(first, next).reasons.join("; ")).toContain("killed 9 vs 4");
    // Its day past midnight, its toll the same: one event.
    expect(score(same, first).reasons.join("; ")).not.toContain("another event");
  });
});

describe("dated summaries", () => {
  // Entries written for this test, in the way an event dataset words a week's attacks in a town.
  const entry = (id: string, day: string, text: string) =>
    articleFeatures(report(id, `${day.slice(5, 7)}/${day.slice(8)}/${day.slice(0, 4)}: ${text}`, day), []);
  const monday = entry(
    "mon",
    "2026-05-04",
    "Gunmen shot and killed a police officer in Wukari, Taraba, Nigeria.",
  );
  const thursday = entry(
    "thu",
    "2026-05-07",
    "Gunmen shot and killed a police officer in Wukari, Taraba, Nigeria.",
  );
  const otherSite = entry(
    "site",
    "2026-05-04",
    "Gunmen shot and killed a farmer near Wukari, Taraba, Nigeria.",
  );

  it("are another event when stamped with a day none of the incident's entries has", () => {
    expect(monday.time.stamp).toBe("2026-05-04");
    const s = score(thursday, monday);
    expect(s.reasons.join("; ")).toContain(
      "another event −5 (a summary of 2026-05-07, the incident's of 2026-05-04)",
    );
    expect(s.score).toBeLessThan(THRESHOLD);
  });

  it("are another event a day apart, however alike their words", () => {
    // One template, the next day: place, type and every word shared (cosines of 1), the figure
    // another. At −3 the two linked.
    const tuesday = entry(
      "tue",
      "2026-05-05",
      "Gunmen shot and killed a police officer in Wukari, Taraba, Nigeria.",
    );
    const s = score(tuesday, monday);
    expect(s.reasons.join("; ")).toContain("another event −5 (a summary of 2026-05-05");
    expect(s.score).toBeLessThan(THRESHOLD);
  });

  it("stay two events where a report with no stamp of its own would bridge them", () => {
    // A wire report of Monday's shooting fits Monday's entry and, a day off, Tuesday's too.
    const tuesday = entry(
      "tue",
      "2026-05-05",
      "Gunmen shot and killed a police officer in Wukari, Taraba, Nigeria.",
    );
    const wire = articleFeatures(
      report(
        "wire",
        "WUKARI, Nigeria — Gunmen shot dead a police officer in Wukari on Monday evening, police in Taraba state said.",
        "2026-05-05",
      ),
      [killed(1, "2026-05-04")],
    );
    const groups = clusterBlock([], [monday, tuesday, wire], similarity([monday, tuesday, wire]));
    expect(groups.map((g) => g.members.map((m) => m.id).sort())).toEqual([["mon", "wire"], ["tue"]]);
    const stamps = (...fs: (typeof monday)[]) => ({
      stamps: new Set(fs.flatMap((f) => (f.time.stamp ? [f.time.stamp] : []))),
      series: false,
    });
    expect(fragmentsAnother(wire, stamps(monday, wire), stamps(tuesday))).toEqual([
      { weight: OTHER_DAY_SUMMARY, reason: "summaries of 2026-05-04 and of 2026-05-05" },
    ]);
    // A stamped bridge weighs its own day in its score; fragments of one day are not told apart.
    expect(fragmentsAnother(monday, stamps(monday), stamps(tuesday))).toEqual([]);
    expect(fragmentsAnother(wire, stamps(monday), stamps(otherSite))).toEqual([]);
  });

  it("leave entries of one day to the other reasons", () => {
    expect(score(otherSite, monday).reasons.join("; ")).not.toContain("another event");
    // A report that opens with no date is no summary.
    expect(revised.time.stamp).toBeNull();
  });
});

describe("a series' events", () => {
  // Reports written for this test: two school burnings of one town in one week, each report saying
  // its attack is one of two, and a report of the week's burnings that says neither.
  const news = (id: string, text: string, day: string) => articleFeatures(report(id, text, day), []);
  const primary = news(
    "primary",
    "KUMBA, Cameroon — Assailants burned a school in Kumba overnight, one of two arson attacks on schools in the town this week, officials said.",
    "2026-03-11",
  );
  const secondary = news(
    "secondary",
    "KUMBA, Cameroon — Assailants burned a school in Kumba overnight, one of two arson attacks on schools in the town this week, education officials said.",
    "2026-03-12",
  );
  const week = news(
    "week",
    "KUMBA, Cameroon — Schools in Kumba stayed shut after assailants burned a school in the town overnight, officials said.",
    "2026-03-12",
  );

  it("stay two events where a report that is no event of the series would bridge them", () => {
    expect([primary.series, secondary.series, week.series]).toEqual([2, 2, null]);
    const groups = clusterBlock([], [primary, secondary, week], similarity([primary, secondary, week]));
    expect(groups.some((g) => g.members.includes(primary) && g.members.includes(secondary))).toBe(false);
    const marks = (series: boolean) => ({ stamps: new Set<string>(), series });
    expect(fragmentsAnother(week, marks(true), marks(true)).map((s) => s.weight)).toEqual([SERIES]);
    expect(fragmentsAnother(primary, marks(true), marks(true))).toEqual([]);
    expect(fragmentsAnother(week, marks(true), marks(false))).toEqual([]);
  });
});

describe("an event dated by a window of days", () => {
  // Entries written for this test: one dated only by its month and a window of days, published
  // at the window's end; an entry of a day before the window; one of a day inside it.
  const windowed = articleFeatures(
    report(
      "windowed",
      "03/00/2026: Sometime between March 9, 2026 and March 13, 2026, assailants burned a school in Kumba, South-West, Cameroon. No one was hurt.",
      "2026-03-13",
    ),
    [],
  );
  const before = articleFeatures(
    report(
      "before",
      "03/06/2026: Assailants burned a council office in Kumba, South-West, Cameroon. No one was hurt.",
      "2026-03-06",
    ),
    [],
  );
  const inside = articleFeatures(
    report(
      "inside",
      "03/11/2026: Assailants burned a council office in Kumba, South-West, Cameroon. No one was hurt.",
      "2026-03-11",
    ),
    [],
  );

  it("reads the window from 'between <date> and <date>'", () => {
    expect(windowed.time.window).toEqual(["2026-03-09", "2026-03-13"]);
    expect(windowed.time.stamp).toBeNull();
    expect(eventWindow("Clashes between 9 March and 12 March 2026 killed 40.", "2026-03-14")).toEqual([
      "2026-03-09",
      "2026-03-12",
    ]);
    // Two dates a year apart are a period, not an event's window; words are no dates.
    expect(eventWindow("between May 1, 2024 and May 30, 2025", null)).toBeNull();
    expect(eventWindow("talks between the army and the rebels", "2026-03-14")).toBeNull();
  });

  it("is another event than an incident of none of its days, whichever is the incident", () => {
    const mine = score(windowed, before);
    expect(mine.reasons.join("; ")).toContain(
      "another event −5 (its event between 2026-03-09 and 2026-03-13",
    );
    expect(mine.score).toBeLessThan(THRESHOLD);
    const theirs = score(before, windowed);
    expect(theirs.reasons.join("; ")).toContain("another event −5 (its days 2026-03-06");
    expect(theirs.score).toBeLessThan(THRESHOLD);
    // A day inside the window is left to the other reasons.
    expect(score(windowed, inside).reasons.join("; ")).not.toContain("another event");
    expect(score(inside, windowed).reasons.join("; ")).not.toContain("another event");
  });
});
