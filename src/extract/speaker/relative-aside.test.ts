import { describe, expect, it } from "vitest";
import { tokenize } from "../tokens.js";
import { relativeAsideEnd } from "./relative-aside.js";

/** The text from the cue's verb to where its relative clause ends, or null. */
function aside(text: string, subject: string, verb: string): string | null {
  const tk = tokenize(text, { start: 0, end: text.length });
  const s = tk.findIndex((t) => t.text === subject);
  const v = tk.findIndex((t) => t.text === verb);
  const end = relativeAsideEnd(tk, s, tk[v]!.start);
  return end === null ? null : text.slice(tk[v]!.start, end);
}

describe("relativeAsideEnd: a cue inside a relative clause speaks up to its closing comma", () => {
  it("ends the clause at its comma", () => {
    expect(
      aside("The attackers, who witnesses said wore uniforms, killed 10 people.", "witnesses", "said"),
    ).toBe("said wore uniforms");
    expect(aside("A man, whom police said was 25, died.", "police", "said")).toBe("said was 25");
  });

  it("leaves any other cue whole", () => {
    expect(aside("Police said 10 people were killed, residents said.", "Police", "said")).toBeNull();
    expect(aside("A resident who saw the attack said 10 died.", "saw", "said")).toBeNull();
    expect(aside("The attackers, who witnesses said wore uniforms.", "witnesses", "said")).toBeNull();
  });
});
