import type { Pixels } from './pixels';

/** A picture the browser can draw: a photo's bytes, or a frame already taken from a video. */
export type BrowserPicture = Blob | ImageBitmap;

/** Decodes a photo the browser cannot draw itself (HEIC, TIFF: ./decode-other-formats), to pixels as shown. */
export type OtherFormatDecoder = (bytes: Uint8Array) => Promise<Pixels>;

/** The photo drawn by the browser, or, when it cannot draw it, by `decodeOther`. */
async function bitmapOf(photo: Blob, decodeOther: OtherFormatDecoder | undefined): Promise<ImageBitmap> {
  try {
    // Colours as stored, so a blurred copy's pixels still match the ICC profile its original's metadata carries.
    return await createImageBitmap(photo, { colorSpaceConversion: 'none' });
  } catch (refused) {
    if (!decodeOther) throw refused;
    const { width, height, data } = await decodeOther(new Uint8Array(await photo.arrayBuffer()));
    return createImageBitmap(new ImageData(new Uint8ClampedArray(data), width, height));
  }
}

/**
 * Decodes a picture to pixels as shown, in a worker or a document: the browser
 * applies the EXIF orientation as it decodes (createImageBitmap's default), and
 * the longest side is brought down to `longestSide` so a 48-megapixel photo never
 * sits in memory whole more than once. A photo the browser refuses goes to
 * `decodeOther`, if given. Rejects when neither can decode it.
 */
export async function decodeBrowser(picture: BrowserPicture, longestSide: number, decodeOther?: OtherFormatDecoder): Promise<Pixels> {
  const bitmap = picture instanceof Blob ? await bitmapOf(picture, decodeOther) : picture;
  try {
    const scale = Math.min(1, longestSide / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2D canvas to decode on');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    return { width, height, data: context.getImageData(0, 0, width, height).data };
  } finally {
    bitmap.close();
  }
}

/** Pixels as a JPEG, encoded by the browser: how a blurred copy is made before its metadata is put back. */
export async function encodeJpegBrowser(pixels: Pixels, quality: number): Promise<Uint8Array<ArrayBuffer>> {
  const canvas = new OffscreenCanvas(pixels.width, pixels.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas to encode on');
  context.putImageData(new ImageData(new Uint8ClampedArray(pixels.data), pixels.width, pixels.height), 0, 0);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
  return new Uint8Array(await blob.arrayBuffer());
}
