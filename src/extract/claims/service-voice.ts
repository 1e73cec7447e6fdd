// Two voices of one type are one claimant only where they speak for one service: "a senior police
// officer said" and "the KDF said in a statement" are two state voices (the police, the army), and
// their equal figures are two claims (codebook §1c "One claim, several spans" joins one
// claimant's repeats only). A name that shows no service (a person's name, "officials",
// "security sources") may be either's spokesman and stays joinable.
import { BoundedCache } from "../../core/bounded-cache.js";
import { NAMED_FORCES, SERVICE_WORDS } from "../lexicon/forces.js";

const SERVICE_OF = new Map<string, string>(
  SERVICE_WORDS.flatMap(([service, words]) => words.map((w) => [w, service] as const)),
);

/** A named force's short form to the words of its name ("KDF" → kenya defence forces). */
const FORCE_WORDS = new Map<string, string[]>(
  NAMED_FORCES.flatMap((f) =>
    [f.name, ...f.short].map((n) => [n, f.name.toLowerCase().split(/\s+/)] as const),
  ),
);

/** Names already read: claims are compared pairwise, so one name is asked for many times. */
const SEEN = new BoundedCache<string | null>(4096);

/** The one service a claimant's name shows, or null when it shows none or both. */
export function serviceOf(name: string): string | null {
  return SEEN.get(name, () => readService(name));
}

function readService(name: string): string | null {
  const words = name.split(/[\s,()'’]+/).flatMap((w) => FORCE_WORDS.get(w) ?? [w.toLowerCase()]);
  const services = new Set(words.map((w) => SERVICE_OF.get(w)).filter((s) => s !== undefined));
  return services.size === 1 ? [...services][0]! : null;
}

/** Whether two names show two different services. */
export function otherServices(a: string, b: string): boolean {
  const sa = serviceOf(a);
  const sb = serviceOf(b);
  return sa !== null && sb !== null && sa !== sb;
}
