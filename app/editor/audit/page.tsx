import type { Metadata } from 'next';
import Link from 'next/link';
import { listAuditLog } from '@/db/editor';
import { canOnSite } from '@/lib/permissions';
import { requireStaff } from '@/web/session';
import { NoAccess } from '@/components/editor/no-access';
import { SiteDateTime } from '@/components/ui/site-date-time';
import { getSiteClock } from '@/db/settings';
import { editorScreenPath } from '@/lib/paths';

export const metadata: Metadata = { title: 'Audit log' };

const PAGE_SIZE = 200;

interface AuditPageProps {
  searchParams: Promise<{ before?: string | string[] }>;
}

/** A cursor from the address: a positive whole number, or nothing (anything else is ignored). */
function parseBefore(value: string | string[] | undefined): number | undefined {
  if (typeof value !== 'string' || !/^[1-9]\d{0,15}$/.test(value)) return undefined;
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : undefined;
}

export default async function AuditPage({ searchParams }: AuditPageProps) {
  const staff = await requireStaff(editorScreenPath('audit'));
  if (!canOnSite(staff, 'viewAuditLog')) {
    return <NoAccess title="Audit log" />;
  }
  const before = parseBefore((await searchParams).before);
  const [entries, { timeZone: zone }] = await Promise.all([listAuditLog(PAGE_SIZE, before), getSiteClock()]);
  const oldest = entries.at(-1);

  return (
    <>
      <h1>Audit log</h1>
      <p className="muted">
        {before ? `Entries older than #${before}, newest first.` : `The latest ${PAGE_SIZE} entries, newest first.`}
        {before && (
          <>
            {' '}
            <Link href={editorScreenPath('audit')}>Back to the latest entries</Link>
          </>
        )}
      </p>
      {entries.length === 0 ? (
        <p>No entries.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">When ({zone})</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Target</th>
              <th scope="col">Summary</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <SiteDateTime date={entry.createdAt} compact />
                </td>
                <td>{entry.actorName || entry.actorEmail || 'anonymous'}</td>
                <td>
                  <code>{entry.action}</code>
                </td>
                <td>{entry.targetId === null ? entry.targetType : `${entry.targetType} #${entry.targetId}`}</td>
                <td>{entry.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {/* A full page suggests there is more; the id cursor keeps pages stable while new entries arrive. */}
      {entries.length === PAGE_SIZE && oldest && (
        <p>
          <Link href={editorScreenPath('audit', { before: oldest.id })}>Older entries</Link>
        </p>
      )}
    </>
  );
}
