import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Panel, type PanelView } from '../../../components/panel/Panel';
import type { FaceBox } from '../../../lib/types';
import { photoFinding } from './findings';

afterEach(cleanup);

const PHOTO = join(import.meta.dirname, '../../fixtures/photos/faces/face-close-up.jpg');
const face = (x: number): FaceBox => ({ x, y: 0.2, width: 0.2, height: 0.25, score: 0.9 });

function show(view: PanelView) {
  const calls = { onEdit: vi.fn(), onPostAnyway: vi.fn(), onFalseAlarm: vi.fn() };
  render(<Panel view={view} {...calls} />);
  return { ...calls, user: userEvent.setup() };
}

const faceFinding = (file: string) => photoFinding('identifiable-face', 'faceSeen', file, 'a face can be seen in it', { seen: 'A face can be seen in it.' });

describe('while the photos are still being looked at', () => {
  test('says "Still reading the writing in your photos...", is busy, and offers only Edit post', async () => {
    const { user, onEdit } = show({ kind: 'reading' });
    const dialog = screen.getByRole('dialog', { name: /^Ask yourself/ });
    expect(within(dialog).getByText('Still reading the writing in your photos...')).toBeTruthy();
    expect(dialog.getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByRole('button', { name: 'Post anyway' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Edit post' }));
    expect(onEdit).toHaveBeenCalledTimes(1);
  });
});

describe('a flagged photo with faces seen in it', () => {
  const file = new Blob([readFileSync(PHOTO)], { type: 'image/jpeg' });

  test('is shown small beside its finding, its faces counted in words for a screen reader', () => {
    show({ kind: 'findings', findings: [faceFinding('IMG_0412.jpg')], unchecked: [], pictures: [{ name: 'IMG_0412.jpg', file, faces: [face(0.1), face(0.6)] }] });
    const item = screen.getByRole('listitem');
    expect(within(item).getByRole('img', { name: 'IMG_0412.jpg, with 2 faces outlined' })).toBeTruthy();
  });

  test('once, however many findings are about it, and never beside a finding about another photo', () => {
    const pictures = [{ name: 'IMG_0412.jpg', file, faces: [face(0.3)] }];
    show({ kind: 'findings', findings: [faceFinding('IMG_0412.jpg'), faceFinding('IMG_0412.jpg'), faceFinding('garden.jpg')], unchecked: [], pictures });
    const thumbnails = screen.getAllByRole('img');
    expect(thumbnails.map((thumbnail) => thumbnail.getAttribute('aria-label'))).toEqual(['IMG_0412.jpg, with 1 face outlined']);
    expect(within(screen.getAllByRole('listitem')[0]).queryByRole('img')).toBeTruthy();
  });

  test('a photo with no faces seen has no thumbnail', () => {
    show({ kind: 'findings', findings: [faceFinding('IMG_0412.jpg')], unchecked: [] });
    expect(screen.queryByRole('img')).toBeNull();
  });
});

describe('writing read in a photo', () => {
  test('names the photo once, then the words read there', () => {
    show({ kind: 'findings', findings: [photoFinding('full-name', 'fullName', 'IMG_0412.jpg', "in IMG_0412.jpg: 'Lily-Mae Watson'", { name: 'Lily-Mae Watson' })], unchecked: [] });
    expect(screen.getByText((_, element) => element?.className === 'ay-evidence' && element.textContent === "In the photo IMG_0412.jpg: 'Lily-Mae Watson'")).toBeTruthy();
  });
});
