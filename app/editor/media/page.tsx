import type { Metadata } from 'next';
import Link from 'next/link';
import { UploadPictureForm } from '@/components/editor/media/picture-forms';
import { listLibrary, listUploaders } from '@/db/media';
import { getSiteClock } from '@/db/settings';
import { decodeCursor } from '@/lib/pagination';
import { editorMediaPath } from '@/lib/paths';
import { formatSiteMoment } from '@/lib/site-time';
import { requireStaff } from '@/web/session';

export const metadata: Metadata = { title: 'Library' };

type Param = string | string[] | undefined;

interface LibraryPageProps {
  searchParams: Promise<{ q?: Param; by?: Param; before?: Param; deleted?: Param }>;
}

const first = (value: Param) => (Array.isArray(value) ? value[0] : value) ?? '';

const deletedNotices = new Map([
  ['1', 'Picture deleted.'],
  ['removed', 'Picture removed from the stories that used it, and deleted.'],
]);

function libraryHref(query: { q: string; by: string; before?: string }): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.by) params.set('by', query.by);
  if (query.before) params.set('before', query.before);
  const search = params.toString();
  return `${editorMediaPath()}${search ? `?${search}` : ''}`;
}

/** Every picture, newest first: searched by its words, filtered by who uploaded it, a page at a time; and the upload form. */
export default async function LibraryPage({ searchParams }: LibraryPageProps) {
  await requireStaff(editorMediaPath());
  const params = await searchParams;
  const q = first(params.q).trim().slice(0, 200);
  const byParam = first(params.by);
  const uploaderId = /^[1-9]\d{0,11}$/.test(byParam) ? Number(byParam) : undefined;
  const beforeParam = first(params.before);
  const cursor = beforeParam ? decodeCursor(beforeParam) : null;
  const [page, uploaders, clock] = await Promise.all([
    listLibrary({ text: q, ...(uploaderId === undefined ? {} : { uploaderId }), cursor }),
    listUploaders(),
    getSiteClock(),
  ]);
  const by = uploaderId === undefined ? '' : String(uploaderId);
  const notice = deletedNotices.get(first(params.deleted));
  const filtered = Boolean(q || by);

  return (
    <>
      <h1>Library</h1>
      {notice && (
        <p className="form-notice" role="status">
          {notice}
        </p>
      )}
      <div className="library-layout">
        <section aria-labelledby="library-pictures-heading" className="library-browse">
          <h2 id="library-pictures-heading" className="visually-hidden">
            Pictures
          </h2>
          <form className="library-filter" action={editorMediaPath()} method="get" role="search" aria-label="Search the library">
            <div className="field">
              <label htmlFor="library-q">Search</label>
              <input id="library-q" type="search" name="q" defaultValue={q} placeholder="Description, caption, credit or alt text" />
            </div>
            <div className="field">
              <label htmlFor="library-by">Uploaded by</label>
              <select id="library-by" name="by" defaultValue={by}>
                <option value="">Anyone</option>
                {uploaders.map((uploader) => (
                  <option key={uploader.id} value={uploader.id}>
                    {uploader.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button">
              Search
            </button>
            {filtered && <Link href={editorMediaPath()}>Show every picture</Link>}
          </form>
          {page.items.length === 0 ? (
            <p className="muted">{filtered || cursor ? 'No pictures match.' : 'The library is empty. Upload the first picture.'}</p>
          ) : (
            <ul className="library-grid">
              {page.items.map((item) => (
                <li key={item.id} className="library-item">
                  <Link href={editorMediaPath(item.id)}>
                    <img
                      src={item.thumbnailUrl}
                      alt=""
                      width={320}
                      height={Math.max(1, Math.round((320 * item.height) / item.width))}
                      loading="lazy"
                    />
                    <span className="library-item-name">{item.description || item.caption || 'Untitled picture'}</span>
                  </Link>
                  <span className="library-item-meta">
                    {item.credit && <span>{item.credit} · </span>}
                    {item.uploadedBy.name}, {formatSiteMoment(item.createdAt, clock)}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {(page.nextCursor || cursor) && (
            <nav className="pagination" aria-label="Library pages">
              {cursor && (
                <Link href={libraryHref({ q, by })} rel="prev">
                  ← Newest pictures
                </Link>
              )}
              {page.nextCursor && (
                <Link href={libraryHref({ q, by, before: page.nextCursor })} rel="next" className="pagination-next">
                  Older pictures →
                </Link>
              )}
            </nav>
          )}
        </section>
        <section aria-labelledby="library-upload-heading" className="library-upload-panel">
          <h2 id="library-upload-heading">Upload a picture</h2>
          <UploadPictureForm />
        </section>
      </div>
    </>
  );
}
