import { browser } from '#imports';
import type { PhotoSight } from '../types';
import { fromBase64, type BlurReply, type BlurRequest, type LookReply, type LookRequest, type LookWants } from '../vision/host/look-messages';
import { SIGHT_PROBLEM } from '../vision/host/sight-problems';

/**
 * A file's bytes as base64, encoded by the browser (FileReader) off the page's
 * thread, so a large photo never stalls typing. Works on a page's File in
 * Firefox too, where the content script cannot read a page's ArrayBuffer.
 */
export function base64Of(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

/** Photos are sent one at a time: several large files at once would crowd the page's messaging, and the panel with it. */
let sending: Promise<unknown> = Promise.resolve();

/**
 * Has the background look at a photo or video (faces, writing) in its worker,
 * off the page. Never rejects: anything that goes wrong is the photo's `problem`,
 * so the checks report it unchecked.
 */
export function lookInBackground(file: File, wants: LookWants): Promise<PhotoSight> {
  const sight = sending.then(() => lookNow(file, wants));
  sending = sight;
  return sight;
}

async function lookNow(file: File, wants: LookWants): Promise<PhotoSight> {
  try {
    const request: LookRequest = { type: 'ask-yourself:look', name: file.name, mime: file.type, base64: await base64Of(file), wants };
    const reply = (await browser.runtime.sendMessage(request)) as LookReply | undefined;
    return reply && 'sight' in reply ? reply.sight : { problem: SIGHT_PROBLEM.unavailable };
  } catch {
    return { problem: SIGHT_PROBLEM.unavailable };
  }
}

/** Has the background blur the faces in a JPEG (its location already removed): the copy and how many faces it blurred. */
export async function blurInBackground(file: Blob, name: string): Promise<{ bytes: Uint8Array<ArrayBuffer>; faces: number }> {
  const request: BlurRequest = { type: 'ask-yourself:blur', name, mime: file.type, base64: await base64Of(file) };
  const reply = (await browser.runtime.sendMessage(request)) as BlurReply | undefined;
  if (!reply) throw new Error('the background did not answer');
  if ('error' in reply) throw new Error(reply.error);
  return { bytes: fromBase64(reply.base64), faces: reply.faces };
}
