// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { composerAround, composerOfTarget, draftText, isSendShortcut, pressedControl } from '../../../lib/adapters/find-composer';
import { x } from '../../../lib/adapters/x';
import { control, loadReplica, one } from './load-replica';

const { table } = x;

describe('X, on the home timeline', () => {
  test('the inline composer is found from its text box, its Post control and its file picker alike', async () => {
    await loadReplica('x', 'https://x.com/home');
    const box = one('main [data-testid="tweetTextarea_0"]');
    const composer = composerOfTarget(table, box)!;
    expect(composer.spec.kind).toBe('post');
    expect(composer.control).toBe(one('main [data-testid="tweetButtonInline"]'));
    expect(pressedControl(table, one('main [data-testid="tweetButtonInline"]'))).toBeUndefined();

    box.textContent = 'Sunflowers';
    one('main [data-testid="tweetButtonInline"]').setAttribute('aria-disabled', 'false');
    (one('main [data-testid="tweetButtonInline"]') as HTMLButtonElement).disabled = false;
    const pressed = pressedControl(table, one('main [data-testid="tweetButtonInline"]'))!;
    expect(pressed.composer.key).toBe(composer.key);
    expect(pressed.step).toBe(false);
    expect(composerAround(table, one('main input[data-testid="fileInput"]'))!.key).toBe(composer.key);
    expect(draftText(composer)).toBe('Sunflowers');
  });

  test('the compose dialog is a composer of its own, held by the dialog', async () => {
    await loadReplica('x', 'https://x.com/compose/post');
    const dialog = one('[role="dialog"]');
    const composer = composerOfTarget(table, one('[data-testid="tweetTextarea_0"]', dialog))!;
    expect(composer.key).toBe(dialog);
    expect(composer.control).toBe(one('[data-testid="tweetButton"]', dialog));
    expect(composerOfTarget(table, one('main [data-testid="tweetTextarea_0"]'))!.key).not.toBe(dialog);
  });

  test('the direct-message drawer is no composer', async () => {
    await loadReplica('x', 'https://x.com/home');
    expect(composerOfTarget(table, one('[data-testid="dmComposerTextInput"]'))).toBeUndefined();
    expect(pressedControl(table, one('[data-testid="dmComposerSendButton"]'))).toBeUndefined();
  });

  test('a Post button without its test id is not found, so the composer can be reported', async () => {
    await loadReplica('x', 'https://x.com/home?no-hooks');
    const composer = composerOfTarget(table, one('main [data-testid="tweetTextarea_0"]'))!;
    expect(composer.control).toBeUndefined();
    expect(pressedControl(table, control('Post', one('main')))).toBeUndefined();
  });
});

test.each([
  [{ key: 'Enter', ctrlKey: true }, true],
  [{ key: 'Enter', metaKey: true }, true],
  [{ key: 'Enter' }, false],
  [{ key: 'Enter', shiftKey: true }, false],
  [{ key: 'Enter', ctrlKey: true, altKey: true }, false],
  [{ key: 'Enter', ctrlKey: true, isComposing: true }, false],
  [{ key: 'a', ctrlKey: true }, false],
])('X sends on %o: %s', (init, sends) => {
  expect(isSendShortcut(table.composers[0], new KeyboardEvent('keydown', init))).toBe(sends);
});
