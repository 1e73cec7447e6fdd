// Report-style sentences of many conflicts and outlets, written for this project
// (test/fixtures/world-phrasings.json): group nouns by their meaning (role nouns, forces named in a
// region's words, care and aid workers, nationals) and outcome phrasings (split verbs such as
// "burned 20 villagers alive", "regained their freedom", bodies, tolls, "left N dead"). Each
// sentence must yield exactly its listed claims, each with its first span slicing back to its text.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Group, Outcome } from "../src/core/model.js";
import { extract } from "../src/extract/pipeline.js";

type Expected = [Outcome, Group, number | null, string];

interface Region {
  region: string;
  reports: Array<{ text: string; claims: Expected[] }>;
}

const FIXTURE = new URL("./fixtures/world-phrasings.json", import.meta.url);
const { regions } = JSON.parse(readFileSync(FIXTURE, "utf8")) as { regions: Region[] };

describe("report-style sentences of many conflicts", () => {
  for (const { region, reports } of regions)
    describe(region, () => {
      for (const { text, claims } of reports)
        it(text, () => {
          const got = extract({ id: "t", text, published: "2025-03-10" }).claims;
          const read = got.map((c): Expected => {
            const e = c.evidence[0]!;
            expect(text.slice(e.start, e.end)).toBe(e.text);
            return [c.outcome, c.group, c.quantity.value, e.text];
          });
          expect(read).toEqual(claims);
        });
    });

  it("covers at least 100 sentences", () => {
    expect(regions.flatMap((r) => r.reports).length).toBeGreaterThanOrEqual(100);
  });
});
