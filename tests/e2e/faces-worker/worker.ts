// A dedicated Worker that finds faces, as the extension's offscreen document (Chrome) or background page (Firefox) runs one.
import { createBrowserFaceDetector } from '../../../lib/vision/faces/browser-face-detector';

const detector = createBrowserFaceDetector(new URL('./files/', self.location.href).href);

self.onmessage = async (event: MessageEvent<{ width: number; height: number; data: ArrayBuffer }>) => {
  try {
    const ready = await detector;
    const { width, height, data } = event.data;
    self.postMessage({ backend: ready.backend, faces: await ready.detect({ width, height, data: new Uint8ClampedArray(data) }) });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
