// The clustering's ceilings (issue 11 §3): a trial score's `top` is never below the score, and
// its `score()` is `scoreLink`'s number, so incidents skipped for their ceiling could not have
// changed the grouping. The reports are written here (short, of the shape of wire summaries).
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ArticleId, StoredArticle } from "../store/store.js";
import { clusterBlock } from "./cluster.js";
import { incidentDates } from "./event-time.js";
import { articleFeatures, type ArticleFeatures } from "./features.js";
import { ceilingOf, linkProfile, scoreLink, similarity, trialScore } from "./link-score.js";

const TOWNS = ["Quetta", "Peshawar", "Bannu", "Kohat", "Turbat", "Gwadar", "Zhob"];
const DEEDS = [
  "a roadside bomb struck a police vehicle",
  "gunmen attacked a checkpoint",
  "a suicide bomber blew himself up near a market",
  "militants ambushed a convoy",
  "armed men kidnapped two engineers",
];

function report(i: number): ArticleFeatures {
  const town = TOWNS[(i * 5) % TOWNS.length]!;
  const day = `2025-02-${String(1 + ((i * 11) % 20)).padStart(2, "0")}`;
  const text =
    `${town.toUpperCase()}, Pakistan — ${DEEDS[(i * 3) % DEEDS.length]} in ${town} on ${day}, ` +
    `killing ${2 + (i % 7)} people, officials said. The Tehreek-e-Taliban Pakistan ` +
    `${i % 2 ? "claimed" : "denied"} the attack, the ${i % 3 ? "Dawn" : "Express"} correspondent reported.`;
  const article: StoredArticle = {
    id: `r${i}` as ArticleId,
    text,
    published: day,
    hash: createHash("sha256").update(text).digest("hex"),
    version: 1,
    ingestedAt: "2025-03-01T00:00:00.000Z",
    source: null,
  };
  return articleFeatures(article, []);
}

const REPORTS = Array.from({ length: 24 }, (_, i) => report(i));

describe("the clustering's ceilings", () => {
  it("never put a trial score's top below its score, and score it as scoreLink does", () => {
    const sim = similarity(REPORTS);
    fc.assert(
      fc.property(
        fc.nat(REPORTS.length - 1),
        fc.uniqueArray(fc.nat(REPORTS.length - 1), { minLength: 1, maxLength: 8 }),
        (i, group) => {
          const f = REPORTS[i]!;
          const members = group.map((j) => REPORTS[j]!);
          const profile = linkProfile(members, incidentDates(members.map((m) => m.time)));
          const trial = trialScore(f, profile, sim, ceilingOf(members.map((m) => sim.vectors(m))));
          const exact = scoreLink(f, profile, sim, false).score;
          expect(trial.score()).toBe(exact);
          expect(trial.top).toBeGreaterThanOrEqual(exact);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives a ceiling as high as a member's own cosine with itself", () => {
    const sim = similarity(REPORTS);
    const [a, b] = [REPORTS[0]!, REPORTS[7]!];
    const profile = linkProfile([a, b], incidentDates([a.time, b.time]));
    const ceiling = ceilingOf([sim.vectors(a), sim.vectors(b)]);
    // a scored against its own incident: the text and names cosines are 1 with a itself.
    const trial = trialScore(a, profile, sim, ceiling);
    expect(trial.score()).toBe(scoreLink(a, profile, sim, false).score);
    expect(trial.top).toBeGreaterThanOrEqual(trial.score());
  });

  it("groups the same reports the same in any order", () => {
    const group = (order: readonly ArticleFeatures[]) =>
      clusterBlock([], order, similarity(order))
        .map((c) => c.members.map((m) => m.id).join(" "))
        .sort();
    const once = group(REPORTS);
    expect(once.length).toBeGreaterThan(1);
    expect(once.length).toBeLessThan(REPORTS.length);
    expect(group([...REPORTS].reverse())).toEqual(once);
  });
});
