import { previewEmbedAction } from '@/actions/embeds';

/** The rich-text editor's embed preview: the server's title and poster for an address, or null when it has none. */
export async function previewEmbedForEditor(url: string): Promise<{ title: string; poster: string } | null> {
  const reply = await previewEmbedAction(url);
  return reply.ok ? { title: reply.title, poster: reply.poster } : null;
}
