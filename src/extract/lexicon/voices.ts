// Words of a text given in one person's voice (speaker/document-voice.ts): an editor's note that
// names whose speech or statement follows ("The following is the statement delivered by X"), and
// the speaker labels of a transcript ("HOST: …", "Q: …"). Written by hand from the ways outlets
// and institutions introduce a speech, a briefing or an interview they publish whole.

/** Openings of an editor's note that introduces the text after it ("The following is", "Below are"). */
export const NOTE_OPENINGS: readonly string[][] = [
  ["the", "following", "is"],
  ["the", "following", "are"],
  ["following", "is"],
  ["following", "are"],
  ["below", "is"],
  ["below", "are"],
  ["here", "is"],
  ["here", "are"],
  ["what", "follows", "is"],
];

/** Nouns of a text one person delivers or writes, which such a note names. */
export const DELIVERED_TEXTS: ReadonlySet<string> = new Set(
  (
    "statement statements speech speeches remarks address briefing testimony message letter " +
    "transcript text sermon lecture declaration"
  ).split(" "),
);

/** Verbs by which a note gives the text's author ("delivered by", "given by", "issued by"). */
export const DELIVERY_VERBS: ReadonlySet<string> = new Set(
  "delivered given made read presented issued written sent prepared signed".split(" "),
);

/** Words that end an author's name in a note ("… delivered by X to the Council on 14 May"). */
export const AUTHOR_ENDS: ReadonlySet<string> = new Set(
  "to at on in before during as after when while which who that , . ; : ( — –".split(" "),
);

/** Nouns of a conversation published as a transcript ("Transcript of a radio interview with X"). */
export const CONVERSATION_NOUNS: ReadonlySet<string> = new Set(
  "interview interviews conversation transcript exchange".split(" "),
);

/** Speaker labels of the one who asks: the outlet's voice. */
export const INTERVIEWER_LABELS: ReadonlySet<string> = new Set(
  "host interviewer presenter anchor moderator reporter correspondent journalist q question".split(" "),
);

/** Speaker labels of the one who answers, named by the note ("an interview with X"). */
export const INTERVIEWEE_LABELS: ReadonlySet<string> = new Set(["a", "answer"]);

/** Paragraph labels that name no speaker ("UPDATE: …", "NOTE: …", "WATCH: …"). */
export const NOT_SPEAKER_LABELS: ReadonlySet<string> = new Set(
  (
    "update updated correction clarification note editor's editors background context analysis breaking " +
    "watch read related photo photos video warning summary timeline key source sources file"
  ).split(" "),
);
