// A speech cue inside a relative clause on a noun ("the attackers, who witnesses said wore army
// uniforms, killed 10 people", "a man, whom police said was 25, …"): the speaker vouches for the
// clause only, which ends at its closing comma; the rest of the sentence is not theirs. A figure
// after that comma takes the sentence's other cue, or none.
import type { Token } from "../tokens.js";

/** Relative pronouns that open a clause whose subject may be a speaker ("who police said were …"). */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["who", "whom", "which"]);

/**
 * Where the relative clause holding a cue ends (the offset of its closing comma after the verb at
 * offset `verbAt`), when the cue's subject starting at tk[subject] follows a relative pronoun after
 * a comma; null for any other cue or a clause that runs to the sentence's end.
 */
export function relativeAsideEnd(tk: readonly Token[], subject: number, verbAt: number): number | null {
  if (!RELATIVE_PRONOUNS.has(tk[subject - 1]?.norm ?? "") || tk[subject - 2]?.text !== ",") return null;
  for (let k = subject; k < tk.length; k++)
    if (tk[k]!.start > verbAt && tk[k]!.text === ",") return tk[k]!.start;
  return null;
}
