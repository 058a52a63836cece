/**
 * A Blob's bytes, in an ArrayBuffer this script can read. In a Firefox content
 * script a page's File answers arrayBuffer() with the page's ArrayBuffer, which
 * the content script's Uint8Array cannot see into (the photo would read as
 * damaged); a Response made here copies the bytes across. A file that cannot be
 * read at all rejects on the first read, as in every browser.
 */
export async function blobBytes(blob: Blob): Promise<Uint8Array> {
  const buffer = await blob.arrayBuffer();
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  return new Uint8Array(await new Response(blob).arrayBuffer());
}
