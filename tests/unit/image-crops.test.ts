import { describe, expect, it } from 'vitest';
import { cropHeight, cropRectangle, cropWidths } from '@/lib/image-crops';
import { mediaCropPath, mediaCropSources, readMediaCropName } from '@/lib/paths';
import { libraryImagesIn, withLibraryPictures, withoutImage, type BodyPicture } from '@/lib/body-images';

describe('where a crop falls', () => {
  it('cuts the sides of a wide picture around the focal point, as far as its edges allow', () => {
    // 2400 × 800 to 16:9 keeps 1422 × 800.
    expect(cropRectangle(2400, 800, 'card', { x: 50, y: 50 })).toEqual({ left: 489, top: 0, width: 1422, height: 800 });
    expect(cropRectangle(2400, 800, 'card', { x: 20, y: 50 })).toEqual({ left: 0, top: 0, width: 1422, height: 800 });
    expect(cropRectangle(2400, 800, 'card', { x: 70, y: 50 })).toEqual({ left: 969, top: 0, width: 1422, height: 800 });
    expect(cropRectangle(2400, 800, 'card', { x: 100, y: 0 })).toEqual({ left: 978, top: 0, width: 1422, height: 800 });
  });

  it('cuts the top and bottom of a tall picture, and leaves one of the shape whole', () => {
    expect(cropRectangle(1000, 1500, 'card', { x: 50, y: 10 })).toEqual({ left: 0, top: 0, width: 1000, height: 563 });
    expect(cropRectangle(1000, 1500, 'card', { x: 50, y: 60 })).toEqual({ left: 0, top: 619, width: 1000, height: 563 });
    expect(cropRectangle(1000, 1500, 'social', { x: 0, y: 100 })).toEqual({ left: 0, top: 975, width: 1000, height: 525 });
    expect(cropRectangle(1600, 900, 'card', { x: 5, y: 95 })).toEqual({ left: 0, top: 0, width: 1600, height: 900 });
  });

  it('makes a card at each standard width the crop can fill, and a social image at 1200 × 630 whatever the size', () => {
    expect(cropWidths('card', 1422)).toEqual([320, 480, 640, 960, 1280]);
    expect(cropWidths('card', 700)).toEqual([320, 480, 640]);
    expect(cropWidths('card', 200)).toEqual([200]);
    expect(cropWidths('social', 500)).toEqual([1200]);
    expect(cropHeight('card', 640)).toBe(360);
    expect(cropHeight('social', 1200)).toBe(630);
  });
});

describe('crop addresses', () => {
  it('carry the shape, the focal point and the width, and read back', () => {
    expect(mediaCropPath('AbCdEfGh12345678', 'card', { x: 30, y: 45 }, 640)).toBe('/media/AbCdEfGh12345678/card-x30-y45-w640.webp');
    expect(mediaCropPath('AbCdEfGh12345678', 'social', { x: 0, y: 100 }, 1200)).toBe('/media/AbCdEfGh12345678/social-x0-y100-w1200.jpg');
    expect(readMediaCropName('card-x30-y45-w640.webp')).toEqual({ shape: 'card', focal: { x: 30, y: 45 }, width: 640 });
    expect(readMediaCropName('social-x0-y100-w1200.jpg')).toEqual({ shape: 'social', focal: { x: 0, y: 100 }, width: 1200 });
  });

  it('refuse every other name', () => {
    for (const name of [
      'card-x30-y45-w640.jpg',
      'social-x30-y45-w1200.webp',
      'card-x101-y45-w640.webp',
      'card-x030-y45-w640.webp',
      'card-x30-y45-w0640.webp',
      'card-x30-y45-w640.webp.png',
      'poster-x30-y45-w640.webp',
      'card-x-1-y45-w640.webp',
      'card-x30-y45-w640',
      '../card-x30-y45-w640.webp',
    ]) {
      expect(readMediaCropName(name), name).toBeNull();
    }
  });

  it('change when the focal point moves, at the same widths', () => {
    const picture = { key: 'AbCdEfGh12345678', width: 2400, height: 1350 };
    const before = mediaCropSources({ ...picture, focal: { x: 50, y: 50 } }, 'card');
    const after = mediaCropSources({ ...picture, focal: { x: 20, y: 50 } }, 'card');
    expect(before.map((crop) => crop.width)).toEqual(after.map((crop) => crop.width));
    for (const [index, crop] of before.entries()) expect(after[index]?.url).not.toBe(crop.url);
  });
});

const picture: BodyPicture = {
  width: 1600,
  height: 900,
  animated: false,
  webp: [320, 640].map((width) => ({ url: `/media/AbCdEfGh12345678/${width}.webp`, width })),
  altText: 'Cranes over the harbour',
  caption: 'The port at dawn <b>today</b>',
  credit: 'Mira Falk / Harbour Press',
};
const pictures = new Map([['/media/AbCdEfGh12345678', picture]]);

describe('library pictures in a body', () => {
  it('are found by their address, once each', () => {
    const html =
      '<p>a</p><img src="/media/AbCdEfGh12345678" alt="x" /><p><img src="https://old.example/x.png" alt="" /></p><img src="/media/AbCdEfGh12345678" alt="y" />';
    expect(libraryImagesIn(html)).toEqual(['/media/AbCdEfGh12345678']);
  });

  it('stand as figures with their size, copies, caption and credit, the story’s alt text first', () => {
    const html = withLibraryPictures(
      '<p>Before.</p><img src="/media/AbCdEfGh12345678" alt="The story&#39;s words" width="10" height="10" /><p>After.</p>',
      pictures,
    );
    expect(html).toBe(
      '<p>Before.</p><figure class="body-image"><picture><source type="image/webp" srcset="/media/AbCdEfGh12345678/320.webp 320w, /media/AbCdEfGh12345678/640.webp 640w" sizes="(max-width: 760px) calc(100vw - 2rem), 720px" />' +
        '<img src="/media/AbCdEfGh12345678" alt="The story&#39;s words" width="1600" height="900" loading="lazy" decoding="async" /></picture>' +
        '<figcaption>The port at dawn &lt;b&gt;today&lt;/b&gt; <span class="image-credit">Mira Falk / Harbour Press</span></figcaption></figure><p>After.</p>',
    );
  });

  it('take the library’s alt text when the story has none, and leave a paragraph that held only the picture', () => {
    const html = withLibraryPictures('<p><img src="/media/AbCdEfGh12345678" alt="" /></p>', pictures);
    expect(html).toMatch(/^<figure class="body-image">.*alt="Cranes over the harbour".*<\/figure>$/);
  });

  it('stay inline, without a figure, inside text or a figure of their own', () => {
    const inline = withLibraryPictures('<p>Text <img src="/media/AbCdEfGh12345678" alt="a" /> more.</p>', pictures);
    expect(inline).toMatch(/^<p>Text <picture>.*<\/picture> more\.<\/p>$/);
    expect(inline).not.toContain('<figure');
    const imported = withLibraryPictures(
      '<figure><img src="/media/AbCdEfGh12345678" alt="a" /><figcaption>Old</figcaption></figure>',
      pictures,
    );
    expect(imported.match(/<figure/g)).toHaveLength(1);
    expect(imported).toContain('<figcaption>Old</figcaption>');
  });

  it('leave out a picture since deleted, and other images as they are', () => {
    const html = '<p>a</p><img src="/media/GoneGoneGone0000" alt="x" /><img src="https://old.example/x.png" alt="" />';
    expect(withLibraryPictures(html, pictures)).toBe('<p>a</p><img src="https://old.example/x.png" alt="" />');
  });

  it('can be taken out, with a figure around one and a paragraph left empty', () => {
    const html =
      '<p>Keep.</p><p><img src="/media/AbCdEfGh12345678" alt="" /></p><figure><img src="/media/AbCdEfGh12345678" alt="" /><figcaption>c</figcaption></figure><img src="/media/Other00000000000" alt="" />';
    expect(withoutImage(html, '/media/AbCdEfGh12345678')).toBe('<p>Keep.</p><img src="/media/Other00000000000" alt="" />');
  });
});
