/**
 * Column headers of data tables. Current policies put their CCPA disclosures in tables ("Category
 * | Disclosed to | Sold to"); a cell such as "Advertising providers" means nothing without its
 * column's header, so each body cell is given its header as a lead-in, like a list item's.
 */

// Bounds for hostile pages: huge tables are read as plain cells.
const MAX_ROWS = 400;
const MAX_COLUMNS = 20;
const MAX_HEADER = 300;

const cellsOf = (row: Element): Element[] => [...row.children].filter((c) => /^t[dh]$/i.test(c.tagName)).slice(0, MAX_COLUMNS + 1);

/** The rows of a table, not those of tables nested in it. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const part of [...table.children]) {
    const tag = part.tagName.toLowerCase();
    if (tag === 'tr') rows.push(part);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') for (const r of [...part.children]) if (r.tagName.toLowerCase() === 'tr') rows.push(r);
    if (rows.length > MAX_ROWS) return [];
  }
  return rows;
}

/**
 * Maps each body cell of `table` to its column's header text. The header row is the first row,
 * when it is made of `th` cells or of short cells over at least two columns and two more rows.
 */
export function columnHeaders(table: Element): Map<Element, string> {
  const out = new Map<Element, string>();
  const rows = rowsOf(table);
  const head = rows[0] ? cellsOf(rows[0]) : [];
  if (rows.length < 2 || head.length < 2 || head.length > MAX_COLUMNS) return out;
  const texts = head.map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim());
  const isHeader = head.every((c) => c.tagName.toLowerCase() === 'th') || (rows.length >= 3 && texts.every((t) => t.length > 0 && t.length <= MAX_HEADER));
  if (!isHeader) return out;
  for (const row of rows.slice(1)) {
    cellsOf(row).forEach((cell, j) => {
      const header = texts[j];
      if (header) out.set(cell, header);
    });
  }
  return out;
}
