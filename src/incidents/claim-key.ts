// Claim ids are only unique within an article ("c1"): across an incident's reports each is
// qualified with its article ("bannu-01#c1"), and so is `partOf`. Corrections name claims so.
import type { Claim } from "../core/model.js";

export function qualify(claim: Claim): Claim {
  if (claim.id.includes("#")) return claim;
  return {
    ...claim,
    id: `${claim.article}#${claim.id}`,
    partOf: claim.partOf === null ? null : `${claim.article}#${claim.partOf}`,
  };
}
