import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleSocialImage, publisherLogoImage } from '../../components/seo/social-image';

const card = {
  id: 7,
  title: 'Парламент одобрил бюджет — Ελληνικά νέα 🎉 as the port reopens',
  sectionName: 'Politics',
  bylines: [{ id: 1, slug: 'a', name: 'Amara Okafor' }],
  publishedAt: new Date('2026-11-27T10:00:00Z'),
  modifiedAt: new Date('2026-11-27T10:00:00Z'),
};

afterEach(() => vi.restoreAllMocks());

// Drawing a PNG takes a second or two, more on a busy machine.
const RENDER_TIMEOUT = 60_000;

describe('generated social images', () => {
  it(
    'draws a 1200×630 PNG from the bundled fonts, Cyrillic, Greek and emoji included, without the network',
    async () => {
      // The renderer fetches its own WebAssembly from data: URLs; anything over the network is a failure.
      const fetchSpy = vi.spyOn(globalThis, 'fetch');
      const image = await articleSocialImage(card, { timeZone: 'Europe/Berlin', language: 'en-GB' });
      const bytes = Buffer.from(await image.arrayBuffer());
      expect(image.headers.get('content-type')).toBe('image/png');
      expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
      const networkCalls = fetchSpy.mock.calls.map((call) => String(call[0])).filter((url) => !url.startsWith('data:'));
      expect(networkCalls).toEqual([]);
    },
    RENDER_TIMEOUT,
  );

  it(
    'draws the square publisher logo',
    async () => {
      const bytes = Buffer.from(await (await publisherLogoImage()).arrayBuffer());
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([512, 512]);
    },
    RENDER_TIMEOUT,
  );
});
