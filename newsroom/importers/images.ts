import 'server-only';
import pLimit from 'p-limit';
import { getDb, type Transaction } from '@/db';
import { MutationError } from '@/newsroom/guard';
import { storeLibraryImage, type LibraryImageDetails } from '@/newsroom/media';
import { download, findLibraryImageBySource, type Fetch } from '@/newsroom/remote-images';

/**
 * Copying an imported post's pictures into the media library. Before the post's transaction, each
 * picture is looked up by the address it comes from (copied by an earlier post or an earlier run: not
 * fetched again) or downloaded, a few at a time, within the limits of newsroom/remote-images.ts; inside
 * the transaction the downloads are stored as uploads are (`storeLibraryImage`: type checked by bytes,
 * pixels limited), so a post and its pictures are saved together or not at all. A picture that cannot
 * be copied keeps its old address and is reported with the reason; it never stops the import.
 */

export interface WantedPicture {
  /** The address as the post uses it (its body, or its featured image). */
  address: string;
  /** Where to copy it from: the same, or the original a resized copy was made from. */
  source: string;
  details: LibraryImageDetails;
}

export type FetchedPicture = WantedPicture &
  (
    | { state: 'present'; url: string; alt: string }
    | { state: 'downloaded'; bytes: Uint8Array }
    | { state: 'failed'; reason: string; retry: boolean }
    | { state: 'kept' }
    | { state: 'would-copy' }
  );

export interface PictureOptions {
  fetch?: Fetch;
  /** Leave pictures at their address (`--keep-remote-images`). */
  keepRemote: boolean;
  dryRun: boolean;
}

/** At most this many downloads at once for the whole run. */
export const DOWNLOADS_AT_ONCE = 4;

export function pictureLimiter() {
  return pLimit(DOWNLOADS_AT_ONCE);
}

/** Looks up or downloads each picture once (outside any transaction: nothing waits on the network with the database locked). */
export async function fetchPictures(
  wanted: WantedPicture[],
  options: PictureOptions,
  limit: ReturnType<typeof pLimit>,
): Promise<FetchedPicture[]> {
  const bySource = new Map<string, Promise<FetchedPicture>>();
  const fetchOne = async (picture: WantedPicture): Promise<FetchedPicture> => {
    if (options.keepRemote) return { ...picture, state: 'kept' };
    if (!/^https?:\/\//i.test(picture.source)) return { ...picture, state: 'failed', reason: 'not an http(s) address', retry: false };
    const copied = await findLibraryImageBySource(getDb(), picture.source);
    if (copied) return { ...picture, state: 'present', url: copied.url, alt: copied.altText };
    if (options.dryRun) return { ...picture, state: 'would-copy' };
    const downloaded = await limit(() => download(picture.source, { fetch: options.fetch }));
    return downloaded.ok
      ? { ...picture, state: 'downloaded', bytes: downloaded.bytes }
      : { ...picture, state: 'failed', reason: downloaded.reason, retry: downloaded.retry };
  };
  return Promise.all(
    wanted.map(async (picture) => {
      let pending = bySource.get(picture.source);
      if (!pending) {
        pending = fetchOne(picture);
        bySource.set(picture.source, pending);
      }
      // Two addresses of one original (two sizes of it) share its copy.
      return { ...(await pending), address: picture.address };
    }),
  );
}

export interface StoredPictures {
  /** Where each address the post uses now points, with the library's alt text. */
  moved: Map<string, { url: string; alt: string }>;
  copied: number;
  present: number;
}

/**
 * Stores the downloaded pictures inside the post's transaction. A download that is not an acceptable
 * image (an SVG named .jpg, say) becomes a failure, as an upload would be refused.
 */
export async function storePictures(
  tx: Transaction,
  pictures: FetchedPicture[],
  uploadedBy: number,
  now: Date,
  recordCopy: (mediaId: number, source: string) => Promise<void>,
): Promise<StoredPictures & { failed: FetchedPicture[] }> {
  const moved = new Map<string, { url: string; alt: string }>();
  const stored = new Map<string, { url: string; alt: string } | { reason: string }>();
  const failed: FetchedPicture[] = [];
  // Counted once per picture, however many of its sizes the post shows.
  const counted = new Set<string>();
  let copied = 0;
  let present = 0;
  for (const picture of pictures) {
    if (picture.state === 'present') {
      moved.set(picture.address, { url: picture.url, alt: picture.alt });
      if (!counted.has(picture.source)) present++;
      counted.add(picture.source);
      continue;
    }
    if (picture.state !== 'downloaded') {
      if (picture.state === 'failed') failed.push(picture);
      continue;
    }
    let outcome = stored.get(picture.source);
    if (!outcome) {
      // Another process may have copied it since the look-up.
      const existing = await findLibraryImageBySource(tx, picture.source);
      if (existing) {
        outcome = { url: existing.url, alt: existing.altText };
        present++;
      } else {
        try {
          const image = await storeLibraryImage(tx, uploadedBy, now, picture.bytes, { ...picture.details, sourceUrl: picture.source });
          await recordCopy(image.id, picture.source);
          outcome = { url: image.url, alt: picture.details.altText ?? '' };
          copied++;
        } catch (error) {
          if (!(error instanceof MutationError)) throw error;
          outcome = { reason: `refused: ${error.message}` };
        }
      }
      stored.set(picture.source, outcome);
      counted.add(picture.source);
    }
    if ('url' in outcome) moved.set(picture.address, outcome);
    else failed.push({ ...picture, state: 'failed', reason: outcome.reason, retry: false });
  }
  return { moved, copied, present, failed };
}
