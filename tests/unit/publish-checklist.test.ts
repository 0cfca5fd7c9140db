import { describe, expect, it } from 'vitest';
import {
  HEADLINE_WARNING_LENGTH,
  internalLinkPaths,
  isBodyEmpty,
  publishBlockers,
  publishChecklist,
  type ChecklistInput,
} from '@/lib/publish-checklist';

const ready: ChecklistInput = {
  title: 'Harbour council approves night ferry',
  summary: 'The vote was close.',
  bodyHtml: '<p>The council voted on Tuesday.</p>',
  featuredImageUrl: '/media/abcdefgh12345678',
  featuredImageAlt: 'The ferry at its berth',
  slug: 'night-ferry',
  liveSlug: null,
  unpublishedLinks: [],
};

const levels = (input: ChecklistInput) => Object.fromEntries(publishChecklist(input).map((item) => [item.key, item.level]));

describe('the publishing checklist', () => {
  it('has nothing to fix on a finished story', () => {
    expect(publishChecklist(ready).every((item) => item.level === 'ok')).toBe(true);
  });

  it('blocks an empty body or headline, and only those', () => {
    expect(levels({ ...ready, bodyHtml: '<p></p><p> &nbsp;</p>' })).toMatchObject({ body: 'block' });
    expect(levels({ ...ready, title: '  ' })).toMatchObject({ title: 'block' });
    const everythingMissing = publishChecklist({
      ...ready,
      summary: '',
      featuredImageUrl: '',
      liveSlug: 'old-slug',
      unpublishedLinks: ['/world/x'],
    });
    expect(everythingMissing.filter((item) => item.level === 'block')).toEqual([]);
  });

  it('warns of a missing summary, image or alt text, a long headline, a live address change and hidden links', () => {
    expect(levels({ ...ready, summary: '' }).summary).toBe('warn');
    expect(levels({ ...ready, featuredImageUrl: '' }).image).toBe('warn');
    expect(publishChecklist({ ...ready, featuredImageAlt: '' }).find((item) => item.key === 'image')?.text).toMatch(/no alt text/);
    expect(levels({ ...ready, title: 'x'.repeat(HEADLINE_WARNING_LENGTH + 1) }).title).toBe('warn');
    expect(levels({ ...ready, title: 'x'.repeat(HEADLINE_WARNING_LENGTH) }).title).toBe('ok');
    expect(levels({ ...ready, liveSlug: 'night-ferry' }).slug).toBeUndefined();
    expect(publishChecklist({ ...ready, liveSlug: 'ferry' }).find((item) => item.key === 'slug')?.text).toContain(
      '“ferry” to “night-ferry”',
    );
    expect(publishChecklist({ ...ready, unpublishedLinks: ['/world/draft-story'] }).find((item) => item.key === 'links')).toMatchObject({
      level: 'warn',
      text: expect.stringContaining('/world/draft-story'),
    });
  });

  it('counts a picture as a body, and the server’s rules say the same', () => {
    expect(isBodyEmpty('<p><img src="/media/abcdefgh12345678" alt="x"></p>')).toBe(false);
    expect(isBodyEmpty('')).toBe(true);
    expect(publishBlockers({ title: 'T', bodyHtml: '<p></p>' })).toEqual({ body: expect.stringContaining('empty') });
    expect(publishBlockers({ title: 'T', bodyHtml: '<p>Words</p>' })).toEqual({});
  });

  it('finds the site-relative story links in a body, once each', () => {
    const html =
      '<p><a href="/world/a-story">one</a> <a href="/world/a-story/">again</a> <a href="https://elsewhere.test/x/y">out</a> <a href="/about">page</a></p><p class="read-more"><a href="/sport/match">READ MORE: Match</a></p>';
    expect(internalLinkPaths(html)).toEqual(['/world/a-story', '/sport/match']);
  });
});
