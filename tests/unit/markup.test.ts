import { describe, expect, it } from 'vitest';
import { demoMarkupToHtml } from '@/db/seed/markup';

describe('demo markup', () => {
  const resolve = (slug: string) => ({ href: `/world/${slug}`, title: `Title of ${slug}` });

  it('turns paragraphs, subheadings, quotes and READ MORE lines into article HTML', () => {
    const html = demoMarkupToHtml(
      'First *para* & more.\n\n## A subheading\n\n> Quoted words\n> — Ana Pérez, mayor\n\nREAD MORE: other-story',
      resolve,
    );
    expect(html).toBe(
      [
        '<p>First <em>para</em> &amp; more.</p>',
        '<h2>A subheading</h2>',
        '<blockquote><p>Quoted words</p><p class="attribution">— Ana Pérez, mayor</p></blockquote>',
        '<p class="read-more"><a href="/world/other-story">READ MORE: Title of other-story</a></p>',
      ].join('\n'),
    );
  });
});
