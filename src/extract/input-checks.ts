// Article-level input checks, run on every article before extraction: is there text at all, is it
// text (not binary), is it within the size limit, is it HTML, is it English, does it carry a
// usable publication date. Each problem is a catalogue message (../core/errors.ts); the fatal
// ones mean "do not extract". The returned text always has the input's length, so every offset
// into it is an offset into the untouched article text.
import { message } from "../core/errors.js";
import type { Article, Message } from "../core/model.js";
import { ENGLISH_FUNCTION_WORDS } from "./lexicon/english-function-words.js";
import { OTHER_FUNCTION_WORDS } from "./lexicon/other-function-words.js";
import { publicationDay } from "./publication-day.js";

export { publicationDay };

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export interface CheckedArticle {
  /** The text to extract from: the input, or with HTML markup blanked out (same length). */
  text: string;
  /** The publication day `YYYY-MM-DD` read from `article.published`, or null. */
  published: string | null;
  messages: Message[];
  /** True when the article must not be extracted (an error-severity message was given). */
  fatal: boolean;
}

// Thresholds, with the reasoning behind each.
/** More than this share of C0 control characters (tab and line breaks aside) is binary data. */
const MAX_CONTROL_SHARE = 0.02;
/** Control plus replacement characters above this share: bytes that are not text at all. */
const MAX_GARBAGE_SHARE = 0.25;
/** Below this many words the language check gives no verdict (headlines, captions, notes). */
const MIN_WORDS_FOR_LANGUAGE = 15;
/**
 * Another language's function words: a text is not English when they are at least this share of
 * its words and outnumber the English ones. (English prose is 35–50% English function words,
 * telegraphic notes such as "SLDF militia attack - 7 killed/ 4 injured" can be near 0%, so the
 * English share alone cannot decide.)
 */
const MIN_OTHER_FUNCTION_WORD_SHARE = 0.1;
/** A long text (this many words) with almost no English function words is not English either. */
const MIN_WORDS_FOR_NO_ENGLISH = 40;
const MIN_ENGLISH_SHARE_OF_LONG_TEXT = 0.05;
/** Over half the letters in another script (Arabic, Cyrillic, CJK…) is not English. */
const MAX_NON_LATIN_SHARE = 0.5;
/** Enough letters of a non-Latin script to judge a text written without spaces (CJK). */
const MIN_NON_LATIN_LETTERS = 40;
/** The language check reads at most this many characters from the start of the text. */
const LANGUAGE_SAMPLE = 20_000;

/** Checks one article. Never throws; never changes offsets. */
export function checkArticle(article: Article): CheckedArticle {
  const text = typeof article.text === "string" ? article.text : "";
  const messages: Message[] = [];
  const stop = (m: Message): CheckedArticle => ({
    text,
    published: publicationDay(article.published),
    messages: [...messages, m],
    fatal: true,
  });

  if (!/\S/.test(text)) return stop(message("T001", text.length ? "only white space" : undefined));

  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_ARTICLE_BYTES) return stop(message("T003", `${(bytes / 1024 / 1024).toFixed(1)} MB`));

  const nul = text.indexOf("\0");
  if (nul >= 0) {
    const hint = looksLikeUtf16(text) ? "; UTF-16 text? Convert it to UTF-8" : "";
    return stop(message("T002", `a NUL byte at offset ${nul}${hint}`, { start: nul, end: nul + 1 }));
  }
  const controls = CONTROL.test(text) ? count(text, CONTROL_ALL) : 0;
  const replacements = text.includes("\uFFFD") ? count(text, REPLACEMENT_ALL) : 0;
  if (controls > 3 && controls / text.length > MAX_CONTROL_SHARE) {
    return stop(message("T002", `${percent(controls / text.length)} control characters`));
  }
  if ((controls + replacements) / text.length > MAX_GARBAGE_SHARE) {
    return stop(
      message("T002", `${percent((controls + replacements) / text.length)} undecodable characters`),
    );
  }
  if (replacements > 0) {
    const at = text.indexOf("\uFFFD");
    messages.push(message("T010", `${replacements}, the first at offset ${at}`, { start: at, end: at + 1 }));
  }

  let clean = text;
  if (text.includes("<")) {
    const tags = htmlTags(text);
    if (tags > 0) {
      clean = stripHtml(text);
      messages.push(message("T004", `${tags === TAG_SCAN_LIMIT ? `${tags}+` : tags} tags`));
    }
  }

  const language = englishVerdict(clean.length > LANGUAGE_SAMPLE ? clean.slice(0, LANGUAGE_SAMPLE) : clean);
  if (language) return stop(message("T005", language));

  const published = publicationDay(article.published);
  if (published === null) {
    const given = article.published;
    messages.push(
      message("T008", given ? `got ${JSON.stringify(String(given).slice(0, 40))}` : "none given"),
    );
  }
  return { text: clean, published, messages, fatal: false };
}

// C0 controls other than tab, line feed, vertical tab, form feed and carriage return; and DEL.
// (Matching control characters is the point here.)
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x01-\x08\x0E-\x1F\x7F]/;
// eslint-disable-next-line no-control-regex
const CONTROL_ALL = /[\x01-\x08\x0E-\x1F\x7F]/g;
const REPLACEMENT_ALL = /\uFFFD/g;

/** Every other character of the start a NUL: UTF-16 bytes read as UTF-8. */
function looksLikeUtf16(text: string): boolean {
  const head = text.slice(0, 200);
  let nuls = 0;
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0) nuls++;
  return head.length >= 8 && nuls / head.length > 0.3;
}

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

// --- HTML -------------------------------------------------------------------------------------

// Tags of HTML elements a page of news is made of; "<" followed by anything else (a "<5" in a
// table, an email in angle brackets) does not count.
const HTML_TAG =
  /<(?:!doctype\s|!--|\/?(?:html|head|body|title|meta|link|script|style|noscript|p|div|span|a|br|hr|img|figure|figcaption|picture|source|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th|article|section|header|footer|nav|main|aside|blockquote|q|cite|em|strong|b|i|u|small|sup|sub|time|pre|code|form|input|button|label|iframe|svg)\b[^<>]*>)/gi;
const TAG_SCAN_LIMIT = 1000;

/** How many HTML tags the text has (counting stops at TAG_SCAN_LIMIT). */
function htmlTags(text: string): number {
  HTML_TAG.lastIndex = 0;
  let n = 0;
  while (n < TAG_SCAN_LIMIT && HTML_TAG.exec(text)) n++;
  return n;
}

// Script, style and template bodies; comments; CDATA; any tag; the non-breaking space entity.
const MARKUP =
  /<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[!?/]?[a-zA-Z][^<>]*>|&nbsp;/gi;

/**
 * The text with every tag, comment and script/style body replaced by spaces of the same length
 * (line breaks inside them are kept), so offsets into the result are offsets into the input.
 * Other entities (`&amp;`) are left as written: decoding them would shift offsets.
 */
export function stripHtml(text: string): string {
  return text.replace(MARKUP, blank);
}

function blank(markup: string): string {
  // Per UTF-16 unit (no `u` flag), so the length is kept exactly.
  return markup.replace(/[^\n\r]/g, " ");
}

// --- language ---------------------------------------------------------------------------------

// Words are runs of Latin letters. An ASCII word of up to 10 letters is looked up by a number
// that spells it (five bits a letter, exact in a double), which spares a string allocation and a
// hash per word: the check runs on every article, and most words are short ASCII words.
const MAX_LOOKUP = 10;

function spell(word: string): number {
  let code = 0;
  for (let i = 0; i < word.length; i++) code = code * 32 + ((word.charCodeAt(i) | 0x20) - 96);
  return code;
}

function lookupTables(words: ReadonlySet<string>): { codes: Set<number>; others: Set<string> } {
  const codes = new Set<number>();
  const others = new Set<string>();
  for (const w of words) {
    if (/^[a-z]+$/.test(w) && w.length <= MAX_LOOKUP) codes.add(spell(w));
    else others.add(w);
  }
  return { codes, others };
}

const ENGLISH = lookupTables(ENGLISH_FUNCTION_WORDS);
const OTHER = lookupTables(OTHER_FUNCTION_WORDS);

/** A letter of the Latin script beyond ASCII (Latin-1, Extended-A/B, combining marks, Extended Additional). */
function isLatinExtra(c: number): boolean {
  return (
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

/** Roughly "a letter of another script": at or above U+0370, not punctuation, symbols or emoji. */
function isOtherLetter(c: number): boolean {
  return (
    c >= 0x370 &&
    !(c >= 0x2000 && c <= 0x2bff) && // punctuation, currency, arrows, maths, shapes
    !(c >= 0x2e00 && c <= 0x2e7f) && // supplemental punctuation
    !(c >= 0x3000 && c <= 0x303f) && // CJK punctuation
    !(c >= 0xd800 && c <= 0xf8ff) && // surrogates (emoji) and private use
    !(c >= 0xfe00 && c <= 0xfe6f) && // variation selectors, small and vertical forms
    !(c >= 0xff00 && c <= 0xff20) && // full-width punctuation and digits
    c < 0xfff0 // specials, U+FFFD among them
  );
}

interface WordStats {
  words: number;
  english: number;
  other: number;
  latinLetters: number;
  otherLetters: number;
  otherRuns: number;
}

function wordStats(sample: string): WordStats {
  let words = 0;
  let english = 0;
  let other = 0;
  let latinLetters = 0;
  let otherLetters = 0;
  let otherRuns = 0;
  let start = -1; // start of the current Latin word, or -1
  let code = 0; // the word spelt as a number, while it is ASCII
  let ascii = true;
  let inOther = false;
  const n = sample.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? sample.charCodeAt(i) : 32;
    const lower = c | 0x20;
    if (lower >= 97 && lower <= 122) {
      if (start < 0) {
        start = i;
        code = 0;
        ascii = true;
      }
      code = code * 32 + (lower - 96);
      latinLetters++;
      inOther = false;
    } else if (c >= 0xc0 && isLatinExtra(c)) {
      if (start < 0) start = i;
      ascii = false;
      latinLetters++;
      inOther = false;
    } else {
      if (start >= 0) {
        words++;
        if (i - start <= MAX_LOOKUP) {
          if (ascii) {
            if (ENGLISH.codes.has(code)) english++;
            else if (OTHER.codes.has(code)) other++;
          } else {
            const word = sample.slice(start, i).toLowerCase();
            if (ENGLISH.others.has(word)) english++;
            else if (OTHER.others.has(word)) other++;
          }
        }
        start = -1;
      }
      if (c >= 0x370 && isOtherLetter(c)) {
        otherLetters++;
        if (!inOther) otherRuns++;
        inOther = true;
      } else {
        inOther = false;
      }
    }
  }
  return { words, english, other, latinLetters, otherLetters, otherRuns };
}

/** Why the sample does not look like English, or null when it does (or is too short to tell). */
export function englishVerdict(sample: string): string | null {
  const { words, english, other, latinLetters, otherLetters, otherRuns } = wordStats(sample);
  const letters = latinLetters + otherLetters;
  if (
    letters > 0 &&
    otherLetters / letters > MAX_NON_LATIN_SHARE &&
    (words + otherRuns >= MIN_WORDS_FOR_LANGUAGE || otherLetters >= MIN_NON_LATIN_LETTERS)
  ) {
    return `${percent(otherLetters / letters)} of the letters are not in the Latin script`;
  }
  if (words < MIN_WORDS_FOR_LANGUAGE) return null;
  if (other / words >= MIN_OTHER_FUNCTION_WORD_SHARE && other > english) {
    return `${percent(other / words)} of ${words} words are function words of another language, ${percent(english / words)} English ones`;
  }
  if (words >= MIN_WORDS_FOR_NO_ENGLISH && english / words < MIN_ENGLISH_SHARE_OF_LONG_TEXT) {
    return `only ${percent(english / words)} of ${words} words are common English words`;
  }
  return null;
}
