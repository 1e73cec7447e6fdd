import { describe, expect, it } from "vitest";
import { tokenize } from "../tokens.js";
import { notSpeech } from "./speech-use.js";

/** Why the speech verb `verb` (its first occurrence as a word) in `text` states nothing, or null. */
function why(text: string, verb: string): string | null {
  const tk = tokenize(text, { start: 0, end: text.length });
  const k = tk.findIndex((t) => t.text === verb);
  expect(k).toBeGreaterThanOrEqual(0);
  return notSpeech(tk, k);
}

describe("notSpeech: a speech verb's word that states nothing", () => {
  it("reads a capitalised word inside a name as the name's", () => {
    expect(why("At least 9 people were killed, including two United States citizens.", "States")).toBe(
      "name",
    );
    // A headline in title case keeps its verb.
    expect(why("Gunmen Kill Twelve Villagers, Police Say", "Say")).toBeNull();
  });

  it("reads a participle after a determiner, a preposition or a number as an adjective", () => {
    expect(why("Six men were arrested over alleged links to the gang.", "alleged")).toBe("adjective");
    expect(why("There were no reported casualties in the blast.", "reported")).toBe("adjective");
    expect(why("The two were the only reported deaths.", "reported")).toBe("adjective");
    expect(why("He shot his wife in their shared flat.", "shared")).toBe("adjective");
    expect(why("Villagers lynched two alleged thieves.", "alleged")).toBe("adjective");
    // "only" as an adverb leaves the verb a verb.
    expect(why("The army only confirmed four deaths.", "confirmed")).toBeNull();
  });

  it("reads an infinitive as stating nothing", () => {
    expect(why("They went to the station to report a stolen phone.", "report")).toBe("infinitive");
    expect(why("The ministry declined to confirm the toll.", "confirm")).toBe("infinitive");
  });

  it("reads a reduced passive of hearsay, of naming, of an outcome as no statement", () => {
    expect(why("A mob attacked two women alleged to have stolen a baby.", "alleged")).toBe("hearsay");
    expect(why("The group claimed to have killed 20 soldiers.", "claimed")).toBeNull();
    expect(why("Fighting broke out in a village called Kiwanja.", "called")).toBe("naming");
    expect(why("Five police officers reported dead after the ambush.", "reported")).toBe("outcome");
    expect(why("Scores of people reported missing after the flood.", "reported")).toBe("outcome");
    expect(why("Four wounded, no fatalities reported.", "reported")).toBe("passive");
    // A speaker after a comma is the subject of a closing "reported", no passive.
    expect(why("Three were killed, Governor Oleh Syniehubov reported.", "reported")).toBeNull();
    expect(why("Four died, the regional military administration reported.", "reported")).toBeNull();
    expect(why("Eleven soldiers killed (exact date not reported).", "reported")).toBe("passive");
    expect(why("The army has not confirmed the figure.", "confirmed")).toBeNull();
  });

  it("reads 'claimed … lives' as an outcome and 'report of', 'reports indicate' as nouns", () => {
    expect(why("A bombing in the market claimed 7 lives.", "claimed")).toBe("outcome");
    expect(why("A car bomb wounded 86 in an attack claimed by the group.", "claimed")).toBe("passive");
    expect(why("Riots continued, claiming the lives of dozens of protesters.", "claiming")).toBe("outcome");
    expect(why("Report of clashes between herders and farmers.", "Report")).toBe("noun");
    expect(why("Reports from the district say 4 died.", "Reports")).toBe("noun");
    expect(why("The agency reports that 4 died.", "reports")).toBeNull();
  });

  it("reads a participle after a message noun as a reduced relative", () => {
    expect(why("The group spoke in a video posted on Telegram that 3 died.", "posted")).toBe("relative");
    expect(why("The group posted on Telegram that 3 died.", "posted")).toBeNull();
  });
});

describe("notSpeech: demands and reports named as nouns", () => {
  it("reads 'called for', 'called on' as a demand and 'a later report' as a noun", () => {
    expect(why("Two days of strikes called for by the opposition left 3 dead.", "called")).toBe("demand");
    expect(why("The governor called on residents to stay home.", "called")).toBe("demand");
    expect(why("A later report put the toll at 9.", "report")).toBe("noun");
    expect(why("An earlier claim by the militia gave 30 dead.", "claim")).toBe("noun");
    expect(why("The group claims 30 soldiers died.", "claims")).toBeNull();
    expect(why("The militia later claimed 30 soldiers died.", "claimed")).toBeNull();
  });
});
