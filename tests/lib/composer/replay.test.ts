// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { isReplay, recordPress } from '../../../lib/composer/replay';

function listen(target: EventTarget, types: string[]) {
  const heard: Event[] = [];
  for (const type of types) target.addEventListener(type, (event) => heard.push(event));
  return heard;
}

test('a key press is given back as the same key down and up, marked as the extension’s own', () => {
  const box = document.createElement('div');
  document.body.append(box);
  const heard = listen(box, ['keydown', 'keyup']);
  const replay = recordPress(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey: true, bubbles: true }));
  replay(box);
  expect(heard.map((event) => [event.type, (event as KeyboardEvent).key, (event as KeyboardEvent).code, (event as KeyboardEvent).ctrlKey])).toEqual([
    ['keydown', 'Enter', 'Enter', true],
    ['keyup', 'Enter', 'Enter', true],
  ]);
  expect(heard.every(isReplay)).toBe(true);
  expect(heard.every((event) => event.bubbles && event.cancelable)).toBe(true);
});

test('a click is given back where it happened, with its button and keys, and bubbles to the page’s root', () => {
  const button = document.createElement('button');
  document.body.append(button);
  const heard = listen(document.body, ['click']);
  recordPress(new MouseEvent('click', { clientX: 40, clientY: 12, button: 0, shiftKey: true }))(button);
  expect(heard).toHaveLength(1);
  expect([(heard[0] as MouseEvent).clientX, (heard[0] as MouseEvent).clientY, (heard[0] as MouseEvent).shiftKey]).toEqual([40, 12, true]);
  expect(heard[0].target).toBe(button);
  expect(isReplay(heard[0])).toBe(true);
});

test('the person’s own events are not taken for replays', () => {
  expect(isReplay(new MouseEvent('click'))).toBe(false);
});
