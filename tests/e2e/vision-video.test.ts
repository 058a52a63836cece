import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Policy } from '../../lib/policy/policy';
import { useExtensionBrowser } from './harness/guarding-suite';
import { ROOT } from './harness/prepare';
import { panelEverShown, panelOf, postedOn, siteSaw, untilPosted } from './harness/replica-page';
import { draftLookedAt, rulesIn } from './harness/looked-at-draft';
import { facebookProfilePost } from './sites/facebook';

const env = useExtensionBrowser();

/** Videos made by tests/tools/make-face-photos.sh: a few seconds of H.264, as a phone records them. */
const video = (name: string): string => join(ROOT, 'tests/fixtures/photos/faces', name);
const TEXT = 'Look how high the bubbles went in the garden today';
const ASK: Policy = { version: 1, faces: 'ask' };

const drafted = (paths: string[]) => draftLookedAt(env, paths, TEXT, ASK);

describe('faces: ask, on a video’s opening frames, decoded by Chromium in the offscreen document', () => {
  test('a video in which a face can be seen is held before the site sees the press, saying the face is in its opening frames', async () => {
    const { page, composer } = await drafted([video('video-face.mp4')]);
    const before = await siteSaw(page);
    await composer.submit.click();
    const panel = panelOf(page);
    await panel.locator('[data-rule="identifiable-face"]').waitFor();
    expect(await rulesIn(page)).toEqual(['identifiable-face']);
    await panel.getByText('can a child be recognised in “video-face.mp4”', { exact: false }).waitFor();
    await panel.getByText(/An? (face|\d+ faces) can be seen in its opening frames/).first().waitFor();
    expect(await postedOn(page)).toEqual([]);
    expect(await siteSaw(page)).toEqual(before);
  });

  test('a video with no face in its opening frames goes with the person’s own press and no panel', async () => {
    const { page, composer } = await drafted([video('video-no-face.mp4')]);
    await composer.submit.click();
    await untilPosted(page, 1);
    expect(await postedOn(page)).toEqual([{ kind: facebookProfilePost.posts, text: TEXT, photos: ['video-no-face.mp4'], trusted: true }]);
    expect(await panelEverShown(page)).toBe(false);
  });

  test('a video the browser cannot decode is held as unchecked, with the reason, never passed as showing no face', async () => {
    const { page, composer } = await drafted([video('video-undecodable.mp4')]);
    await composer.submit.click();
    const panel = panelOf(page);
    await panel.locator('[data-rule="photo-unchecked"]').waitFor();
    expect(await rulesIn(page)).toEqual(['photo-unchecked']);
    await panel.getByText('could not look at the picture (no picture could be taken from the video)', { exact: false }).waitFor();
    expect(await postedOn(page)).toEqual([]);
  });
});
