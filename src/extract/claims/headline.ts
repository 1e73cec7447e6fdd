// A headline that names its source after a dash or a colon ("Over 140 killed in clashes -- monitor",
// "Three dead in mall shooting: police"), before a colon ("Police: three dead in mall shooting"),
// or as the subject of a verb of saying or hearing ("Police say three dead …", "…, lawyers group
// says", "Court hears how bomb killed 23")
// speaks in that source's voice, not the outlet's: a headline that names its claimant is one more
// span of that claimant's claim (codebook §1c "Headlines, decks, ledes"). Its figures take the
// claimant the body gives that source, so that merge-claims makes the headline and the lede one
// claim; a source the body never names again is typed by its own words.
import type { Claim, Claimant, Span } from "../../core/model.js";
import { HEADLINE_SHORT_FORMS, TOLL_RECKONING_VERBS } from "../lexicon/claimants.js";
import { partyOf, typeOf } from "../speaker/entities.js";
import type { Built } from "./build-claims.js";
import { startsLower, startsUpper } from "../letters.js";
import { outletKind, outletNamedInBody } from "./outlet-kind.js";
import { initialsNamed } from "./initials-source.js";
import { describedBefore } from "./described-source.js";

/** At most this many words in a headline (a longer first line is a paragraph). */
const HEADLINE_WORDS = 24;
/** At most this many words in a headline's source ("Syrian Observatory for Human Rights"). */
const SOURCE_WORDS = 6;

export function headlineSources(built: readonly Built[], text: string): void {
  const line = headlineOf(text);
  if (!line) return;
  const source = sourceOf(text, line) ?? describedRole(text, line, built);
  if (!source) return;
  const inHeadline = built.filter(({ claim }) => claim.evidence[0]!.start < line.end);
  const inBody =
    (outletKind(source.text) ? outletNamedInBody(built, line.end) : null) ??
    namedInBody(built, source.text, line.end, text);
  const voice = inBody ?? typedSource(source);
  if (!voice) return;
  for (const { claim } of inHeadline)
    if (takesSource(claim, text, source, inBody)) {
      claim.claimant = { ...voice, mention: { ...source } };
      claim.group = sameWordsInBody(built, claim, line.end)?.group ?? claim.group;
    }
}

/**
 * Whether a headline's claim speaks in the voice of the source the headline names: it has no
 * source of its own; or its source is that outlet named by its kind ("…, state TV says"); or it is
 * the source's own words, typed otherwise or not at all, that the body names in full ("…, El Fasher committee says"
 * of "the El Fasher Resistance Committee", "AU force says …" of "The African Union mission in
 * Somalia"); or a label before the colon read as one.
 */
function takesSource(
  claim: Claim,
  text: string,
  source: Span & { text: string },
  inBody: Claimant | null,
): boolean {
  const { type, mention } = claim.claimant;
  if (type === "media") return mention === null || outletKind(source.text);
  if (inBody && inBody.type !== type && mention?.start === source.start) return true;
  return labelOnly(claim, text, source);
}

/**
 * A label before the headline's colon read as its source ("DR Congo: … kill at least 38 …, civil
 * society says": the place typed by a title's word) where the headline names its source at its end:
 * the source at the end speaks, the label names the topic.
 */
function labelOnly(claim: Claim, text: string, source: Span): boolean {
  const m = claim.claimant.mention;
  if (!m || m.end > claim.evidence[0]!.start || source.start < claim.evidence[0]!.end) return false;
  return /^\s*:/.test(text.slice(m.end, m.end + 3)) && text.slice(0, m.start).trim() === "";
}

/**
 * The body's claim of the same words by the same voice ("lost three of our men" in the headline's
 * quote and in the governor's answer): its group, read with its speaker ("our men": the state's).
 */
function sameWordsInBody(built: readonly Built[], claim: Claim, after: number): Claim | null {
  const words = claim.evidence[0]!.text;
  return (
    built.find(
      ({ claim: c }) =>
        c.evidence[0]!.start >= after &&
        c.claimant.name === claim.claimant.name &&
        c.outcome === claim.outcome &&
        c.evidence[0]!.text === words,
    )?.claim ?? null
  );
}

/**
 * Where the head of the article ends: its headline and deck, the leading lines that read as
 * headlines ("• Dead include children; over 20 wounded"). 0 when the text opens with a paragraph.
 */
export function headEnd(text: string): number {
  let end = 0;
  for (let at = 0; at < text.length;) {
    const nl = text.indexOf("\n", at);
    if (nl < 0) return end;
    const line = text.slice(at, nl).trim();
    if (line !== "") {
      if (line.split(/\s+/).length > HEADLINE_WORDS || /[.!?]["”’]?$/.test(line)) return end;
      end = nl;
    }
    at = nl + 1;
  }
  return end;
}

/** The first line, when it reads as a headline: short, no full stop at its end, a line of its own. */
function headlineOf(text: string): Span | null {
  const nl = text.indexOf("\n");
  if (nl < 0) return null;
  const start = text.length - text.trimStart().length;
  const raw = text.slice(start, nl);
  const end = start + raw.trimEnd().length;
  const words = raw.trim().split(/\s+/);
  if (end <= start || words.length > HEADLINE_WORDS || /[.!?]["”’]?$/.test(raw.trimEnd())) return null;
  return { start, end };
}

/** A headline's source at its end: after a dash or colon, or the subject of "says" after a comma. */
const TRAILING: readonly RegExp[] = [
  /\s(?:--|—|–|-|:)\s+([^\s:—–-][^:—–]*)$/,
  /:\s+([^:]+)$/,
  /,\s+([^,\d]+?)\s+(?:says|say|said)$/,
];
/**
 * A headline's source at its start: before a colon, the subject of a verb of saying or hearing, or
 * the subject that puts a toll at its figure ("Zamfara govt puts death toll … at 18").
 */
const LEADING: readonly RegExp[] = [
  /^([^:\d]+):\s/,
  /^([^:,\d]+?)\s+(?:says|say|said|hears|heard|told|tells)\s/,
  new RegExp(
    `^([^:,\\d]+?)\\s+(?:${TOLL_RECKONING_VERBS.join("|")})\\s+(?:the\\s+|its\\s+)?(?:death\\s+)?toll\\b`,
  ),
];

/**
 * The source a headline names at its end ("… -- SOHR", "…: police", "…, lawyers group says") or its
 * start ("Police: …", "Police say …", "Court hears how …": a court report's figures are what the
 * hearing was told). Each pattern is tried in turn, the first source that passes wins: a place
 * label's colon ("DR Congo: … kill at least 38 …, civil society says") is no source, and the
 * "says" clause after it is.
 */
function sourceOf(text: string, line: Span): (Span & { text: string }) | null {
  const h = text.slice(line.start, line.end);
  for (const re of TRAILING) {
    const m = re.exec(h);
    const found = m ? trailingSource(h, line, m) : null;
    if (found) return found;
  }
  for (const re of LEADING) {
    const m = re.exec(h);
    const found = m ? leadingSource(line, m) : null;
    if (found) return found;
  }
  return null;
}

/** The words a pattern matched as a source, where they are short and hold no figure. */
function sourceWords(line: Span, m: RegExpExecArray, words: string): (Span & { text: string }) | null {
  if (words.split(/\s+/).length > SOURCE_WORDS || /\d/.test(words)) return null;
  const at = line.start + m.index + m[0].indexOf(m[1]!);
  return { start: at, end: at + words.length, text: words };
}

/**
 * A trailing source must be a name ("SOHR", "Red Cross") or a few words of a source ("police"), not
 * a clause ("survivors recount the ordeal"); a quote's speaker is read before its topic ("‘We lost
 * three of our men’: Sulu governor on the attack").
 */
function trailingSource(h: string, line: Span, m: RegExpExecArray): (Span & { text: string }) | null {
  const words = quotedBefore(h, m.index) ? m[1]!.trim().replace(/\s+on\s.*$/, "") : m[1]!.trim();
  const found = sourceWords(line, m, words);
  if (!found) return null;
  // The subject of "says" is a source whatever its words ("…, El Fasher committee says"): it speaks
  // where the body names it, else where its words type it.
  if (/\s(?:says|say|said)$/.test(m[0])) return found;
  const name = words.split(/\s+/).every((w) => startsUpper(w));
  return name || outletKind(words) || (typeOfWords(words) && words.split(/\s+/).length <= 3) ? found : null;
}

/**
 * A role of a few words after the headline's dash that no type reads ("… — Reps member"), where
 * the body names a person after a description holding all its words (described-source.ts).
 */
function describedRole(text: string, line: Span, built: readonly Built[]): (Span & { text: string }) | null {
  const m = /\s(?:--|—|–)\s+([^\s:—–-][^:—–]*)$/.exec(text.slice(line.start, line.end));
  const found = m ? sourceWords(line, m, m[1]!.trim()) : null;
  const words = found?.text.split(/\s+/) ?? [];
  if (!found || words.length > 3 || !startsLower(words[words.length - 1]!)) return null;
  const s = wordsOf(found.text);
  const named = built.some(
    ({ claim }) => claim.evidence[0]!.start >= line.end && describedBefore(text, claim.claimant.mention, s),
  );
  return named ? found : null;
}

/** A leading label must be a source by its words ("Police:"), not a place ("Philippines:"). */
function leadingSource(line: Span, m: RegExpExecArray): (Span & { text: string }) | null {
  const found = sourceWords(line, m, m[1]!.trim());
  return found && typeOfWords(found.text) ? found : null;
}

/** Whether a headline's text before `at` is a quote ("‘We lost three of our men’"). */
function quotedBefore(h: string, at: number): boolean {
  return /^\s*['‘“"].*['’”"]\s*$/.test(h.slice(0, at));
}

/** The claimant the body gives the headline's source: the same name, its acronym, or its words. */
export function namedInBody(
  built: readonly Built[],
  source: string,
  after: number,
  text?: string,
): Claimant | null {
  const s = wordsOf(source);
  for (const { claim } of built) {
    const { name, type } = claim.claimant;
    if (claim.evidence[0]!.start < after || type === "media") continue;
    const n = wordsOf(name);
    const within = (a: string[], b: string[]) => a.every((w) => b.includes(w));
    // ("Sulu governor" for "Governor Ramil Datu": a person the body names by the source's role.)
    const roleWord = startsLower(source.split(/\s+/).pop() ?? "");
    const role = roleWord && n.includes(s[s.length - 1]!);
    if (within(s, n) || within(n, s) || acronym(name) === source || role || initialsNamed(source, name))
      return claim.claimant;
    // ("Reps member" for "The member representing … in the House of Representatives, Hon. X".)
    if (roleWord && text !== undefined && describedBefore(text, claim.claimant.mention, s))
      return claim.claimant;
  }
  return null;
}

/** A name's words, lower case, short forms spelt out ("Civil Defence Agency" → civil, defence, agency; "govt" → government). */
export function wordsOf(name: string): string[] {
  return (name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => HEADLINE_SHORT_FORMS.get(w) ?? w);
}

/** "Syrian Observatory for Human Rights" → "SOHR"; a name's own acronym in brackets wins. */
function acronym(name: string): string {
  const bracket = /\(([A-Z]{2,})\)/.exec(name);
  if (bracket) return bracket[1]!;
  return name
    .split(/\s+/)
    .filter((w) => startsUpper(w))
    .map((w) => w[0])
    .join("");
}

/** A claimant for a source the body does not name again, by the type its words name. */
export function typedSource(source: Span & { text: string }): Claimant | null {
  const type = source.text.split(/\s+/).length <= 3 ? typeOfWords(source.text) : null;
  return type ? { name: source.text, mention: { ...source }, type, party: partyOf(type) } : null;
}

function typeOfWords(words: string) {
  const texts = words.split(/\s+/).map((w) => HEADLINE_SHORT_FORMS.get(w.toLowerCase()) ?? w);
  return typeOf(
    texts.map((w) => w.toLowerCase()),
    texts,
  );
}
