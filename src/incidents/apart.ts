// Two attacks told apart by whom or what they struck and how (issue 11): on one day in one city,
// reports of two attacks share place, day, often type and group, and many words ("Assailants
// opened fire on … in Bujumbura"); what differs is the person or thing attacked, the means and
// the attacker's words for it. Each is weak alone (reports of one event name different victims of it,
// or one a gun and another the blast), so each takes a little, where both sides name one and
// none is shared:
//   victims    another person named as attacked (victims.ts): "opened fire on Jane Doe" against
//              "threw a grenade at John Roe"                                   VICTIMS_APART
//   targets    another kind of target (targets.ts): a police station against a school, where the
//              report's own event day is one of the incident's (on another day another-event.ts
//              reads it; a statement days later names the target in its own terms: "what he
//              called gatherings of fighters" for a camp of displaced families) TARGETS_APART
//   means      another kind of weapon (weapons.ts): firearm against explosive WEAPONS_APART
// An incident's side is all of its reports', so one report naming the other's victim, target
// or means is enough to stay. (Other named armed groups were tried: no GTD dev merge undone, and
// reports of one event often name one group that claims it and another that is blamed.)
import type { ArticleFeatures } from "./features.js";
import { sameVictim } from "./victims.js";

export const VICTIMS_APART = -1.5;
export const TARGETS_APART = -1;
export const WEAPONS_APART = -0.5;

/** What an incident offers: its reports' victims, kinds of target and means. */
export interface ApartMarks {
  victims: ReadonlySet<string>;
  targets: ReadonlySet<string>;
  weapons: ReadonlySet<string>;
}

/** Each sign that the report tells of another attack than the incident's: its weight and why. */
export function apart(
  f: ArticleFeatures,
  incident: ApartMarks,
  sameDay: boolean,
): readonly { weight: number; reason: string }[] {
  if (f.victims.length + f.targets.length + f.weapons.length === 0) return NONE;
  const out: { weight: number; reason: string }[] = [];
  const theirVictims = [...incident.victims];
  if (f.victims.length > 0 && theirVictims.length > 0)
    if (!f.victims.some((v) => theirVictims.some((w) => sameVictim(v, w))))
      out.push({
        weight: VICTIMS_APART,
        reason: `victims ${f.victims.join(", ")} vs ${theirVictims.join(", ")}`,
      });
  if (sameDay && none(f.targets, incident.targets))
    out.push({
      weight: TARGETS_APART,
      reason: `targets ${f.targets.join(", ")} vs ${[...incident.targets].join(", ")}`,
    });
  if (none(f.weapons, incident.weapons))
    out.push({
      weight: WEAPONS_APART,
      reason: `means ${f.weapons.join(", ")} vs ${[...incident.weapons].join(", ")}`,
    });
  return out;
}

const NONE: readonly { weight: number; reason: string }[] = Object.freeze([]);

/** Both name some, and none in common. */
function none(mine: readonly string[], theirs: ReadonlySet<string>): boolean {
  return mine.length > 0 && theirs.size > 0 && !mine.some((x) => theirs.has(x));
}

/**
 * What tells two incidents apart where a report would bridge them (cluster.ts, pass 2): the signs
 * above between the two incidents' reports, each where the bridging report names none of that
 * mark itself (where it does, its own score against the other incident weighs it already). A
 * report that names only the place and day ("the mayor was in hospital after gunmen shot at his
 * car on Thursday") does not join a judge's shooting to a mayor's.
 */
export function fragmentsApart(
  by: ArticleFeatures,
  a: ApartMarks & { days: ReadonlySet<string> },
  b: ApartMarks & { days: ReadonlySet<string> },
): readonly { weight: number; reason: string }[] {
  const sameDay = [...a.days].some((d) => b.days.has(d));
  const marks = (p: ApartMarks): ArticleFeatures => ({
    ...by,
    victims: by.victims.length > 0 ? [] : [...p.victims],
    targets: by.targets.length > 0 ? [] : [...p.targets],
    weapons: by.weapons.length > 0 ? [] : [...p.weapons],
  });
  return apart(marks(a), b, sameDay);
}
