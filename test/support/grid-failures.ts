// The grid tests' one step: extract each generated row as a report of its own and list the rows
// whose claims the grid's `judge` does not accept, each with why and what was read.
import type { Claim } from "../../src/core/model.js";
import { extract } from "../../src/extract/pipeline.js";

type Judge<R> = (row: R, claims: Claim[]) => { ok: boolean; why: string; got: string };

export function gridFailures<R extends { id: string; text: string }>(
  rows: readonly R[],
  judge: Judge<R>,
): string[] {
  const failing: string[] = [];
  for (const row of rows) {
    const { claims } = extract({
      id: row.id,
      text: row.text,
      published: "2025-03-12",
      outlet: "The Grid Times",
    });
    const verdict = judge(row, claims);
    if (!verdict.ok) failing.push(`[${verdict.why}] got ${verdict.got}: ${row.text}`);
  }
  return failing;
}
