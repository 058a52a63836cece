import { describe, expect, test } from 'vitest';
import { afterWrongPin, waitBeforeTrying } from '../../../lib/pin/pin-delay';

describe('L6: the wait after wrong PINs', () => {
  test('the first two slips cost nothing; from the third each wrong PIN doubles the wait, up to a quarter of an hour', () => {
    let attempts = { failures: 0, waitUntil: 0 };
    const waits: number[] = [];
    for (let i = 0; i < 10; i++) {
      attempts = afterWrongPin(attempts, 1_000_000);
      waits.push(attempts.waitUntil - 1_000_000);
    }
    expect(waits.slice(0, 2).every((wait) => wait <= 0)).toBe(true);
    expect(waits.slice(2, 6)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(Math.max(...waits)).toBe(15 * 60_000);
  });

  test('says how long is left in words', () => {
    expect(waitBeforeTrying({ failures: 3, waitUntil: 40_000 }, 10_000)).toBe('30 seconds');
    expect(waitBeforeTrying({ failures: 3, waitUntil: 10_500 }, 10_000)).toBe('1 second');
    expect(waitBeforeTrying({ failures: 6, waitUntil: 250_000 }, 10_000)).toBe('4 minutes');
    expect(waitBeforeTrying({ failures: 6, waitUntil: 9_000 }, 10_000)).toBeUndefined();
  });
});
