import { browser } from '#imports';
import { isLookRequest, LOOK_PORT, type BlurReply, type LookReply, type ToVisionHost } from './look-messages';
import { keepAwakeWhile } from './keep-awake';
import { LookQueue } from './look-queue';
import { serveLookPort, type Answerer, type LookPort } from './serve-look-port';
import { visionService, type VisionService } from './vision-service';
import { visionStatusKeeper } from './vision-status';

/** The page, built from entrypoints/vision-host/, that runs the vision worker in Chrome. */
export const VISION_HOST_PAGE = '/vision-host.html';
/** The worker itself, built from entrypoints/vision-worker.ts. */
export const VISION_WORKER_FILE = '/vision-worker.js';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

/**
 * Chrome: the background is a service worker, which can start no worker of its
 * own, so an offscreen document (created on the first photo, never before) runs
 * it and the request is passed on to that document.
 */
function offscreenAnswerer(offscreen: OffscreenApi): Answerer {
  let ready: Promise<void> | undefined;
  const open = () => {
    ready ??= (async () => {
      if (await offscreen.hasDocument?.().catch(() => false)) return;
      await offscreen
        .createDocument({ url: VISION_HOST_PAGE, reasons: ['WORKERS'], justification: 'Looks for faces and writing in attached photos, on this computer.' })
        // A document left by an earlier life of this service worker is the one wanted.
        .catch((error: unknown) => {
          if (!String(error).includes('single offscreen')) throw error;
        });
    })();
    ready.catch(() => (ready = undefined));
    return ready;
  };
  return async (request) => {
    await open();
    const message: ToVisionHost = { target: 'ask-yourself:vision-host', request };
    const reply = (await browser.runtime.sendMessage(message)) as LookReply | BlurReply | undefined;
    if (!reply) {
      // The document has gone (closed under memory pressure): make a new one next time.
      ready = undefined;
      throw new Error('the vision document did not answer');
    }
    return reply;
  };
}

/**
 * Firefox: the background is an event page, a document that starts the worker
 * itself, and is kept loaded while it looks (Firefox unloads an idle one).
 */
function workerAnswerer(): Answerer {
  let service: VisionService | undefined;
  return (request) => {
    service ??= visionService(browser.runtime.getURL(VISION_WORKER_FILE as '/vision-worker.js'));
    return keepAwakeWhile<LookReply | BlurReply>(isLookRequest(request) ? service.look(request) : service.blur(request));
  };
}

/**
 * For the background: answers content scripts' ports asking to look at a photo
 * or blur its faces, off every page's thread, one picture at a time from one
 * queue for every tab. Any failure is answered as an error, which the content
 * script turns into a photo it could not check.
 */
export function answerLooks(): void {
  const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  const answer = offscreen?.createDocument ? offscreenAnswerer(offscreen) : workerAnswerer();
  const note = visionStatusKeeper();
  const queue = new LookQueue<LookPort>();
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LOOK_PORT || !port.sender?.tab) return;
    serveLookPort(port as unknown as LookPort, queue, answer, note);
  });
}
