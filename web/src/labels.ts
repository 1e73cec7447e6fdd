// Words the dashboard shows for the model's codes (src/core/model.ts, whose lists of outcomes and
// groups it takes as they are: a plain module with no imports), kept as data.
import { GROUPS, OUTCOMES } from "../../src/core/model.js";
import type { ClaimantType, Grade, Group, Hedge, Modality, Outcome, Party, Scope } from "./api-types.js";

export const OUTCOME_ORDER: readonly Outcome[] = OUTCOMES;

export const OUTCOME_LABELS: Record<Outcome, string> = {
  killed: "Killed",
  injured: "Injured",
  abducted: "Abducted",
  held: "Held",
  released: "Released",
  missing: "Missing",
  arrested: "Arrested",
  present: "Present",
};

export const GROUP_ORDER: readonly Group[] = GROUPS;

export const GROUP_LABELS: Record<Group, string> = {
  civilians: "civilians",
  hostages: "hostages",
  security_forces: "security forces",
  militants: "militants",
  people: "people",
};

export const HEDGE_LABELS: Record<Hedge, string> = {
  exact: "exact",
  more_than: "more than",
  at_least: "at least",
  fewer_than: "fewer than",
  at_most: "at most",
  about: "about",
  range: "range",
  vague: "vague",
  all: "all",
  none: "none",
};

/** Grades: the label, a symbol shown beside it (never colour alone) and what it means. */
export const GRADES: Record<Grade, { label: string; icon: string; description: string }> = {
  confirmed: {
    label: "Confirmed",
    icon: "✔",
    description: "a party conceded a figure against its own interest and an independent source agrees",
  },
  fair: {
    label: "Fair",
    icon: "≈",
    description: "two or more independent sources agree within their hedges",
  },
  single_source: { label: "Single source", icon: "①", description: "one claimant only" },
  contested: { label: "Contested", icon: "⚠", description: "claimants' ranges do not overlap" },
  party_only: {
    label: "Party only",
    icon: "◐",
    description: "only the parties to the violence have given a figure",
  },
};

export const PARTY_ORDER: readonly Party[] = ["state", "non_state", "independent"];

/** Sides: the label and a colour with at least 4.5:1 contrast on white (used for marks and text). */
export const PARTIES: Record<Party, { label: string; colour: string }> = {
  state: { label: "State", colour: "#1d4f91" },
  non_state: { label: "Armed groups", colour: "#a3271b" },
  independent: { label: "Independent", colour: "#3b6323" },
};

export const CLAIMANT_TYPE_LABELS: Record<ClaimantType, string> = {
  state_military: "military",
  government: "government",
  armed_group: "armed group",
  official: "official",
  media: "media",
  witness: "witness",
  unknown: "unknown",
};

export const SCOPE_LABELS: Record<Scope, string> = {
  single: "single report",
  increment: "increment",
  cumulative: "running total",
};

export const MODALITY_LABELS: Record<Modality, string> = {
  asserted: "asserted",
  denied: "denied",
  threatened: "threatened",
  reported_unconfirmed: "unconfirmed",
};

/**
 * UCDP where_prec: what the place stands for and the radius of the ring drawn around it (km);
 * null radius: the region is shaded instead (5–7).
 */
export const WHERE_PREC: Record<number, { label: string; km: number | null }> = {
  1: { label: "exact place", km: 2 },
  2: { label: "within about 25 km of the place", km: 25 },
  3: { label: "district (second-order division)", km: 50 },
  4: { label: "province (first-order division)", km: 200 },
  5: { label: "part of a country", km: null },
  6: { label: "country", km: null },
  7: { label: "country or wider region, or at sea", km: null },
};

export const STRATEGIES = [
  { value: "ucdp", label: "UCDP: an independent figure, else the lower party figure" },
  { value: "conservative", label: "Conservative (ACLED): the lowest credible figure" },
  { value: "gtd", label: "GTD: the latest independent figure, else the majority" },
  { value: "range", label: "Range (IBC, Airwars): lowest to highest, no best" },
] as const;
export type StrategyName = (typeof STRATEGIES)[number]["value"];

/**
 * Claimant highlight colours in article text: a light background (the text on it, #1b1b1b, has
 * over 12:1 contrast) and a dark edge for the underline and the legend swatch.
 */
export const CLAIMANT_COLOURS: readonly { bg: string; edge: string }[] = [
  { bg: "#ffe27a", edge: "#7a5c00" },
  { bg: "#bfe1ff", edge: "#0b4f82" },
  { bg: "#ffcdd2", edge: "#9b1c2c" },
  { bg: "#c9efc1", edge: "#2c6a1f" },
  { bg: "#e2d4ff", edge: "#5b3a9e" },
  { bg: "#ffd9b0", edge: "#8a4500" },
  { bg: "#c4f1ec", edge: "#0f625a" },
  { bg: "#f3d6ea", edge: "#8a2469" },
];

/** Series colours for lines and points on white (each over 4.5:1). */
export const SERIES_COLOURS: readonly string[] = [
  "#1d4f91",
  "#a3271b",
  "#3b6323",
  "#6b3fa0",
  "#8a4500",
  "#0f625a",
  "#8a2469",
  "#4d4d4d",
];
