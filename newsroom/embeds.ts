import 'server-only';
import { z } from 'zod';
import { EMBED_PROVIDERS, isProviderPoster, MAX_EMBED_TITLE, recogniseEmbed, type Embed } from '@/lib/embeds';
import { cleanText } from '@/lib/text';
import { getDb } from '@/db';
import { defineMutation } from './guard';
import { storeLibraryImage } from './media';
import { download, findLibraryImageBySource, type Fetch } from './remote-images';

/**
 * What the editor learns about an embed when it is inserted: its title and a poster, asked of the
 * provider once, on the server, so readers' browsers never ask the provider for anything before they
 * click. The poster is kept in the media library (one copy per address, found again by it); when
 * anything fails the embed simply has no title or poster.
 */

const OEMBED_MAX_BYTES = 64 * 1024;
const OEMBED_TIMEOUT_MS = 8_000;
const POSTER_TIMEOUT_MS = 15_000;

const oembedAnswer = z.object({
  title: z.string().optional(),
  author_name: z.string().optional(),
  thumbnail_url: z.string().optional(),
});

export type EmbedPreview =
  | {
      ok: true;
      embed: Embed;
      title: string;
      /** The library's copy of the poster, or its bytes to store (`storeEmbedPoster`), or none. */
      poster: { url: string } | { sourceUrl: string; bytes: Uint8Array } | null;
    }
  | { ok: false; message: string };

async function askOembed(embed: Embed, fetchFile: Fetch | undefined): Promise<z.infer<typeof oembedAnswer> | null> {
  const endpoint = EMBED_PROVIDERS[embed.provider].oembedEndpoint;
  if (!endpoint) return null;
  const extra = embed.provider === 'x' ? '&omit_script=1&dnt=true' : '';
  const address = `${endpoint}?format=json&url=${encodeURIComponent(embed.url)}${extra}`;
  const endpointHost = new URL(endpoint).host;
  const answer = await download(address, {
    fetch: fetchFile,
    maxBytes: OEMBED_MAX_BYTES,
    timeoutMs: OEMBED_TIMEOUT_MS,
    accept: 'application/json',
    allowUrl: (url) => url.protocol === 'https:' && url.host === endpointHost,
  });
  if (!answer.ok) return null;
  try {
    const parsed = oembedAnswer.safeParse(JSON.parse(new TextDecoder().decode(answer.bytes)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The title and poster of an embed address; never throws, never writes. `fetch` is injectable for tests. */
export async function fetchEmbedPreview(address: string, options: { fetch?: Fetch; enabled?: boolean } = {}): Promise<EmbedPreview> {
  const embed = recogniseEmbed(address);
  if (!embed) return { ok: false, message: 'That address is not one the site can embed.' };
  if (options.enabled === false) return { ok: true, embed, title: '', poster: null };
  const meta = await askOembed(embed, options.fetch);
  const fromAuthor = meta?.author_name && embed.provider === 'x' ? `Post by ${meta.author_name}` : '';
  const title = cleanText(meta?.title || fromAuthor)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_EMBED_TITLE);
  const offered = meta?.thumbnail_url && isProviderPoster(embed.provider, meta.thumbnail_url) ? meta.thumbnail_url : undefined;
  const sourceUrl = embed.posterUrl ?? offered;
  if (!sourceUrl) return { ok: true, embed, title, poster: null };
  const copied = await findLibraryImageBySource(getDb(), sourceUrl);
  if (copied) return { ok: true, embed, title, poster: { url: copied.url } };
  const poster = await download(sourceUrl, {
    fetch: options.fetch,
    timeoutMs: POSTER_TIMEOUT_MS,
    allowUrl: (url) => isProviderPoster(embed.provider, url.href),
  });
  return { ok: true, embed, title, poster: poster.ok ? { sourceUrl, bytes: poster.bytes } : null };
}

/** Keeps a fetched poster in the media library, or finds the copy already there. */
export const storeEmbedPoster = defineMutation({
  name: 'media.embed-poster',
  input: z.object({
    sourceUrl: z.url({ protocol: /^https$/ }).max(2000),
    bytes: z.instanceof(Uint8Array).refine((value) => value.byteLength > 0, 'The poster is empty.'),
  }),
  async run({ tx, actor, now }, input) {
    const existing = await findLibraryImageBySource(tx, input.sourceUrl);
    const stored =
      existing ?? (await storeLibraryImage(tx, actor.id, now, input.bytes, { sourceUrl: input.sourceUrl, description: 'Embed poster' }));
    return {
      result: { url: stored.url },
      audit: {
        action: 'media.embed-poster',
        targetType: 'media',
        targetId: stored.id,
        summary: `${existing ? 'Found' : 'Stored'} the poster from ${input.sourceUrl}`,
      },
      revalidate: [],
    };
  },
});
