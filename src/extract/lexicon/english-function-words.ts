// English function words: articles, pronouns, prepositions, conjunctions, auxiliaries, the
// commonest verbs of reporting and the small numbers. Running English prose draws roughly 35–50%
// of its words from this list and name-heavy news copy still over 20%; text in other languages
// draws a few percent (the words they share: "a", "in", "an", "is", "was", "on", "no", "so",
// "also", "over", "under", "for"). Used by the language check in ../input-checks.ts.
// Lower case, separated by white space; a line per kind of word.
const WORDS = `
the a an this that these those some any all each every other another such no both either neither
several many much more most few least
i me my we us our you your he him his she her hers it its they them their theirs who whom whose
which what himself herself itself themselves there here
of to in on at by for with from into onto about after before during since until against between
among through over under near across along around behind beyond inside outside without within
toward towards upon off out up down including
and or but nor if because although though while when where whether than then so also not only
just still yet as how why once however very too
is are was were be been being am has have had having do does did will would shall should can
could may might must said says told
one two three four five six seven eight nine ten
`;

export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
