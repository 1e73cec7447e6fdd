// The attacker's own death said twice in one sentence: "A suicide bomber blew himself up at a
// market, killing himself and three civilians", "the man killed himself, shooting himself dead".
// The later reflexive ("killing himself") is the death the sentence already counted by the first
// ("blew himself up"), so it is no second person.

type At = (k: number) => boolean;

/**
 * Whether the reflexive at tokens[k] ("himself", "herself") stands earlier in the sentence as the
 * object of a death already counted: after a verb of killing ("killed himself") or inside an
 * outcome phrase that begins just before it ("blew himself up").
 */
export function reflexiveRestated(
  tokens: readonly { norm: string }[],
  k: number,
  isOutcomeEnd: At,
  isOutcomeStart: At,
): boolean {
  const reflexive = tokens[k]!.norm;
  for (let j = k - 1; j > 0; j--)
    if (tokens[j]!.norm === reflexive && (isOutcomeEnd(j - 1) || isOutcomeStart(j - 1))) return true;
  return false;
}
