// The type of an event from its reports' words: a GTD attack type and an ACLED event and
// sub-event type (lexicons in ./lexicon/event-types.ts). Types are scored by how often their
// words occur; of the types with a fair share of the top score (a fifth), GTD's hierarchy
// decides (hijacking over hostage taking over bombing over armed assault). ACLED's type follows
// from the GTD type and the targets: a hostage taking is an abduction, a bombing one of the
// explosion sub-types, an armed assault on state forces a battle, on civilians an attack.
import type { Claim } from "../core/model.js";
import {
  ACLED_SUB_EVENTS,
  GTD_ATTACK_TYPES,
  GTD_LEXICON,
  type GtdAttackType,
} from "./lexicon/event-types.js";

export interface EventType {
  gtd: GtdAttackType;
  acled: { eventType: string | null; subEventType: string | null };
  /** Matches per GTD type, for the reasons of a link. */
  scores: Partial<Record<GtdAttackType, number>>;
}

const patternCache = new Map<string, RegExp>();
function pattern(word: string): RegExp {
  let re = patternCache.get(word);
  if (!re) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[\\s-]+");
    re = new RegExp(`(?<![\\p{L}])${escaped}`, "giu");
    patternCache.set(word, re);
  }
  return re;
}

/** How many times the words occur in the text. */
export function countWords(text: string, words: readonly string[]): number {
  let n = 0;
  for (const w of words) n += text.match(pattern(w))?.length ?? 0;
  return n;
}

export function typeEvent(text: string, claims: readonly Claim[] = []): EventType {
  const scores: Partial<Record<GtdAttackType, number>> = {};
  let top = 0;
  for (const t of GTD_ATTACK_TYPES) {
    if (t === "Unknown") continue;
    const n = countWords(text, GTD_LEXICON[t]);
    if (n > 0) scores[t] = n;
    top = Math.max(top, n);
  }
  const floor = Math.max(1, Math.ceil(top / 5));
  const gtd = GTD_ATTACK_TYPES.find((t) => (scores[t] ?? 0) >= floor) ?? "Unknown";
  return { gtd, acled: acledType(gtd, text, claims), scores };
}

function acledType(
  gtd: GtdAttackType,
  text: string,
  claims: readonly Claim[],
): { eventType: string | null; subEventType: string | null } {
  const sub = (name: string) => {
    const e = ACLED_SUB_EVENTS.find((s) => s.subEventType === name)!;
    return { eventType: e.eventType, subEventType: e.subEventType };
  };
  switch (gtd) {
    case "Hijacking":
    case "Hostage Taking (Kidnapping)":
    case "Hostage Taking (Barricade Incident)":
      return sub("Abduction/forced disappearance");
    case "Bombing/Explosion": {
      const explosions = ACLED_SUB_EVENTS.filter((s) => s.eventType === "Explosions/Remote violence");
      const hit = explosions.find((s) => countWords(text, s.words) > 0) ?? explosions[explosions.length - 1]!;
      return { eventType: hit.eventType, subEventType: hit.subEventType };
    }
    case "Armed Assault":
    case "Assassination":
    case "Unarmed Assault": {
      const forces = claims.filter((c) => c.outcome === "killed" && c.group === "security_forces").length;
      const civilians = claims.filter(
        (c) => c.outcome === "killed" && (c.group === "civilians" || c.group === "people"),
      ).length;
      return forces > civilians ? sub("Armed clash") : sub("Attack");
    }
    case "Facility/Infrastructure Attack":
      return { eventType: "Strategic developments", subEventType: "Looting/property destruction" };
    case "Unknown":
      return { eventType: null, subEventType: null };
  }
}
