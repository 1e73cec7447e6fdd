// The attribution-structure grid (test/fixtures/attribution-structure.json): short passages of our
// own, two to five sentences each, that vary how a figure is tied to its speaker, not who speaks:
// a speaker after a long quote, a quote across sentences and paragraphs, a passage carried on ("It
// added", "According to the statement"), pronouns and descriptions, nested sources, statement
// frames, headline sources, the outlet's own voice, "said" mid-sentence, two speakers in one
// sentence, joint sources, "sources said", persons described but not speaking. Each row was coded
// from the CODEBOOK before the extractor was run: the figure's outcome and value, a word the
// claimant's name or mention holds (none for the outlet's own voice), the types a careful coder
// accepts, and a word the name must not hold.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ClaimantType } from "../src/core/model.js";
import { extract } from "../src/extract/pipeline.js";

interface Row {
  structure: string;
  text: string;
  outcome: string;
  value: number;
  key: string | null;
  types: ClaimantType[];
  not?: string;
}

const FIXTURE = new URL("./fixtures/attribution-structure.json", import.meta.url);
const { rows, known_gaps: gaps } = JSON.parse(readFileSync(FIXTURE, "utf8")) as {
  rows: Row[];
  known_gaps: Array<{ row: Row; class: string }>;
};

/** What is wrong with the claimant the passage's figure is given, or "" when a coder accepts it. */
function fault(row: Row): string {
  const { claims } = extract({ id: "t", text: row.text, published: "2025-03-12", outlet: "The Grid Times" });
  const claim = claims.find((c) => c.outcome === row.outcome && c.quantity.value === row.value);
  if (!claim) return "no claim";
  const { name, mention, type } = claim.claimant;
  const got = `${type} "${name}" [${mention?.text ?? "-"}]`;
  if (!row.types.includes(type)) return `type: ${got}`;
  const words = `${name ?? ""} ${mention?.text ?? ""}`.toLowerCase();
  if (row.key !== null && !words.includes(row.key.toLowerCase())) return `name: ${got}`;
  if (row.not && (name ?? "").toLowerCase().includes(row.not)) return `name holds "${row.not}": ${got}`;
  if (mention && row.text.slice(mention.start, mention.end) !== mention.text) return `span: ${got}`;
  return "";
}

describe("attribution structures: passages whose figure has one speaker", () => {
  const structures = [...new Set(rows.map((r) => r.structure))];
  for (const structure of structures)
    describe(structure, () => {
      for (const row of rows.filter((r) => r.structure === structure))
        it(`${row.outcome} ${row.value}: ${row.text}`, () => {
          expect(fault(row)).toBe("");
        });
    });

  // A gap not yet closed is still read wrong; one that passes moves to the rows above.
  describe("known gaps", () => {
    for (const { row, class: why } of gaps)
      it(`${row.text} (${why})`, () => {
        expect(fault(row)).not.toBe("");
      });
  });

  it("covers at least 120 passages", () => {
    expect(rows.length + gaps.length).toBeGreaterThanOrEqual(120);
  });
});
