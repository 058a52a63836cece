import { browser } from '#imports';
import { isBlurRequest, isLookRequest, type BlurReply, type BlurRequest, type LookReply, type LookRequest, type ToVisionHost } from './look-messages';
import { keepAwakeWhile } from './keep-awake';
import { visionService, type VisionService } from './vision-service';
import { visionStatusKeeper } from './vision-status';

/** The page, built from entrypoints/vision-host/, that runs the vision worker in Chrome. */
export const VISION_HOST_PAGE = '/vision-host.html';
/** The worker itself, built from entrypoints/vision-worker.ts. */
export const VISION_WORKER_FILE = '/vision-worker.js';

type Answerer = (request: LookRequest | BlurRequest) => Promise<LookReply | BlurReply>;

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

/** Firefox: the background is an event page, a document that starts the worker itself. */
function workerAnswerer(): Answerer {
  let service: VisionService | undefined;
  return (request) => {
    service ??= visionService(browser.runtime.getURL(VISION_WORKER_FILE as '/vision-worker.js'));
    return keepAwakeWhile<LookReply | BlurReply>(isLookRequest(request) ? service.look(request) : service.blur(request));
  };
}

/**
 * For the background: answers content scripts' requests to look at a photo or
 * blur its faces, off every page's thread. Any failure is answered as an error,
 * which the content script turns into a photo it could not check.
 */
export function answerLooks(): void {
  const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  const answer = offscreen?.createDocument ? offscreenAnswerer(offscreen) : workerAnswerer();
  const note = visionStatusKeeper();
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: LookReply | BlurReply) => void) => {
    if (!sender.tab || (!isLookRequest(message) && !isBlurRequest(message))) return undefined;
    const started = performance.now();
    answer(message)
      .catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }))
      .then((reply) => {
        sendResponse(reply);
        if (isLookRequest(message)) note(performance.now() - started, 'error' in reply ? reply.error : 'sight' in reply ? reply.sight.problem : undefined);
      });
    return true;
  });
}
