// One tooltip for the page (#claim-tip, role="tooltip"), shown beside a highlight on hover and
// on keyboard focus, hidden on Escape, blur or leaving it. Its content is what the target's
// aria-describedby points to, so sighted and screen-reader users get the same text.
let owner: HTMLElement | null = null;

function tip(): HTMLElement {
  return document.getElementById("claim-tip")!;
}

export function showTip(target: HTMLElement, html: string): void {
  const el = tip();
  el.innerHTML = html;
  el.hidden = false;
  owner = target;
  target.classList.add("tip-open");
  const r = target.getBoundingClientRect();
  const w = el.offsetWidth;
  const h = el.offsetHeight;
  const left = Math.max(8, Math.min(r.left, window.innerWidth - w - 8));
  const below = r.bottom + 8;
  const top = below + h > window.innerHeight - 8 && r.top - h - 8 > 8 ? r.top - h - 8 : below;
  el.style.left = `${Math.round(left + window.scrollX)}px`;
  el.style.top = `${Math.round(top + window.scrollY)}px`;
}

export function hideTip(): void {
  const el = document.getElementById("claim-tip");
  if (el) el.hidden = true;
  owner?.classList.remove("tip-open");
  owner = null;
}

/**
 * Shows a tooltip for elements matching `selector` inside `container`: `content` returns its
 * HTML (or null for none).
 */
export function attachTips(
  container: HTMLElement,
  selector: string,
  content: (target: HTMLElement) => string | null,
): void {
  const open = (e: Event) => {
    const target = (e.target as Element | null)?.closest<HTMLElement>(selector);
    if (!target || !container.contains(target)) return;
    const html = content(target);
    if (html) showTip(target, html);
  };
  const close = (e: Event) => {
    const target = (e.target as Element | null)?.closest<HTMLElement>(selector);
    if (target && target === owner) {
      const next = (e as FocusEvent | MouseEvent).relatedTarget as Node | null;
      if (next && target.contains(next)) return;
      hideTip();
    }
  };
  container.addEventListener("mouseover", open);
  container.addEventListener("focusin", open);
  container.addEventListener("mouseout", close);
  container.addEventListener("focusout", close);
  container.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && owner) hideTip();
  });
}
