import type { ReactNode } from 'react';
import { balancedSpans } from '@/lib/grid';

interface CardGridProps {
  /** The cards, in reading order, each with its React key. */
  cards: Array<{ key: string | number; card: ReactNode }>;
  /** The most cards a row holds on a wide screen; tablets take two, phones one. */
  perRow: 3 | 4;
  className?: string;
}

/** Cards in balanced rows (lib/grid.ts): never a lonely card under a full row, on a wide screen or a tablet. */
export function CardGrid({ cards, perRow, className }: CardGridProps) {
  const wide = balancedSpans(cards.length, perRow);
  const tablet = balancedSpans(cards.length, 2);
  return (
    <div className={`card-grid${className ? ` ${className}` : ''}`}>
      {cards.map(({ key, card }, index) => (
        <div key={key} className={`grid-cell span-${wide[index]} tablet-span-${tablet[index]}`}>
          {card}
        </div>
      ))}
    </div>
  );
}
