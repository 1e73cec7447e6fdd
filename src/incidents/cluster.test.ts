// The clustering's ceilings (issue 11 §3): a trial score's `top` is never below the score, and
// its `score()` is `scoreLink`'s number, so incidents skipped for their ceiling could not have
// changed the grouping. The reports are written here (short, of the shape of wire summaries).
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ArticleId, StoredArticle } from "../store/store.js";
import { clusterBlock } from "./cluster.js";
import { incidentDates } from "./event-time.js";
import { articleFeatures, canonicalOrder, type ArticleFeatures } from "./features.js";
import { GrowingProfile } from "./growing-profile.js";
import { ceilingOf, linkProfile, scoreLink, similarity, trialScore } from "./link-score.js";

const TOWNS = ["Quetta", "Peshawar", "Bannu", "Kohat", "Turbat", "Gwadar", "Zhob"];
const DEEDS = [
  "a roadside bomb struck a police vehicle",
  "gunmen attacked a checkpoint",
  "a suicide bomber blew himself up near a market",
  "militants ambushed a convoy",
  "armed men kidnapped two engineers",
];

function features(id: string, text: string, published: string | null): ArticleFeatures {
  const article: StoredArticle = {
    id: id as ArticleId,
    text,
    published,
    hash: createHash("sha256").update(text).digest("hex"),
    version: 1,
    ingestedAt: "2025-03-01T00:00:00.000Z",
    source: null,
  };
  return articleFeatures(article, []);
}

function report(i: number): ArticleFeatures {
  const town = TOWNS[(i * 5) % TOWNS.length]!;
  const day = `2025-02-${String(1 + ((i * 11) % 20)).padStart(2, "0")}`;
  const text =
    `${town.toUpperCase()}, Pakistan — ${DEEDS[(i * 3) % DEEDS.length]} in ${town} on ${day}, ` +
    `killing ${2 + (i % 7)} people, officials said. The Tehreek-e-Taliban Pakistan ` +
    `${i % 2 ? "claimed" : "denied"} the attack, the ${i % 3 ? "Dawn" : "Express"} correspondent reported.`;
  return features(`r${i}`, text, day);
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

  it("holds for reports of any shape, and for a report weighed outside the block", () => {
    // Reports the fixed set above does not reach: no names at all (lower case), undated, in another
    // country, follow-ups, one of a series, the same text twice, a text of a few words.
    const odd = [
      "gunmen attacked a checkpoint and killed three people.",
      "a roadside bomb struck a police vehicle, killing two people, officials said.",
      "gunmen attacked a checkpoint and killed three people.",
      "KABUL, Afghanistan — A suicide bomber blew himself up near a mosque in Kabul, killing 9 people.",
      "A day after the attack in Quetta, the death toll rose to 11, officials said.",
      "This was one of three related attacks in Bannu on the same day, police said.",
      "Blast.",
      "MOGADISHU, Somalia — Al-Shabaab militants ambushed a convoy near Afgoye, the army said.",
    ].map((text, i) => {
      const f = report(100 + i);
      const hash = createHash("sha256").update(text).digest("hex");
      const published = i % 3 === 0 ? null : f.time.published;
      return articleFeatures(
        {
          id: `o${i}` as ArticleId,
          text,
          published,
          hash,
          version: 1,
          ingestedAt: "2025-03-01",
          source: null,
        },
        [],
      );
    });
    const pool = [...REPORTS.slice(0, 8), ...odd];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(pool.length - 1), { minLength: 1, maxLength: pool.length }),
        fc.nat(pool.length - 1),
        fc.uniqueArray(fc.nat(pool.length - 1), { minLength: 1, maxLength: 6 }),
        (inBlock, i, group) => {
          // The block's words weigh every vector; f and the members may lie outside it.
          const sim = similarity(inBlock.map((j) => pool[j]!));
          const f = pool[i]!;
          const members = group.map((j) => pool[j]!);
          const profile = linkProfile(members, incidentDates(members.map((m) => m.time)));
          const trial = trialScore(f, profile, sim, ceilingOf(members.map((m) => sim.vectors(m))));
          const exact = scoreLink(f, profile, sim, false).score;
          expect(trial.score()).toBe(exact);
          expect(trial.top).toBeGreaterThanOrEqual(exact);
        },
      ),
      { numRuns: 200 },
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

// Reports of many places for the profile: datelines, sites and places near, districts, features,
// provinces named alone, other countries, a place of the same name abroad, none; days given by an
// opening date, by publication only, or not at all.
const PLACES = [
  "QUETTA, Pakistan — a roadside bomb near Bannu killed three in Kachhi district of Balochistan",
  "a blast in the Bolan Pass near Sibi, Pakistan, killed two",
  "gunmen fired on a bus near Spin Boldak in Kandahar, Afghanistan",
  "Boko Haram fighters attacked Konduga, Borno State, Nigeria",
  "MAIDUGURI, Nigeria — a suicide bomber struck a market in Maiduguri",
  "a bomb exploded in Balochistan, officials said",
  "PESHAWAR — militants ambushed a convoy in Kohat, Khyber Pakhtunkhwa",
  "a grenade was thrown at a checkpoint in Quetta",
  "two engineers were kidnapped on the road to Turbat",
  "a police station came under attack in Haram",
  "a mortar shell hit a school, a spokesman said",
  // The district of Quetta and its town are one site, at two points.
  "gunmen attacked a checkpoint in Quetta district",
];

function placed(i: number): ArticleFeatures {
  const day = `2025-04-${String(1 + ((i * 7) % 12)).padStart(2, "0")}`;
  const opening = i % 3 === 0 ? `${day}: ` : "";
  const text = `${opening}${PLACES[i % PLACES.length]!}. Report ${i}${i % 4 === 0 ? " by the TTP" : ""}.`;
  return features(`p${i}`, text, i % 5 === 4 ? null : day);
}

const PLACED = Array.from({ length: 33 }, (_, i) => placed(i));

/** A profile as the test compares it (the actors a set in any order). */
const plain = (p: ReturnType<typeof GrowingProfile.of>["profile"]) => ({
  ...p,
  members: p.members.map((m) => m.id),
  actors: [...p.actors].sort(),
});

describe("an incident's profile kept as reports join", () => {
  it("is the profile and dates rebuilt from all its reports, whatever order and steps they join in", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(PLACED.length - 1), { minLength: 1, maxLength: 14 }),
        fc.array(fc.nat(3), { minLength: 14, maxLength: 14 }),
        (order, steps) => {
          const reports = order.map((j) => PLACED[j]!);
          // Joined one by one, or several at once (a merge), or as two incidents merged.
          const cut = steps[0]! % reports.length;
          const grown = GrowingProfile.of(reports.slice(0, cut));
          const other = GrowingProfile.of([]);
          for (let k = cut; k < reports.length; k++)
            (steps[k % steps.length]! === 0 ? other : grown).add([reports[k]!]);
          if (other.members.length > 0) grown.add(other.members);
          const members = [...reports].sort(canonicalOrder);
          const dates = incidentDates(members.map((m) => m.time));
          expect(grown.dates).toEqual(dates);
          expect(plain(grown.profile)).toEqual(plain(linkProfile(members, dates)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("hands out a snapshot: a profile taken before more reports join does not change", () => {
    const grown = GrowingProfile.of(PLACED.slice(0, 3));
    const before = grown.profile;
    const seen = plain(before);
    grown.add(PLACED.slice(3, 12));
    expect(plain(before)).toEqual(seen);
    expect(before.members).toHaveLength(3);
    expect(grown.profile.members).toHaveLength(12);
    expect(grown.profile.actors.size).toBeGreaterThan(before.actors.size);
  });

  it("has the reports' places, days and types to tell (the test is not vacuous)", () => {
    const all = GrowingProfile.of(PLACED);
    expect(new Set(PLACED.map((f) => f.iso)).size).toBeGreaterThan(2);
    expect(all.profile.sites.length).toBeGreaterThan(1);
    const quetta = PLACED.flatMap((f) => f.places.filter((m) => m.text === "Quetta" && m.role === "site"));
    expect(new Set(quetta.map((m) => m.place.lat)).size).toBe(2);
    expect(all.profile.region).not.toBeNull();
    expect(all.dates.datePrec).toBe(1);
    expect(GrowingProfile.of(PLACED.filter((f) => f.time.claimDates.length === 0)).dates.datePrec).toBe(2);
    expect(new Set(PLACED.map((f) => GrowingProfile.of([f]).profile.region)).size).toBeGreaterThan(3);
  });
});
