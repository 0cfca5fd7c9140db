import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ResponsiveImage } from '@/components/media/responsive-image';

const source = {
  src: '/media/abcdefgh12345678',
  width: 1000,
  height: 500,
  animated: false,
  webp: [320, 640, 1000].map((width) => ({ url: `/media/abcdefgh12345678/${width}.webp`, width })),
};

function render(image: typeof source, priority = false) {
  return renderToStaticMarkup(createElement(ResponsiveImage, { image, alt: 'A harbour', sizes: '720px', priority }));
}

describe('ResponsiveImage', () => {
  it('offers the stored WebP copies by width, with the display image as the fallback and its size', () => {
    const html = render(source, true);
    expect(html).toBe(
      '<picture><source type="image/webp" srcSet="/media/abcdefgh12345678/320.webp 320w, /media/abcdefgh12345678/640.webp 640w, /media/abcdefgh12345678/1000.webp 1000w" sizes="720px"/>' +
        '<img src="/media/abcdefgh12345678" alt="A harbour" width="1000" height="500" decoding="async" loading="eager" fetchPriority="high"/></picture>',
    );
  });

  it('shows an animation as its display image only, since the copies are its first frame', () => {
    const html = render({ ...source, animated: true });
    expect(html).not.toContain('<picture');
    expect(html).not.toContain('.webp');
    expect(html).toContain('src="/media/abcdefgh12345678"');
    expect(html).toContain('loading="lazy"');
  });

  it('shows an old upload whose copies are not made yet as its display image', () => {
    expect(render({ ...source, webp: [] })).toBe(
      '<img src="/media/abcdefgh12345678" alt="A harbour" width="1000" height="500" decoding="async" loading="lazy"/>',
    );
  });
});
