import { describe, expect, it } from 'vitest';
import { balancedRowSizes, balancedSpans, GRID_COLUMNS } from '@/lib/grid';

describe('balanced card grids', () => {
  it('never leaves a last row emptier than the rows above it', () => {
    for (const perRow of [2, 3, 4]) {
      for (let count = 1; count <= 30; count++) {
        const rows = balancedRowSizes(count, perRow);
        expect(rows.reduce((sum, size) => sum + size, 0)).toBe(count);
        expect(rows.length).toBe(Math.ceil(count / perRow));
        expect(Math.max(...rows)).toBeLessThanOrEqual(perRow);
        expect(Math.max(...rows) - Math.min(...rows)).toBeLessThanOrEqual(1);
        expect(rows).toEqual([...rows].sort((a, b) => a - b));
      }
    }
  });

  it('lays five related stories out as two then three', () => {
    expect(balancedRowSizes(5, 3)).toEqual([2, 3]);
    expect(balancedSpans(5, 3)).toEqual([6, 6, 4, 4, 4]);
    expect(balancedSpans(4, 3)).toEqual([6, 6, 6, 6]);
    expect(balancedSpans(4, 4)).toEqual([3, 3, 3, 3]);
    expect(balancedSpans(0, 3)).toEqual([]);
  });

  it('fills every row of the twelve columns exactly', () => {
    for (let count = 1; count <= 20; count++) {
      const spans = balancedSpans(count, 3);
      expect(spans.reduce((sum, span) => sum + span, 0) % GRID_COLUMNS).toBe(0);
    }
  });

  it('refuses rows that do not divide the columns', () => {
    expect(() => balancedSpans(5, 5)).toThrow();
    expect(() => balancedSpans(-1, 3)).toThrow();
  });
});
