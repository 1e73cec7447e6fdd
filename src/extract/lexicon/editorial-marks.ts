// Editorial marks that web copy carries inside a sentence and that say nothing of the incident:
// Wikipedia's maintenance tags ("16 people[citation needed] were killed") and "[sic]". Read as
// tokens, they stand between a figure and its noun or verb; the tokenizer leaves them out (their
// text stays in the untouched article). A bracketed number is not one: "more than [8] people" is an
// editor's figure, and "[southern Kenya]" an editor's gloss.
export const EDITORIAL_MARKS: ReadonlySet<string> = new Set([
  "citation needed",
  "full citation needed",
  "better source needed",
  "unreliable source ?",
  "failed verification",
  "verification needed",
  "clarification needed",
  "page needed",
  "dubious",
  "dubious – discuss",
  "dubious - discuss",
  "disputed – discuss",
  "when ?",
  "who ?",
  "which ?",
  "where ?",
  "by whom ?",
  "according to whom ?",
  "sic",
]);
