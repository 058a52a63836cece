import { isFromPage, LARGEST_PICTURE, PIECE_CHARS, type BeginPicture, type BlurReply, type BlurRequest, type LookReply, type LookRequest, type ToPage } from './look-messages';
import type { LookQueue } from './look-queue';

/** Hands a whole picture to whatever looks at it (Chrome's offscreen document, Firefox's worker); may reject. */
export type Answerer = (request: LookRequest | BlurRequest) => Promise<LookReply | BlurReply>;

/** The parts of a runtime port used here, as Chrome and Firefox both give them. */
export interface LookPort {
  postMessage(message: ToPage): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** Pictures one page may have in the background at once, arriving or waiting; the page sends no more than two. */
const HELD_PER_PAGE = 4;
const LARGEST_BASE64 = Math.ceil(LARGEST_PICTURE / 3) * 4;

interface Arriving {
  begin: BeginPicture;
  pieces: string[];
  chars: number;
}

/**
 * The background's end of one page's look port: takes each picture's pieces one
 * at a time (each taken piece asks for the next, so a page never floods the
 * background), queues the whole picture, and answers on the same port, a blurred
 * copy in pieces too. When the page closes or navigates the port goes, and with
 * it every piece held and every look queued for it.
 */
export function serveLookPort(port: LookPort, queue: LookQueue<LookPort>, answer: Answerer, note: (ms: number, problem?: string) => void): void {
  const arriving = new Map<number, Arriving>();
  let queued = 0;
  let open = true;
  const say = (message: ToPage) => {
    if (!open) return;
    try {
      port.postMessage(message);
    } catch {
      open = false;
    }
  };
  const fail = (id: number, error: string) => {
    arriving.delete(id);
    say({ kind: 'failed', id, error });
  };

  const lookAt = async ({ begin, pieces }: Arriving): Promise<void> => {
    const base64 = pieces.join('');
    pieces.length = 0;
    const started = performance.now();
    const request: LookRequest | BlurRequest =
      begin.op === 'look'
        ? { type: 'ask-yourself:look', name: begin.name, mime: begin.mime, base64, wants: begin.wants }
        : { type: 'ask-yourself:blur', name: begin.name, mime: begin.mime, base64 };
    const reply = await answer(request).catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }));
    if (begin.op === 'look') note(performance.now() - started, 'error' in reply ? reply.error : 'sight' in reply ? reply.sight.problem : undefined);
    if ('error' in reply) return fail(begin.id, reply.error);
    if ('sight' in reply) return say({ kind: 'sight', id: begin.id, sight: reply.sight });
    if (!('base64' in reply)) return fail(begin.id, 'the background gave no answer');
    for (let start = 0; start < reply.base64.length; start += PIECE_CHARS) say({ kind: 'piece', id: begin.id, base64: reply.base64.slice(start, start + PIECE_CHARS) });
    say({ kind: 'blurred', id: begin.id, faces: reply.faces });
  };

  port.onDisconnect.addListener(() => {
    open = false;
    arriving.clear();
    queue.drop(port);
  });

  port.onMessage.addListener((message) => {
    if (!isFromPage(message)) return;
    if (message.kind === 'hurry') return queue.hurry(port);
    if (message.kind === 'begin') {
      if (arriving.size + queued >= HELD_PER_PAGE) return say({ kind: 'failed', id: message.id, error: 'too many pictures at once' });
      arriving.set(message.id, { begin: message, pieces: [], chars: 0 });
      return;
    }
    const picture = arriving.get(message.id);
    if (!picture) return;
    picture.chars += message.base64.length;
    if (picture.chars > LARGEST_BASE64) return fail(message.id, 'it is too large to look at here');
    picture.pieces.push(message.base64);
    if (!message.last) return say({ kind: 'more', id: message.id });
    arriving.delete(message.id);
    queued++;
    queue.add(port, () => lookAt(picture).finally(() => queued--));
  });
}
