import { describe, expect, it } from "vitest";
import type { Claim } from "../core/model.js";
import { claim, q } from "../core/tally/test-helpers.js";
import type { ArticleId, StoredArticle } from "../store/store.js";
import { incidentDates } from "./event-time.js";
import { articleFeatures, keyFigures } from "./features.js";
import { linkProfile, scoreLink, similarity, THRESHOLD } from "./link-score.js";

// Reports written for these tests: two of one shooting in words that share little, one of a
// shooting the same day in another state, and two of a series of attacks.
const report = (id: string, text: string, published = "2026-09-20"): StoredArticle => ({
  id: id as ArticleId,
  text,
  published,
  outlet: null,
  hash: id,
  version: 1,
  ingestedAt: "2026-12-01T00:00:00.000Z",
  source: null,
});
const killed = (n: number, over: Partial<Claim> & { date?: string | null } = {}) =>
  claim({ outcome: "killed", quantity: q.exact(n), date: "2026-09-19", ...over });

describe("key figures", () => {
  it("are the own claims' counts of three or more killed, injured, abducted or held", () => {
    expect(
      keyFigures([
        killed(8),
        killed(2),
        claim({ outcome: "injured", quantity: q.exact(30) }),
        killed(40, { otherIncident: true }),
      ]),
    ).toEqual(["injured:30", "killed:8"]);
  });

  it("add to a link where time and place fit already, not between a series' events", () => {
    const wire = articleFeatures(
      report("wire", "MEXICO CITY (Reuters) — Gunmen killed eight people in the western state of Michoacan."),
      [killed(8)],
    );
    const local = articleFeatures(
      report(
        "local",
        "URUAPAN — Armed men burst into a cantina and opened fire on customers, killing eight.",
      ),
      [killed(8)],
    );
    const elsewhere = articleFeatures(
      report("far", "CULIACAN — Armed men opened fire in a cantina in Sinaloa state, killing eight."),
      [killed(8)],
    );
    const score = (f: typeof wire, g: typeof wire) =>
      scoreLink(f, linkProfile([g], incidentDates([g.time])), similarity([f, g]));
    expect(score(wire, local).reasons).toContain("figures +0.5 (killed 8)");
    expect(score(elsewhere, local).reasons.join("; ")).not.toContain("figures");
    const series = (id: string, site: string) =>
      articleFeatures(
        report(
          id,
          `URUAPAN — Gunmen attacked a bar in ${site}, killing eight. It was one of two related attacks.`,
        ),
        [killed(8)],
      );
    const [a, b] = [series("s1", "the centre"), series("s2", "the market")];
    expect(a.series).toBe(2);
    expect(score(a, b).reasons.join("; ")).not.toContain("figures");
  });
});

describe("two sites of one province", () => {
  it("keep apart two attacks of one day at towns far apart, and link two reports of one town", () => {
    const attack = (id: string, town: string, deed: string) =>
      articleFeatures(
        report(
          id,
          `Gunmen ${deed} a police checkpoint in ${town}, Balochistan, Pakistan, on Saturday, police said.`,
        ),
        [],
      );
    const score = (f: ReturnType<typeof attack>, g: ReturnType<typeof attack>) =>
      scoreLink(f, linkProfile([g], incidentDates([g.time])), similarity([f, g]));
    const apart = score(attack("t1", "Turbat", "attacked"), attack("t2", "Gwadar", "stormed"));
    expect(apart.reasons.join("; ")).toContain(
      "place −1.5 (same province Balochistan, places over 25 km apart)",
    );
    expect(apart.score).toBeLessThan(THRESHOLD);
    expect(
      score(attack("t3", "Turbat", "attacked"), attack("t4", "Turbat", "stormed")).score,
    ).toBeGreaterThanOrEqual(THRESHOLD);
  });
});

describe("two events of a series", () => {
  it("never link, though their reports are written alike but for the target", () => {
    const event = (id: string, target: string) =>
      articleFeatures(
        report(
          id,
          `Assailants threw a grenade at ${target} in Kamenge, Bujumbura, Burundi, wounding one person. ` +
            "This was one of three related grenade attacks in Bujumbura on this day.",
        ),
        [],
      );
    const [a, b] = [event("g1", "a minibus"), event("g2", "a shop")];
    const s = scoreLink(a, linkProfile([b], incidentDates([b.time])), similarity([a, b]));
    expect(s.reasons).toContain("series −5 (each report is one of 3 related events)");
    expect(s.score).toBeLessThan(THRESHOLD);
    // The same report again with no series: they link.
    const plain = (id: string, target: string) =>
      articleFeatures(
        report(
          id,
          `Assailants threw a grenade at ${target} in Kamenge, Bujumbura, Burundi, wounding one person.`,
        ),
        [],
      );
    const [c, d] = [plain("g3", "a minibus"), plain("g4", "a shop")];
    expect(
      scoreLink(c, linkProfile([d], incidentDates([d.time])), similarity([c, d])).score,
    ).toBeGreaterThanOrEqual(THRESHOLD);
  });
});

describe("the place of a series", () => {
  it("adds nothing between two events of one series that name the same town", () => {
    const score = (f: ReturnType<typeof articleFeatures>, g: ReturnType<typeof articleFeatures>) =>
      scoreLink(f, linkProfile([g], incidentDates([g.time])), similarity([f, g]));
    const event = (id: string, village: string, series: boolean) =>
      articleFeatures(
        report(
          id,
          `Gunmen killed a farmer in ${village}, near Zaria, Nigeria.` +
            (series ? " This was one of three attacks near Zaria on the same day." : ""),
        ),
        [killed(1)],
      );
    const reasons = (a: string, b: string, series: boolean) =>
      score(event(`${a}${series}`, a, series), event(`${b}${series}`, b, series)).reasons.join("; ");
    expect(reasons("Kufena", "Dambo", true)).toContain("place +0 (Zaria: the series' place)");
    expect(reasons("Kufena", "Dambo", false)).toContain("place +1 (Zaria)");
  });
});

describe("a toll revised up, sites in two provinces", () => {
  const score = (f: ReturnType<typeof articleFeatures>, g: ReturnType<typeof articleFeatures>) =>
    scoreLink(f, linkProfile([g], incidentDates([g.time])), similarity([f, g])).reasons.join("; ");
  const raid = articleFeatures(
    report(
      "raid",
      "PEMBA — Insurgents killed nine villagers in a raid on a village on Tuesday.",
      "2026-03-11",
    ),
    [killed(9, { date: "2026-03-10" })],
  );

  it("adds to a follow-up of the incident's day whose toll is above the incident's", () => {
    const text = "The number killed in Tuesday's raid has risen to 13 after more bodies were found.";
    const later = (n: number) =>
      articleFeatures(report(`later-${n}`, text, "2026-03-13"), [killed(n, { date: "2026-03-10" })]);
    expect(score(later(13), raid)).toContain("toll raised +0.5 (killed 13 over 9)");
    // Not a lower figure, nor one that names no day of the incident's.
    expect(score(later(5), raid)).not.toContain("toll raised");
    const otherDay = articleFeatures(report("other", text.replace("Tuesday's", "Thursday's"), "2026-03-13"), [
      killed(13, { date: "2026-03-12" }),
    ]);
    expect(score(otherDay, raid)).not.toContain("toll raised");
  });

  it("weighs sites named on both sides in two provinces more than a province against a site", () => {
    const kirkuk = articleFeatures(
      report(
        "kirkuk",
        "KIRKUK — A roadside bomb killed four soldiers near Hawija, in Kirkuk province.",
        "2026-05-20",
      ),
      [killed(4, { date: "2026-05-20" })],
    );
    const samarra = articleFeatures(
      report("samarra", "A bomb killed four fighters near Samarra, in Salahuddin province.", "2026-05-20"),
      [killed(4, { date: "2026-05-20" })],
    );
    const province = articleFeatures(
      report("province", "A bomb killed four fighters in Salahuddin province.", "2026-05-20"),
      [killed(4, { date: "2026-05-20" })],
    );
    expect(score(samarra, kirkuk)).toMatch(/place −2 \(Salahuddin vs Kirkuk Province, sites on both sides\)/);
    expect(score(province, kirkuk)).toMatch(/place −1 \(Salahuddin vs Kirkuk Province\)/);
  });
});
