import type { PhotoSight } from '../../types';

/** What to look for in one picture: faces when the policy asks about or blurs them, writing always. */
export interface LookWants {
  faces: boolean;
  writing: boolean;
}

/**
 * A content script's request to look at one attached photo or video, answered
 * by the background. The bytes travel as base64: Chrome's messaging is JSON.
 */
export interface LookRequest {
  type: 'ask-yourself:look';
  name: string;
  /** The file's MIME type as the browser gave it, possibly empty. */
  mime: string;
  base64: string;
  wants: LookWants;
}

/** A content script's request for a copy of a photo with its faces blurred, for `faces: blur`. */
export interface BlurRequest {
  type: 'ask-yourself:blur';
  name: string;
  mime: string;
  base64: string;
}

/** What was seen, or why nothing could be. */
export type LookReply = { sight: PhotoSight } | { error: string };

/** The blurred copy and how many faces it blurred (none: the bytes are the original's), or why there is none. */
export type BlurReply = { base64: string; faces: number } | { error: string };

/** The same requests on their way from the background to the document that runs the worker, so only it answers them. */
export interface ToVisionHost {
  target: 'ask-yourself:vision-host';
  request: LookRequest | BlurRequest;
}

const typed = (message: unknown, type: string): boolean => typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;

export const isLookRequest = (message: unknown): message is LookRequest => typed(message, 'ask-yourself:look');
export const isBlurRequest = (message: unknown): message is BlurRequest => typed(message, 'ask-yourself:blur');
export const isToVisionHost = (message: unknown): message is ToVisionHost =>
  typeof message === 'object' && message !== null && (message as ToVisionHost).target === 'ask-yourself:vision-host';

const CHUNK = 0x8000;

/** Bytes as base64, in chunks so a 20 MB photo never builds one enormous argument list. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
