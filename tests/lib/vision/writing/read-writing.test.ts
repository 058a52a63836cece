import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createWritingReader, type WritingReader } from '../../../../lib/vision/writing/create-writing-reader';
import { nodeReaderPaths } from '../../../../lib/vision/writing/node-reader-paths';
import { photoPixels } from './writing-photos';

// One worker for the file, as the command line keeps one for a whole run: starting one takes seconds here.
let reader: WritingReader;
beforeAll(async () => {
  reader = await createWritingReader(nodeReaderPaths());
}, 60_000);
afterAll(() => reader?.terminate());

const read = (name: string) => reader.read(photoPixels(name));

describe('names and details written on the things a nursery photographs are read', () => {
  test.each([
    ['drawing-full-name.jpg', 'Lily-Mae Thompson', 'a full name slantwise on a drawing, bold sans-serif'],
    ['certificate.jpg', 'Oliver Bennett', 'a name on a certificate turned a little, serif'],
    ['coat-peg.jpg', 'Amelia', 'a first name on a coat peg label over wood grain, geometric sans-serif'],
    ['lunchbox-turned.jpg', 'Noah Kowalski', 'a name on a lunchbox photographed sideways (EXIF orientation 6)'],
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
    await expect(stopped.read(photoPixels('coat-peg.jpg'))).rejects.toThrow('stopped');
  }, 60_000);
});
