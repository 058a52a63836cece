import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkPost } from '../../../../lib/engine/check-post';
import type { Policy } from '../../../../lib/policy/policy';
import { decodePixels } from '../../../../lib/vision/decode-node';
import { createWritingReader, type WritingReader } from '../../../../lib/vision/writing/create-writing-reader';
import { nodeReaderPaths } from '../../../../lib/vision/writing/node-reader-paths';
import { LONGEST_SIDE } from '../../../../lib/vision/writing/picture-for-reading';
import { photoPixels, WRITING_PHOTOS } from './writing-photos';

/** Real photographs of people, indoors and out, that face-api ships for its demo. */
const FACE_API_DEMO = join(dirname(createRequire(import.meta.url).resolve('@vladmandic/face-api/package.json')), 'demo');

// One worker for the file, as the command line keeps one for a whole run: starting one takes seconds here.
let reader: WritingReader;
beforeAll(async () => {
  reader = await createWritingReader(nodeReaderPaths());
}, 60_000);
afterAll(() => reader?.terminate());

const read = async (name: string) => reader.read(await photoPixels(name));

describe('names and details written on the things a nursery photographs are read', () => {
  test.each([
    ['drawing-full-name.jpg', 'Lily-Mae Thompson', 'a full name slantwise on a drawing, bold sans-serif'],
    ['certificate.jpg', 'Oliver Bennett', 'a name on a certificate turned a little, serif'],
    ['coat-peg.jpg', 'Amelia', 'a first name on a coat peg label over wood grain, geometric sans-serif'],
    ['lunchbox-turned.jpg', 'Noah Kowalski', 'a name on a lunchbox photographed sideways (EXIF orientation 6)'],
    ['chalkboard.jpg', 'Freya Wilson', 'light writing on a dark chalkboard'],
    ['card-tilted.jpg', 'Isla Morgan', 'a name running 20 degrees uphill on a card'],
    ['name-sticker-clear.png', 'Zara Ahmed', 'black writing on a see-through PNG background'],
  ])('%s: %s (%s)', async (name, written) => {
    expect((await read(name)).split('\n')).toContain(written);
  });

  test('a phone number and an email address on a notice board', async () => {
    const lines = (await read('notice-phone.jpg')).split('\n');
    expect(lines).toContain('07700 900461');
    expect(lines).toContain('jade.parker@example.com');
  });

  test('ordinary words are read as they are written', async () => {
    expect(await read('birthday-cake.jpg')).toBe('Happy Birthday');
    expect((await read('welcome-sign.jpg')).split('\n')).toContain('Welcome to Little Acorns');
  });

  test('photos with no writing give no writing, however busy the picture', async () => {
    expect(await read('garden-no-writing.jpg')).toBe('');
    expect(await read('paint-table-no-writing.jpg')).toBe('');
  });
});

describe('the reader uses only the files it is given', () => {
  test('a missing path is refused at once, naming it, rather than fetched from elsewhere', async () => {
    const { workerPath, corePath } = nodeReaderPaths();
    await expect(createWritingReader({ workerPath, corePath })).rejects.toThrow('langPath');
    await expect(createWritingReader({ workerPath, corePath, langPath: ' ' })).rejects.toThrow('langPath');
  });

  test('a language folder without the data fails to start: nothing is downloaded in its place', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-lang-'));
    await expect(createWritingReader({ ...nodeReaderPaths(), langPath: empty })).rejects.toThrow('could not start');
  }, 60_000);

  test('a stopped reader says so instead of hanging', async () => {
    const stopped = await createWritingReader(nodeReaderPaths());
    await stopped.terminate();
    await expect(stopped.read(await photoPixels('coat-peg.jpg'))).rejects.toThrow('stopped');
  }, 60_000);
});

describe('OCR noise never becomes a finding', () => {
  const policy: Policy = { version: 1, settingName: 'Little Acorns', roster: [{ name: 'Amy Ali', socialMediaConsent: false }] };
  const photos = [
    ...readdirSync(FACE_API_DEMO).filter((name) => name.endsWith('.jpg')).map((name) => join(FACE_API_DEMO, name)),
    ...['birthday-cake.jpg', 'welcome-sign.jpg', 'garden-no-writing.jpg', 'paint-table-no-writing.jpg'].map((name) => join(WRITING_PHOTOS, name)),
  ];

  test.each(photos.map((path) => [basename(path), path]))('%s: nothing read in it is flagged', async (name, path) => {
    const writing = await reader.read(await decodePixels(readFileSync(path), LONGEST_SIDE.max));
    const { findings } = checkPost({ text: 'What a lovely day', photos: [{ name, readable: true, keywords: [], sight: { writing } }] }, policy);
    expect(findings).toEqual([]);
  });
});
