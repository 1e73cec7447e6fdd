// Attribution over the project's own report-style articles (test/fixtures/attribution/), written
// in the styles of many outlets and conflicts (wire copy, Nigerian, Sudanese, Congolese, Mexican,
// Colombian, Indian, Philippine, Ukrainian, Myanmar, Gaza, Sahel, US, Yemeni, Libyan, Chadian, Thai,
// Brazilian, Ecuadorian, South Sudanese, Iranian and Kashmiri reporting), one phrasing
// class of issue 9 §3 or more in each: pronouns after a body's statement, statement frames,
// claimants after long quotes, nested sources, one name per claimant, a reported passage and where
// it stops. claimants.json gives, for a claim found by a substring of its evidence, the claimant's
// type (or the types a careful coder accepts), words of its name and of its channel.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ClaimantType } from "../src/core/model.js";
import { extract } from "../src/extract/pipeline.js";

const DIR = fileURLToPath(new URL("./fixtures/attribution/", import.meta.url));

interface Expected {
  evidence: string;
  type: ClaimantType | ClaimantType[];
  name?: string;
  channel?: string;
  why?: string;
}

const expected = JSON.parse(readFileSync(join(DIR, "claimants.json"), "utf8")) as Record<string, Expected[]>;

describe("attribution over report-style fixtures", () => {
  for (const [file, wanted] of Object.entries(expected)) {
    it(file, () => {
      const text = readFileSync(join(DIR, file), "utf8");
      const { claims } = extract({ id: file, text, published: "2025-03-12", outlet: "The Test Outlet" });
      for (const c of claims) {
        const m = c.claimant.mention;
        if (m) expect(text.slice(m.start, m.end)).toBe(m.text);
        for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
      }
      for (const w of wanted) {
        const at = text.indexOf(w.evidence);
        expect(at, w.evidence).toBeGreaterThanOrEqual(0);
        const claim = claims.find(
          (c) =>
            c.evidence.some((e) => e.start <= at && at < e.end) ||
            c.evidence.some((e) => at <= e.start && e.start < at + w.evidence.length),
        );
        expect(claim, `a claim at "${w.evidence}"`).toBeDefined();
        const label = `${file}: "${w.evidence}" (${w.why ?? ""})`;
        expect([w.type].flat(), label).toContain(claim!.claimant.type);
        if (w.type === "media") expect(claim!.claimant.mention, label).toBeNull();
        if (w.name) expect(claim!.claimant.name, label).toContain(w.name);
        if (w.channel) expect(claim!.claimant.channel?.name, label).toContain(w.channel);
      }
    });
  }
});
