import { describe, expect, test } from 'vitest';
import { LookQueue } from '../../../../lib/vision/host/look-queue';

/** A queue whose looks the test finishes by hand, recording the order they began in. */
function queueOf() {
  const queue = new LookQueue<string>();
  const began: string[] = [];
  const finishers = new Map<string, () => void>();
  const add = (owner: string, picture: string) =>
    queue.add(owner, () => {
      began.push(picture);
      return new Promise<void>((resolve) => finishers.set(picture, resolve));
    });
  const finish = async (picture: string) => {
    finishers.get(picture)!();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { queue, began, add, finish };
}

describe('the background’s queue of pictures from every tab', () => {
  test('one picture at a time, in the order they arrived', async () => {
    const { began, add, finish } = queueOf();
    add('tab 1', 'a1');
    add('tab 2', 'b1');
    add('tab 1', 'a2');
    expect(began).toEqual(['a1']);
    await finish('a1');
    await finish('b1');
    expect(began).toEqual(['a1', 'b1', 'a2']);
  });

  test('a tab whose Post was pressed goes before the others’ backlog, the latest press first', async () => {
    const { queue, began, add, finish } = queueOf();
    add('tab 1', 'a1');
    add('tab 1', 'a2');
    add('tab 2', 'b1');
    add('tab 3', 'c1');
    add('tab 3', 'c2');
    queue.hurry('tab 2');
    queue.hurry('tab 3');
    await finish('a1');
    await finish('c1');
    await finish('c2');
    await finish('b1');
    expect(began).toEqual(['a1', 'c1', 'c2', 'b1', 'a2']);
  });

  test('a closed tab’s waiting pictures are dropped, and the one being looked at no longer holds up the rest', async () => {
    const { queue, began, add, finish } = queueOf();
    add('closed', 'a1');
    add('closed', 'a2');
    add('open', 'b1');
    queue.drop('closed');
    expect(began).toEqual(['a1', 'b1']);
    expect(queue.size).toBe(0);
    // The dropped look ending late starts nothing twice.
    add('open', 'b2');
    await finish('a1');
    expect(began).toEqual(['a1', 'b1']);
    await finish('b1');
    expect(began).toEqual(['a1', 'b1', 'b2']);
  });

  test('a look that fails does not stop the queue', async () => {
    const queue = new LookQueue<string>();
    const began: string[] = [];
    queue.add('tab', async () => {
      began.push('broken');
      throw new Error('the document went');
    });
    queue.add('tab', async () => void began.push('next'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(began).toEqual(['broken', 'next']);
  });
});
