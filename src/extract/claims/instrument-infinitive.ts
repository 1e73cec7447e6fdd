// An infinitive after "used" and its object says with what an act was done, and that it was done:
// "took their guns and used them to kill two officers", "used a knife to behead the driver". It is
// no purpose or plan ("stormed the station to lynch two women"): the count is asserted.

/** Sentence punctuation and words that end the object of "used" before the infinitive. */
const STOPS = new Set([",", ".", ";", ":", "to", "and", "but"]);
/** How many words the object of "used" may have ("them", "a kitchen knife"). */
const MAX_OBJECT = 4;

/** Whether the "to" at tokens[to] follows "used" and its object ("used them to"), not "used to". */
export function instrumentInfinitive(tokens: readonly { norm: string }[], to: number): boolean {
  for (let j = to - 1; j >= Math.max(0, to - 1 - MAX_OBJECT); j--) {
    const w = tokens[j]!.norm;
    if (w === "used") return j < to - 1;
    if (STOPS.has(w)) return false;
  }
  return false;
}
