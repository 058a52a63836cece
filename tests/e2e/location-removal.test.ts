import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { removeLocation } from '../../lib/location-removal/remove-location';
import { blobSource } from '../../lib/photos/photo-source';
import { readPhotoSummary } from '../../lib/photos/read-photo';
import { LOCATIONS_KEPT, testNothingLeftTheMachine, useExtensionBrowser } from './harness/guarding-suite';
import { ROOT } from './harness/prepare';
import { noticeOf, panelEverShown, panelOf, postedOn, receivedBy, untilPosted, useSettings, write, type Received } from './harness/replica-page';
import type { AttachVia, ComposerHandle, SiteDriver } from './harness/site-driver';
import { lookedAt, untilLooked } from './harness/vision-status';
import { facebookDriver } from './sites/facebook';
import { instagramDriver } from './sites/instagram';
import { xDriver } from './sites/x';
import {
  compressedData,
  exiftoolTags,
  isLocationTag,
  pixelHash,
  scratchFile,
  streamHash,
  withoutLocation,
} from '../lib/location-removal/inspect-media';

const env = useExtensionBrowser();
const { browser, page: open } = env;

/** Made by tests/fixtures/location/make-location-files.sh: each format the checker reads, with a location. */
const located = (name: string): string => join(ROOT, 'tests/fixtures/location', name);
const LOCATED_PHOTOS = ['gps.jpg', 'gps.png', 'gps.webp', 'gps.heic', 'gps.tif'];
const LOCATED_VIDEOS = ['gps-loci.mp4', 'gps-xyz.mov'];
const EVERY_FORMAT = [...LOCATED_PHOTOS, ...LOCATED_VIDEOS];
const TEXT = 'Our sunflowers are taller than the children now, come and see them on Friday';
/** A person's pause between the last word and the Post button. */
const PAUSE_MS = 600;

const SITES: { name: string; driver: SiteDriver }[] = [
  { name: 'Facebook', driver: facebookDriver },
  { name: 'Instagram', driver: instagramDriver },
  { name: 'X', driver: xDriver },
];

const cleanedNotice = (site: string) =>
  `Removed the location from 5 photos and 2 videos before ${site} received them: ${EVERY_FORMAT.join(', ')}.`;

/** What the checker itself reads in a file the site received. */
const summaryOf = (file: Received) => readPhotoSummary(blobSource(new File([file.bytes as Uint8Array<ArrayBuffer>], file.name, { type: file.type })));

/** The site received each file under its own name and date, with no location, and exactly the bytes the proven remover makes. */
async function expectReceivedClean(received: Received[], paths: string[]): Promise<void> {
  expect(received.map((file) => file.name)).toEqual(paths.map((path) => basename(path)));
  for (const [i, file] of received.entries()) {
    const original = new Uint8Array(readFileSync(paths[i]));
    const summary = await summaryOf(file);
    expect(summary, file.name).toMatchObject({ readable: true });
    expect(summary.gps, file.name).toBeUndefined();
    expect(file.lastModified, file.name).toBe(Math.floor(statSync(paths[i]).mtimeMs));
    const cleaned = removeLocation(original, file.name);
    expect(cleaned.status, file.name).toBe('cleaned');
    expect(file.bytes, file.name).toEqual(cleaned.status === 'cleaned' ? cleaned.bytes : undefined);
    // An independent reader of the compressed picture or sound: the same bytes as the person's file.
    expect(compressedData(file.bytes, scratchFile(file.bytes, file.name)), file.name).toBe(compressedData(original, paths[i]));
  }
}

/** Attaches files to a site's photo composer, writes the text, and leaves the person a moment before pressing Post. */
async function attachAndWrite(page: Page, driver: SiteDriver, paths: string[], via: AttachVia = 'picker'): Promise<ComposerHandle> {
  const before = await lookedAt(page.context());
  const composer = await driver.photos.open(page, paths, via);
  await write(composer.box, TEXT);
  await untilLooked(page.context(), before, paths.length);
  await page.waitForTimeout(PAUSE_MS);
  return composer;
}

/** Posts, and says the post went at the person's own press with these photos and no panel. */
async function postsWithoutPanel(page: Page, driver: SiteDriver, composer: ComposerHandle, photos: string[]): Promise<void> {
  await composer.submit.click();
  await untilPosted(page, 1);
  expect(await postedOn(page)).toEqual([{ kind: driver.photos.posts, text: TEXT, photos, trusted: true }]);
  expect(await panelEverShown(page)).toBe(false);
}

for (const { name, driver } of SITES) describe(`${name} receives photos and videos with their location already gone`, () => {
  test('every format through the picker, in one choice, goes with one press once its locations are gone', async () => {
    const page = await open(driver.photos.url);
    const paths = EVERY_FORMAT.map(located);
    const composer = await attachAndWrite(page, driver, paths);
    await expectReceivedClean(await receivedBy(page, paths.length), paths);
    await noticeOf(page).getByText(cleanedNotice(name)).waitFor();
    // HEIC and TIFF, which the browser cannot draw, are decoded in the extension's worker, so every picture is looked
    // at and nothing stands between the person and their post.
    await postsWithoutPanel(page, driver, composer, EVERY_FORMAT);
  });

  test('a photo with no location is handed over as it was, with no notice', async () => {
    const page = await open(driver.photos.url);
    const plain = located('no-gps.jpg');
    const composer = await attachAndWrite(page, driver, [plain]);
    const [received] = await receivedBy(page, 1);
    expect(received.bytes).toEqual(new Uint8Array(readFileSync(plain)));
    expect(await noticeOf(page).count()).toBe(0);
    await postsWithoutPanel(page, driver, composer, ['no-gps.jpg']);
  });

  test.each(driver.photos.attachVia.filter((via) => via !== 'picker'))('a photo and a video by %s', async (via) => {
    const page = await open(driver.photos.url);
    const paths = ['gps.jpg', 'gps-xyz.mov'].map(located);
    const composer = await attachAndWrite(page, driver, paths, via);
    const received = await receivedBy(page, paths.length);
    for (const file of received) expect((await summaryOf(file)).gps, file.name).toBeUndefined();
    expect(received.map((file) => file.bytes)).toEqual(paths.map((path) => (removeLocation(new Uint8Array(readFileSync(path))) as { bytes: Uint8Array }).bytes));
    await noticeOf(page).getByText(`Removed the location from 1 photo and 1 video before ${name} received them: gps.jpg, gps-xyz.mov.`).waitFor();
    await postsWithoutPanel(page, driver, composer, ['gps.jpg', 'gps-xyz.mov']);
  });

  test('with the manager’s switch off, the site receives the original and the panel holds the post for its location', async () => {
    await useSettings(browser(), LOCATIONS_KEPT);
    const page = await open(driver.photos.url);
    const path = located('gps.jpg');
    const composer = await attachAndWrite(page, driver, [path]);
    const [received] = await receivedBy(page, 1);
    expect(received.bytes).toEqual(new Uint8Array(readFileSync(path)));
    expect((await summaryOf(received)).gps).toBeDefined();
    await composer.submit.click();
    await panelOf(page).locator('[data-rule="photo-location"]').waitFor();
    expect(await postedOn(page)).toEqual([]);
    expect(await noticeOf(page).count()).toBe(0);
  });
});

describe('what is proved on one site stands for the rest', () => {
  test('exiftool finds no location left in the JPEG and the video Facebook received, every other tag and the picture and sound as they were', async () => {
    const page = await open(facebookDriver.photos.url);
    await attachAndWrite(page, facebookDriver, ['gps.jpg', 'gps-keys.mov'].map(located));
    for (const file of await receivedBy(page, 2)) {
      const before = located(file.name);
      const after = scratchFile(file.bytes, file.name);
      const tags = exiftoolTags(after);
      expect(Object.keys(exiftoolTags(before)).filter(isLocationTag).length, file.name).toBeGreaterThan(0);
      expect(Object.keys(tags).filter(isLocationTag), file.name).toEqual([]);
      expect(withoutLocation(tags), file.name).toEqual(withoutLocation(exiftoolTags(before)));
      if (file.name.endsWith('.mov')) expect(streamHash(after)).toBe(streamHash(before));
      else expect(pixelHash(after)).toBe(pixelHash(before));
    }
  });

  test('a site listening for the picker’s input event, which comes before its change, also reads only cleaned files', async () => {
    const page = await open(xDriver.photos.url);
    await page.evaluate(() => {
      const seen: Promise<string>[] = [];
      Object.assign(window, { __inputSaw: seen });
      document.addEventListener('input', (event) => {
        const input = event.target as HTMLInputElement;
        if (input.type !== 'file') return;
        for (const file of input.files ?? []) seen.push(file.arrayBuffer().then((buffer) => btoa(Array.from(new Uint8Array(buffer), (byte) => String.fromCharCode(byte)).join(''))));
      });
    });
    const path = located('gps.jpg');
    await attachAndWrite(page, xDriver, [path]);
    const saw = await page.evaluate(() => Promise.all((window as unknown as { __inputSaw: Promise<string>[] }).__inputSaw));
    expect(saw.map((data) => new Uint8Array(Buffer.from(data, 'base64')))).toEqual([(removeLocation(new Uint8Array(readFileSync(path))) as { bytes: Uint8Array }).bytes]);
  });

  test('a file that cannot be cleaned is held back, the notice says why, and the rest go on cleaned', async () => {
    const page = await open(facebookDriver.photos.url);
    const composer = await attachAndWrite(page, facebookDriver, ['gps.jpg', 'bigtiff.tif'].map(located));
    await expectReceivedClean(await receivedBy(page, 1), [located('gps.jpg')]);
    const notice = noticeOf(page);
    await notice.getByText('Removed the location from 1 photo before Facebook received it: gps.jpg.').waitFor();
    await notice.getByText('Did not attach bigtiff.tif: it is a BigTIFF file, which cannot be checked for a location or cleaned of one.').waitFor();
    expect(await composer.previews.count()).toBe(1);
    await postsWithoutPanel(page, facebookDriver, composer, ['gps.jpg']);
  });

  test('a file held back alone never reaches the site, and nothing is left in the picker for it to read later', async () => {
    const page = await open(facebookDriver.photos.url);
    // A JPEG XR photo: a kind the remover does not know, so its location cannot be vouched for.
    const unknownKind = join(mkdtempSync(join(tmpdir(), 'ask-yourself-held-')), 'party.jxr');
    writeFileSync(unknownKind, new Uint8Array([0x49, 0x49, 0xbc, 0x01, 8, 0, 0, 0]));
    const composer = await facebookDriver.photos.open(page, [unknownKind]);
    await noticeOf(page).getByText(/^Did not attach party\.jxr: a \.jxr file is not a kind of photo or video whose location can be/).waitFor();
    expect(await receivedBy(page)).toEqual([]);
    expect(await composer.previews.count()).toBe(0);
    expect(await page.locator('[role="dialog"] input[type="file"]').evaluate((input: HTMLInputElement) => input.files?.length)).toBe(0);
  });
});

testNothingLeftTheMachine(env);
