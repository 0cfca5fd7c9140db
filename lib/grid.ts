/**
 * Card grids without a lonely last row: `count` cards in rows of at most `perRow`, as few rows as that
 * allows, the rows as even as they can be, the fuller rows last (five in rows of three: two, then three).
 * Each card's width is returned in twelfths of the row, the grid's columns in app/globals.css.
 */
export const GRID_COLUMNS = 12;

export function balancedRowSizes(count: number, perRow: number): number[] {
  if (!Number.isInteger(count) || count < 0) throw new Error(`A card count must be a whole number (got ${count}).`);
  if (![1, 2, 3, 4, 6].includes(perRow)) throw new Error(`Rows of ${perRow} do not divide ${GRID_COLUMNS} columns.`);
  if (count === 0) return [];
  const rows = Math.ceil(count / perRow);
  const base = Math.floor(count / rows);
  const fuller = count % rows;
  return Array.from({ length: rows }, (_, row) => (row >= rows - fuller ? base + 1 : base));
}

/** Each card's span, in twelfths, for `count` cards in balanced rows of at most `perRow`. */
export function balancedSpans(count: number, perRow: number): number[] {
  return balancedRowSizes(count, perRow).flatMap((size) => Array.from({ length: size }, () => GRID_COLUMNS / size));
}
