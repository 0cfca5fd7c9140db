import type { ChecklistItem } from '@/lib/publish-checklist';

const marks: Record<ChecklistItem['level'], { symbol: string; label: string }> = {
  block: { symbol: '✕', label: 'Must fix' },
  warn: { symbol: '!', label: 'Check' },
  ok: { symbol: '✓', label: 'Done' },
};

/** What the story still lacks before it goes out: must-fix items first, then warnings, then what is done. */
export function PublishChecklist({ items, heading, id }: { items: ChecklistItem[]; heading: string; id: string }) {
  const order = { block: 0, warn: 1, ok: 2 } as const;
  const sorted = [...items].sort((a, b) => order[a.level] - order[b.level]);
  const blocking = items.filter((item) => item.level === 'block').length;
  const warnings = items.filter((item) => item.level === 'warn').length;
  const summary =
    blocking > 0
      ? `${blocking} to fix before publishing`
      : warnings > 0
        ? `Ready, with ${warnings} ${warnings === 1 ? 'thing' : 'things'} to check`
        : 'Ready to publish';
  return (
    <section className="publish-checklist" aria-labelledby={`${id}-heading`} id={id} tabIndex={-1}>
      <h2 id={`${id}-heading`} className="publish-checklist-heading">
        {heading} <span className={`publish-checklist-summary${blocking > 0 ? ' is-blocked' : ''}`}>{summary}</span>
      </h2>
      <ul>
        {sorted.map((item) => (
          <li key={item.key} className={`checklist-${item.level}`}>
            <span className="checklist-mark" aria-hidden="true">
              {marks[item.level].symbol}
            </span>
            <span className="visually-hidden">{marks[item.level].label}: </span>
            {item.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
