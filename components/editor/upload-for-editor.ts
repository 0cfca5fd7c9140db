import { uploadPictureAction, type UploadedPicture } from '@/actions/media';

/**
 * An upload from the editor into the library: the file goes up through the server action with its alt
 * text; a refusal becomes the Error the editor shows.
 */
export async function uploadImageForEditor(file: File, details: { altText?: string } = {}): Promise<UploadedPicture> {
  const data = new FormData();
  data.set('file', file);
  if (details.altText) data.set('altText', details.altText);
  const result = await uploadPictureAction(data);
  if (!result.ok) throw new Error(result.message);
  return result.item;
}
