// Function words of other languages written in the Latin script (French, Spanish, Portuguese,
// Italian, German, Dutch, Indonesian/Malay, Turkish, Swahili, Polish), leaving out any that is
// also an English word, a common part of names or a piece of English split at an apostrophe or a
// dot ("a", "in", "die", "den", "do", "de", "la", "el", "non", "o", "ve", "van", "met", "sin",
// "per", "dan", "com"). A text with more of these than English function words is not English.
// Used by the language check in ../input-checks.ts.
// Lower case, separated by white space; a line per language.
const WORDS = `
le les des du et est une dans pour qui que sur par pas avec sont ont cette ces leur été aux au il ils elle nous vous
selon avant après contre vers depuis mais donc où
los las del y es que por con una para se lo su sus fue han como pero muy más este esta entre sobre según
contra hacia antes después durante donde cuando también hay fueron sido está están
os da em um uma não para pelo pela foram são mais ao aos seu sua dos das também
il di che della delle dei degli gli sono nella nel alla alle anche sul sulla hanno è
der und ist nicht mit ein eine dem von zu sich auf des im wurde wurden sind auch bei nach aus einer vom zum zur
het een niet op zijn werd voor aan ook bij naar dat wordt
yang ini itu dengan untuk dari tidak akan pada oleh telah dalam adalah bahwa karena atau juga sudah
bir bu için ile olarak olan gibi daha çok ama göre sonra önce doğru kadar olduğu tarafından ise ki şu
na ya wa kwa za katika ni kuwa hiyo huo
się nie jest oraz że przez dla jak był była było są po od
`;

export const OTHER_FUNCTION_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
