import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { blurFaces } from '../../lib/vision/blur-faces';
import { decodePixels } from '../../lib/vision/decode-node';
import { FACE_PIXELS_LONGEST_SIDE } from '../../lib/vision/faces/face-detector';
import { createNodeFaceDetector } from '../../lib/vision/faces/node-face-detector';
import { spliceMetadata } from '../../lib/vision/splice-metadata';
import { measurePair, ms, row } from './measure';

/** The aim for finding faces in one 12 MP photo, decoding included (issue 14). */
const AIM_MS = 150;

const sample = fileURLToPath(new URL('../../node_modules/@vladmandic/face-api/demo/sample5.jpg', import.meta.url));

/** A 12-megapixel phone-sized JPEG of five faces, made once from face-api's sample and kept in the temp folder. */
async function twelveMegapixelJpeg(): Promise<string> {
  const dir = join(tmpdir(), 'ask-yourself-bench');
  const path = join(dir, 'faces-12mp.jpg');
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  await sharp(sample).resize(4000, 3000, { fit: 'fill' }).jpeg({ quality: 90 }).toFile(path);
  return path;
}

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);

const cpuMs = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1000;

/**
 * Finding faces in a 12 MP photo, beside decoding it (the floor: sharp shrinks
 * it while decoding), with the CPU time per photo, which load from elsewhere on
 * the machine inflates less than the wall clock; then blurring them for
 * `faces: blur`, and the memory the detector holds.
 */
export async function benchFaces(): Promise<string[]> {
  const path = await twelveMegapixelJpeg();
  const bytes = new Uint8Array(await readFile(path));
  const rssBefore = process.memoryUsage().rss;
  const detector = await createNodeFaceDetector();
  const decode = () => decodePixels(bytes, FACE_PIXELS_LONGEST_SIDE);
  const pixels = await decode();
  let faces = await detector.detect(pixels);
  const [floor, ours] = await measurePair(decode, async () => (faces = await detector.detect(await decode())), 20);
  const cpuStart = process.cpuUsage();
  const cpuRuns = 10;
  for (let i = 0; i < cpuRuns; i++) await detector.detect(pixels);
  const cpu = cpuMs(process.cpuUsage(cpuStart)) / cpuRuns;
  const rssDetecting = process.memoryUsage().rss;

  const full = await decodePixels(bytes, 10_000);
  const [encodeOnly, blurAndEncode] = await measurePair(
    () => sharp(full.data, { raw: { width: full.width, height: full.height, channels: 4 } }).jpeg({ quality: 90 }).toBuffer(),
    async () => {
      const blurred = blurFaces(full, faces);
      const jpeg = await sharp(blurred.data, { raw: { width: blurred.width, height: blurred.height, channels: 4 } }).jpeg({ quality: 90 }).toBuffer();
      spliceMetadata(bytes, jpeg);
    },
    6,
  );
  const rssAfter = process.memoryUsage().rss;
  detector.dispose();
  return [
    `Faces (tiny face detector on tfjs ${detector.backend}; ${full.width}x${full.height} JPEG, ${faces.length} faces found):`,
    row(`decode to ${FACE_PIXELS_LONGEST_SIDE} px (floor)`, floor),
    row('decode and find faces', ours, floor),
    `  finding faces alone, CPU time per photo          ${ms(cpu).padStart(10)}   aim: decode and find within ${AIM_MS} ms`,
    row('encode the full photo as JPEG (floor)', encodeOnly),
    row('blur the faces, encode, splice the metadata', blurAndEncode, encodeOnly),
    `  memory: +${mb(rssDetecting - rssBefore)} MB resident after finding faces (detector, tfjs, decoding);` +
      ` +${mb(rssAfter - rssDetecting)} MB more after blurring the full-size photo and re-encoding it`,
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log((await benchFaces()).join('\n'));
