// Bodies, not persons: the units, services and organisations a report lists as taking part in an
// operation, responding or deployed ("conducted by the Army, Air Force, Frontier Corps and SSG
// commandos", "Police, the Kenya Defence Forces and the National Intelligence Service responded").
// Such a list names who acted; it is no count of casualties, so none of its names is one person
// (codebook §1: claims are numbers about people).

/** Last words of a proper name that make it a body ("Air Force", "Coast Guard", "Marine Corps"). */
export const BODY_HEADS: ReadonlySet<string> = new Set(
  (
    "force forces corps army armies navy guard guards police service services group command regiment " +
    "battalion brigade division unit units squad squadron agency ministry department committee council " +
    "commission authority front movement party organisation organization rangers levies gendarmerie " +
    "constabulary militia marines commandos bureau directorate task"
  ).split(" "),
);

/** Initials written as one word ("CRPF", "SSG", "FC", "ISPR"): a body's short name, not a person's. */
export function isInitials(text: string): boolean {
  return /^[A-Z][A-Z0-9&]+s?$/.test(text);
}
