import type { RevisionContent } from '@/db/editor';
import { SiteDateTime } from '@/components/ui/site-date-time';
import { htmlToPlainText } from '@/lib/text';
import { hasChanges, wordDiff, type DiffPart } from '@/lib/text-diff';

function tagsOf(revision: RevisionContent): string {
  try {
    const names = JSON.parse(revision.tagNames) as unknown;
    return Array.isArray(names) ? names.filter((name) => typeof name === 'string').join(', ') : '';
  } catch {
    return '';
  }
}

function DiffText({ parts }: { parts: DiffPart[] }) {
  return (
    <div className="diff-text">
      {parts.map((part, index) =>
        part.kind === 'added' ? (
          <ins key={index}>{part.text}</ins>
        ) : part.kind === 'removed' ? (
          <del key={index}>{part.text}</del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </div>
  );
}

function VersionCard({ revision, label, currentVersion }: { revision: RevisionContent; label: string; currentVersion: number }) {
  return (
    <div className="diff-version">
      <span className="diff-version-label">{label}</span>
      <strong>
        v{revision.version}
        {revision.version === currentVersion && ' (current)'}
      </strong>
      <span>
        {revision.savedByName}, <SiteDateTime date={revision.createdAt} />
      </span>
    </div>
  );
}

/**
 * What changed between two saved versions, word by word: the title, the summary and the body (as text, a
 * blank line between paragraphs), removed words struck through and added ones marked, plus the address and tags.
 */
export function RevisionDiff({
  before,
  after,
  currentVersion,
}: {
  before: RevisionContent;
  after: RevisionContent;
  currentVersion: number;
}) {
  const fields: Array<{ label: string; parts: DiffPart[] | null; before: string; after: string }> = [
    { label: 'Title', before: before.title, after: after.title },
    { label: 'Summary', before: before.summary, after: after.summary },
    {
      label: 'Body',
      before: htmlToPlainText(before.body, { paragraphs: true }),
      after: htmlToPlainText(after.body, { paragraphs: true }),
    },
  ].map((field) => ({ ...field, parts: wordDiff(field.before, field.after) }));
  const beforeTags = tagsOf(before);
  const afterTags = tagsOf(after);
  const changedCount = fields.filter((field) => hasChanges(field.parts)).length;

  return (
    <section aria-labelledby="compare-heading" className="revision-compare">
      <h2 id="compare-heading">
        Changes from v{before.version} to v{after.version}
      </h2>
      <div className="diff-versions">
        <VersionCard revision={before} label="Before" currentVersion={currentVersion} />
        <span className="diff-arrow" aria-hidden="true">
          →
        </span>
        <VersionCard revision={after} label="After" currentVersion={currentVersion} />
      </div>
      <p className="diff-legend">
        <del>Removed words</del> <ins>added words</ins>
        {changedCount === 0 && before.slug === after.slug && beforeTags === afterTags && ' · These two versions say the same.'}
      </p>
      {fields.map((field) => (
        <div key={field.label} className="diff-field" role="group" aria-label={field.label}>
          <h3>
            {field.label}
            {!hasChanges(field.parts) && <span className="diff-unchanged"> unchanged</span>}
          </h3>
          {field.parts === null ? (
            <>
              <p className="muted">Too much changed to compare word by word; here is each version whole.</p>
              <div className="diff-text">
                <del>{field.before}</del>
              </div>
              <div className="diff-text">
                <ins>{field.after}</ins>
              </div>
            </>
          ) : hasChanges(field.parts) ? (
            <DiffText parts={field.parts} />
          ) : field.label !== 'Body' && field.after ? (
            <div className="diff-text diff-text-same">{field.after}</div>
          ) : field.after ? null : (
            <p className="muted">(empty)</p>
          )}
        </div>
      ))}
      {(before.slug !== after.slug || beforeTags !== afterTags) && (
        <div className="diff-field" role="group" aria-label="Address and tags">
          <h3>Address and tags</h3>
          {before.slug !== after.slug && (
            <p>
              Slug: <del>{before.slug}</del> → <ins>{after.slug}</ins>
            </p>
          )}
          {beforeTags !== afterTags && (
            <p>
              Tags: <del>{beforeTags || '(none)'}</del> → <ins>{afterTags || '(none)'}</ins>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
