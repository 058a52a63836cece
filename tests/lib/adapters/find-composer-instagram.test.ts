// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { composerAround, composerOfTarget, pressedControl } from '../../../lib/adapters/find-composer';
import { instagram } from '../../../lib/adapters/instagram';
import { control, loadReplica, one } from './load-replica';

const { table } = instagram;

describe('Instagram', () => {
  test('the comment box is a comment composer whose "Post" is named only by its text', async () => {
    await loadReplica('instagram', 'https://www.instagram.com/');
    const composer = composerOfTarget(table, one('article textarea'))!;
    expect(composer.spec.kind).toBe('comment');
    expect(composer.control).toBe(control('Post', one('article')));
    expect(pressedControl(table, control('Post', one('article')))!.composer.key).toBe(composer.key);
  });

  test('the create-post dialog is one composer from the photo picker to the caption and Share', async () => {
    await loadReplica('instagram', 'https://www.instagram.com/');
    one('#create').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    const dialog = one('[role="dialog"]');
    const picked = composerAround(table, one('input[type="file"]', dialog))!;
    expect(picked.spec.kind).toBe('post');
    expect(picked.key).toBe(dialog);

    const input = one('input[type="file"]', dialog) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'plain.jpg', { type: 'image/jpeg' })], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    // "Next" only moves between the photo steps: the caption does not exist yet, so there is nothing to ask about.
    expect(pressedControl(table, control('Next', dialog))).toBeUndefined();
    control('Next', dialog).click();
    control('Next', dialog).click();
    const caption = composerOfTarget(table, one('[aria-label="Write a caption..."]', dialog))!;
    expect(caption.key).toBe(dialog);
    expect(caption.control).toBe(control('Share', dialog));
  });

  test('direct messages are left alone by their box', async () => {
    await loadReplica('instagram', 'https://www.instagram.com/direct/inbox/');
    expect(composerOfTarget(table, one('[aria-label="Message"]'))).toBeUndefined();
  });
});
