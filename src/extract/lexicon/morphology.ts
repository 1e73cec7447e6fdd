// English inflection of the lexicon's base words: the forms of a verb (kill → kills, killed,
// killing) and the plural of a noun (policeman → policemen). Regular rules, with the irregular
// forms given as data (IRREGULAR_VERBS, IRREGULAR_PLURALS). The lexicons are written as lemmas and
// expanded here once, when their module loads.

export interface VerbForms {
  base: string;
  /** Third person singular present: "kills". */
  third: string;
  /** Simple past, one or more ("burned", "burnt"). */
  past: string[];
  /** Past participle, one or more ("slain"). */
  participle: string[];
  /** Present participle and gerund: "killing". */
  ing: string;
}

/** base → [past, participle] of the irregular verbs the lexicons use; "|" separates variants. */
export const IRREGULAR_VERBS: ReadonlyMap<string, readonly [string, string]> = new Map([
  ["beat", ["beat", "beaten|beat"]],
  ["blow", ["blew", "blown"]],
  ["break", ["broke", "broken"]],
  ["bring", ["brought", "brought"]],
  ["burn", ["burned|burnt", "burned|burnt"]],
  ["catch", ["caught", "caught"]],
  ["cost", ["cost", "cost"]],
  ["cut", ["cut", "cut"]],
  ["die", ["died", "died"]],
  ["drive", ["drove", "driven"]],
  ["fall", ["fell", "fallen"]],
  ["find", ["found", "found"]],
  ["fly", ["flew", "flown"]],
  ["free", ["freed", "freed"]],
  ["get", ["got", "got|gotten"]],
  ["give", ["gave", "given"]],
  ["go", ["went", "gone"]],
  ["grow", ["grew", "grown"]],
  ["hang", ["hanged|hung", "hanged|hung"]],
  ["hit", ["hit", "hit"]],
  ["hold", ["held", "held"]],
  ["hurt", ["hurt", "hurt"]],
  ["keep", ["kept", "kept"]],
  ["lay", ["laid", "laid"]],
  ["leave", ["left", "left"]],
  ["lose", ["lost", "lost"]],
  ["make", ["made", "made"]],
  ["pay", ["paid", "paid"]],
  ["put", ["put", "put"]],
  ["rise", ["rose", "risen"]],
  ["run", ["ran", "run"]],
  ["seek", ["sought", "sought"]],
  ["send", ["sent", "sent"]],
  ["set", ["set", "set"]],
  ["shoot", ["shot", "shot"]],
  ["slay", ["slew|slayed", "slain|slayed"]],
  ["slit", ["slit", "slit"]],
  ["stand", ["stood", "stood"]],
  ["strike", ["struck", "struck|stricken"]],
  ["take", ["took", "taken"]],
  ["tear", ["tore", "torn"]],
  ["throw", ["threw", "thrown"]],
]);

/** Plurals that no rule gives. */
export const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ["child", "children"],
  ["person", "people"],
  ["wife", "wives"],
  ["thief", "thieves"],
  ["life", "lives"],
  ["chief", "chiefs"],
  ["staff", "staff"],
  ["police", "police"],
  ["personnel", "personnel"],
  ["crew", "crews"],
  ["sheep", "sheep"],
  ["fish", "fish"],
  ["mujahid", "mujahideen"],
  ["alumnus", "alumni"],
]);

/** Nouns in -man that are no compound of "man": their plural takes -s. */
const NOT_MAN = new Set("human shaman german roman talisman caiman ottoman desman dragoman".split(" "));

/** Monosyllables ending consonant–vowel–consonant double the consonant: stab → stabbed, gun → gunning. */
function doubles(base: string): boolean {
  if (!/[^aeiou][aeiou][bdgklmnprt]$/.test(base)) return false;
  const syllables = base.match(/[aeiouy]+/g)?.length ?? 0;
  // ("kidnap", "worship", "commit" double too; "murder", "visit", "suffer" do not: the stress is not on the last syllable.)
  return syllables === 1 || /(nap|ship|mit)$/.test(base);
}

function stem(base: string): { ed: string; ing: string } {
  if (base.endsWith("ie")) return { ed: base + "d", ing: base.slice(0, -2) + "ying" };
  if (base.endsWith("ee") || base.endsWith("ye") || base.endsWith("oe"))
    return { ed: base + "d", ing: base + "ing" };
  if (base.endsWith("e")) return { ed: base + "d", ing: base.slice(0, -1) + "ing" };
  if (/[^aeiou]y$/.test(base)) return { ed: base.slice(0, -1) + "ied", ing: base + "ing" };
  if (doubles(base)) {
    const d = base + base[base.length - 1];
    return { ed: d + "ed", ing: d + "ing" };
  }
  // "panic" → "panicked"
  if (/[aeiou]c$/.test(base) && base.length > 4) return { ed: base + "ked", ing: base + "king" };
  return { ed: base + "ed", ing: base + "ing" };
}

/** The forms of a one-word verb. */
export function verbForms(base: string): VerbForms {
  const s = stem(base);
  const third = /(s|x|z|ch|sh)$/.test(base)
    ? base + "es"
    : /[^aeiou]y$/.test(base)
      ? base.slice(0, -1) + "ies"
      : base === "go"
        ? "goes"
        : base + "s";
  const irregular = IRREGULAR_VERBS.get(base);
  return {
    base,
    third,
    past: irregular ? irregular[0].split("|") : [s.ed],
    participle: irregular ? irregular[1].split("|") : [s.ed],
    ing: s.ing,
  };
}

/** The plural of a noun: "soldier" → "soldiers", "policeman" → "policemen", "militia" stays. */
export function plural(noun: string): string {
  const irregular = IRREGULAR_PLURALS.get(noun);
  if (irregular) return irregular;
  if (noun.endsWith("man") && !NOT_MAN.has(noun)) return noun.slice(0, -3) + "men";
  if (/(s|x|z|ch|sh)$/.test(noun)) return noun + "es";
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + "ies";
  return noun + "s";
}
