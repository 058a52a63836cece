import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WRITING_PHOTOS } from './writing-photos';

/**
 * The reader as the extension runs it: bundled for the browser, in real Chromium, with every file served from the
 * page's own origin (as the extension serves them from its own URLs) and every other host unreachable.
 */
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const packageDir = (name: string) => dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
const FILES: Record<string, string> = {
  '/ocr/worker.min.js': join(packageDir('tesseract.js'), 'dist/worker.min.js'),
  '/ocr/core/': packageDir('tesseract.js-core'),
  '/ocr/lang/': join(packageDir('@tesseract.js-data/eng'), '4.0.0_best_int'),
  '/photos/': WRITING_PHOTOS,
};

// The page decodes as the extension does (createImageBitmap, a canvas) and hands the reader the pixels.
const ENTRY = `
import { createWritingReader } from ${JSON.stringify(join(root, 'lib/vision/writing/create-writing-reader.ts'))};
async function pixelsOf(url) {
  const bitmap = await createImageBitmap(await (await fetch(url)).blob(), { imageOrientation: 'from-image' });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}
window.readPhotos = async (paths, photos) => {
  const reader = await createWritingReader(paths);
  try {
    const read = [];
    for (const photo of photos) read.push(await reader.read(await pixelsOf(photo)));
    return read;
  } finally {
    await reader.terminate();
  }
};
window.startReader = (paths) => createWritingReader(paths).then((reader) => reader.terminate(), (error) => Promise.reject(error.message));
`;

let server: Server;
let browser: Browser;
let page: Page;
let origin: string;
const requested: string[] = [];

async function serve(script: string): Promise<string> {
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://local').pathname);
    const send = (body: string | Buffer, type: string) => response.writeHead(200, { 'content-type': type }).end(body);
    if (path === '/') return send('<!doctype html><title>OCR</title><script src="/app.js"></script>', 'text/html');
    if (path === '/app.js') return send(script, 'text/javascript');
    const prefix = Object.keys(FILES).find((key) => path === key || (key.endsWith('/') && path.startsWith(key)));
    if (!prefix) return response.writeHead(404).end();
    const file = prefix.endsWith('/') ? normalize(join(FILES[prefix], path.slice(prefix.length))) : FILES[prefix];
    if (prefix.endsWith('/') && !file.startsWith(FILES[prefix])) return response.writeHead(403).end();
    try {
      send(readFileSync(file), file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream');
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  const bundle = await build({ stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' }, bundle: true, write: false, platform: 'browser', format: 'iife', logLevel: 'silent' });
  origin = await serve(bundle.outputFiles[0].text);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const context = await browser.newContext();
  context.on('request', (request) => requested.push(request.url()));
  page = await context.newPage();
  await page.goto(origin);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const paths = () => ({ workerPath: `${origin}/ocr/worker.min.js`, corePath: `${origin}/ocr/core/`, langPath: `${origin}/ocr/lang` });

describe('the writing reader in real Chromium', { timeout: 120_000 }, () => {
  test('reads names from photos decoded by the browser, in a Worker, from its own files only, keeping nothing', async () => {
    const photos = ['drawing-full-name.jpg', 'lunchbox-turned.jpg', 'garden-no-writing.jpg'].map((name) => `${origin}/photos/${name}`);
    const read = await page.evaluate(([p, list]) => (window as unknown as { readPhotos: (a: unknown, b: unknown) => Promise<string[]> }).readPhotos(p, list), [paths(), photos] as const);
    expect(read).toEqual(['Lily-Mae Thompson', 'Noah Kowalski', '']);
    expect(requested.filter((url) => !url.startsWith(origin))).toEqual([]);
    expect(requested.some((url) => url.endsWith('/ocr/worker.min.js'))).toBe(true);
    expect(await page.evaluate(() => indexedDB.databases())).toEqual([]);
  });

  test('a missing path is refused in the page too, naming it', async () => {
    const { workerPath, corePath } = paths();
    const refused = await page.evaluate((p) => (window as unknown as { startReader: (a: unknown) => Promise<void> }).startReader(p).then(() => 'started', (error: string) => error), { workerPath, corePath });
    expect(refused).toContain('langPath');
  });
});
