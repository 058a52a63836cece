import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FACE_DETECTOR_FILES } from '../../lib/vision/faces/browser-face-detector';
import { FACE_PIXELS_LONGEST_SIDE } from '../../lib/vision/faces/face-detector';
import { VISION_FILES } from '../../lib/vision/host/vision-files';
import { SIGHT_PROBLEM } from '../../lib/vision/host/sight-problems';
import type { FaceBox, PhotoSight } from '../../lib/types';

// The detector the extension runs, bundled for the browser and run in a real Chromium's dedicated Worker, with its
// weights and tfjs's .wasm files served from one folder as the extension serves its own files.
const root = fileURLToPath(new URL('../../', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.jpg': 'image/jpeg' };

let dir: string;
let server: Server;
let browser: Browser;
let page: Page;
const requested: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'faces-worker-'));
  mkdirSync(join(dir, 'files'));
  await build({
    entryPoints: [join(root, 'tests/e2e/faces-worker/worker.ts')],
    bundle: true,
    // A classic worker, as the extension's is (libheif's own script is loaded into it with importScripts).
    format: 'iife',
    platform: 'browser',
    outfile: join(dir, 'worker.js'),
    logLevel: 'error',
    // libheif-js's Emscripten loader names Node's fs and path in a branch a browser never takes (the extension's Vite build stubs them).
    external: ['fs', 'path'],
  });
  copyFileSync(join(root, 'tests/e2e/faces-worker/index.html'), join(dir, 'index.html'));
  for (const { from, name } of FACE_DETECTOR_FILES) copyFileSync(join(root, 'node_modules', from), join(dir, 'files', name));
  for (const { from, to } of VISION_FILES) {
    mkdirSync(dirname(join(dir, to)), { recursive: true });
    copyFileSync(join(root, 'node_modules', from), join(dir, to));
  }
  const photos = ['faces-sideways-exif.jpg', 'face-close-up.jpg', 'no-face-hands.jpg', 'no-face-snack.jpg'];
  const otherFormats = ['faces-iphone.heic', 'no-face-hands.heic', 'faces-scanned-sideways.tif', 'no-face-painting.tif'];
  for (const photo of [...photos, ...otherFormats]) {
    copyFileSync(join(root, 'tests/fixtures/photos/faces', photo), join(dir, 'files', photo));
  }
  server = createServer((request, response) => {
    const path = join(dir, new URL(request.url ?? '/', 'http://localhost').pathname);
    try {
      const body = readFileSync(path);
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
  page = await browser.newPage();
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface WorkerAnswer {
  width: number;
  height: number;
  backend?: string;
  faces?: FaceBox[];
  error?: string;
}

const findFaces = (name: string): Promise<WorkerAnswer> =>
  page.evaluate(([file, longest]) => (window as unknown as { findFaces(n: string, l: number): Promise<WorkerAnswer> }).findFaces(file, longest), [name, FACE_PIXELS_LONGEST_SIDE] as const);

test('finds the faces of a photo stored sideways, upright, on the wasm backend', async () => {
  const answer = await findFaces('faces-sideways-exif.jpg');
  expect(answer.error).toBeUndefined();
  expect(answer.backend).toBe('wasm');
  expect(answer.width).toBeGreaterThan(answer.height);
  expect(answer.faces).toHaveLength(5);
});

test('one face close up; none in hands at work or a plate laid out like a face', async () => {
  expect((await findFaces('face-close-up.jpg')).faces).toHaveLength(1);
  expect((await findFaces('no-face-hands.jpg')).faces).toEqual([]);
  expect((await findFaces('no-face-snack.jpg')).faces).toEqual([]);
});

const lookAt = (name: string): Promise<{ sight?: PhotoSight; error?: string }> =>
  page.evaluate((file) => (window as unknown as { lookAt(n: string): Promise<{ sight?: PhotoSight; error?: string }> }).lookAt(file), name);

test('Chromium cannot draw a HEIC or a TIFF itself, so the worker\'s own decoders are what is tested next', async () => {
  const drawable = await page.evaluate(async (names) => {
    const results: boolean[] = [];
    for (const name of names) {
      const blob = await (await fetch(`./files/${name}`)).blob();
      results.push(await createImageBitmap(blob).then(() => true, () => false));
    }
    return results;
  }, ['faces-iphone.heic', 'faces-scanned-sideways.tif', 'face-close-up.jpg']);
  expect(drawable).toEqual([false, false, true]);
});

test('a HEIC from an iPhone: the worker decodes it with libheif\'s wasm and finds its faces; one without stays quiet', async () => {
  const group = await lookAt('faces-iphone.heic');
  expect(group.error).toBeUndefined();
  expect(group.sight?.problem).toBeUndefined();
  expect(group.sight?.faces?.length).toBeGreaterThanOrEqual(4);
  expect((await lookAt('no-face-hands.heic')).sight).toEqual({ faces: [] });
}, 60_000);

test('a scanned TIFF stored sideways: its faces found; a painting in TIFF stays quiet', async () => {
  expect((await lookAt('faces-scanned-sideways.tif')).sight?.faces?.length).toBeGreaterThanOrEqual(2);
  expect((await lookAt('no-face-painting.tif')).sight).toEqual({ faces: [] });
}, 60_000);

test('a file that is no picture in any format is reported as not opened, never as no faces', async () => {
  expect((await lookAt('../worker.js')).sight).toEqual({ problem: SIGHT_PROBLEM.cannotOpen });
});

test('loads nothing but its own files', () => {
  expect(requested.length).toBeGreaterThan(0);
  expect(requested.filter((url) => !url.startsWith('http://127.0.0.1:'))).toEqual([]);
});
