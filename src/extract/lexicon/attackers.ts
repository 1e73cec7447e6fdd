// What makes a person named by a plain noun the attacker (claims/pronoun-person.ts): the words
// right after the noun say the person attacked ("a man armed with a rifle", "a man who opened
// fire", "a teenager opened fire"). Only these: a person who "killed" someone may be a soldier or
// a policeman, so a killing verb alone makes no attacker.

/** Phrases (lower-case words) that, right after a person's noun, describe the attacker. */
export const ATTACKER_AFTER: readonly (readonly string[])[] = [
  ["armed", "with"],
  ["opened", "fire"],
  ["open", "fire"],
  ["went", "on", "a", "shooting", "rampage"],
  ["went", "on", "a", "stabbing", "spree"],
  ["blew", "himself", "up"],
  ["blew", "herself", "up"],
  ["detonated"],
];

/** Words that may stand between the noun and such a phrase ("a man who opened fire", "a man wielding …"). */
export const ATTACKER_LINKS: ReadonlySet<string> = new Set(["who", "allegedly", "reportedly", ","]);

/**
 * Words that open a phrase of how a suicide bomber came, between the bomber and the act that killed
 * it ("a suicide bomber riding a motorcycle detonated", "… on an explosives-laden motorcycle …",
 * "… wearing an explosive vest blew himself up"; refiners/suicide-bombers.ts).
 */
export const BOMBER_MEANS: ReadonlySet<string> = new Set([
  "on",
  "in",
  "riding",
  "driving",
  "wearing",
  "carrying",
  "aboard",
  "disguised",
]);
