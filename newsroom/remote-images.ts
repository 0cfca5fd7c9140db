import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { MAX_IMAGE_BYTES } from '@/lib/image-type';
import type { Database, Transaction } from '@/db';
import { media } from '@/db/schema';
import { mediaPath } from '@/lib/paths';

/**
 * Fetching files from other sites for the media library: pictures an import copies from the old site, and
 * embed posters. Every download is bounded (size while it arrives, one time limit for the whole exchange,
 * at most 5 redirects, each checked like the first) and answers with a reason instead of throwing. What
 * arrives is checked as an upload is (newsroom/media.ts `storeLibraryImage`: the type by its bytes).
 */

export type Fetch = typeof fetch;

export interface DownloadOptions {
  /** Injectable so tests answer from a local server; the global fetch otherwise. */
  fetch?: Fetch;
  maxBytes?: number;
  timeoutMs?: number;
  /** Whether an address may be asked at all: the first and every redirect's. */
  allowUrl?: (url: URL) => boolean;
  accept?: string;
}

export type Download =
  | { ok: true; bytes: Uint8Array; url: string }
  /** `retry`: a passing failure (no answer, a server error) that a later run may get past. */
  | { ok: false; reason: string; retry: boolean };

const MAX_REDIRECTS = 5;
export const DOWNLOAD_TIMEOUT_MS = 20_000;

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

async function readBounded(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The bytes at an http(s) address, within the limits, or why not. Never throws. */
export async function download(address: string, options: DownloadOptions = {}): Promise<Download> {
  const fetchFile = options.fetch ?? globalThis.fetch;
  const maxBytes = options.maxBytes ?? MAX_IMAGE_BYTES;
  const timeoutMs = options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const late = { ok: false, reason: `no answer within ${timeoutMs / 1000} s`, retry: true } as const;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { ok: false, reason: 'not an address', retry: false };
  }
  for (let redirects = 0; ; redirects++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: `not an http(s) address`, retry: false };
    if (url.username || url.password) return { ok: false, reason: 'an address with a user name or password', retry: false };
    if (options.allowUrl && !options.allowUrl(url))
      return { ok: false, reason: `${url.host} is not a host this may be fetched from`, retry: false };
    let response: Response;
    try {
      response = await fetchFile(url, { redirect: 'manual', signal, headers: { accept: options.accept ?? 'image/*' } });
    } catch (error) {
      if (signal.aborted) return late;
      const cause =
        error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : '';
      return { ok: false, reason: `could not connect${cause ? ` (${cause})` : ''}`, retry: true };
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel().catch(() => undefined);
      if (redirects >= MAX_REDIRECTS) return { ok: false, reason: 'too many redirects', retry: false };
      try {
        url = new URL(location, url);
      } catch {
        return { ok: false, reason: 'a redirect to something that is not an address', retry: false };
      }
      continue;
    }
    if (!response.ok || !response.body) {
      await response.body?.cancel().catch(() => undefined);
      const passing = response.status >= 500 || response.status === 408 || response.status === 429;
      return { ok: false, reason: `HTTP ${response.status}`, retry: passing };
    }
    const declared = Number(response.headers.get('content-length') ?? '');
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body.cancel().catch(() => undefined);
      return { ok: false, reason: `larger than ${megabytes(maxBytes)} (${megabytes(declared)})`, retry: false };
    }
    try {
      const bytes = await readBounded(response.body, maxBytes);
      if (!bytes) return { ok: false, reason: `larger than ${megabytes(maxBytes)}`, retry: false };
      return { ok: true, bytes, url: url.href };
    } catch {
      return signal.aborted ? late : { ok: false, reason: 'the connection broke off', retry: true };
    }
  }
}

export interface LibraryImageFromSource {
  id: number;
  url: string;
  altText: string;
}

/** A picture already copied from this address into the library (the newest, if it was copied twice). */
export async function findLibraryImageBySource(tx: Transaction | Database, sourceUrl: string): Promise<LibraryImageFromSource | null> {
  const [row] = await tx
    .select({ id: media.id, key: media.key, altText: media.altText })
    .from(media)
    .where(eq(media.sourceUrl, sourceUrl))
    .orderBy(desc(media.id))
    .limit(1);
  return row ? { id: row.id, url: mediaPath(row.key), altText: row.altText } : null;
}
