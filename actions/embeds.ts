'use server';

import { loadMediaConfig } from '@/lib/config';
import { fetchEmbedPreview, storeEmbedPoster } from '@/newsroom/embeds';
import { perform } from '@/web/perform';
import { getCurrentStaff } from '@/web/session';

export type EmbedPreviewReply = { ok: true; title: string; poster: string } | { ok: false; message: string };

/**
 * The rich-text editor asks this when an embed is inserted: the provider's title for it, and a poster
 * copied into the media library. Only signed-in staff make the server fetch anything; a failed fetch
 * gives an embed without title or poster, never an error the editor has to handle.
 */
export async function previewEmbedAction(address: unknown): Promise<EmbedPreviewReply> {
  if (!(await getCurrentStaff())) return { ok: false, message: 'Please sign in again.' };
  if (typeof address !== 'string') return { ok: false, message: 'That address is not one the site can embed.' };
  const preview = await fetchEmbedPreview(address, { enabled: loadMediaConfig().embedPreviews });
  if (!preview.ok) return preview;
  let poster = '';
  if (preview.poster && 'url' in preview.poster) poster = preview.poster.url;
  else if (preview.poster) {
    const stored = await perform(storeEmbedPoster, preview.poster);
    if (stored.ok) poster = stored.result.url;
  }
  return { ok: true, title: preview.title, poster };
}
