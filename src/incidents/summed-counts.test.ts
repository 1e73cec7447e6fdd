// An incident's type and actors are read from its reports' counts, summed (event-type.ts
// `sumTypeCounts`, actors.ts `sumActorCounts`), not from their joined text: the sum must say what
// the joined text says. Checked on the linking fixtures (reports written for the tests), each
// incident's reports together, and every two neighbouring reports of different incidents.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { actorsFromCounts, countActors, findActors, sumActorCounts } from "./actors.js";
import { countTypes, sumTypeCounts, typeEvent, typeFromCounts } from "./event-type.js";

const FILES = ["world-incidents", "world-incidents-hard", "world-incidents-hard-2", "world-incidents-hard-3"];
const reports = FILES.flatMap((f) =>
  readFileSync(join(__dirname, "../../test/fixtures/linking", `${f}.jsonl`), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { incident: string; text: string }),
);

const groups = (): string[][] => {
  const byIncident = new Map<string, string[]>();
  for (const r of reports) byIncident.set(r.incident, [...(byIncident.get(r.incident) ?? []), r.text]);
  const together = [...byIncident.values()].filter((g) => g.length > 1);
  const pairs = reports
    .slice(1)
    .flatMap((r, i) => (r.incident === reports[i]!.incident ? [] : [[reports[i]!.text, r.text]]));
  return [...together, ...pairs];
};

describe("an incident's summed counts", () => {
  it("type it as its reports' joined text does", () => {
    const all = groups();
    expect(all.length).toBeGreaterThan(40);
    for (const texts of all)
      expect(typeFromCounts(sumTypeCounts(texts.map(countTypes)))).toEqual(typeEvent(texts.join("\n\n")));
  });

  it("find the actors its reports' joined text names, in the same order, in any country", () => {
    for (const texts of groups())
      for (const country of [null, "Nigeria", "Pakistan", "Syria"])
        expect(actorsFromCounts(sumActorCounts(texts.map(countActors)), [], country)).toEqual(
          findActors(texts.join("\n\n"), [], country),
        );
  });

  it("give a group named first in one report and by a longer name in another its joined text's place", () => {
    const texts = [
      "Soldiers said the Islamic State claimed the raid on the camp.",
      "The Islamic State West Africa Province and Boko Haram fighters attacked the camp.",
    ];
    const summed = actorsFromCounts(sumActorCounts(texts.map(countActors)));
    expect(summed).toEqual(findActors(texts.join("\n\n")));
    // In the reports' order the movement would come first: the joined text reads the longest names first.
    const inReportOrder = texts.flatMap((t) =>
      findActors(t)
        .filter((a) => a.inter === 2)
        .map((a) => a.name),
    );
    expect(summed.filter((a) => a.inter === 2).map((a) => a.name)).not.toEqual([...new Set(inReportOrder)]);
  });
});
