import { browser } from '#imports';
import type { PhotoSight } from '../../lib/types';
import { VISION_WORKER_FILE } from '../../lib/vision/host/answer-looks';
import { toBase64, type LookWants } from '../../lib/vision/host/look-messages';
import { SIGHT_PROBLEM } from '../../lib/vision/host/sight-problems';
import { visionService, type VisionService } from '../../lib/vision/host/vision-service';

let service: VisionService | undefined;

/**
 * The options page's own vision worker, for "Try a post": the page is the
 * extension's, so it starts the same worker the staff's photos go to, on the
 * first photo tried and never before. Never rejects.
 */
export function photoLooker() {
  return {
    async look(file: File, wants: LookWants): Promise<PhotoSight> {
      try {
        service ??= visionService(browser.runtime.getURL(VISION_WORKER_FILE as '/vision-worker.js'));
        const reply = await service.look({ type: 'ask-yourself:look', name: file.name, mime: file.type, base64: toBase64(new Uint8Array(await file.arrayBuffer())), wants });
        return 'sight' in reply ? reply.sight : { problem: SIGHT_PROBLEM.unavailable };
      } catch {
        return { problem: SIGHT_PROBLEM.unavailable };
      }
    },
  };
}
