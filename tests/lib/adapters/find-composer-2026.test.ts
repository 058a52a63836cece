// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { businessSuite } from '../../../lib/adapters/business-suite';
import { facebook } from '../../../lib/adapters/facebook';
import { composerOfTarget, draftText, pressedControl } from '../../../lib/adapters/find-composer';
import { instagram } from '../../../lib/adapters/instagram';
import { x } from '../../../lib/adapters/x';
import { control, loadReplica, one } from './load-replica';

const typeInto = (box: Element, text: string) => {
  box.innerHTML = `<p>${text}</p>`;
  box.dispatchEvent(new Event('input', { bubbles: true }));
};

describe('Facebook as it is in 2026', () => {
  test('a Messenger pop-up named "Write to <name>" is left alone, and so is one named nothing, beside Close chat', async () => {
    await loadReplica('facebook', 'https://www.facebook.com/?chat-popup');
    const box = one('[aria-label="Write to Jo Bloggs"]');
    expect(composerOfTarget(facebook.table, box)).toBeUndefined();
    box.removeAttribute('aria-label');
    expect(composerOfTarget(facebook.table, box)).toBeUndefined();
  });

  test('a comment box named "Answer as <name>" is a comment box', async () => {
    await loadReplica('facebook', 'https://www.facebook.com/?comment-label=Answer%20as%20Sam%20Taylor');
    expect(composerOfTarget(facebook.table, one('[aria-label="Answer as Sam Taylor"]'))!.spec.kind).toBe('comment');
  });

  test('a box in form[role="presentation"] is a comment box whatever its name, and its submit is found once drawn', async () => {
    await loadReplica('facebook', 'https://www.facebook.com/?comment-form&comment-label=Schreibe%20einen%20Kommentar');
    const box = one('[aria-label="Schreibe einen Kommentar"]') as HTMLElement;
    expect(composerOfTarget(facebook.table, box)!.spec.kind).toBe('comment');
    expect(document.querySelector('#focused-state-composer-submit [role="button"]')).toBeNull();
    typeInto(box, 'Lovely');
    const composer = composerOfTarget(facebook.table, box)!;
    expect(composer.control).toBe(one('#focused-state-composer-submit > span > [role="button"]'));
    expect(composer.key).toBe(one('form[role="presentation"]'));
  });

  test('a post box named only by aria-placeholder is a post box; what is typed never names it', async () => {
    await loadReplica('facebook', 'https://www.facebook.com/?placeholder-only');
    control("What's on your mind, Sam?").click();
    const box = one('[role="dialog"] [data-lexical-editor="true"]');
    expect(box.hasAttribute('aria-label')).toBe(false);
    typeInto(box, 'Reply to all the parents who asked');
    expect(composerOfTarget(facebook.table, box)!.spec.kind).toBe('post');
  });

  test('a Post control named on an inner span, and a Page’s "Publish" and "Share now", are found', async () => {
    for (const query of ['?inner-name', '?publish=Publish', '?publish=Share%20now']) {
      await loadReplica('facebook', `https://www.facebook.com/${query}`);
      control("What's on your mind, Sam?").click();
      const box = one('[role="dialog"] [data-lexical-editor="true"]');
      typeInto(box, 'Sunflower week');
      const composer = composerOfTarget(facebook.table, box)!;
      expect(composer.control, query).toBe(one('[role="dialog"] [data-primary]'));
      expect(pressedControl(facebook.table, one('[role="dialog"] [data-primary]'))!.step).toBe(false);
    }
  });

  test('a comment action named exactly "Reply" is not taken for a send', async () => {
    await loadReplica('facebook', 'https://www.facebook.com/?plain-reply&comment-form');
    expect(pressedControl(facebook.table, control('Reply'))).toBeUndefined();
  });
});

describe('Instagram as it is in 2026', () => {
  test('the paper-plane share icon in an opened post, named only by its svg, is not the create dialog’s Share', async () => {
    await loadReplica('instagram', 'https://www.instagram.com/?post-modal');
    const icon = one('[role="dialog"] svg[aria-label="Share"]').closest('[role="button"]')!;
    expect(pressedControl(instagram.table, icon)).toBeUndefined();
  });

  test.each(['lexical', 'input'])('a comment box built as %s is a comment box', async (variant) => {
    await loadReplica('instagram', `https://www.instagram.com/?comment=${variant}`);
    expect(composerOfTarget(instagram.table, one('article [aria-label="Add a comment…"]'))!.spec.kind).toBe('comment');
  });
});

describe('X as it is in 2026', () => {
  test('the narrow layout’s textarea is the composer, and its wrappers are not text boxes', async () => {
    await loadReplica('x', 'https://x.com/home?narrow');
    const area = one('main [data-testid="tweetTextarea_0"] textarea') as HTMLTextAreaElement;
    area.value = 'Sunflowers';
    const composer = composerOfTarget(x.table, area)!;
    expect(draftText(composer)).toBe('Sunflowers');
    expect(composer.control).toBe(one('main [data-testid="tweetButtonInline"]'));
    await loadReplica('x', 'https://x.com/home');
    expect(composerOfTarget(x.table, one('main [data-testid="tweetTextarea_0RichTextInputContainer"]'))).toBeUndefined();
  });

  test('X Chat’s textarea is left alone', async () => {
    await loadReplica('x', 'https://x.com/i/chat');
    expect(composerOfTarget(x.table, one('[data-testid="dm-composer-textarea"]'))).toBeUndefined();
  });
});

describe('Meta Business Suite', () => {
  test.each(['', '?editable-combobox'])('its caption box (%s) is a post composer whose Publish control is found', async (query) => {
    await loadReplica('business-suite', `https://business.facebook.com/latest/composer/${query}`);
    const box = one('[contenteditable="true"]');
    typeInto(box, 'Sunflower week');
    const composer = composerOfTarget(businessSuite.table, box)!;
    expect(composer.spec.kind).toBe('post');
    expect(draftText(composer)).toBe('Sunflower week');
    expect(composer.control).toBe(control('Publish'));
    expect(pressedControl(businessSuite.table, control('Publish'))!.step).toBe(false);
  });

  test('scheduled, its "Schedule" control is held as Publish is', async () => {
    await loadReplica('business-suite', 'https://business.facebook.com/latest/composer/');
    typeInto(one('[contenteditable="true"]'), 'Sunflower week');
    one('[role="switch"]').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(pressedControl(businessSuite.table, control('Schedule'))).toBeDefined();
  });
});
