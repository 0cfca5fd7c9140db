import { pinRelatedAction } from '@/actions/articles';
import type { RelatedForStaff } from '@/db/editor';

function describe(reason: RelatedForStaff['reason']): string {
  const parts: string[] = [];
  if (reason.pinned) parts.push('pinned by an editor');
  if (reason.readMore) parts.push('linked by READ MORE in the body');
  if (reason.tags.length > 0) parts.push(`shared tags: ${reason.tags.join(', ')}`);
  if (reason.terms.length > 0) parts.push(`key terms: ${reason.terms.join(', ')}`);
  if (reason.sameSection) parts.push('same section');
  return parts.join(' · ') || 'similar text';
}

function PinButton({ articleId, path, pinned, title }: { articleId: number; path: string; pinned: boolean; title: string }) {
  return (
    <form action={pinRelatedAction} className="inline-form" data-keeps-edits>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="relatedPath" value={path} />
      <input type="hidden" name="pinned" value={pinned ? 'false' : 'true'} />
      <button type="submit" className="button button-quiet">
        {pinned ? 'Unpin' : 'Pin'}
        <span className="visually-hidden"> {title}</span>
      </button>
    </form>
  );
}

/** Staff-only: the article's related stories, why each is there, and pins that put a story first. */
export function RelatedReasons({ articleId, related }: { articleId: number; related: RelatedForStaff[] }) {
  return (
    <section className="related-reasons" aria-labelledby="related-reasons-heading">
      <h2 id="related-reasons-heading">Related stories and why</h2>
      {related.length === 0 ? (
        <p className="muted">None yet: related stories are computed when the article is published or scheduled.</p>
      ) : (
        <ol>
          {related.map((item) => (
            <li key={item.id}>
              <a href={item.path}>{item.title}</a>
              <PinButton articleId={articleId} path={item.path} pinned={Boolean(item.reason.pinned)} title={item.title} />
              <p className="field-hint">{describe(item.reason)}</p>
            </li>
          ))}
        </ol>
      )}
      <form action={pinRelatedAction} className="inline-form" data-keeps-edits>
        <input type="hidden" name="articleId" value={articleId} />
        <input type="hidden" name="pinned" value="true" />
        <div className="field">
          <label htmlFor="pin-path">Pin a story by its address</label>
          <input id="pin-path" name="relatedPath" placeholder="/world/some-story" required />
        </div>
        <button type="submit" className="button">
          Pin story
        </button>
      </form>
    </section>
  );
}
