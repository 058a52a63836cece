import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import type { Policy } from '../../lib/policy/policy';
import { useExtensionBrowser } from './harness/guarding-suite';
import { ROOT } from './harness/prepare';
import { exiftoolTags, isLocationTag, scratchFile } from '../lib/location-removal/inspect-media';
import { noticeOf, panelEverShown, panelOf, postedOn, receivedBy, untilPosted, usePolicy, write } from './harness/replica-page';
import { draftLookedAt, rulesIn } from './harness/looked-at-draft';
import { facebookProfilePost } from './sites/facebook';

const env = useExtensionBrowser();
const { browser, page: open } = env;

const fixture = (path: string): string => join(ROOT, 'tests/fixtures/photos', path);
const TEXT = 'Our sunflowers are taller than the children now';
const ASK: Policy = { version: 1, faces: 'ask' };

const drafted = (paths: string[], text = TEXT, policy: Policy = ASK) => draftLookedAt(env, paths, text, policy);

describe('faces: ask, in real Chromium with the real model', () => {
  test('a photo showing a face is held with "can a child be recognised", and a thumbnail with its face outlined', async () => {
    const { page, composer } = await drafted([fixture('faces/face-close-up.jpg')]);
    await composer.submit.click();
    const panel = panelOf(page);
    await panel.locator('[data-rule="identifiable-face"]').waitFor();
    expect(await rulesIn(page)).toEqual(['identifiable-face']);
    await panel.getByText('can a child be recognised in “face-close-up.jpg”', { exact: false }).waitFor();
    await panel.getByRole('image', { name: /^face-close-up\.jpg, with [1-9]\d* faces? outlined$/ }).waitFor();
    expect(await postedOn(page)).toEqual([]);
  });

  test('a photo with no face goes with the person’s own press and no panel', async () => {
    const { page, composer } = await drafted([fixture('faces/no-face-garden.jpg')]);
    await composer.submit.click();
    await untilPosted(page, 1);
    expect(await postedOn(page)).toEqual([{ kind: facebookProfilePost.posts, text: TEXT, photos: ['no-face-garden.jpg'], trusted: true }]);
    expect(await panelEverShown(page)).toBe(false);
  });

  test('a picture that cannot be looked at is held as unchecked, with the reason, never passed', async () => {
    const { page, composer } = await drafted([fixture('cut-in-image.jpg')]);
    await composer.submit.click();
    const panel = panelOf(page);
    await panel.locator('[data-rule="photo-unchecked"]').waitFor();
    await panel.getByText('could not look at the picture (the picture could not be opened)', { exact: false }).waitFor();
    expect(await postedOn(page)).toEqual([]);
  });

  test('pressed while the photo is still being looked at, the panel says so at once, then shows what it found', async () => {
    await usePolicy(browser(), ASK);
    const page = await open(facebookProfilePost.url);
    const composer = await facebookProfilePost.open(page, [fixture('faces/face-close-up.jpg')]);
    await receivedBy(page, 1);
    await write(composer.box, TEXT);
    await composer.submit.click();
    const panel = panelOf(page);
    await panel.getByText('Still reading the writing in your photos...').waitFor();
    await panel.locator('[data-rule="identifiable-face"]').waitFor({ timeout: 45_000 });
    expect(await postedOn(page)).toEqual([]);
  });
});

describe('writing read in a photo', () => {
  test('a roster child’s name on a certificate is found, and the panel names the photo and the words read', async () => {
    const policy: Policy = { version: 1, roster: [{ name: 'Oliver Bennett', socialMediaConsent: false }] };
    const { page, composer } = await drafted([fixture('writing/certificate.jpg')], TEXT, policy);
    await composer.submit.click();
    const panel = panelOf(page);
    await panel.locator('[data-rule="named-child-without-consent"]').first().waitFor();
    const evidence = await panel.locator('[data-rule="named-child-without-consent"] .ay-evidence').first().textContent();
    expect(evidence).toContain('certificate.jpg');
    expect(evidence).toContain('Oliver Bennett');
    expect(await postedOn(page)).toEqual([]);
  });
});

describe('faces: blur', () => {
  test('the site receives a copy with the faces blurred and every tag but the location kept, and the person is told', async () => {
    const path = fixture('faces/faces-with-metadata.jpg');
    const { page, composer } = await drafted([path], TEXT, { version: 1, faces: 'blur' });
    const [received] = await receivedBy(page, 1);
    expect(received.name).toBe('faces-with-metadata.jpg');
    await noticeOf(page).getByText(/Blurred [1-9]\d* faces? before Facebook received it, as your setting's policy asks: faces-with-metadata\.jpg \([1-9]\d*\)\./).waitFor();
    const original = new Uint8Array(readFileSync(path));
    expect(received.bytes).not.toEqual(original);
    // The tags a manager relies on travel with the copy; the location and the unblurred preview do not.
    const tags = exiftoolTags(scratchFile(received.bytes, received.name));
    expect(tags).toMatchObject({ 'IFD0:Artist': 'Little Acorns' });
    expect(Object.keys(tags).filter(isLocationTag)).toEqual([]);
    expect(Object.keys(tags).filter((key) => key.endsWith(':ThumbnailImage'))).toEqual([]);
    // Blurred somewhere (a face), and the same picture elsewhere but for re-encoding.
    const [before, after] = await Promise.all([original, received.bytes].map((bytes) => sharp(bytes).rotate().greyscale().resize(64, 64, { fit: 'fill' }).raw().toBuffer()));
    const differences = [...before].map((value, i) => Math.abs(value - after[i])).sort((a, b) => a - b);
    expect(differences.at(-1)).toBeGreaterThan(40);
    expect(differences[Math.floor(differences.length / 2)]).toBeLessThan(6);
    await composer.submit.click();
    await untilPosted(page, 1);
    expect(await postedOn(page)).toEqual([{ kind: facebookProfilePost.posts, text: TEXT, photos: ['faces-with-metadata.jpg'], trusted: true }]);
  });
});
