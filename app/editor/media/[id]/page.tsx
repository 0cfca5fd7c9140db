import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DeletePictureForm, PictureDetailsForm } from '@/components/editor/media/picture-forms';
import { getLibraryItem, getPicture, type PictureUse } from '@/db/media';
import { getSiteClock } from '@/db/settings';
import { canChangePicture, type PictureUseOwnership } from '@/lib/permissions';
import { editorArticlePath, editorMediaPath, editorProfilePath, mediaCropSources } from '@/lib/paths';
import { formatSiteMoment } from '@/lib/site-time';
import { requireStaff } from '@/web/session';

export const metadata: Metadata = { title: 'Picture' };

interface PicturePageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ uploaded?: string | string[] }>;
}

const placeNames: Record<PictureUse['place'], string> = { featured: 'featured image', body: 'in the text', photo: 'byline photo' };

function ownership(use: PictureUse): PictureUseOwnership {
  if (use.kind === 'article') return { kind: 'article', authorId: use.ownerId, status: use.status };
  if (use.kind === 'profile') return { kind: 'profile', userId: use.ownerId };
  return { kind: 'page' };
}

function editorHref(use: PictureUse): string {
  if (use.kind === 'article') return editorArticlePath(use.id);
  if (use.kind === 'profile') return editorProfilePath(use.id);
  return `/editor/pages/${use.id}`;
}

/** One picture: its crops at its focal point, its words, where it is used, and (for whoever may) the forms that change or delete it. */
export default async function PicturePage({ params, searchParams }: PicturePageProps) {
  const [{ id: rawId }, query] = await Promise.all([params, searchParams]);
  const staff = await requireStaff(editorMediaPath());
  if (!/^[1-9]\d{0,11}$/.test(rawId)) notFound();
  const [item, clock] = await Promise.all([getLibraryItem(Number(rawId)), getSiteClock()]);
  // Its display image's size: what the crops' addresses are made from, as on reader pages.
  const picture = item ? await getPicture(item.url) : null;
  if (!item || !picture) notFound();
  const mayChange = canChangePicture(staff, { uploadedBy: item.uploadedBy.id }, item.uses.map(ownership));
  const storyIds = new Set(item.uses.flatMap((use) => (use.kind === 'article' ? [use.id] : [])));
  const card = mediaCropSources(picture, 'card');
  const cardPreview = card.find((crop) => crop.width >= 640) ?? card.at(-1);
  const [social] = mediaCropSources(picture, 'social');

  return (
    <>
      <div className="editor-toolbar-row">
        <h1>{item.description || item.caption || 'Untitled picture'}</h1>
        <Link href={editorMediaPath()}>Back to the library</Link>
      </div>
      {query.uploaded === '1' && (
        <p className="form-notice" role="status">
          Uploaded. Set its focal point and its words, then use it in a story.
        </p>
      )}
      <p className="muted">
        {item.width} × {item.height} px, {item.mimeType.replace('image/', '').toUpperCase()},{' '}
        {Math.max(1, Math.round(item.byteSize / 1024))} KB · uploaded by {item.uploadedBy.name}, {formatSiteMoment(item.createdAt, clock)} ·
        focal point {item.focal.x}% from the left, {item.focal.y}% from the top
      </p>

      <section aria-labelledby="crops-heading" className="picture-crops">
        <h2 id="crops-heading">What readers see</h2>
        <div className="picture-crop-list">
          {cardPreview && (
            <figure>
              <img className="picture-crop-card" src={cardPreview.url} alt="" width={cardPreview.width} height={cardPreview.height} />
              <figcaption>Story cards, 16:9</figcaption>
            </figure>
          )}
          {social && (
            <figure>
              <img className="picture-crop-social" src={social.url} alt="" width={social.width} height={social.height} />
              <figcaption>Social networks, 1200 × 630</figcaption>
            </figure>
          )}
        </div>
      </section>

      <section aria-labelledby="uses-heading" className="picture-uses">
        <h2 id="uses-heading">Used in</h2>
        {item.uses.length === 0 ? (
          <p className="muted">Nothing uses this picture yet.</p>
        ) : (
          <ul>
            {item.uses.map((use) => (
              <li key={`${use.kind}-${use.id}-${use.place}`}>
                <Link href={editorHref(use)}>{use.title}</Link> <span className="muted">({placeNames[use.place]})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {mayChange ? (
        <>
          <section aria-labelledby="details-heading" className="picture-details">
            <h2 id="details-heading">Details</h2>
            <PictureDetailsForm
              id={item.id}
              saved={{ altText: item.altText, caption: item.caption, credit: item.credit, description: item.description }}
              focal={item.focal}
              src={item.url}
              width={picture.width}
              height={picture.height}
            />
          </section>
          <section aria-labelledby="delete-heading" className="picture-delete">
            <h2 id="delete-heading">Delete</h2>
            {item.uses.some((use) => use.kind === 'page') ? (
              <p className="muted">A page shows this picture: remove it from the page first.</p>
            ) : (
              <DeletePictureForm id={item.id} storyCount={storyIds.size} />
            )}
          </section>
        </>
      ) : (
        <section aria-labelledby="details-heading" className="picture-details">
          <h2 id="details-heading">Details</h2>
          <dl className="picture-words">
            <dt>Alt text</dt>
            <dd>{item.altText || '—'}</dd>
            <dt>Caption</dt>
            <dd>{item.caption || '—'}</dd>
            <dt>Credit</dt>
            <dd>{item.credit || '—'}</dd>
          </dl>
          <p className="muted">
            {item.uploadedBy.id === staff.id
              ? 'A story you cannot edit uses this picture, so an editor changes it now.'
              : 'Only editors and whoever uploaded it can change this picture.'}{' '}
            You can use it in your own stories.
          </p>
        </section>
      )}
    </>
  );
}
