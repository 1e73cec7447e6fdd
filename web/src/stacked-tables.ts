// Tables on a narrow screen: styles.css stacks each row of a `table.data` into a card below
// 40rem, and a cell shows its column's name before its value (`td::before`, from `data-label`).
// The names are the table's own column headers, copied onto every body cell here, so that no
// page writes them twice; a watch on <main> labels the rows a page draws later (a new page of
// incidents, "Show all" claims) as they arrive.

/** A header's visible words: its text without what is hidden from readers (sort arrows). */
function headerText(th: Element): string {
  const copy = th.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** The column names of `table`'s first header row, a colspan spreading one over its columns. */
function columnNames(table: HTMLTableElement): string[] {
  const head = table.tHead?.rows[0];
  if (!head) return [];
  const names: string[] = [];
  for (const th of head.cells) {
    const text = headerText(th);
    for (let i = 0; i < th.colSpan; i++) names.push(text);
  }
  return names;
}

/** Gives each body cell of `table` that has none its column's name as `data-label`. */
export function labelColumns(table: HTMLTableElement): void {
  const names = columnNames(table);
  if (names.length === 0) return;
  for (const body of table.tBodies) {
    for (const row of body.rows) {
      let column = 0;
      for (const cell of row.cells) {
        const name = names[column];
        column += cell.colSpan;
        if (cell.tagName !== "TD" || cell.colSpan > 1 || !name || cell.dataset.label !== undefined) continue;
        cell.dataset.label = name;
      }
    }
  }
}

/** Labels the tables under `root` now and whenever rows are added under it. */
export function watchTables(root: HTMLElement): void {
  // The observer hears a page's changes in one batch, before the browser paints them.
  const run = () => {
    for (const table of root.querySelectorAll<HTMLTableElement>("table.data")) labelColumns(table);
  };
  new MutationObserver(run).observe(root, { childList: true, subtree: true });
  run();
}
