import type { PhotoSight } from '../types';
import { fromBase64, LARGEST_PICTURE, PIECE_BYTES, type BeginPicture, type FromPage, type LookWants, type ToPage } from '../vision/host/look-messages';
import { SIGHT_PROBLEM } from '../vision/host/sight-problems';

/**
 * A piece of a file as base64, encoded by the browser (FileReader) off the
 * page's thread. Works on a page's File in Firefox too, where the content
 * script cannot read a page's ArrayBuffer.
 */
export function base64Of(piece: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(piece);
  });
}

/** The parts of a runtime port used here, as Chrome and Firefox both give them. */
export interface PagePort {
  postMessage(message: FromPage): void;
  onMessage: { addListener(listener: (message: ToPage) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** Pictures one page has in the background at once: one looked at while the next arrives. */
const IN_BACKGROUND = 2;

/** Raised when the port closed under a picture (the background restarted): worth one more try on a new port. */
class PortClosed extends Error {}

/** A picture's opening message before it has an id. */
type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

interface Exchange {
  hear(message: ToPage): void;
  fail(error: Error): void;
}

/** Lets only `count` holders in at once, in the order they asked. */
function turns(count: number) {
  let free = count;
  const queue: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => queue.push(resolve));
    try {
      return await task();
    } finally {
      const next = queue.shift();
      if (next) next();
      else free++;
    }
  };
}

/**
 * The page's end of the look port (lib/vision/host/serve-look-port.ts): has the
 * background look at a photo or video (faces, writing) or blur its faces, off
 * the page. A file goes in small pieces, each read, sent and taken before the
 * next, so no task on the page's thread is long however large the photo; a
 * blurred copy comes back the same way. One port for the page, opened on the
 * first picture; it closes with the page, and the background then drops what
 * it held for it.
 */
export function pictureLooker(connect: () => PagePort) {
  let port: PagePort | undefined;
  let nextId = 1;
  const exchanges = new Map<number, Exchange>();
  const inBackground = turns(IN_BACKGROUND);

  const open = (): PagePort => {
    if (port) return port;
    const opened = connect();
    opened.onMessage.addListener((message) => exchanges.get(message.id)?.hear(message));
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = undefined;
      for (const exchange of exchanges.values()) exchange.fail(new PortClosed('the background closed the connection'));
      exchanges.clear();
    });
    port = opened;
    return opened;
  };

  /** Sends one file in pieces and settles with the background's last word on it; pieces of a blurred copy go to `piece`. */
  const exchange = (begin: Unnumbered<BeginPicture>, file: Blob, piece?: (bytes: Uint8Array<ArrayBuffer>) => void): Promise<ToPage> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const channel = open();
      let taken: (() => void) | undefined;
      const settle = (settled: () => void) => {
        exchanges.delete(id);
        // Lets the sending loop see the picture is settled and stop.
        taken?.();
        settled();
      };
      exchanges.set(id, {
        hear: (message) => {
          if (message.kind === 'more') return taken?.();
          if (message.kind === 'piece') return piece?.(fromBase64(message.base64));
          settle(() => resolve(message));
        },
        fail: (error) => settle(() => reject(error)),
      });
      const send = async () => {
        channel.postMessage({ ...begin, id } as BeginPicture);
        let reading = base64Of(file.slice(0, PIECE_BYTES));
        for (let start = 0; exchanges.has(id); start += PIECE_BYTES) {
          const base64 = await reading;
          const last = start + PIECE_BYTES >= file.size;
          const took = last ? undefined : new Promise<void>((next) => (taken = next));
          if (!exchanges.has(id)) return;
          channel.postMessage({ kind: 'piece', id, base64, last });
          if (last) return;
          // The next piece is read while this one is on its way.
          reading = base64Of(file.slice(start + PIECE_BYTES, start + 2 * PIECE_BYTES));
          reading.catch(() => undefined);
          await took;
        }
      };
      send().catch((error: unknown) => {
        if (exchanges.has(id)) settle(() => reject(error instanceof Error ? error : new Error(String(error))));
      });
    });

  /** One try, and a second on a new port if the first port closed under it (the background was restarted). */
  const withRetry = async (attempt: () => Promise<ToPage>): Promise<ToPage> => {
    try {
      return await attempt();
    } catch (error) {
      if (error instanceof PortClosed) return attempt();
      throw error;
    }
  };

  return {
    /** What a picture shows. Never rejects: anything that goes wrong is the photo's `problem`, so the checks report it unchecked. */
    async look(file: File, wants: LookWants): Promise<PhotoSight> {
      if (file.size > LARGEST_PICTURE) return { problem: SIGHT_PROBLEM.tooLarge };
      try {
        const reply = await inBackground(() => withRetry(() => exchange({ kind: 'begin', op: 'look', name: file.name, mime: file.type, wants }, file)));
        return reply.kind === 'sight' ? reply.sight : { problem: SIGHT_PROBLEM.unavailable };
      } catch {
        return { problem: SIGHT_PROBLEM.unavailable };
      }
    },

    /** A copy of a JPEG (its location already removed) with its faces blurred, and how many; rejects when there is none. */
    async blur(file: Blob, name: string): Promise<{ bytes: Uint8Array<ArrayBuffer>; faces: number }> {
      if (file.size > LARGEST_PICTURE) throw new Error(SIGHT_PROBLEM.tooLarge);
      return inBackground(async () => {
        let pieces: Uint8Array<ArrayBuffer>[] = [];
        const reply = await withRetry(() => {
          pieces = [];
          return exchange({ kind: 'begin', op: 'blur', name, mime: file.type }, file, (bytes) => pieces.push(bytes));
        });
        if (reply.kind === 'failed') throw new Error(reply.error);
        if (reply.kind !== 'blurred') throw new Error('the background gave no copy');
        const bytes = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
        let at = 0;
        for (const piece of pieces) {
          bytes.set(piece, at);
          at += piece.length;
        }
        return { bytes, faces: reply.faces };
      });
    },

    /** A press is waiting for this page's pictures: the background looks at them before other tabs'. */
    hurry(): void {
      try {
        port?.postMessage({ kind: 'hurry' });
      } catch {
        // A closed port has nothing queued to hurry.
      }
    },
  };
}

export type PictureLooker = ReturnType<typeof pictureLooker>;
