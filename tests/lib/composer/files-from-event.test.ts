// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { filesFromEvent } from '../../../lib/composer/files-from-event';

const photo = new File(['x'], 'garden.jpg', { type: 'image/jpeg' });
const video = new File(['x'], 'splash.mp4', { type: 'video/mp4' });
const text = new File(['x'], 'notes.txt', { type: 'text/plain' });

test('a file picker’s photos and videos, and nothing else', () => {
  const input = document.createElement('input');
  input.type = 'file';
  Object.defineProperty(input, 'files', { value: [photo, video, text] });
  const event = new Event('change');
  Object.defineProperty(event, 'target', { value: input });
  expect(filesFromEvent(event).map((file) => file.name)).toEqual(['garden.jpg', 'splash.mp4']);
});

test('files dropped or pasted', () => {
  for (const type of ['drop', 'paste']) {
    const event = new Event(type);
    Object.defineProperty(event, type === 'drop' ? 'dataTransfer' : 'clipboardData', { value: { files: [photo] } });
    expect(filesFromEvent(event).map((file) => file.name)).toEqual(['garden.jpg']);
  }
});

test('a change on any other input is no attachment', () => {
  const input = document.createElement('input');
  const event = new Event('change');
  Object.defineProperty(event, 'target', { value: input });
  expect(filesFromEvent(event)).toEqual([]);
});

test('a file picker’s input event, which comes just before its change, carries the same files', () => {
  const input = document.createElement('input');
  input.type = 'file';
  Object.defineProperty(input, 'files', { value: [photo, text] });
  const event = new Event('input');
  Object.defineProperty(event, 'target', { value: input });
  expect(filesFromEvent(event).map((file) => file.name)).toEqual(['garden.jpg']);
});
