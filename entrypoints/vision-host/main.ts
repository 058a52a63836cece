import { browser } from '#imports';
import { isLookRequest, isToVisionHost, type BlurReply, type LookReply } from '../../lib/vision/host/look-messages';
import { VISION_WORKER_FILE } from '../../lib/vision/host/answer-looks';
import { visionService } from '../../lib/vision/host/vision-service';

// Chrome's offscreen document (created by the background on the first photo): it runs the vision worker and
// answers only what the background passes on to it.
const service = visionService(browser.runtime.getURL(VISION_WORKER_FILE as '/vision-worker.js'));

browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: LookReply | BlurReply) => void) => {
  if (!isToVisionHost(message)) return undefined;
  const { request } = message;
  (isLookRequest(request) ? service.look(request) : service.blur(request)).then(sendResponse, (error: unknown) =>
    sendResponse({ error: error instanceof Error ? error.message : String(error) }),
  );
  return true;
});
