// Chart labels are never clipped (issue 10 §3): after a chart is drawn, each label that reaches
// past its SVG's edge (a long figure at the right, an axis's last date, a place at the map's edge)
// is moved back inside, and one wider than the whole chart is cut short with "…" (its full words
// stay in the chart's title and table). Measured in the browser, in the SVG's own units, so it
// holds at any width the chart is drawn or scaled to.

const EDGE = 2;

/** The SVG units one screen pixel is worth, across and down. */
function unitsPerPixel(svg: SVGSVGElement): [number, number] {
  const box = svg.getBoundingClientRect();
  const view = svg.viewBox.baseVal;
  if (!view || view.width === 0 || box.width === 0) return [1, 1];
  return [view.width / box.width, view.height / box.height];
}

/** The first text node of a label (a <title> child keeps its own words). */
function words(text: SVGTextElement): Text | null {
  for (const n of text.childNodes)
    if (n.nodeType === Node.TEXT_NODE && n.textContent?.trim()) return n as Text;
  return null;
}

/** Cuts `text` short, a character at a time, until it is no wider than `room` pixels. */
function shorten(text: SVGTextElement, room: number): void {
  const node = words(text);
  if (!node) return;
  let s = node.textContent ?? "";
  while (s.length > 1 && text.getBoundingClientRect().width > room) {
    s = s.slice(0, -1);
    node.textContent = `${s.trimEnd()}…`;
  }
}

function shift(text: SVGTextElement, attr: "dx" | "dy", by: number): void {
  const now = Number.parseFloat(text.getAttribute(attr) ?? "0") || 0;
  text.setAttribute(attr, String(now + by));
}

/** Moves every label of `svg` inside it (see the file's comment). */
export function keepLabelsInside(svg: SVGSVGElement): void {
  const frame = svg.getBoundingClientRect();
  if (frame.width === 0) return;
  const [ux, uy] = unitsPerPixel(svg);
  for (const text of svg.querySelectorAll<SVGTextElement>("text")) {
    let box = text.getBoundingClientRect();
    if (box.width === 0) continue;
    const room = frame.width - 2 * EDGE;
    if (box.width > room) {
      shorten(text, room);
      box = text.getBoundingClientRect();
    }
    // Rotated labels (an axis's title) move along their own axes: only straight ones are moved.
    const straight = !text.getAttribute("transform")?.includes("rotate");
    if (!straight) continue;
    if (box.right > frame.right - EDGE) shift(text, "dx", (frame.right - EDGE - box.right) * ux);
    else if (box.left < frame.left + EDGE) shift(text, "dx", (frame.left + EDGE - box.left) * ux);
    if (box.bottom > frame.bottom) shift(text, "dy", (frame.bottom - box.bottom) * uy);
    else if (box.top < frame.top) shift(text, "dy", (frame.top - box.top) * uy);
  }
}
