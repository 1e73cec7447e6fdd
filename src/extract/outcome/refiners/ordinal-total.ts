// An ordinal that stands for a running total: "By evening a sixth fighter had died" — six have died
// so far (scope cumulative, codebook §1 "Running counts"), not one. Only an indefinite "a" with its
// ordinal, and only where nothing before it, in its sentence or the two before, counted another
// outcome: "Two soldiers were wounded and a third died" counts one dead (the ordinal numbers the
// people named, not those of its outcome).
import { ORDINAL_COMPOUNDS, ORDINALS } from "../../lexicon/numbers.js";
import type { Token } from "../../tokens.js";
import type { Candidate } from "../candidate.js";
import type { CountRefiner } from "./refiner.js";

export const ordinalTotal: CountRefiner = (tokens, cands, ctx) => {
  cands.forEach((c, i) => {
    const k = c.q.first;
    const n = ORDINALS.get(tokens[k + 1]?.norm ?? "");
    if (!n || !c.singular || !c.outcome || c.q.last !== k + 1 || !/^(a|an)$/.test(tokens[k]!.norm)) return;
    // ("a third year student": the ordinal modifies a noun of its own.)
    if (ORDINAL_COMPOUNDS.has(tokens[k + 2]?.norm ?? "") || tokens[k + 2]?.norm === "-") return;
    // (The words as written: "a sixth", one space between.)
    if (tokens[k + 1]!.start !== tokens[k]!.end + 1) return;
    // ("fatally shot three people and wounded two others. … he wounded a sixth person": the sixth
    // hurt, counting the dead; so no total of another outcome in the sentences before either.)
    if (ctx.earlier !== null && ctx.earlier !== c.outcome) return;
    if (ctx.recent.some((t) => t.outcome !== c.outcome)) return;
    if (cands.slice(0, i).some((o) => o.outcome !== null && o.outcome !== c.outcome)) return;
    // ("A drone strike killed five people. … a sixth man had been wounded": the article counted the
    // five before, of another outcome; the sixth is one more person.)
    const prior = ctx.counted.filter((t) => t.value === n - 1);
    if (prior.length > 0 && !prior.some((t) => t.outcome === c.outcome)) return;
    asTotal(tokens, c, n);
  });
};

/** The candidate counts n so far, its quantity the article and the ordinal ("a sixth"). */
function asTotal(tokens: readonly Token[], c: Candidate, n: number): void {
  const k = c.q.first;
  const text = `${tokens[k]!.text} ${tokens[k + 1]!.text}`;
  const quantity = { ...c.q.quantity, value: n, min: n, max: n, hedge: "exact" as const, text };
  c.q = { ...c.q, quantity, last: k + 2, numLast: k + 2 };
  if (c.np?.first === k + 1) c.np = { ...c.np, first: k + 2 };
  c.cumulative = true;
}
