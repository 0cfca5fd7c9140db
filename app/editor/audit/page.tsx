import type { Metadata } from 'next';
import Link from 'next/link';
import { listAuditLog, type AuditEntryView } from '@/db/editor';
import { listStaff } from '@/db/users';
import { canOnSite } from '@/lib/permissions';
import { requireStaff } from '@/web/session';
import { NoAccess } from '@/components/editor/no-access';
import { SiteDateTime } from '@/components/ui/site-date-time';
import { getSiteClock } from '@/db/settings';
import { editorArticlePath, editorMediaPath, editorProfilePath, editorScreenPath, editorStaticPagePath } from '@/lib/paths';
import {
  auditActionNamesObject,
  auditActionWords,
  auditFilterActions,
  auditVerb,
  shortTitle,
  titleFromArticleSummary,
} from '@/lib/audit-words';
import { siteDayBounds } from '@/lib/site-time';

export const metadata: Metadata = { title: 'Audit log' };

const PAGE_SIZE = 50;

type Param = string | string[] | undefined;

interface AuditPageProps {
  searchParams: Promise<{ before?: Param; person?: Param; action?: Param; from?: Param; to?: Param }>;
}

/** A whole number from the address, or nothing (anything else is ignored). */
function positiveId(value: Param): number | undefined {
  if (typeof value !== 'string' || !/^[1-9]\d{0,15}$/.test(value)) return undefined;
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : undefined;
}

function single(value: Param): string {
  return typeof value === 'string' ? value.slice(0, 100) : '';
}

/** What the entry is about, as words and (while it exists) a link. */
function objectOf(entry: AuditEntryView): { text: string; href: string | null } | null {
  if (!auditActionNamesObject(entry.action)) return null;
  const id = entry.targetId;
  switch (entry.targetType) {
    case 'article':
      return {
        text: `‘${shortTitle(entry.articleTitle || titleFromArticleSummary(entry.summary) || 'Untitled draft')}’`,
        href: id !== null && entry.articleTitle !== null ? editorArticlePath(id) : null,
      };
    case 'user':
      return {
        text: entry.targetUserName ?? entry.summary,
        href: id !== null && entry.targetUserName !== null ? `${editorScreenPath('users')}#user-${id}` : null,
      };
    case 'page':
      return {
        text: `‘${shortTitle(entry.summary)}’`,
        href: id !== null && entry.action !== 'page.delete' ? editorStaticPagePath(id) : null,
      };
    case 'media':
      return { text: shortTitle(entry.summary), href: id !== null && entry.action !== 'media.delete' ? editorMediaPath(id) : null };
    case 'profile':
      return { text: shortTitle(entry.summary), href: id !== null ? editorProfilePath(id) : null };
    default:
      return entry.summary ? { text: shortTitle(entry.summary), href: null } : null;
  }
}

export default async function AuditPage({ searchParams }: AuditPageProps) {
  const staff = await requireStaff(editorScreenPath('audit'));
  if (!canOnSite(staff, 'viewAuditLog')) {
    return <NoAccess title="Audit log" />;
  }
  const params = await searchParams;
  const clock = await getSiteClock();
  const person = positiveId(params.person);
  const action = auditFilterActions.includes(single(params.action)) ? single(params.action) : '';
  const fromDay = siteDayBounds(single(params.from), clock.timeZone);
  const toDay = siteDayBounds(single(params.to), clock.timeZone);
  const before = positiveId(params.before);
  const [entries, people] = await Promise.all([
    listAuditLog({ actorId: person, action: action || undefined, from: fromDay?.start, to: toDay?.end, beforeId: before }, PAGE_SIZE + 1),
    listStaff(),
  ]);
  const shown = entries.slice(0, PAGE_SIZE);
  const oldest = shown.at(-1);
  // Filters stay in every link, so paging through one person's entries keeps showing only theirs.
  const filterQuery: Record<string, string | number> = {
    ...(person ? { person } : {}),
    ...(action ? { action } : {}),
    ...(fromDay ? { from: single(params.from) } : {}),
    ...(toDay ? { to: single(params.to) } : {}),
  };
  const filtered = Object.keys(filterQuery).length > 0;

  return (
    <>
      <h1>Audit log</h1>
      <p className="muted">Who did what, newest first. {before ? 'Older entries.' : null}</p>
      <form className="editor-toolbar-row audit-filters" method="get" action={editorScreenPath('audit')} aria-label="Filter the audit log">
        <div className="field">
          <label htmlFor="audit-person">Person</label>
          <select id="audit-person" name="person" defaultValue={person ?? ''}>
            <option value="">Everyone</option>
            {people.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-action">Action</label>
          <select id="audit-action" name="action" defaultValue={action}>
            <option value="">Any action</option>
            {auditFilterActions.map((code) => (
              <option key={code} value={code}>
                {auditActionWords[code]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-from">From</label>
          <input id="audit-from" name="from" type="date" defaultValue={fromDay ? single(params.from) : ''} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">To</label>
          <input id="audit-to" name="to" type="date" defaultValue={toDay ? single(params.to) : ''} />
        </div>
        <button type="submit" className="button">
          Filter
        </button>
        {filtered && <Link href={editorScreenPath('audit')}>Clear filters</Link>}
      </form>
      {shown.length === 0 ? (
        <p>{filtered ? 'No entries match these filters.' : 'No entries.'}</p>
      ) : (
        <table className="data-table audit-table">
          <thead>
            <tr>
              <th scope="col">When ({clock.timeZone})</th>
              <th scope="col">What happened</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => {
              const object = objectOf(entry);
              const who = entry.actorName || entry.actorEmail || 'Someone';
              // Setup, ADMIN_EMAIL and the command line record the new account as its own creator.
              const selfMade = entry.action === 'user.create' && entry.actorId !== null && entry.actorId === entry.targetId;
              return (
                <tr key={entry.id}>
                  <td className="audit-when">
                    <SiteDateTime date={entry.createdAt} compact />
                  </td>
                  <td className="audit-sentence">
                    {entry.actorId !== null ? (
                      <Link href={editorScreenPath('audit', { ...filterQuery, person: entry.actorId })} title={`Only ${who}’s entries`}>
                        {who}
                      </Link>
                    ) : (
                      <span>{who}</span>
                    )}{' '}
                    {selfMade ? 'got an account' : auditVerb(entry.action)}
                    {object && !selfMade && (
                      <> {object.href ? <Link href={object.href}>{object.text}</Link> : <span>{object.text}</span>}</>
                    )}
                  </td>
                  <td className="audit-detail">
                    <code>{entry.action}</code> {entry.summary}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <nav className="pagination" aria-label="Audit log pages">
        {before && <Link href={editorScreenPath('audit', filterQuery)}>Newest entries</Link>}
        {/* One entry more than a page was read: there are older ones. The id cursor keeps pages stable while new entries arrive. */}
        {entries.length > PAGE_SIZE && oldest && (
          <Link href={editorScreenPath('audit', { ...filterQuery, before: oldest.id })} rel="next">
            Older entries
          </Link>
        )}
      </nav>
    </>
  );
}
