// The claimants of one article: each speaker mention ("An army spokesperson", "lieutenant general
// Chaudhary", "the group", "he") resolved to an entity, with name variants merged (Chaudhry /
// Chaudhary, "Baloch Liberation Army (BLA)" / "BLA") and a type from the keyword lexicon.
import type { ClaimantType, Party } from "../../core/model.js";
import { ANAPHORS, CLAIMANT_KEYWORDS } from "../lexicon/claimants.js";
import type { Token } from "../tokens.js";

export interface Entity {
  id: number;
  name: string;
  type: ClaimantType;
  person: boolean;
  acronyms: Set<string>;
  surname: string | null;
  given: string | null;
  words: Set<string>;
}

/** Words of organisations' names: a mention with one names no person. */
const ORG_WORDS = new Set(
  (
    "services relations council committee commission department ministry agency office front army force forces " +
    "movement party union association organisation organization corps brigade authority institute society " +
    "directorate bureau network coalition alliance league group police hospital"
  ).split(" "),
);

const TITLE_WORDS = new Set([
  "lieutenant",
  "general",
  "gen",
  "lt",
  "major",
  "maj",
  "colonel",
  "col",
  "brigadier",
  "brig",
  "captain",
  "capt",
  "prime",
  "minister",
  "president",
  "governor",
  "gov",
  "dr",
  "doctor",
  "mr",
  "mrs",
  "ms",
  "director",
  "spokesman",
  "spokesperson",
  "spokeswoman",
  "chief",
  "inspector",
  "deputy",
  "commissioner",
  "senator",
  "sen",
  "interior",
  "state",
  "secretary",
  "superintendent",
  "officer",
  "sheikh",
  "mullah",
  "commander",
  "head",
  "police",
  "district",
  "provincial",
  "federal",
  "foreign",
  "defence",
  "defense",
  "information",
  "home",
  "the",
  "of",
  "for",
  "and",
  "pakistan",
  "pakistani",
  "kenyan",
  "ethiopian",
  "afghan",
  "army",
  "military",
  "public",
  "relations",
]);

/** Consonant skeleton of a surname, so that Chaudhry and Chaudhary match. */
function skeleton(word: string): string {
  return word
    .toLowerCase()
    .replace(/[^a-z]/g, "")
    .replace(/[aeiouy]/g, "")
    .replace(/(.)\1+/g, "$1");
}

export function partyOf(type: ClaimantType): Party {
  switch (type) {
    case "state_military":
    case "government":
      return "state";
    case "armed_group":
      return "non_state";
    case "official":
    case "media":
    case "witness":
    case "unknown":
      return "independent";
  }
}

/** The type a mention's words name, by the keyword lexicon's priority. */
/** The keywords by their first word, each with its type and its rank in the priority list. */
const KEYWORDS = new Map<string, Array<{ words: string[]; type: ClaimantType; rank: number }>>();
CLAIMANT_KEYWORDS.forEach(([type, phrases], rank) => {
  for (const phrase of phrases) {
    const words = phrase.split(" ");
    const list = KEYWORDS.get(words[0]!) ?? [];
    list.push({ words, type, rank });
    KEYWORDS.set(words[0]!, list);
  }
});

/** The type a mention's words name: the keyword of most words, ties to the earlier type. */
export function typeOf(norms: readonly string[]): ClaimantType | null {
  const words = norms.join(" ").replace(/ - /g, "-").replace(/'s\b/g, "").split(" ");
  let best: { type: ClaimantType; n: number; rank: number } | null = null;
  for (let k = 0; k < words.length; k++) {
    for (const kw of KEYWORDS.get(words[k]!) ?? []) {
      const n = kw.words.length;
      if (best && (n < best.n || (n === best.n && kw.rank >= best.rank))) continue;
      let ok = k + n <= words.length;
      for (let i = 1; ok && i < n; i++) ok = words[k + i] === kw.words[i];
      if (ok) best = { type: kw.type, n, rank: kw.rank };
    }
  }
  return best?.type ?? null;
}

const isCap = (t: Token) => {
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
};

export class EntityRegistry {
  readonly entities: Entity[] = [];
  private lastPerson: Entity | null = null;
  private lastByType = new Map<ClaimantType, Entity>();
  private last: Entity | null = null;
  private lastOrg: Entity | null = null;
  /** The last entity that spoke: "He added…" continues its account. */
  private lastSpeaker: Entity | null = null;

  /** Resolves the speaker mention made of these tokens to an entity, registering it if new. */
  resolve(tokens: readonly Token[], speaking = false): Entity | null {
    const e = this.find(tokens);
    if (e && speaking) this.lastSpeaker = e;
    return e;
  }

  private find(tokens: readonly Token[]): Entity | null {
    const words = tokens.filter((t) => t.kind !== "punct" || t.text === "-");
    if (words.length === 0) return null;
    const norms = words.map((t) => t.norm);
    const anaphor = ANAPHORS.find(([w]) => w.length === norms.length && w.every((x, i) => x === norms[i]));
    if (anaphor) {
      const kind = anaphor[1];
      const found =
        kind === "person"
          ? (this.lastSpeaker ?? this.lastPerson ?? this.last)
          : kind === "any"
            ? this.last
            : (this.lastByType.get(kind) ?? null);
      if (found) return this.touch(found);
      if (kind === "person" || kind === "any") return null;
    }
    // "its spokesman", "their commander": the organisation named last.
    if ((norms[0] === "its" || norms[0] === "their") && norms.length <= 3 && this.lastOrg)
      return this.touch(this.lastOrg);
    const acronyms = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (/^[A-Z]{2,6}$/.test(t.text)) acronyms.add(t.text);
      if (t.text === "(" && tokens[i + 2]?.text === ")" && /^[A-Z]{2,7}$/.test(tokens[i + 1]!.text)) {
        // "Baloch Liberation Army (BLA)": the capitalised words before spell it.
        const initials = tokens
          .slice(Math.max(0, i - 6), i)
          .filter(isCap)
          .map((x) => x.text[0])
          .join("");
        if (initials.endsWith(tokens[i + 1]!.text)) acronyms.add(tokens[i + 1]!.text);
      }
    }
    // A person: the last run of capitalised words that are not titles ("Farid Chaudhry" in "Lt. Gen.
    // Farid Chaudhry, the military spokesman"), unless it is the mention's lone first word.
    const isNameWord = (t: Token) => isCap(t) && !TITLE_WORDS.has(t.norm) && !acronyms.has(t.text);
    let end = words.length;
    while (end > 0 && !isNameWord(words[end - 1]!)) end--;
    let start = end;
    while (start > 0 && isNameWord(words[start - 1]!)) start--;
    const nameWords =
      end - start >= 2 || (end > start && (start > 0 || end === words.length)) ? words.slice(start, end) : [];
    // An organisation's name ("Inter-Services Public Relations (ISPR)") is not a person's.
    const person =
      nameWords.length >= 1 &&
      !typeOf(nameWords.map((t) => t.norm)) &&
      !acronyms.has(nameWords[0]!.text) &&
      !nameWords.some((t) => ORG_WORDS.has(t.norm)) &&
      words[words.indexOf(nameWords[nameWords.length - 1]!) + 1]?.text !== "(";
    const surname = person ? skeleton(nameWords[nameWords.length - 1]!.text) : null;
    const given = person && nameWords.length > 1 ? nameWords[0]!.norm : null;
    const titleWords = new Set(norms.filter((w) => TITLE_WORDS.has(w) && w !== "the" && w !== "of"));
    const existing = this.match(acronyms, surname, given, titleWords, norms);
    if (existing) {
      for (const a of acronyms) existing.acronyms.add(a);
      for (const w of titleWords) existing.words.add(w);
      if (existing.type === "unknown") existing.type = typeOf(norms) ?? "unknown";
      return this.touch(existing);
    }
    // The mention as written, spaced as in the text, without the leading article.
    const text = tokens
      .map((t, i) => (i > 0 && t.start > tokens[i - 1]!.end ? " " : "") + t.text)
      .join("")
      .replace(/^[,"“”]+|[,"“”]+$/g, "")
      .trim();
    const entity: Entity = {
      id: this.entities.length,
      name: nameOf(text),
      type: typeOf(norms) ?? (person ? "unknown" : "unknown"),
      person,
      acronyms,
      surname,
      given,
      words: new Set([...titleWords, ...norms]),
    };
    this.entities.push(entity);
    return this.touch(entity);
  }

  private match(
    acronyms: Set<string>,
    surname: string | null,
    given: string | null,
    titles: Set<string>,
    norms: readonly string[],
  ): Entity | null {
    for (const a of acronyms) {
      const e = this.entities.find((x) => x.acronyms.has(a));
      if (e) return e;
    }
    if (surname) {
      const same = this.entities.filter(
        (e) => e.surname === surname && (!given || !e.given || e.given === given),
      );
      if (same.length === 1) return same[0]!;
      if (same.length > 1) {
        const byTitle = same.find((e) => [...titles].some((t) => e.words.has(t)));
        return byTitle ?? same[same.length - 1]!;
      }
      return null;
    }
    const key = norms.filter((w) => !/^(the|an?|however|but|and)$/.test(w)).join(" ");
    return this.entities.find((e) => !e.person && e.name.toLowerCase() === key) ?? null;
  }

  private touch(e: Entity): Entity {
    this.last = e;
    if (!e.person) this.lastOrg = e;
    if (e.person) this.lastPerson = e;
    this.lastByType.set(e.type, e);
    return e;
  }
}

/**
 * The name of a mention as written, without a leading article; of a description with a name in
 * apposition ("a little-known armed group, the Hill Front"), the name.
 */
function nameOf(text: string): string {
  const bare = text.replace(/^(the|an?|however|but|and)\s+/i, "");
  const m = /^(\p{Ll}[^,]*),\s+(?:the\s+)?(\p{Lu}[^,]*)$/u.exec(bare);
  return m ? m[2]!.trim() : bare;
}
