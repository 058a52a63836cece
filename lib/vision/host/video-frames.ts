/** Where in a video its opening frames are taken: its start, one second in and two seconds in (or its end, if sooner). */
const FRAME_TIMES = [0, 1, 2];

const once = (target: EventTarget, ok: string, ms: number): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${ok} within ${ms} ms`)), ms);
    const done = (error?: Error) => {
      clearTimeout(timer);
      target.removeEventListener(ok, onOk);
      target.removeEventListener('error', onError);
      if (error) reject(error);
      else resolve();
    };
    const onOk = () => done();
    const onError = () => done(new Error('the video could not be decoded'));
    target.addEventListener(ok, onOk);
    target.addEventListener('error', onError);
  });

/**
 * A video's opening frames, decoded by a <video> element in the document that
 * runs the worker (Chrome's offscreen document, Firefox's background page): a
 * worker has no video decoder. Rejects when the browser cannot play the video.
 */
export async function videoFrames(video: Blob, msEach = 5000): Promise<ImageBitmap[]> {
  const element = document.createElement('video');
  const url = URL.createObjectURL(video);
  element.muted = true;
  element.preload = 'auto';
  try {
    element.src = url;
    await once(element, 'loadeddata', msEach);
    const frames: ImageBitmap[] = [];
    const times = [...new Set(FRAME_TIMES.map((time) => Math.min(time, Math.max(0, (element.duration || 0) - 0.05))))];
    for (const time of times) {
      if (element.currentTime !== time) {
        element.currentTime = time;
        await once(element, 'seeked', msEach);
      }
      frames.push(await createImageBitmap(element));
    }
    return frames;
  } finally {
    element.removeAttribute('src');
    element.load();
    URL.revokeObjectURL(url);
  }
}
