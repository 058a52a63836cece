// A dedicated Worker that finds faces, as the extension's offscreen document (Chrome) or background page (Firefox) runs one:
// given pixels, it runs the detector alone; given a photo's name, it looks at the photo as the extension's vision worker
// does (lookAtPicture with the extension's seers, its files laid out from the server's root as the build lays them out).
import { createBrowserFaceDetector } from '../../../lib/vision/faces/browser-face-detector';
import { browserSeers } from '../../../lib/vision/host/browser-seers';
import { lookAtPicture } from '../../../lib/vision/host/look-at-picture';

const detector = createBrowserFaceDetector(new URL('./files/', self.location.href).href);
const seers = browserSeers(new URL('/', self.location.href).href);

type Job = { width: number; height: number; data: ArrayBuffer } | { look: string };

self.onmessage = async (event: MessageEvent<Job>) => {
  try {
    const job = event.data;
    if ('look' in job) {
      const photo = await (await fetch(`./files/${job.look}`)).blob();
      self.postMessage({ sight: await lookAtPicture(photo, { faces: true, writing: false }, seers) });
      return;
    }
    const ready = await detector;
    const { width, height, data } = job;
    self.postMessage({ backend: ready.backend, faces: await ready.detect({ width, height, data: new Uint8ClampedArray(data) }) });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
