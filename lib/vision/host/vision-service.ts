import type { FaceBox, PhotoSight } from '../../types';
import type { BrowserPicture } from '../decode-browser';
import { fromBase64, toBase64, type BlurReply, type BlurRequest, type LookReply, type LookRequest } from './look-messages';
import { SIGHT_PROBLEM } from './sight-problems';
import { videoFrames } from './video-frames';
import type { BlurJob, LookJob, WorkerAnswer } from './worker-protocol';

type Job = Omit<LookJob, 'id'> | Omit<BlurJob, 'id'>;

const isVideo = (request: LookRequest): boolean => request.mime.startsWith('video/') || (request.mime === '' && /\.(mp4|m4v|mov|3gp|webm)$/i.test(request.name));

/** A video's sight from its frames': every face seen in the frame that shows most, and all the writing read. */
function joinFrames(sights: PhotoSight[]): PhotoSight {
  const problem = sights.find((sight) => sight.problem)?.problem;
  if (problem) return { problem };
  const faces = sights.reduce<FaceBox[] | undefined>((most, sight) => (sight.faces && (!most || sight.faces.length > most.length) ? sight.faces : most), undefined);
  const writings = sights.flatMap((sight) => (sight.writing ? [sight.writing] : []));
  const wroteAny = sights.some((sight) => sight.writing !== undefined);
  return { ...(faces ? { faces } : {}), ...(wroteAny ? { writing: [...new Set(writings)].join('\n') } : {}) };
}

/**
 * Looks at pictures in a dedicated worker, from a document that can decode a
 * video (Chrome's offscreen document, Firefox's background page). The worker
 * starts on the first request; if it dies, whatever it was doing is answered
 * with a problem and the next request starts a new one.
 */
export function visionService(workerUrl: string) {
  let worker: Worker | undefined;
  let nextId = 1;
  const waiting = new Map<number, (answer: WorkerAnswer) => void>();

  const start = (): Worker => {
    if (worker) return worker;
    const started = new Worker(workerUrl);
    started.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => {
      const answer = event.data;
      waiting.get(answer.id)?.(answer);
      waiting.delete(answer.id);
    });
    started.addEventListener('error', (event) => {
      event.preventDefault();
      if (worker === started) worker = undefined;
      started.terminate();
      for (const [id, answer] of waiting) answer({ id, error: 'the vision worker stopped' });
      waiting.clear();
    });
    worker = started;
    return started;
  };

  const run = (job: Job, transfer: Transferable[] = []): Promise<WorkerAnswer> =>
    new Promise((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      try {
        start().postMessage({ ...job, id }, transfer);
      } catch (error) {
        waiting.delete(id);
        resolve({ id, error: error instanceof Error ? error.message : String(error) });
      }
    });

  const lookAt = async (picture: BrowserPicture, request: LookRequest): Promise<PhotoSight> => {
    const answer = await run({ op: 'look', picture, wants: request.wants }, picture instanceof ImageBitmap ? [picture] : []);
    return 'sight' in answer ? answer.sight : { problem: SIGHT_PROBLEM.unavailable };
  };

  return {
    async look(request: LookRequest): Promise<LookReply> {
      const file = new Blob([fromBase64(request.base64)], { type: request.mime });
      if (!isVideo(request)) return { sight: await lookAt(file, request) };
      let frames: ImageBitmap[];
      try {
        frames = await videoFrames(file);
      } catch {
        return { sight: { problem: SIGHT_PROBLEM.noFrames } };
      }
      const sights: PhotoSight[] = [];
      for (const frame of frames) sights.push(await lookAt(frame, request));
      return { sight: joinFrames(sights) };
    },
    async blur(request: BlurRequest): Promise<BlurReply> {
      const answer = await run({ op: 'blur', bytes: fromBase64(request.base64) });
      if ('error' in answer) return { error: answer.error };
      if (!('blurred' in answer)) return { error: 'the vision worker gave no copy' };
      return { base64: toBase64(answer.blurred), faces: answer.faces.length };
    },
  };
}

export type VisionService = ReturnType<typeof visionService>;
