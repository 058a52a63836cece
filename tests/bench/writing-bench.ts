import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodePixels } from '../../lib/vision/decode-node';
import { createWritingReader } from '../../lib/vision/writing/create-writing-reader';
import { nodeReaderPaths } from '../../lib/vision/writing/node-reader-paths';
import { LONGEST_SIDE } from '../../lib/vision/writing/picture-for-reading';
import { ms } from './measure';

/** What reading one 12 MP photo's writing may take on this 2-core machine, off the main thread (issue 14). */
const AIM_MS = 1500;
const RUNS = 5;

/**
 * A phone-sized photo (4000 x 3000) of a child's drawing: textured paper, crayon shapes, a full name, noise as a
 * sensor gives. Made once with ImageMagick and kept in the temp folder.
 */
function drawingPhoto(): string | undefined {
  const dir = join(tmpdir(), 'ask-yourself-bench');
  const path = join(dir, 'drawing-12mp.jpg');
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('/usr/bin/convert', [
      '-seed', '21', '-size', '1000x750', 'plasma:wheat-tan', '-blur', '0x2', '-resize', '4000x3000!',
      '-stroke', '#c0392b', '-strokewidth', '30', '-fill', 'none', '-draw', 'ellipse 1200,1000 500,380 0,360',
      '-stroke', 'none', '-fill', '#1b3c8c', '-font', 'DejaVu-Sans-Bold', '-pointsize', '230', '-annotate', '-4x-4+500+2500', 'Lily-Mae Thompson',
      '-attenuate', '0.3', '+noise', 'Gaussian', '-quality', '90', path,
    ]);
    return path;
  } catch {
    return undefined;
  }
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];

/** OCR of one 12 MP photo, decode included, beside its aim; the engine's start and memory. */
export async function benchWriting(): Promise<string[]> {
  const load = `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`;
  const lines = [`Reading the writing in photos (tesseract.js on a worker thread), median of ${RUNS} runs (${load}):`];
  const path = drawingPhoto();
  if (!path) return [...lines, '  skipped (needs ImageMagick).'];
  const bytes = readFileSync(path);
  const rssBefore = process.memoryUsage().rss;
  let started = performance.now();
  const reader = await createWritingReader(nodeReaderPaths());
  lines.push(`  start the engine (once a run)       ${ms(performance.now() - started).padStart(10)}`);
  try {
    const decode: number[] = [];
    const read: number[] = [];
    const cpu: number[] = [];
    let writing = '';
    for (let run = 0; run < RUNS; run++) {
      started = performance.now();
      const pixels = await decodePixels(bytes, LONGEST_SIDE.max);
      decode.push(performance.now() - started);
      started = performance.now();
      const cpuBefore = process.cpuUsage();
      writing = await reader.read(pixels);
      read.push(performance.now() - started);
      const used = process.cpuUsage(cpuBefore);
      cpu.push((used.user + used.system) / 1000);
    }
    const total = median(decode.map((time, run) => time + read[run]));
    lines.push(`  decode to ${LONGEST_SIDE.max} px (sharp)           ${ms(median(decode)).padStart(10)}`);
    lines.push(`  read the writing                    ${ms(median(read)).padStart(10)}   CPU time ${ms(median(cpu))} (what one idle core would take)`);
    lines.push(`  12 MP photo, decode + read          ${ms(total).padStart(10)}   aim ${ms(AIM_MS)}: ${total <= AIM_MS ? 'met' : 'NOT met'}`);
    lines.push(`  read: ${JSON.stringify(writing)}; memory with the engine +${((process.memoryUsage().rss - rssBefore) / 1024 / 1024).toFixed(0)} MB`);
  } finally {
    await reader.terminate();
  }
  return lines;
}
