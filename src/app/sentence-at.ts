// The sentence around a span of an article's text, on one line: what `tally show` and the HTTP
// API quote beside each claim.

/** The sentence of `text` around `[start, end)`, its whitespace folded to single spaces. */
export function sentenceAt(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !/[.!?\n]/.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !/[.!?\n]/.test(text[b]!)) b++;
  if (b < text.length && text[b] !== "\n") b++;
  return text.slice(a, b).replace(/\s+/g, " ").trim();
}
