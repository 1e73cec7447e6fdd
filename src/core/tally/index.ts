// The tally: pure functions from claims to reconciled figures, grades and dataset fields
// (CODEBOOK §1b, §3). No I/O; the same functions serve one article's claims and an incident's.
export {
  ABOUT_SPREAD,
  CAPPED_LOW,
  FIGURES,
  READINGS,
  aboutBounds,
  addFigures,
  figure,
  figures,
  hasNumber,
  type Figures,
  type Reading,
} from "./figures.js";
export {
  TALLIED_MODALITIES,
  chronology,
  claimantTotals,
  isSubCount,
  isTallied,
  latestOf,
  type Chronology,
  type ClaimantTotal,
} from "./claimant-totals.js";
export { rowBasis, sharedRowTotals, type RowBasis, type RowTotals } from "./row-totals.js";
export {
  STRATEGIES,
  STRATEGY_NAMES,
  conservative,
  gtd,
  range,
  strategy,
  ucdp,
  type Chosen,
  type Reconciled,
  type Strategy,
  type StrategyName,
} from "./strategies.js";
export { LOSSES, againstInterest, agree, grade, gradeTotals } from "./grade.js";
export { reconcile, rowFigures, rows, tally, type Reconciliation, type RowFigures } from "./tally.js";
export {
  ACLED_UNKNOWN,
  DATASET_STRATEGY,
  datasets,
  unknownDeaths,
  type Dataset,
  type UnknownDeaths,
} from "./datasets.js";
export {
  OVERLAP,
  incidentShare,
  outcomeTotal,
  totals,
  type ClaimantAllGroups,
  type OutcomeTotal,
  type TextOf,
  type TotalParts,
} from "./totals.js";
