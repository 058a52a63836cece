import { storage } from '#imports';

/**
 * How looking at photos has gone on this computer since the browser started:
 * whether the worker runs here at all (an organisation's policy may forbid
 * WebAssembly), how long the last photo took, and what went wrong last. Counts
 * and times only, never a photo, a name or what was seen; in session storage,
 * so nothing is kept once the browser closes.
 */
export interface VisionStatus {
  /** Photos and videos looked at, whatever came of it. */
  looked: number;
  /** How long the last one took, in milliseconds, from the request to the answer. */
  lastMs?: number;
  /** Why the last picture that could not be looked at could not be, in plain words. */
  lastProblem?: string;
}

export const visionStatusItem = storage.defineItem<VisionStatus>('session:vision-status', { fallback: { looked: 0 } });

/** Notes one look's answer; writes go one after another so two tabs never lose each other's. */
export function visionStatusKeeper(): (ms: number, problem?: string) => void {
  let writing: Promise<unknown> = Promise.resolve();
  return (ms, problem) => {
    writing = writing
      .then(async () => {
        const before = await visionStatusItem.getValue();
        await visionStatusItem.setValue({ looked: before.looked + 1, lastMs: Math.round(ms), ...(problem ? { lastProblem: problem } : before.lastProblem ? { lastProblem: before.lastProblem } : {}) });
      })
      .catch(() => undefined);
  };
}
