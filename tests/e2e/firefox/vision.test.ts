import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import type { Policy } from '../../../lib/policy/policy';
import type { FaceBox } from '../../../lib/types';
import { FACE_MARGIN } from '../../../lib/vision/blur-faces';
import { decodePixels } from '../../../lib/vision/decode-node';
import { createNodeFaceDetector } from '../../../lib/vision/faces/node-face-detector';
import { exiftoolTags, isLocationTag, scratchFile } from '../../lib/location-removal/inspect-media';
import { ROOT } from '../harness/prepare';
import { launchAddonFirefox, type AddonFirefox } from './firefox-browser';
import { choose, panelEverShown, panelImages, panelRules, panelShows, panelTexts, pause, postedOn, receivedBy, siteSaw, untilInsideText, untilPosted, write } from './firefox-page';
import { lookedAt, untilLooked } from './vision-status';
import { X_HOME } from './x-composer';

const fixture = (path: string): string => join(ROOT, 'tests/fixtures/photos', path);
const TEXT = 'Our sunflowers are taller than the children now';
const ASK: Policy = { version: 1, faces: 'ask' };
/** A person's pause between the last word and the Post button, as in firefox.test.ts. */
const PAUSE_MS = 1500;

type AddonBrowser = { browser: typeof chrome };

/**
 * Opens X's composer with these photos and this text under `policy`, and waits as a person who pauses would, until
 * the background page has looked at them (or 45 s: a photo held back before X had it is never looked at).
 */
async function drafted(firefox: AddonFirefox, paths: string[], policy: Policy, text = TEXT): Promise<Page> {
  await firefox.inAddon((p) => (globalThis as unknown as AddonBrowser).browser.storage.local.set({ policy: p }), policy);
  const before = await lookedAt(firefox);
  const page = await firefox.open(X_HOME.url);
  await choose(page, X_HOME.picker, paths);
  await write(page, X_HOME.box, text);
  await untilLooked(firefox, before, paths.length, 45_000);
  await pause(PAUSE_MS);
  return page;
}

/** The picture as greyscale pixels, turned upright, at its own size. */
const greyOf = (bytes: Uint8Array) => sharp(bytes).rotate().greyscale().raw().toBuffer({ resolveWithObject: true });

describe('looking at photos in Firefox ESR, in the add-on’s background page, with the real model and OCR', () => {
  let firefox: AddonFirefox;
  beforeAll(async () => {
    firefox = await launchAddonFirefox({ extensionDir: inject('firefoxExtensionDir'), certDir: inject('certDir') });
  });
  afterAll(() => firefox?.close());
  beforeEach(async () => {
    await firefox.closeTabs();
    await firefox.inAddon(() => (globalThis as unknown as AddonBrowser).browser.storage.local.remove(['decisions', 'policy', 'settings']), null);
  });

  test('faces: ask holds a photo showing a face before X sees the press, with its face outlined', async () => {
    const page = await drafted(firefox, [fixture('faces/face-close-up.jpg')], ASK);
    const before = await siteSaw(page);
    await page.click(X_HOME.submit);
    await panelShows(page, 'identifiable-face');
    expect(await panelRules(page)).toEqual(['identifiable-face']);
    await untilInsideText(page, 'ask-yourself-panel', 'can a child be recognised in “face-close-up.jpg”');
    expect(await panelImages(page)).toEqual([expect.stringMatching(/^face-close-up\.jpg, with [1-9]\d* faces? outlined$/)]);
    expect(await postedOn(page)).toEqual([]);
    expect(await siteSaw(page)).toEqual(before);
  });

  test('faces: ask lets a photo with no face go with the person’s own press and no panel', async () => {
    const page = await drafted(firefox, [fixture('faces/no-face-garden.jpg')], ASK);
    await page.click(X_HOME.submit);
    await untilPosted(page, 1);
    expect(await postedOn(page)).toEqual([{ kind: X_HOME.posts, text: TEXT, photos: ['no-face-garden.jpg'], trusted: true }]);
    expect(await panelEverShown(page)).toBe(false);
  });

  test('a roster child’s name written on a certificate is found, and the finding names the photo and the words read', async () => {
    const policy: Policy = { version: 1, roster: [{ name: 'Oliver Bennett', socialMediaConsent: false }] };
    const page = await drafted(firefox, [fixture('writing/certificate.jpg')], policy);
    await page.click(X_HOME.submit);
    await panelShows(page, 'named-child-without-consent');
    const evidence = await panelTexts(page, '[data-rule="named-child-without-consent"] .ay-evidence');
    expect(evidence[0]).toContain('certificate.jpg');
    expect(evidence[0]).toContain('Oliver Bennett');
    expect(await postedOn(page)).toEqual([]);
  });

  // Firefox draws a JPEG cut short as far as it goes (as the site will show it), so the picture it cannot draw is an
  // iPhone's HEIC photo whose decoder set-up (its hvcC box) is damaged: the file's structure and metadata stay whole,
  // so its location is checked and it reaches the site, while neither Firefox nor libheif can decode its picture.
  test('a picture that cannot be looked at is held as unchecked, with the reason, never passed', async () => {
    const damaged = new Uint8Array(readFileSync(fixture('plain.heic')));
    const setUp = Buffer.from(damaged).indexOf('hvcC') + 4;
    damaged.fill(0xff, setUp + 23, setUp + 31);
    const unreadable = scratchFile(damaged, 'plain.heic');
    const page = await drafted(firefox, [unreadable], ASK);
    await page.click(X_HOME.submit);
    await panelShows(page, 'photo-unchecked');
    await untilInsideText(page, 'ask-yourself-panel', 'could not look at the picture (the picture could not be opened)');
    expect(await postedOn(page)).toEqual([]);
  });

  test('faces: ask holds a video in whose opening frames a face can be seen, decoded by the background page', async () => {
    const page = await drafted(firefox, [fixture('faces/video-face.mp4')], ASK);
    await page.click(X_HOME.submit);
    await panelShows(page, 'identifiable-face');
    expect(await panelRules(page)).toEqual(['identifiable-face']);
    await untilInsideText(page, 'ask-yourself-panel', 'can be seen in its opening frames');
    expect(await postedOn(page)).toEqual([]);
  });

  test('faces: ask lets a video with no face in its opening frames go with one press', async () => {
    const page = await drafted(firefox, [fixture('faces/video-no-face.mp4')], ASK);
    await page.click(X_HOME.submit);
    await untilPosted(page, 1);
    expect(await postedOn(page)).toEqual([{ kind: X_HOME.posts, text: TEXT, photos: ['video-no-face.mp4'], trusted: true }]);
    expect(await panelEverShown(page)).toBe(false);
  });

  test('a video Firefox cannot decode is held as unchecked, never passed as showing no face', async () => {
    const page = await drafted(firefox, [fixture('faces/video-undecodable.mp4')], ASK);
    await page.click(X_HOME.submit);
    await panelShows(page, 'photo-unchecked');
    await untilInsideText(page, 'ask-yourself-panel', 'could not look at the picture (no picture could be taken from the video)');
    expect(await postedOn(page)).toEqual([]);
  });

  test('faces: blur hands X a copy blurred where the faces are and the same elsewhere, keeping every tag but the location', async () => {
    const path = fixture('faces/faces-with-metadata.jpg');
    const page = await drafted(firefox, [path], { version: 1, faces: 'blur' });
    const [received] = await receivedBy(page, 1);
    expect(received.name).toBe('faces-with-metadata.jpg');
    await untilInsideText(page, 'ask-yourself-notice', 'before X received it, as your setting\'s policy asks: faces-with-metadata.jpg (');
    const original = new Uint8Array(readFileSync(path));
    const tags = exiftoolTags(scratchFile(received.bytes, received.name));
    expect(tags).toMatchObject({ 'IFD0:Artist': 'Little Acorns' });
    expect(Object.keys(tags).filter(isLocationTag)).toEqual([]);

    // Where the faces are, found in Node by the same model, and widened as the blur widens them.
    const detector = await createNodeFaceDetector();
    const [before, after] = await Promise.all([greyOf(original), greyOf(received.bytes)]);
    const { width, height } = before.info;
    const faces: FaceBox[] = await detector.detect(await decodePixels(original, Math.max(width, height))).finally(() => detector.dispose());
    expect(faces.length).toBeGreaterThan(0);
    expect([after.info.width, after.info.height]).toEqual([width, height]);
    // `slack` more than the blur's own margin on each side, for boxes found at a slightly different place.
    const within = (x: number, y: number, slack: number) =>
      faces.some((f) => {
        const mx = f.width * (FACE_MARGIN + slack);
        const my = f.height * (FACE_MARGIN + slack);
        return x >= (f.x - mx) * width && x < (f.x + f.width + mx) * width && y >= (f.y - my) * height && y < (f.y + f.height + my) * height;
      });
    const inside: number[] = [];
    const outside: number[] = [];
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const difference = Math.abs(before.data[y * width + x] - after.data[y * width + x]);
        if (within(x, y, -FACE_MARGIN)) inside.push(difference);
        else if (!within(x, y, 0.15)) outside.push(difference);
      }
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const percentile = (values: number[], share: number) => values.sort((a, b) => a - b)[Math.floor(values.length * share)];
    expect(mean(inside)).toBeGreaterThan(8);
    // Re-encoding alone moves a grey level by about 0.2 on average here, and by a few levels at most.
    expect(mean(outside)).toBeLessThan(1);
    expect(percentile(outside, 0.999)).toBeLessThan(8);

    await page.click(X_HOME.submit);
    await untilPosted(page, 1);
    expect(await postedOn(page)).toEqual([{ kind: X_HOME.posts, text: TEXT, photos: ['faces-with-metadata.jpg'], trusted: true }]);
  });
});

describe('an event page that Firefox unloads when idle for 3 s', () => {
  /** Far shorter than a first look takes (the worker, the model and the OCR start with it), and Firefox's own 30 s. */
  const IDLE_SECONDS = 3;
  let firefox: AddonFirefox;
  beforeAll(async () => {
    firefox = await launchAddonFirefox({ extensionDir: inject('firefoxExtensionDir'), certDir: inject('certDir'), idleSeconds: IDLE_SECONDS });
  });
  afterAll(() => firefox?.close());

  test('stays loaded while it looks for longer than that, wakes for a second photo after going idle, and finds the name in each', async () => {
    const policy: Policy = {
      version: 1,
      roster: [
        { name: 'Oliver Bennett', socialMediaConsent: false },
        { name: 'Amelia Hughes', socialMediaConsent: false },
      ],
    };
    const page = await drafted(firefox, [fixture('writing/certificate.jpg')], policy);
    // Idle while the person goes on writing: Firefox unloads the event page, its worker and their models.
    await pause((IDLE_SECONDS + 4) * 1000);
    const before = await lookedAt(firefox);
    await choose(page, X_HOME.picker, [fixture('writing/coat-peg.jpg')]);
    await untilLooked(firefox, before, 1, 45_000);
    await page.click(X_HOME.submit);
    await panelShows(page, 'named-child-without-consent');
    const evidence = await panelTexts(page, '[data-rule="named-child-without-consent"] .ay-evidence');
    expect(evidence).toEqual([expect.stringContaining('certificate.jpg'), expect.stringContaining('coat-peg.jpg')]);
    expect(await panelRules(page)).not.toContain('photo-unchecked');
    expect(await postedOn(page)).toEqual([]);
  }, 150_000);
});
