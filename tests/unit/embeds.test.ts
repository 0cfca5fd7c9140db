import { describe, expect, it } from 'vitest';
import { EMBED_FRAME_SOURCES, recogniseEmbed } from '@/lib/embeds';
import { withEmbedPlaceholders } from '@/lib/embed-placeholders';
import { embedBlockHtml, sanitizeArticleHtml } from '@/lib/sanitize';
import { readerContentSecurityPolicy, staffContentSecurityPolicy } from '@/lib/security-headers';
import { wordpressContentToHtml } from '@/lib/wordpress-content';
import { unsafeParts } from '../support/safe-html';

const noAttachments = { attachment: () => undefined, childAttachments: () => [] };

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe('recognising an embed address', () => {
  it.each([
    // [pasted address, provider, stored address, player]
    [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&feature=share',
      'youtube',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
    ],
    [
      'https://youtu.be/dQw4w9WgXcQ?t=1m30s',
      'youtube',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=90s',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=90',
    ],
    [
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
      'youtube',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
    ],
    ['https://vimeo.com/76979871', 'vimeo', 'https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1'],
    [
      'https://player.vimeo.com/video/76979871?h=8272103f6e',
      'vimeo',
      'https://vimeo.com/76979871/8272103f6e',
      'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1&h=8272103f6e',
    ],
    [
      'https://twitter.com/HarbourGazette/status/1460323737035677698?s=20',
      'x',
      'https://x.com/HarbourGazette/status/1460323737035677698',
      'https://platform.twitter.com/embed/Tweet.html?id=1460323737035677698&dnt=true',
    ],
    [
      'https://www.instagram.com/reel/Cx1AbCdEfGh/',
      'instagram',
      'https://www.instagram.com/reel/Cx1AbCdEfGh/',
      'https://www.instagram.com/reel/Cx1AbCdEfGh/embed/',
    ],
    [
      'https://www.tiktok.com/@saltmere.sailing/video/7301234567890123456',
      'tiktok',
      'https://www.tiktok.com/@saltmere.sailing/video/7301234567890123456',
      'https://www.tiktok.com/embed/v2/7301234567890123456',
    ],
    [
      'https://soundcloud.com/harbour-radio/night-ferry',
      'soundcloud',
      'https://soundcloud.com/harbour-radio/night-ferry',
      'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fharbour-radio%2Fnight-ferry&auto_play=true&visual=false',
    ],
    [
      'https://open.spotify.com/intl-de/episode/4rOoJ6Egrf8K2IrywzwOMk?si=abc',
      'spotify',
      'https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk',
      'https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk',
    ],
    [
      'https://datawrapper.dwcdn.net/Ab3dE/2/',
      'datawrapper',
      'https://datawrapper.dwcdn.net/Ab3dE/2/',
      'https://datawrapper.dwcdn.net/Ab3dE/2/',
    ],
    [
      'https://public.flourish.studio/visualisation/1234567/',
      'flourish',
      'https://public.flourish.studio/visualisation/1234567/',
      'https://flo.uri.sh/visualisation/1234567/embed',
    ],
    [
      'https://www.google.com/maps/place/Saltmere+Harbour/@50.1,-5.2,14z',
      'google-maps',
      'https://www.google.com/maps/search/?api=1&query=Saltmere%20Harbour',
      'https://www.google.com/maps?q=Saltmere%20Harbour&output=embed',
    ],
    [
      'https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2500!2d-5.2!3d50.1!2sSaltmere%20Harbour',
      'google-maps',
      'https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2500!2d-5.2!3d50.1!2sSaltmere%20Harbour',
      'https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2500!2d-5.2!3d50.1!2sSaltmere%20Harbour',
    ],
    ['https://council.example/papers/harbour-budget-2026.PDF', 'pdf', 'https://council.example/papers/harbour-budget-2026.PDF', null],
  ])('%s is a %s embed', (address, provider, url, frameUrl) => {
    expect(recogniseEmbed(address)).toMatchObject({ provider, url, frameUrl });
  });

  it.each([
    'https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com@evil.example/watch?v=dQw4w9WgXcQ',
    'https://evil.example/?u=https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com/watch?v=dQw4w9WgXc',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ"onload="x',
    'javascript://www.youtube.com/%0aalert(1)',
    'data:text/html,<iframe src=https://www.youtube.com/embed/dQw4w9WgXcQ>',
    '//www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://vimeo.com/channels/staffpicks',
    'https://x.com/home',
    'https://soundcloud.com/discover/sets',
    'https://soundcloud.com/harbour-radio',
    'https://open.spotify.com/user/someone',
    'https://www.google.com/search?q=maps',
    'https://maps.google.com/maps/embed?pb=<script>',
    'https://player.vimeo.com.evil.example/video/76979871',
    'https://www.youtube.com./watch?v=dQw4w9WgXcQ',
    'ftp://council.example/papers/budget.pdf',
  ])('%s is not an embed', (address) => {
    expect(recogniseEmbed(address)).toBeNull();
  });
});

describe('embeds through the sanitizer', () => {
  const youtube = recogniseEmbed('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  if (!youtube) throw new Error('YouTube address not recognised');

  it('stores a provider’s iframe as an embed block, keeping its title, and drops every other iframe', () => {
    const stored = sanitizeArticleHtml(
      '<p>Before</p><iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=x" title="Harbour festival" allowfullscreen></iframe>' +
        '<iframe src="https://evil.example/player"></iframe><iframe srcdoc="<script>alert(1)</script>"></iframe><p>After</p>',
    );
    expect(stored).toBe(
      '<p>Before</p><figure class="embed" data-provider="youtube" data-embed-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ" data-embed-title="Harbour festival">' +
        '<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener noreferrer nofollow">YouTube: Harbour festival</a></figure><p>After</p>',
    );
    expect(unsafeParts(stored)).toEqual([]);
  });

  it('lifts an embed out of the paragraph it was pasted in', () => {
    expect(sanitizeArticleHtml('<p><iframe src="https://player.vimeo.com/video/76979871"></iframe></p>')).toMatch(
      /^<figure class="embed"[^>]*>.*<\/figure>$/,
    );
  });

  it('keeps its own blocks as they are: sanitizing again changes nothing', () => {
    const block = embedBlockHtml(youtube, {
      title: 'Harbour festival & fireworks',
      poster: '/media/AbCdEfGh12345678',
      caption: 'Filmed on the north quay.',
    });
    const once = sanitizeArticleHtml(block);
    expect(once).toContain('data-embed-title="Harbour festival &amp; fireworks" data-embed-poster="/media/AbCdEfGh12345678"');
    expect(once).toContain('<figcaption>Filmed on the north quay.</figcaption>');
    expect(sanitizeArticleHtml(once)).toBe(once);
    expect(unsafeParts(once)).toEqual([]);
  });

  it.each([
    [
      'an address of another site',
      '<figure class="embed" data-provider="youtube" data-embed-url="https://evil.example/x"><a href="https://evil.example/x">x</a></figure>',
    ],
    ['a script address', '<figure class="embed" data-provider="youtube" data-embed-url="javascript:alert(1)">x</figure>'],
    ['a lookalike host', '<figure class="embed" data-embed-url="https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ">x</figure>'],
    ['an entity-hidden scheme', '<figure class="embed" data-embed-url="&#106;avascript:alert(1)">x</figure>'],
  ])('refuses an embed block with %s: what is left is a plain figure', (_name, html) => {
    const stored = sanitizeArticleHtml(html);
    expect(stored).not.toMatch(/class="embed"|data-|javascript/);
    expect(unsafeParts(stored)).toEqual([]);
  });

  it('never keeps a stored player, a foreign poster, markup in the title, or anything else inside a block', () => {
    const stored = sanitizeArticleHtml(
      '<figure class="embed" data-provider="vimeo" data-embed-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ" data-embed-frame="https://evil.example" ' +
        'data-embed-poster="https://evil.example/p.jpg" data-embed-title="<img src=x onerror=alert(1)>" onclick="alert(1)" style="x">' +
        '<iframe src="https://evil.example"></iframe><script>alert(1)</script><img src="https://evil.example/track.gif"><figure class="embed" data-embed-url="https://vimeo.com/1"></figure>' +
        '<figcaption>Caption <b>bold</b></figcaption></figure>',
    );
    expect(stored).toBe(
      '<figure class="embed" data-provider="youtube" data-embed-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ" data-embed-title="&lt;img src=x onerror=alert(1)&gt;">' +
        '<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener noreferrer nofollow">YouTube: &lt;img src=x onerror=alert(1)&gt;</a><figcaption>Caption bold</figcaption></figure>',
    );
    expect(unsafeParts(stored)).toEqual([]);
  });
});

describe('the reader placeholder', () => {
  const youtube = recogniseEmbed('https://youtu.be/dQw4w9WgXcQ');
  const pdf = recogniseEmbed('https://council.example/papers/harbour-budget-2026.pdf');
  if (!youtube || !pdf) throw new Error('addresses not recognised');

  it('is a link to the original that names the provider, shows the poster, and carries the player for the click', () => {
    const stored = sanitizeArticleHtml(
      `<p>Intro</p>${embedBlockHtml(youtube, { title: 'Harbour festival', poster: '/media/AbCdEfGh12345678' })}`,
    );
    const { html, embeds } = withEmbedPlaceholders(stored);
    expect(embeds).toBe(1);
    expect(html).toContain('<p>Intro</p><figure class="embed embed-video embed-has-poster" data-provider="youtube">');
    expect(html).toContain(
      '<a class="embed-placeholder" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" data-embed-frame="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1" data-embed-title="Harbour festival">',
    );
    expect(html).toContain('<img class="embed-poster" src="/media/AbCdEfGh12345678" alt="" loading="lazy" decoding="async">');
    expect(html).toContain('<span class="embed-provider">YouTube</span><span class="embed-title">Harbour festival</span>');
    // Nothing in the page loads from the provider: no iframe, no script, no image from it.
    expect(html).not.toMatch(/<iframe|<script|src="https?:/);
  });

  it('opens a PDF instead of framing it', () => {
    const { html } = withEmbedPlaceholders(sanitizeArticleHtml(embedBlockHtml(pdf)));
    expect(html).toContain('<a class="embed-placeholder" href="https://council.example/papers/harbour-budget-2026.pdf">');
    expect(html).not.toContain('data-embed-frame');
    expect(html).toContain('harbour-budget-2026.pdf');
  });

  it('leaves a body without embeds exactly as it was', () => {
    const body = '<p>Plain <a href="/x">story</a></p><figure><img src="/media/AbCdEfGh12345678" alt="A"></figure>';
    expect(withEmbedPlaceholders(body)).toEqual({ html: body, embeds: 0 });
  });
});

describe('embeds in the Content-Security-Policy', () => {
  it('lets reader pages frame exactly the providers’ players, and staff pages nothing', () => {
    const reader = directives(readerContentSecurityPolicy({ https: false }));
    expect(reader.get('frame-src')).toEqual([
      'https://www.youtube-nocookie.com',
      'https://player.vimeo.com',
      'https://platform.twitter.com',
      'https://www.instagram.com',
      'https://www.tiktok.com',
      'https://w.soundcloud.com',
      'https://open.spotify.com',
      'https://datawrapper.dwcdn.net',
      'https://flo.uri.sh',
      'https://www.google.com/maps',
      'https://www.google.com/maps/embed',
    ]);
    expect(reader.get('frame-src')).toEqual([...EMBED_FRAME_SOURCES]);
    expect(directives(staffContentSecurityPolicy('abcdefghijklmnop0123', { https: false })).get('frame-src')).toEqual(["'none'"]);
  });

  it('refuses an image origin that could widen the policy, whoever passes it', () => {
    for (const wrong of ['*', 'https://*.example.com', "'unsafe-inline'", 'https://a.example; script-src *', 'https://a.example/path'])
      expect(() => readerContentSecurityPolicy({ https: false, remoteImageOrigins: [wrong] }), wrong).toThrow(/Not an image origin/);
    expect(directives(readerContentSecurityPolicy({ https: false, remoteImageOrigins: ['https://old.example'] })).get('img-src')).toEqual([
      "'self'",
      'https://old.example',
    ]);
  });

  it('allows every player address the embeds produce, and only through https', () => {
    for (const address of [
      'https://youtu.be/dQw4w9WgXcQ',
      'https://vimeo.com/76979871',
      'https://x.com/HarbourGazette/status/1460323737035677698',
      'https://www.instagram.com/p/Cx1AbCdEfGh/',
      'https://www.tiktok.com/@saltmere.sailing/video/7301234567890123456',
      'https://soundcloud.com/harbour-radio/night-ferry',
      'https://open.spotify.com/track/4rOoJ6Egrf8K2IrywzwOMk',
      'https://datawrapper.dwcdn.net/Ab3dE/',
      'https://public.flourish.studio/story/1234/',
      'https://www.google.com/maps/@50.1,-5.2,14z',
      'https://www.google.com/maps/embed?pb=!1m18',
    ]) {
      const frame = new URL(recogniseEmbed(address)?.frameUrl ?? 'http://missing');
      const allowed = EMBED_FRAME_SOURCES.some((source) => {
        const sourceUrl = new URL(source);
        return (
          frame.protocol === 'https:' &&
          frame.host === sourceUrl.host &&
          (sourceUrl.pathname === '/' || frame.pathname === sourceUrl.pathname)
        );
      });
      expect(allowed, address).toBe(true);
    }
  });
});

describe('embeds from WordPress', () => {
  it('turns the block editor’s embed blocks, [embed] and an address alone on its line into embed blocks', () => {
    const content = [
      '<!-- wp:embed {"url":"https://youtu.be/dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} -->',
      '<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper">',
      'https://youtu.be/dQw4w9WgXcQ',
      '</div><figcaption class="wp-element-caption">The festival from the quay</figcaption></figure>',
      '<!-- /wp:embed -->',
      '',
      '<!-- wp:core-embed/vimeo {"url":"https://vimeo.com/76979871"} -->',
      '<figure class="wp-block-embed-vimeo"><div class="wp-block-embed__wrapper">https://vimeo.com/76979871</div></figure>',
      '<!-- /wp:core-embed/vimeo -->',
    ].join('\n');
    const { html } = wordpressContentToHtml(content, noAttachments);
    expect(html).toContain(
      '<figure class="embed" data-provider="youtube" data-embed-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener noreferrer nofollow">YouTube: YouTube video</a><figcaption>The festival from the quay</figcaption></figure>',
    );
    expect(html).toContain('data-provider="vimeo" data-embed-url="https://vimeo.com/76979871"');
    expect(html).not.toMatch(/wp-block|wp:/);
  });

  it('does the same for classic posts, and keeps unsupported addresses as links', () => {
    const content =
      'Highlights:\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\n[embed]https://open.spotify.com/track/4rOoJ6Egrf8K2IrywzwOMk[/embed]\n\nhttps://video.example/watch/ferry-trial\n\nThe end.';
    const { html } = wordpressContentToHtml(content, noAttachments);
    expect(html.match(/<figure class="embed"/g)).toHaveLength(2);
    expect(html).toContain('data-provider="spotify"');
    expect(html).toContain(
      '<p><a href="https://video.example/watch/ferry-trial" rel="noopener noreferrer nofollow">https://video.example/watch/ferry-trial</a></p>',
    );
    expect(unsafeParts(html)).toEqual([]);
  });
});
