import type { PhotoSight } from '../../types';

/** What to look for in one picture: faces when the policy asks about or blurs them, writing always. */
export interface LookWants {
  faces: boolean;
  writing: boolean;
}

/**
 * A request to look at one attached photo or video, as the background hands it
 * to the document that runs the worker (and as the options page asks its own
 * worker). The bytes travel as base64: Chrome's messaging is JSON.
 */
export interface LookRequest {
  type: 'ask-yourself:look';
  name: string;
  /** The file's MIME type as the browser gave it, possibly empty. */
  mime: string;
  base64: string;
  wants: LookWants;
}

/** A request for a copy of a photo with its faces blurred, for `faces: blur`. */
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
export const isToVisionHost = (message: unknown): message is ToVisionHost =>
  typeof message === 'object' && message !== null && (message as ToVisionHost).target === 'ask-yourself:vision-host';

/** The port a content script opens to the background to have pictures looked at; it closes with the page. */
export const LOOK_PORT = 'ask-yourself:looks';

/**
 * Bytes per piece of a picture on the port: small enough that reading, sending
 * or decoding one is a short task on the page's thread, and a multiple of 3, so
 * the pieces' base64 joins into the whole file's without re-encoding. Measured
 * with four 12 MP photos attached (tests/bench/browser-bench.ts): 384 KiB pieces
 * left the page tasks of up to ~280 ms while typing (Chrome's JSON messaging
 * costs far more than linearly in a message's length); 48 KiB pieces, ~65 ms.
 */
export const PIECE_BYTES = 3 * 16 * 1024;
/** The same piece as base64 characters (a multiple of 4, so each decodes on its own). */
export const PIECE_CHARS = (PIECE_BYTES / 3) * 4;

/** The largest picture sent to be looked at: a longer video would hold that much memory twice over in the background. */
export const LARGEST_PICTURE = 200 * 1024 * 1024;

/** From the page: a picture to look at (or blur) begins; its pieces follow, each sent once the last is taken. */
export type BeginPicture =
  | { kind: 'begin'; id: number; op: 'look'; name: string; mime: string; wants: LookWants }
  | { kind: 'begin'; id: number; op: 'blur'; name: string; mime: string };

/** Everything a content script says on the port. `hurry`: a press waits for this page's pictures. */
export type FromPage = BeginPicture | { kind: 'piece'; id: number; base64: string; last: boolean } | { kind: 'hurry' };

/**
 * Everything the background says on the port, each by the picture's id: `more`
 * takes a piece and asks for the next; a blurred copy comes as `piece`s then
 * `blurred`; `failed` says why a picture was not looked at.
 */
export type ToPage =
  | { kind: 'more'; id: number }
  | { kind: 'sight'; id: number; sight: PhotoSight }
  | { kind: 'piece'; id: number; base64: string }
  | { kind: 'blurred'; id: number; faces: number }
  | { kind: 'failed'; id: number; error: string };

const KINDS = new Set(['begin', 'piece', 'hurry']);

/** True for a well-formed message from a content script; anything else on the port is ignored. */
export function isFromPage(message: unknown): message is FromPage {
  if (typeof message !== 'object' || message === null) return false;
  const { kind, id, base64 } = message as { kind?: unknown; id?: unknown; base64?: unknown };
  if (typeof kind !== 'string' || !KINDS.has(kind)) return false;
  if (kind === 'hurry') return true;
  return typeof id === 'number' && (kind === 'begin' || typeof base64 === 'string');
}

const CHUNK = 0x8000;

/** Bytes as base64, in chunks so a 20 MB photo never builds one enormous argument list. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> }).fromBase64;
  if (native) return native(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
