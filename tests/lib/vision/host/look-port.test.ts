/** @vitest-environment happy-dom */
import { describe, expect, test } from 'vitest';
import { pictureLooker, type PagePort } from '../../../../lib/composer/look-request';
import { PIECE_BYTES, PIECE_CHARS, type FromPage, type ToPage } from '../../../../lib/vision/host/look-messages';
import { LookQueue } from '../../../../lib/vision/host/look-queue';
import { serveLookPort, type Answerer, type LookPort } from '../../../../lib/vision/host/serve-look-port';
import { SIGHT_PROBLEM } from '../../../../lib/vision/host/sight-problems';

type Listener = (message: never) => void;

/**
 * Two ends of a runtime port: each message is copied as JSON (as Chrome's
 * messaging does) and delivered in a later task; closing one end tells the other.
 */
function portPair() {
  const listeners = { page: [] as Listener[], background: [] as Listener[], pageGone: [] as (() => void)[], backgroundGone: [] as (() => void)[] };
  const sent: FromPage[] = [];
  let open = true;
  const deliver = (to: Listener[], message: unknown) =>
    setTimeout(() => {
      if (open) for (const listener of to) listener(JSON.parse(JSON.stringify(message)) as never);
    }, 0);
  const page: PagePort = {
    postMessage: (message) => {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      sent.push(message);
      deliver(listeners.background, message);
    },
    onMessage: { addListener: (listener) => listeners.page.push(listener as Listener) },
    onDisconnect: { addListener: (listener) => listeners.pageGone.push(listener) },
  };
  const background: LookPort = {
    postMessage: (message: ToPage) => {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      deliver(listeners.page, message);
    },
    onMessage: { addListener: (listener) => listeners.background.push(listener as Listener) },
    onDisconnect: { addListener: (listener) => listeners.backgroundGone.push(listener) },
  };
  const close = (gone: (() => void)[]) => {
    open = false;
    for (const listener of gone) listener();
  };
  return { page, background, sent, closeFromPage: () => close(listeners.backgroundGone), closeFromBackground: () => close(listeners.pageGone) };
}

/** A file of `size` bytes whose every byte says where it is. */
function fileOf(size: number, name = 'PXL_20261202.jpg'): File {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 7 + (i >> 9)) & 0xff;
  return new File([bytes], name, { type: 'image/jpeg' });
}
const same = async (bytes: Uint8Array, file: Blob) => Buffer.from(bytes).equals(Buffer.from(await file.arrayBuffer()));
const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
const WANTS = { faces: true, writing: true };

/** A looker and a background joined by port pairs; the answerer stands in for the worker and says what bytes it was given. */
function joined(answer: Answerer) {
  const queue = new LookQueue<LookPort>();
  const pairs: ReturnType<typeof portPair>[] = [];
  const looker = pictureLooker(() => {
    const pair = portPair();
    pairs.push(pair);
    serveLookPort(pair.background, queue, answer, () => undefined);
    return pair.page;
  });
  return { looker, queue, pairs };
}

const echo = (received: Uint8Array[]): Answerer => async (request) => {
  const bytes = bytesOf(request.base64);
  received.push(bytes);
  return request.type === 'ask-yourself:look' ? { sight: { writing: `${bytes.length} bytes` } } : { base64: request.base64, faces: 2 };
};

describe('pictures sent to the background in pieces', () => {
  test('a photo of several pieces arrives whole, each piece no larger than a piece, and its sight comes back', async () => {
    const received: Uint8Array[] = [];
    const { looker, pairs } = joined(echo(received));
    const file = fileOf(800_000);
    expect(await looker.look(file, WANTS)).toEqual({ writing: '800000 bytes' });
    expect(await same(received[0], file)).toBe(true);
    const pieces = pairs[0].sent.filter((message) => message.kind === 'piece');
    expect(pieces.length).toBe(Math.ceil(800_000 / PIECE_BYTES));
    expect(Math.max(...pieces.map((piece) => (piece.kind === 'piece' ? piece.base64.length : 0)))).toBeLessThanOrEqual(PIECE_CHARS);
  });

  test('a blurred copy comes back whole, with how many faces were blurred', async () => {
    const { looker } = joined(echo([]));
    const file = fileOf(800_000);
    const blurred = await looker.blur(file, file.name);
    expect(blurred.faces).toBe(2);
    expect(await same(blurred.bytes, file)).toBe(true);
  });

  test('an empty file and a failing worker are each a picture not looked at, never nothing seen', async () => {
    const { looker } = joined(async () => {
      throw new Error('the vision document did not answer');
    });
    expect(await looker.look(fileOf(0), WANTS)).toEqual({ problem: SIGHT_PROBLEM.unavailable });
    await expect(looker.blur(fileOf(10), 'a.jpg')).rejects.toThrow('the vision document did not answer');
  });

  test('a background that restarts under a photo has it sent again on a new port', async () => {
    const received: Uint8Array[] = [];
    const { looker, pairs } = joined(echo(received));
    const sight = looker.look(fileOf(800_000), WANTS);
    while (!pairs[0]?.sent.some((message) => message.kind === 'piece')) await new Promise((resolve) => setTimeout(resolve, 1));
    pairs[0].closeFromBackground();
    expect(await sight).toEqual({ writing: '800000 bytes' });
    expect(pairs).toHaveLength(2);
  });

  test('a page gone mid-way: the background drops its queued pictures and never looks at them', async () => {
    let release: () => void = () => undefined;
    const looked: string[] = [];
    const { looker, queue, pairs } = joined(async (request) => {
      looked.push(request.name);
      await new Promise<void>((resolve) => (release = resolve));
      return { sight: { writing: '' } };
    });
    for (const name of ['one.jpg', 'two.jpg', 'three.jpg']) void looker.look(fileOf(1000, name), WANTS);
    while (queue.size === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    pairs[0].closeFromPage();
    expect(queue.size).toBe(0);
    release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(looked).toEqual(['one.jpg']);
  });
});
