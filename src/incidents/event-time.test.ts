import { describe, expect, it } from "vitest";
import { claim } from "../core/tally/test-helpers.js";
import { eventTime, FAR, incidentDates, resolveWeekday, scoreTime } from "./event-time.js";

const at = (text: string, date: string | null) => ({
  text,
  start: 0,
  end: text.length,
  date,
  precision: "day" as const,
});

describe("eventTime", () => {
  it("takes the days claims give within the week before publication, leaving other incidents out", () => {
    const t = eventTime("2025-06-04", [
      claim({ date: "2025-06-02" }),
      claim({ date: "2025-05-01" }),
      claim({ date: "2025-06-01", otherIncident: true }),
    ]);
    expect(t.claimDates).toEqual(["2025-06-02"]);
    expect(t.weekdays).toEqual([]);
  });

  it("does not date the event by when a figure was said", () => {
    const text =
      "Seven worshippers were killed at a mosque early on Tuesday, police said on Wednesday. " +
      "Two more died, a doctor told reporters on Thursday. The toll is nine, officials said Thursday.";
    const when = (words: string, date: string) => {
      const start = text.indexOf(words);
      return { text: words, start, end: start + words.length, date, precision: "day" as const };
    };
    const t = eventTime(
      "2026-06-04",
      [
        claim({ time: when("early on Tuesday", "2026-06-02") }),
        claim({ time: when("on Wednesday", "2026-06-03") }),
        claim({ time: when("on Thursday", "2026-06-04") }),
        claim({ time: when("Thursday.", "2026-06-04") }),
      ],
      text,
    );
    expect(t.claimDates).toEqual(["2026-06-02"]);
    // Only when it was said: the report gives no day of the event (its publication bounds it).
    const said = eventTime("2026-06-04", [claim({ time: when("on Wednesday", "2026-06-03") })], text);
    expect(said.claimDates).toEqual([]);
    expect(incidentDates([said])).toMatchObject({ start: "2026-06-04", datePrec: 2 });
  });

  it("does not date the event by a week named as a period, nor by the day of a statement", () => {
    const text =
      "The group said on Saturday it had carried out this week's raid, killing 20. " +
      "It claimed the attack in a statement on Sunday, saying 25 were killed. " +
      "Nine died in the raid at the weekend.";
    const when = (words: string, date: string, precision: "day" | "week") => {
      const start = text.indexOf(words);
      return { text: words, start, end: start + words.length, date, precision };
    };
    const t = eventTime(
      "2026-03-16",
      [
        claim({ time: when("this week", "2026-03-15", "week") }),
        claim({ time: when("on Sunday", "2026-03-15", "day") }),
        claim({ time: when("at the weekend", "2026-03-14", "week") }),
      ],
      text,
    );
    // "this week" is a period; "in a statement on Sunday" dates the saying; a weekend keeps its day.
    expect(t.claimDates).toEqual(["2026-03-14"]);
  });

  it("dates the event by the day its text names it by when no claim gives one", () => {
    const text =
      "Gunmen killed 12 people at a party, officials said Sunday. The attack late Saturday was the third.";
    const start = text.indexOf("Sunday");
    const said = { text: "Sunday", start, end: start + 6, date: "2026-06-21", precision: "day" as const };
    // Published Monday: "the attack late Saturday" is the Saturday before.
    expect(eventTime("2026-06-22", [claim({ time: said })], text).claimDates).toEqual(["2026-06-20"]);
  });

  it("keeps the weekdays an undated report's claims name", () => {
    const t = eventTime(null, [
      claim({ time: at("on Tuesday evening", null) }),
      claim({ time: at("Friday", null) }),
    ]);
    expect(t).toEqual({
      published: null,
      claimDates: [],
      weekdays: [2, 5],
      recalls: [],
      eventDays: [],
      stamp: null,
    });
  });

  it("takes an undated report's weekdays from its event nouns too, where its claims name none", () => {
    // Sentences written for this test: the figure is in a sentence of its own, with no day.
    const text = "Traders counted their losses after Saturday's bombing. Officials said 12 people had died.";
    expect(eventTime(null, [claim({ time: null })], text).weekdays).toEqual([6]);
    expect(eventTime(null, [], "Mourners gathered after the raid on Tuesday night.").weekdays).toEqual([2]);
    // A dated report's event days are days, not weekdays.
    expect(eventTime("2026-05-18", [], text).weekdays).toEqual([]);
  });
});

describe("scoreTime", () => {
  const incident = { start: "2025-06-02", end: "2025-06-03" };
  it("scores a claimed day inside the incident +1 and one days off −1.5", () => {
    expect(scoreTime(eventTime("2025-06-03", [claim({ date: "2025-06-02" })]), false, incident).score).toBe(
      1,
    );
    expect(scoreTime(eventTime("2025-06-09", [claim({ date: "2025-06-08" })]), false, incident).score).toBe(
      -1.5,
    );
  });

  it("keeps a claimed day weeks away another event, unless the text names the incident's days", () => {
    const weeks = (text: string, followUp = false) =>
      scoreTime(eventTime("2025-06-23", [claim({ date: "2025-06-23" })], text), followUp, incident);
    const other = weeks("A roadside bomb killed two policemen in Bannu on Monday.");
    expect(other.score).toBe(FAR);
    expect(other.reason).toMatch(/20 days from 2025-06-02\.\.2025-06-03, more than 7/);
    // Follow-up words alone do not tie a report three weeks on to the incident.
    expect(weeks("The death toll rose to 12 on Monday.", true).score).toBe(FAR);
    const named = weeks("Police arrested two suspects over the June 2 bombing on Monday.");
    expect(named.score).toBe(1);
    expect(named.reason).toMatch(/names 2025-06-02/);
    expect(weeks("Police arrested two suspects over last month's bombing.").score).toBe(FAR);
    const lastMonth = scoreTime(
      eventTime(
        "2025-07-04",
        [claim({ date: "2025-07-04" })],
        "Police arrested two over last month's bombing.",
      ),
      false,
      incident,
    );
    expect(lastMonth.score).toBe(1);
    // A week or less away: as before.
    expect(scoreTime(eventTime("2025-06-09", [claim({ date: "2025-06-08" })]), false, incident).score).toBe(
      -1.5,
    );
  });

  it("fits a report whose claims give a later day when its text names the incident's day (a toll that rose)", () => {
    // 2025-06-02 is a Monday; the toll is dated Thursday, the attack named by its weekday.
    const rose = (text: string) =>
      scoreTime(eventTime("2025-06-05", [claim({ date: "2025-06-05" })], text), true, incident);
    const named = rose("The toll rose to 27 on Thursday. The raid late on Monday was the third this year.");
    expect(named.score).toBe(1);
    expect(named.reason).toMatch(/names its event's day 2025-06-02/);
    expect(rose("The toll rose to 27 on Thursday.").score).toBeLessThan(1);
  });

  it("reads a publication day as a bound: a late report without a day of its own fits less the later it is", () => {
    const late = scoreTime(eventTime("2025-06-10", []), false, incident);
    expect(late.score).toBeCloseTo(1 - 7 / 14);
    expect(late.reason).toMatch(/published 2025-06-10/);
    expect(scoreTime(eventTime("2025-05-25", []), false, incident).score).toBe(-1.5);
  });

  it("fits an undated report to an incident on the weekday it names", () => {
    const tuesday = eventTime(null, [claim({ time: at("on Tuesday", null) })]);
    expect(scoreTime(tuesday, false, incident).score).toBe(1); // 2025-06-03 is a Tuesday
    expect(resolveWeekday(tuesday, incident.start, incident.end)).toBe("2025-06-03");
    const friday = eventTime(null, [claim({ time: at("on Friday", null) })]);
    expect(scoreTime(friday, false, incident).score).toBe(-0.5);
  });
});

describe("incidentDates", () => {
  it("starts on the earliest day two reports agree on, so one report's earlier event does not move it", () => {
    const dates = incidentDates([
      eventTime("2025-06-03", [claim({ date: "2025-06-02" })]),
      eventTime("2025-06-04", [claim({ date: "2025-06-02" }), claim({ date: "2025-06-03" })]),
      eventTime("2025-06-05", [claim({ date: "2025-05-30" }), claim({ date: "2025-06-03" })]),
    ]);
    expect(dates).toEqual({ start: "2025-06-02", end: "2025-06-03", datePrec: 1 });
  });

  it("falls back to the earliest publication day when no claim gives a day", () => {
    expect(incidentDates([eventTime("2025-06-05", []), eventTime("2025-06-04", [])])).toEqual({
      start: "2025-06-04",
      end: "2025-06-04",
      datePrec: 2,
    });
  });
});
