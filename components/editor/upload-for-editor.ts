import { uploadImageAction } from '@/actions/articles';

/** The rich-text editor's image upload: the file goes up through the server action; a refusal becomes the Error it shows. */
export async function uploadImageForEditor(file: File): Promise<{ url: string }> {
  const data = new FormData();
  data.set('file', file);
  const result = await uploadImageAction(data);
  if (!result.ok) throw new Error(result.message);
  return { url: result.url };
}
