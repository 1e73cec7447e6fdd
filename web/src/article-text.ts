// An article's text with its claims' evidence highlighted, the claimants' colour legend, and the
// tooltip wiring (hover and focus show the claims of a highlight). Used by the article page and
// by the add page's preview.
import type { Claim } from "./api-types.js";
import { esc, num } from "./format.js";
import { claimDescriptions, claimTip, claimantColours, colourClass, highlightText } from "./highlight.js";
import { CLAIMANT_TYPE_LABELS } from "./labels.js";
import { attachTips, hideTip, showTip } from "./tooltip.js";

export interface ArticleTextView {
  html: string;
  colours: Map<string, number>;
}

export function articleTextHtml(text: string, claims: readonly Claim[], prefix: string): ArticleTextView {
  const colours = claimantColours(claims);
  const counts = new Map<string, { claim: Claim; n: number }>();
  for (const c of claims) {
    const k = counts.get(c.claimant.name);
    counts.set(c.claimant.name, { claim: k?.claim ?? c, n: (k?.n ?? 0) + 1 });
  }
  const legend = [...colours.entries()]
    .map(([name, i]) => {
      const k = counts.get(name)!;
      return `<li><span class="swatch ${colourClass(i)}" aria-hidden="true"></span>${esc(name)}
        <span class="muted">(${esc(CLAIMANT_TYPE_LABELS[k.claim.claimant.type] ?? k.claim.claimant.type)}; ${num(k.n)} claim${k.n === 1 ? "" : "s"})</span></li>`;
    })
    .join("");
  const html = `
    ${legend ? `<div class="legend-box"><h3 class="small-heading" id="${prefix}-legend">Claimants</h3><ul class="legend" aria-labelledby="${prefix}-legend">${legend}</ul></div>` : ""}
    <p class="hint">Highlighted words are the evidence of a claim: hover over one, or move to it with Tab, to see the claim.</p>
    <div class="article-text" id="${prefix}-text">${highlightText(text, claims, { prefix, colours })}</div>
    ${claimDescriptions(claims, prefix)}`;
  return { html, colours };
}

/** Wires the tooltips and the "Show in text" buttons inside `container`. */
export function wireArticleText(
  container: HTMLElement,
  claims: readonly Claim[],
  colours: Map<string, number>,
): void {
  const byId = new Map(claims.map((c) => [c.id, c]));
  attachTips(container, "mark.ev", (mark) => {
    const ids = (mark.dataset.claims ?? "").split(" ").filter(Boolean);
    const own = ids.map((id) => byId.get(id)).filter((c): c is Claim => !!c);
    return own.length ? claimTip(own, colours) : null;
  });
  container.addEventListener("click", (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>("button[data-show-claim]");
    if (button) focusClaim(container, button.dataset.showClaim!, colours, claims);
  });
}

/** Scrolls to a claim's first highlight, focuses it and shows its tooltip; false when there is none. */
export function focusClaim(
  container: HTMLElement,
  claimId: string,
  colours: Map<string, number>,
  claims: readonly Claim[],
): boolean {
  const marks = container.querySelectorAll<HTMLElement>(`mark.ev[data-claims~="${CSS.escape(claimId)}"]`);
  const first = marks[0];
  if (!first) return false;
  container.querySelectorAll(".ev.current").forEach((m) => m.classList.remove("current"));
  marks.forEach((m) => m.classList.add("current"));
  first.scrollIntoView({ block: "center" });
  first.focus({ preventScroll: true });
  const claim = claims.find((c) => c.id === claimId);
  if (claim) showTip(first, claimTip([claim], colours));
  else hideTip();
  return true;
}
