import { describe, expect, it } from 'vitest';
import { legacyLookupKeys, normaliseLegacyPath } from '@/lib/legacy-path';
import { wordpressContentToHtml, wordpressExcerptToText, wordpressTitleToText } from '@/lib/wordpress-content';

const attachments = new Map([
  [11, { url: 'https://old.example/wp-content/uploads/gull.jpg', alt: 'A gull' }],
  [12, { url: 'https://old.example/wp-content/uploads/tern.jpg', alt: 'A tern' }],
]);
const context = { attachment: (id: number) => attachments.get(id), childAttachments: () => [...attachments.values()] };
const convert = (content: string) => wordpressContentToHtml(content, context);

describe('wordpressContentToHtml', () => {
  it('turns blank-line separated text into paragraphs and single newlines into line breaks', () => {
    expect(convert('First paragraph\nstill first.\n\nSecond paragraph.').html).toBe(
      '<p>First paragraph<br />\nstill first.</p>\n<p>Second paragraph.</p>',
    );
  });

  it('leaves block posts as they are, without their block comments', () => {
    const { html } = convert('<!-- wp:paragraph -->\n<p>One line\nof block text</p>\n<!-- /wp:paragraph -->\n<!-- wp:separator /-->');
    expect(html).toBe('<p>One line\nof block text</p>');
  });

  it('turns [caption] into a figure, with the caption from either place WordPress keeps it', () => {
    expect(convert('[caption id="a" width="300"]<img src="https://old.example/a.jpg" alt="Boats" /> Boats at rest[/caption]').html).toBe(
      '<figure><img src="https://old.example/a.jpg" alt="Boats" /><figcaption>Boats at rest</figcaption></figure>',
    );
    expect(
      convert(
        '[caption caption="Older style"]<a href="https://old.example/b.jpg"><img src="https://old.example/b.jpg" alt="" /></a>[/caption]',
      ).html,
    ).toBe('<figure><img src="https://old.example/b.jpg" alt="" /><figcaption>Older style</figcaption></figure>');
  });

  it('turns a gallery into a figure of its images, by ids or the post’s attachments', () => {
    expect(convert('[gallery ids="12,11"]').html).toBe(
      '<figure><img src="https://old.example/wp-content/uploads/tern.jpg" alt="A tern" /><img src="https://old.example/wp-content/uploads/gull.jpg" alt="A gull" /></figure>',
    );
    expect(convert('[gallery columns="2"]').html).toContain('gull.jpg');
    expect(convert('[gallery ids="11,99"]').warnings).toEqual(['gallery: 1 of its images are not in the export and were left out']);
  });

  it('turns embeds, audio and video into links, and bare addresses on their own line too', () => {
    expect(convert('[embed]https://video.example/v/1[/embed]').html).toBe(
      '<p><a href="https://video.example/v/1" rel="noopener noreferrer nofollow">https://video.example/v/1</a></p>',
    );
    expect(convert('[audio mp3="https://old.example/tide.mp3"][/audio]').html).toContain('>Listen: tide.mp3</a>');
    expect(convert('[video mp4="https://old.example/storm.mp4"][/video]').html).toContain('>Watch: storm.mp4</a>');
    expect(convert('Watch this:\n\nhttps://video.example/v/2\n\nThen this.').html).toContain(
      '<p><a href="https://video.example/v/2" rel="noopener noreferrer nofollow">https://video.example/v/2</a></p>',
    );
  });

  it('keeps unknown shortcodes as text and says so; brackets in prose are not shortcodes', () => {
    const { html, warnings } = convert('[contact-form to="desk"]Write to us[/contact-form] and [sic] stays.');
    expect(html).toBe('<p>[contact-form to="desk"]Write to us[/contact-form] and [sic] stays.</p>');
    expect(warnings).toEqual(['shortcode [contact-form] is not supported and was kept as text']);
  });

  it('sanitizes with the site’s allow-list', () => {
    const { html } = convert(
      '<p onclick="x()">Hi <script>alert(1)</script><a href="javascript:alert(1)">link</a><iframe src="https://evil.example"></iframe></p>',
    );
    expect(html).toBe('<p>Hi <a>link</a></p>');
  });
});

describe('titles and excerpts', () => {
  it('are plain text, with entities decoded and markup dropped', () => {
    expect(wordpressTitleToText('Markup: Title <em>With</em> <b>Mark<sup>up</sup></b>')).toBe('Markup: Title With Markup');
    expect(wordpressTitleToText('Fish &amp; chips &#8211; a history')).toBe('Fish & chips – a history');
    expect(wordpressExcerptToText('<!-- wp:paragraph --><p>Short <em>summary</em>.</p><!-- /wp:paragraph -->')).toBe('Short summary.');
  });
});

describe('old addresses', () => {
  it('are compared decoded, in lower case, without trailing slashes', () => {
    expect(normaliseLegacyPath('/2019/03/04/Caf%C3%A9-Vote/')).toBe('/2019/03/04/café-vote');
    expect(normaliseLegacyPath('//category//news/')).toBe('/category/news');
    expect(normaliseLegacyPath('/')).toBe('/');
  });

  it('are looked up only for requests that can be old addresses', () => {
    const keys = (url: string) => {
      const parsed = new URL(url, 'https://paradox.test');
      return legacyLookupKeys(parsed.pathname, parsed.searchParams);
    };
    expect(keys('/?p=42')).toEqual(['/?p=42']);
    expect(keys('/?page_id=7&utm=x')).toEqual(['/?page_id=7']);
    expect(keys('/2019/03/04/vote/feed/')).toEqual(['/2019/03/04/vote/feed', '/2019/03/04/vote']);
    expect(keys('/category/news/page/2/')).toEqual(['/category/news/page/2', '/category/news']);
    expect(keys('/a-post-slug')).toEqual(['/a-post-slug']);
    // Paradox's own pages and files are never looked up.
    expect(keys('/')).toEqual([]);
    expect(keys('/search')).toEqual([]);
    expect(keys('/world/some-article')).toEqual([]);
    expect(keys('/media/abc123')).toEqual([]);
    expect(keys('/favicon.svg')).toEqual([]);
    expect(keys('/?p=drop-table')).toEqual([]);
  });
});
