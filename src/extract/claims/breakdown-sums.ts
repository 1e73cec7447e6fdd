// A breakdown given in a later sentence, by groups, that adds up to a total given before ("At
// least 20 people were killed in the raid. Twelve soldiers and eight civilians died …", "Five
// people were shot dead. Four men died at the scene, while a woman succumbed in hospital"): each
// figure is a part of that total (codebook §1c "Subsets", §3b), never added to it. Parts already
// tied to a whole bring the rest of their sentence's figures to it when all add up to it ("22 of
// the dead were fighters and 11 were SDF members, while four civilians were killed": 37).
import type { Claim } from "../../core/model.js";
import type { Built } from "./build-claims.js";

/** Whether a claim can be a part or a whole here: a figure, stated, not a step of a running total. */
export const figure = (c: Claim) => c.quantity.value !== null && c.scope !== "increment";

/** An exact, asserted, single figure of this event tied to no whole yet: what may be a part of a total said apart from it. */
export const loosePart = (c: Claim) =>
  c.partOf === null &&
  c.scope === "single" &&
  c.modality === "asserted" &&
  !c.otherIncident &&
  c.quantity.hedge === "exact" &&
  (c.quantity.value ?? 0) > 0;

export function linkBreakdownSums(built: readonly Built[]): void {
  const bySentence = new Map<number, Built[]>();
  for (const b of built) {
    const list = bySentence.get(b.sentence) ?? [];
    list.push(b);
    bySentence.set(b.sentence, list);
  }
  const byId = new Map(built.map((b) => [b.claim.id, b]));
  for (const [sentence, list] of bySentence) {
    for (const parts of groupsByOutcome(list)) {
      const sum = parts.reduce((n, c) => n + c.quantity.value!, 0);
      const whole = tiedWhole(parts, byId) ?? wholeBefore(built, sentence, parts[0]!.outcome);
      if (whole && whole.quantity.value === sum) for (const p of parts) p.partOf ??= whole.id;
    }
  }
}

/** The whole the parts already tied to one point at, when they all point at the same; null when none is tied. */
function tiedWhole(parts: readonly Claim[], byId: ReadonlyMap<string, Built>): Claim | null {
  const wholes = new Set(parts.map((p) => p.partOf).filter((id) => id !== null));
  const [id] = wholes;
  return wholes.size === 1 ? (byId.get(id!)?.claim ?? null) : null;
}

/** The latest total of the outcome in a sentence before, not itself a part. */
export function wholeBefore(
  built: readonly Built[],
  sentence: number,
  outcome: Claim["outcome"],
): Claim | null {
  for (let i = built.length - 1; i >= 0; i--) {
    const { claim: w, sentence: s } = built[i]!;
    if (s < sentence && figure(w) && w.partOf === null && w.outcome === outcome) return w;
  }
  return null;
}

/**
 * Two or more figures of one outcome in one sentence, each for a different group or noun ("Four
 * men …, while a woman …"), at least one not yet a part, the others parts of one whole.
 */
function groupsByOutcome(list: readonly Built[]): Claim[][] {
  const out: Claim[][] = [];
  const outcomes = new Set(list.map((b) => b.claim.outcome));
  for (const outcome of outcomes) {
    const parts = list.filter((b) => b.claim.outcome === outcome && figure(b.claim));
    const kinds = new Set(parts.map((b) => `${b.claim.group} ${b.nounHead ?? ""}`));
    const free = parts.filter((b) => b.claim.partOf === null).length;
    if (parts.length < 2 || kinds.size < parts.length || free === 0) continue;
    out.push(parts.map((b) => b.claim));
  }
  return out;
}
