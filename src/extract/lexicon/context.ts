// Cues of scope and modality around a figure (codebook §1 `scope`, `modality`), as token sequences.
const split = (phrases: readonly string[]) => phrases.map((p) => p.split(" "));

/** "another 40", "50 additional", "10 more", "a further 12". */
export const INCREMENT_CUES = split([
  "another",
  "additional",
  "more",
  "further",
  "fresh",
  "a further",
  "also",
]).filter((c) => c[0] !== "also");

/** Running totals: "bringing the total to", "in all", "so far", "the toll rose to". */
export const CUMULATIVE_CUES = split([
  "in all",
  "so far",
  "in total",
  "altogether",
  "to date",
  "total of",
  "the total",
  "bringing the",
  "brings the",
  "toll rose",
  "toll has risen",
  "toll climbed",
  "toll has climbed",
  "toll now",
  "cumulative",
  "overall",
  "a total",
  "up to now",
  "thus far",
]);

/** Future or conditional: "will execute", "threatened to kill", "warned it would". */
export const THREAT_CUES = split([
  "will",
  "would",
  "threatened",
  "threatening",
  "threatens",
  "threaten",
  "vowed",
  "vows",
  "warned of",
  "plans to",
  "planned to",
  "intends to",
  "going to",
  "if",
  "unless",
  "ultimatum",
  "shall",
  "'ll",
]);

/** Rebuttals: "does not imply", "denied", "rejected the claim", "not true". */
export const DENIAL_CUES = split([
  "denied",
  "denies",
  "deny",
  "does not imply",
  "did not imply",
  "doesn't imply",
  "not imply",
  "rejected",
  "rejects",
  "dismissed",
  "refuted",
  "refutes",
  "not true",
  "baseless",
  "false",
  "untrue",
  "no truth",
  "were not killed",
  "was not killed",
  "had not been",
  "did not kill",
  "nothing to suggest",
  "no evidence",
  "exaggerated",
  "propaganda",
]);

/** Hearsay: "reportedly", "unconfirmed reports", "according to reports". */
export const UNCONFIRMED_CUES = split([
  "reportedly",
  "unconfirmed",
  "allegedly",
  "according to reports",
  "reports said",
  "reports say",
  "were said to",
  "was said to",
  "is said to",
  "are said to",
  "rumoured",
  "rumored",
  "could not be verified",
  "could not be independently verified",
]);
