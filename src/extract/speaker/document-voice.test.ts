import { describe, expect, it } from "vitest";
import type { ClaimantType } from "../../core/model.js";
import { quotes } from "../segment/quotes.js";
import { sentences } from "../segment/sentences.js";
import { tokenize } from "../tokens.js";
import { Attribution, type SentenceTokens } from "./attribute.js";
import { editorsNoteAuthor, firstPerson, interviewee, speakerLabels } from "./document-voice.js";

/** The words a range function finds in a sentence, as the text its offsets cover. */
function found(sentence: string, read: typeof editorsNoteAuthor): string | null {
  const tk = tokenize(sentence, { start: 0, end: sentence.length });
  const r = read(tk);
  return r ? sentence.slice(tk[r[0]]!.start, tk[r[1] - 1]!.end) : null;
}

function sents(text: string): SentenceTokens[] {
  return sentences(text).map((s) => ({ ...s, tokens: tokenize(text, s) }));
}

/** The claimant of the claim at the first `needle` of `text`: name, type and mention (offsets checked). */
function who(text: string, needle: string): { name: string; type: ClaimantType; mention: string | null } {
  const ss = sents(text);
  const attribution = new Attribution(text, ss, quotes(text), null);
  const offset = text.indexOf(needle);
  expect(offset).toBeGreaterThanOrEqual(0);
  const s = ss.find((x) => x.start <= offset && offset < x.end)!;
  const { claimant } = attribution.claimantAt(s, offset);
  const m = claimant.mention;
  if (m) expect(text.slice(m.start, m.end)).toBe(m.text);
  return { name: claimant.name, type: claimant.type, mention: m?.text ?? null };
}

describe("editorsNoteAuthor: the one whose speech an editor's note introduces", () => {
  it("reads the author after 'by', after 'of', or before a possessive", () => {
    expect(
      found(
        "The following is the statement delivered by Special Envoy Tomas Ruiz to the Security Council on 3 June.",
        editorsNoteAuthor,
      ),
    ).toBe("Special Envoy Tomas Ruiz");
    expect(found("Below is the text of a speech by Health Minister Amina Yusuf.", editorsNoteAuthor)).toBe(
      "Health Minister Amina Yusuf",
    );
    expect(found("Here are the remarks of Governor Peter Obi, as prepared.", editorsNoteAuthor)).toBe(
      "Governor Peter Obi",
    );
    expect(
      found("The following is Commissioner Grace Mwangi's address to the assembly.", editorsNoteAuthor),
    ).toBe("Commissioner Grace Mwangi's");
    expect(
      found(
        "The following is the briefing given by the Minister of Defence at the ministry.",
        editorsNoteAuthor,
      ),
    ).toBe("the Minister of Defence");
  });

  it("reads no note in a sentence that only reports a statement", () => {
    expect(
      found("The statement delivered by the minister said 12 people died.", editorsNoteAuthor),
    ).toBeNull();
    expect(found("The following day, troops delivered aid by helicopter.", editorsNoteAuthor)).toBeNull();
    expect(found("Below is a map of the district where the fighting began.", editorsNoteAuthor)).toBeNull();
  });

  it("reads the one interviewed from a transcript's note", () => {
    expect(
      found(
        "Transcript of a television interview with Mayor Lucia Ferreira, recorded on Monday.",
        interviewee,
      ),
    ).toBe("Mayor Lucia Ferreira");
    expect(found("The interview with the survivors was recorded on Monday.", interviewee)).toBeNull();
  });
});

describe("speakerLabels: a transcript's labels, not a round-up's", () => {
  const labels = (text: string) =>
    [...speakerLabels(text, sents(text)).values()].map((l) => `${l.key}:${l.role}`);

  it("reads a dialogue in capitals, and one a note calls an interview", () => {
    const dialogue = "ANCHOR: What did you see?\n\nOKAFOR: Smoke.\n\nANCHOR: And then?\n\nOKAFOR: Sirens.";
    expect(labels(dialogue)).toEqual([
      "anchor:interviewer",
      "okafor:named",
      "anchor:interviewer",
      "okafor:named",
    ]);
    const qa = "An interview with Dr Sara Lind.\n\nQ: Where were you?\n\nA: At the clinic.\n\nQ: And now?";
    expect(labels(qa)).toEqual(["q:interviewer", "a:interviewee", "q:interviewer"]);
  });

  it("reads no labels in a round-up of places, nor in notices", () => {
    const places =
      "Kherson Oblast: Two people died.\n\nSumy Oblast: One man was hurt.\n\nOdesa Oblast: No one died.";
    expect(labels(places)).toEqual([]);
    const notices = "UPDATE: Two more died.\n\nUPDATE: The toll is 9.\n\nNOTE: Figures vary.";
    expect(labels(notices)).toEqual([]);
  });

  it("reads the first person", () => {
    const words = (s: string) => tokenize(s, { start: 0, end: s.length });
    expect(firstPerson(words("My Office"))).toBe(true);
    expect(firstPerson(words("we"))).toBe(true);
    expect(firstPerson(words("Our team"))).toBe(true);
    expect(firstPerson(words("The office"))).toBe(false);
  });
});

describe("Attribution: the voice of a speech or a transcript", () => {
  const speech =
    "Envoy's briefing (excerpt)\n\n" +
    "The following is the statement delivered by UN Special Envoy Tomas Ruiz to the Security Council on 3 June.\n\n" +
    "Mr President,\n\n" +
    "Last week an airstrike on the market in Doma killed at least 31 civilians. " +
    "Our team has confirmed the deaths of 22 of them. A further 40 people were wounded.\n\n" +
    "The police told our team that four officers were also killed.";

  it("gives the speech's sentences and its first person to the speaker the note names", () => {
    const envoy = { name: "Tomas Ruiz", type: "official" };
    expect(who(speech, "killed at least 31")).toEqual({ ...envoy, mention: "UN Special Envoy Tomas Ruiz" });
    expect(who(speech, "deaths of 22")).toEqual({ ...envoy, mention: "Our team" });
    expect(who(speech, "40 people")).toEqual({ ...envoy, mention: "Our team" });
  });

  it("leaves a source the speech cites its own", () => {
    expect(who(speech, "four officers")).toMatchObject({ type: "state_military", mention: "The police" });
  });

  it("gives a transcript's answers to the label's speaker, named before, and the questions to the outlet", () => {
    const transcript =
      "Radio interview with Police Commissioner Joseph Kamau, aired on Friday.\n\n" +
      "PRESENTER: Commissioner, how many were hurt in 12 attacks this month?\n\n" +
      "KAMAU: Nine of our officers were injured. Two civilians died.\n\n" +
      "PRESENTER: Were there arrests?\n\n" +
      "KAMAU: Yes. We arrested 14 suspects.";
    const kamau = { name: "Joseph Kamau", type: "state_military", mention: "KAMAU" };
    expect(who(transcript, "Nine")).toEqual(kamau);
    expect(who(transcript, "Two civilians")).toEqual(kamau);
    expect(who(transcript, "14 suspects")).toMatchObject({ name: "Joseph Kamau", mention: "KAMAU" });
    expect(who(transcript, "12 attacks")).toMatchObject({ type: "media", mention: null });
  });

  it("gives 'A:' to the one the note says is interviewed", () => {
    const qa =
      "Transcript of an interview with Dr Sara Lind of the district hospital.\n\n" +
      "Q: How many patients came in?\n\nA: We received 23 wounded overnight.\n\nQ: And deaths?\n\nA: Four.";
    expect(who(qa, "23 wounded")).toMatchObject({ name: "Dr Sara Lind", type: "official", mention: "A" });
  });

  it("reads no voice in a report with no note and no labels", () => {
    const report = "Kano, Nigeria\n\nGunmen killed five farmers on Sunday. We have no further details.";
    expect(who(report, "five farmers")).toMatchObject({ type: "media", mention: null });
  });
});
