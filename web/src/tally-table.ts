// The tally table: low, best, high and grade per (outcome, group); contested rows carry a
// visible "⚠ Contested" (never colour alone). For an incident, each side's figure and a button
// that shows the claims behind the row.
import type { IncidentTallyRow, OutcomeTotal, TallyRow } from "./api-types.js";
import { esc, figure, groupLabel, num, outcomeLabel } from "./format.js";
import { GRADES, GROUP_ORDER, OUTCOME_ORDER, PARTIES, PARTY_ORDER } from "./labels.js";

export function gradeBadge(grade: TallyRow["grade"]): string {
  const g = GRADES[grade];
  if (!g) return esc(grade);
  return `<span class="grade grade-${esc(grade)}" title="${esc(g.description)}"><span class="grade-icon" aria-hidden="true">${g.icon}</span> ${esc(g.label)}</span>`;
}

export function sortRows<T extends TallyRow>(rows: readonly T[]): T[] {
  const rank = (r: TallyRow) => OUTCOME_ORDER.indexOf(r.outcome) * 10 + GROUP_ORDER.indexOf(r.group);
  return [...rows].sort((a, b) => rank(a) - rank(b));
}

function isIncidentRow(r: TallyRow): r is IncidentTallyRow {
  return "sides" in r;
}

export function tallyTable(rows: readonly TallyRow[], caption: string, opts: { id?: string } = {}): string {
  const sorted = sortRows(rows);
  const withSides = sorted.some(isIncidentRow);
  const sideHeads = withSides
    ? PARTY_ORDER.map((p) => `<th scope="col" class="num">${esc(PARTIES[p].label)}</th>`).join("")
    : "";
  const body = sorted
    .map((r) => {
      const contested = r.grade === "contested";
      const sides = isIncidentRow(r)
        ? PARTY_ORDER.map((p) => {
            const s = r.sides[p];
            return `<td class="num">${s ? `${figure(s.low, s.best, s.high)}` : `<span class="muted">–</span>`}</td>`;
          }).join("")
        : "";
      const claims = withSides
        ? `<td><button type="button" class="link-button" data-show-claims="${esc(r.outcome)}|${esc(r.group)}">${num(r.claims.length)} claim${r.claims.length === 1 ? "" : "s"}</button></td>`
        : `<td class="num">${num(r.claims.length)}</td>`;
      return `<tr data-outcome="${esc(r.outcome)}" data-group="${esc(r.group)}" data-grade="${esc(r.grade)}"${contested ? ' class="contested"' : ""}>
        <th scope="row">${esc(outcomeLabel(r.outcome))}</th>
        <td>${esc(groupLabel(r.group))}</td>
        <td class="num" data-figure="low">${num(r.low)}</td>
        <td class="num best" data-figure="best">${num(r.best)}</td>
        <td class="num" data-figure="high">${num(r.high)}</td>
        <td>${gradeBadge(r.grade)}</td>
        ${sides}${claims}
      </tr>`;
    })
    .join("");
  return `<div class="table-wrap"><table class="data tally"${opts.id ? ` id="${esc(opts.id)}"` : ""}>
    <caption>${esc(caption)}</caption>
    <thead><tr><th scope="col">Outcome</th><th scope="col">Group</th><th scope="col" class="num">Low</th>
      <th scope="col" class="num">Best</th><th scope="col" class="num">High</th><th scope="col">Grade</th>
      ${sideHeads}<th scope="col">${withSides ? "Behind it" : "Claims"}</th></tr></thead>
    <tbody>${body || `<tr><td colspan="${withSides ? 10 : 7}" class="empty">No figures.</td></tr>`}</tbody>
  </table></div>`;
}

const PART_LABELS: [keyof OutcomeTotal["parts"], string][] = [
  ["security_forces", "security forces"],
  ["militants", "militants"],
  ["civilians", "civilians and hostages"],
  ["unknown", "side not given"],
];

/**
 * The totals across groups (CODEBOOK §3b), one row per outcome: the figure the incidents list and
 * every export show, its grade, the parts of its best figure and each claimant's own total.
 */
export function totalsTable(totals: readonly OutcomeTotal[], caption: string): string {
  if (totals.length === 0) return `<p class="muted">No figures.</p>`;
  const body = totals
    .map((t) => {
      const parts = PART_LABELS.filter(([k]) => t.parts[k] !== null)
        .map(([k, label]) => `${num(t.parts[k])} ${esc(label)}`)
        .join(" + ");
      const claimants = t.claimants
        .map(
          (c) =>
            `<li>${esc(c.name)} <span class="muted">(${esc(PARTIES[c.party]?.label ?? c.party)})</span>: ${figure(c.low, c.best, c.high)}${c.completed.length ? ` <span class="muted">with others' figures for ${esc(c.completed.map(groupLabel).join(", "))}</span>` : ""}</li>`,
        )
        .join("");
      return `<tr data-outcome="${esc(t.outcome)}" data-grade="${esc(t.grade)}"${t.grade === "contested" ? ' class="contested"' : ""}>
        <th scope="row">${esc(outcomeLabel(t.outcome))}</th>
        <td class="num" data-figure="low">${num(t.low)}</td>
        <td class="num best" data-figure="best">${num(t.best)}</td>
        <td class="num" data-figure="high">${num(t.high)}</td>
        <td>${gradeBadge(t.grade)}</td>
        <td>${parts || `<span class="muted">–</span>`}</td>
        <td><details><summary>${num(t.claimants.length)} claimant${t.claimants.length === 1 ? "" : "s"}</summary><ul class="plain">${claimants}</ul></details></td>
      </tr>`;
    })
    .join("");
  return `<div class="table-wrap"><table id="totals-table" class="data tally">
    <caption>${esc(caption)}</caption>
    <thead><tr><th scope="col">Outcome</th><th scope="col" class="num">Low</th><th scope="col" class="num">Best</th><th scope="col" class="num">High</th><th scope="col">Grade</th><th scope="col">Parts of the best figure</th><th scope="col">Each claimant's total</th></tr></thead>
    <tbody>${body}</tbody></table></div>`;
}
