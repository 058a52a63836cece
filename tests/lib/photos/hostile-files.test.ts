import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { describe, expect, test } from 'vitest';
import { removeLocation } from '../../../lib/location-removal/remove-location';
import { blobSource } from '../../../lib/photos/photo-source';
import { readPhotoSummary } from '../../../lib/photos/read-photo';
import { craftedFiles } from './crafted-files';

/*
 * Audit M4 and L4: hostile and damaged files never freeze the page, never make
 * the reader or the cleaner throw, and never leave the cleaner half-cleaned.
 * Time bounds here are generous ceilings against a freeze, not speed claims:
 * `npm run bench` reports the real figures.
 */
const CEILING_MS = 1000;
const UNEXPECTED = /unexpected/i;

async function readAndClean(bytes: Uint8Array, name: string) {
  const started = performance.now();
  const summary = await readPhotoSummary(blobSource(new Blob([bytes as BlobPart]), name), { timeoutMs: 60_000 });
  const cleaning = removeLocation(bytes, name);
  return { summary, cleaning, ms: performance.now() - started };
}

const located = (summary: Awaited<ReturnType<typeof readPhotoSummary>>) => summary.gps !== undefined || summary.place !== undefined;

/** What every file, however made, must come out as. */
async function expectSafe(bytes: Uint8Array, name: string): Promise<number> {
  const { summary, cleaning, ms } = await readAndClean(bytes, name);
  if (cleaning.status === 'failed') expect(cleaning.reason, name).not.toMatch(UNEXPECTED);
  // The reader and the cleaner look in the same places: what one reads as a location, the other never passes as clean.
  if (located(summary)) expect(cleaning.status, `${name}: the reader found a location`).not.toBe('no-location');
  if (cleaning.status === 'cleaned') {
    const again = await readPhotoSummary(blobSource(new Blob([cleaning.bytes as BlobPart]), name));
    expect(located(again), `${name}: cleaned, yet still located`).toBe(false);
    expect(removeLocation(cleaning.bytes, name).status, name).toBe('no-location');
  }
  return ms;
}

describe('the crafted files of the security review', () => {
  const crafted = craftedFiles();

  test.each(crafted)('$name is read and cleaned well within a second, without a stray error', async ({ name, bytes }) => {
    const ms = await expectSafe(bytes, name);
    expect(ms).toBeLessThan(CEILING_MS);
  });

  test('an unclosed location in XMP is refused by the cleaner, not half-blanked', () => {
    const png = crafted[0];
    expect(removeLocation(png.bytes, png.name)).toMatchObject({ status: 'failed' });
  });
});

/** A fixed seed keeps every failure reproducible. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Values that structure sizes and counts go wrong with. */
const SIZES = [0, 1, 7, 8, 0xff, 0xffff, 0xffffffff];

function mutate(whole: Uint8Array, random: () => number): Uint8Array {
  const pick = (n: number) => Math.floor(random() * n);
  const kind = pick(4);
  if (kind === 0) return whole.slice(0, pick(whole.length));
  const bytes = whole.slice();
  if (kind === 1) {
    for (let flips = 1 + pick(8); flips > 0; flips--) bytes[pick(bytes.length)] ^= 1 + pick(255);
  } else if (kind === 2) {
    // A size or count field set to something hostile, big- or little-endian.
    const at = pick(Math.max(1, bytes.length - 4));
    const value = SIZES[pick(SIZES.length)];
    const view = new DataView(bytes.buffer);
    if (random() < 0.5) view.setUint32(at, value >>> 0, random() < 0.5);
    else view.setUint16(at, value & 0xffff, random() < 0.5);
  } else {
    // A slice of the file repeated inside it, as a damaged copy or a splice does.
    const from = pick(bytes.length);
    const piece = bytes.subarray(from, from + pick(512));
    const at = pick(bytes.length);
    const spliced = new Uint8Array(bytes.length + piece.length);
    spliced.set(bytes.subarray(0, at));
    spliced.set(piece, at);
    spliced.set(bytes.subarray(at), at + piece.length);
    return spliced;
  }
  return bytes;
}

const FIXTURE_DIRS = ['../../fixtures/photos/', '../../fixtures/location/'].map((dir) => new URL(dir, import.meta.url));
const fixtures = FIXTURE_DIRS.flatMap((dir) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.sh') && !entry.name.startsWith('empty'))
    .map(({ name: file }) => ({ file, bytes: new Uint8Array(readFileSync(new URL(file, dir))) })),
);
const MUTATIONS_PER_FILE = 50;

describe(`${fixtures.length * MUTATIONS_PER_FILE} mutated photos and videos`, () => {
  test.each(fixtures)('$file, mutated', async ({ file, bytes }) => {
    const random = seeded([...file].reduce((hash, c) => Math.imul(hash, 31) + c.charCodeAt(0), 7));
    for (let round = 0; round < MUTATIONS_PER_FILE; round++) {
      const ms = await expectSafe(mutate(bytes, random), `${file}#${round}`);
      expect(ms, `${file}#${round}`).toBeLessThan(CEILING_MS);
    }
  }, 60_000);
});
