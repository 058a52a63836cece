import { env } from '@tensorflow/tfjs-core';
import { decodeOtherFormat, type Libheif } from '../decode-other-formats';
import { createBrowserFaceDetector } from '../faces/browser-face-detector';
import { createWritingReader } from '../writing/create-writing-reader';
import type { Seers } from './look-at-picture';
import { VISION_PATHS } from './vision-files';

/**
 * The face detector and the writing reader in the vision worker, each started
 * on first use from the files shipped in the extension (`root` is the
 * extension's own address), and started again if starting failed; and libheif,
 * loaded only when a HEIC photo arrives that the browser cannot draw.
 */
export function browserSeers(root: string): Seers {
  const at = (path: string) => new URL(path, root).href;
  const once = <T>(start: () => Promise<T>): (() => Promise<T>) => {
    let started: Promise<T> | undefined;
    return () => {
      started ??= start();
      started.catch(() => (started = undefined));
      return started;
    };
  };
  const libheif = once(async (): Promise<Libheif> => {
    // libheif's script is loaded from its own unmodified file (the worker is a classic one), not bundled into ours,
    // so the LGPL library stays replaceable; it defines the global `libheif`.
    const scope = self as unknown as { importScripts(url: string): void; libheif?: (options: { wasmBinary: ArrayBuffer }) => Promise<Libheif> };
    scope.importScripts(at(VISION_PATHS.heifScript));
    if (typeof scope.libheif !== 'function') throw new Error('libheif could not be loaded');
    const wasm = await fetch(at(VISION_PATHS.heifWasm));
    if (!wasm.ok) throw new Error(`libheif's .wasm could not be loaded (${wasm.status})`);
    return scope.libheif({ wasmBinary: await wasm.arrayBuffer() });
  });
  return {
    faces: once(() => {
      // tfjs's threaded build starts its threads from blob: scripts, which an extension may not load: one thread.
      env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
      return createBrowserFaceDetector(at(VISION_PATHS.faces));
    }),
    writing: once(() =>
      createWritingReader({ workerPath: at(VISION_PATHS.writingWorker), corePath: at(VISION_PATHS.writingCore), langPath: at(VISION_PATHS.writingLang) }),
    ),
    decodeOther: (bytes) => decodeOtherFormat(bytes, libheif),
  };
}
