// Tolls of a past period in report-style sentences written for this project: a figure dated by a
// year before the article's, alone, with its month or as "last year", is background (another
// incident, out of the tally); this year's months, a past year that names the report's own subject
// ("the 2019 attack") and last month are not. Published 2025-03-12.
import { describe, expect, it } from "vitest";
import { otherIncidentRows } from "../../../test/support/extract-checked.js";

const read = (text: string) => otherIncidentRows(text, "2025-03-12");

describe("a past period's toll is background", () => {
  it.each([
    ["In 2023 the navy recorded 31 fishermen killed in the creeks.", "31 fishermen killed"],
    [
      "More than 400 inmates have been killed in riots since 2021, rights groups say.",
      "More than 400 inmates have been killed",
    ],
    [
      "The monitor says the army has killed more than 6,000 civilians since it took power in March 2021.",
      "killed more than 6,000 civilians",
    ],
    [
      "The ministry says 12,000 people have been killed since the fighting began in October 2023.",
      "12,000 people have been killed",
    ],
    [
      "More than 1,100 people were killed in bandit attacks across the state last year, according to the police.",
      "More than 1,100 people were killed",
    ],
    [
      "During 2022 gunmen abducted 312 travellers on the highway, a transport union said.",
      "abducted 312 travellers",
    ],
    // A "since" clause that ends with its date.
    [
      "The ministry says more than 200 people have been killed by air strikes since the truce of June 2024.",
      "more than 200 people have been killed",
    ],
  ])("%s", (text, evidence) => {
    expect(read(text)).toEqual([[evidence, true]]);
  });
});

describe("not a past period", () => {
  it.each([
    // A month of the article's own year: a monthly summary's own subject.
    ["In February gunmen killed 14 villagers in the district, the monitor said.", "killed 14 villagers"],
    [
      "Since January, 23 traders have been abducted on the road, the union said.",
      "23 traders have been abducted",
    ],
    // A past year named as the report's subject, not with a preposition.
    ["The court heard that the 2019 attack killed 23 travellers.", "killed 23 travellers"],
    // Last month, last week: near enough to be the report's own event.
    ["Gunmen killed 9 worshippers at a church last month, police said.", "killed 9 worshippers"],
    // This year.
    ["In 2025 gunmen have killed 14 fishermen in the creeks, the navy said.", "killed 14 fishermen"],
    // A "since" clause of this year's date.
    [
      "Nine traders have been abducted on the road since the truce of January 2025, the union said.",
      "Nine traders have been abducted",
    ],
  ])("%s", (text, evidence) => {
    expect(read(text)).toEqual([[evidence, false]]);
  });
});
