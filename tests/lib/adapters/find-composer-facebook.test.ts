// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { composerAround, composerOfTarget, isSendShortcut, pressedControl } from '../../../lib/adapters/find-composer';
import { facebook } from '../../../lib/adapters/facebook';
import { control, loadReplica, one } from './load-replica';

const { table } = facebook;
const box = (label: string) => one(`[data-lexical-editor="true"][aria-label="${label}"]`);

describe('Facebook comment and reply boxes', () => {
  test('a comment box is a comment composer whose Post control is the hooked one', async () => {
    await loadReplica('facebook', 'https://www.facebook.com/');
    const composer = composerOfTarget(table, box('Comment as Sam Taylor'))!;
    expect(composer.spec.kind).toBe('comment');
    expect(composer.control).toBe(one('#focused-state-composer-submit [role="button"]'));
    expect(pressedControl(table, one('#focused-state-composer-submit [role="button"]'))!.composer.key).toBe(composer.key);
    expect(composerAround(table, one('.comment-box input[type="file"]'))!.key).toBe(composer.key);
  });

  test('a reply box is a composer of its own, apart from the comment box around it', async () => {
    await loadReplica('facebook', 'https://www.facebook.com/');
    control('Reply to Jo Bloggs’s comment').click();
    const reply = composerOfTarget(table, box('Reply to Jo Bloggs'))!;
    expect(reply.spec.kind).toBe('comment');
    expect(reply.control).toBe(control('Reply', one('.reply-box')));
    expect(reply.key).not.toBe(composerOfTarget(table, box('Comment as Sam Taylor'))!.key);
    expect(pressedControl(table, control('Reply to Jo Bloggs’s comment'))).toBeUndefined();
  });

  test('comments send on bare Enter; Shift+Enter is a new line', () => {
    const comment = table.composers.find((spec) => spec.kind === 'comment')!;
    expect(isSendShortcut(comment, new KeyboardEvent('keydown', { key: 'Enter' }))).toBe(true);
    expect(isSendShortcut(comment, new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true }))).toBe(false);
  });
});

describe('Facebook post composers', () => {
  test('a profile’s dialog is a post composer with its Post control', async () => {
    await loadReplica('facebook', 'https://www.facebook.com/');
    control("What's on your mind, Sam?").click();
    const dialog = one('[role="dialog"]');
    const composer = composerOfTarget(table, one('[data-lexical-editor="true"]', dialog))!;
    expect(composer.spec.kind).toBe('post');
    expect(composer.key).toBe(dialog);
    expect(composer.control).toBe(control('Post', dialog));
  });

  test('a Page’s "Next" is a step, and its final "Post" belongs to the same composer once the text box has gone', async () => {
    await loadReplica('facebook', 'https://www.facebook.com/littleacornsnursery');
    control("What's on your mind, Sam?").click();
    const dialog = one('[role="dialog"]');
    const editor = one('[data-lexical-editor="true"]', dialog);
    editor.innerHTML = '<p>Sunflower week</p>';
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    const next = pressedControl(table, control('Next', dialog))!;
    expect(next.step).toBe(true);
    expect(next.composer.key).toBe(dialog);
    control('Next', dialog).click();
    expect(dialog.querySelector('[data-lexical-editor]')).toBeNull();
    const post = pressedControl(table, control('Post', dialog))!;
    expect(post.step).toBe(false);
    expect(post.composer.key).toBe(dialog);
    expect(post.composer.editors).toEqual([]);
  });

  test('a group’s dialog is a post composer too', async () => {
    await loadReplica('facebook', 'https://www.facebook.com/groups/123456789');
    control('Write something...').click();
    expect(composerOfTarget(table, box('Create a public post…'))!.spec.kind).toBe('post');
  });
});

describe('Messenger is left alone', () => {
  test('its chat box beside the feed is no composer', async () => {
    await loadReplica('facebook', 'https://www.facebook.com/');
    expect(composerOfTarget(table, box('Message'))).toBeUndefined();
  });

  test('its own page’s box is left alone by the box, not the address', async () => {
    await loadReplica('facebook', 'https://www.facebook.com/messages/t/1');
    expect(composerOfTarget(table, box('Message'))).toBeUndefined();
  });
});

test('a relabelled Post control is not found, so the composer can be reported', async () => {
  await loadReplica('facebook', 'https://www.facebook.com/?no-hooks');
  expect(composerOfTarget(table, box('Comment as Sam Taylor'))!.control).toBeUndefined();
});
