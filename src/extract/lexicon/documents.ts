// Nouns of a document or of figures that name no author of their own ("preliminary figures", "the
// latest data", "initial estimates", "unconfirmed reports"), and the adjectives of a document's time
// or standing that name none either. Written by hand from the document and communication nouns news
// copy cites; read by speaker/nested.ts: a citation of such a document alone ("Citing preliminary
// figures, the agency said") names no source, so the speaker stays the one who says; a modifier of
// another kind names the owner ("citing hospital figures", "citing police reports").

/** Document and figure nouns, singular and plural. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  [
    "figure figures data statistics number numbers estimate estimates count counts tally tallies",
    "report reports record records document documents assessment assessments account accounts",
    "statement statements bulletin bulletins update updates",
  ]
    .join(" ")
    .split(" "),
);

/** Adjectives of a document's time or standing, which name no author ("initial", "unconfirmed"). */
export const DOCUMENT_STANDING_ADJECTIVES: ReadonlySet<string> = new Set(
  [
    "preliminary latest official initial new provisional updated final daily joint",
    "unconfirmed unofficial early earlier recent first available current",
  ]
    .join(" ")
    .split(" "),
);
