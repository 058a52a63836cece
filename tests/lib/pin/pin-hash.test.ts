import { describe, expect, test } from 'vitest';
import { hashPin, pinProblem, verifyPin } from '../../../lib/pin/pin-hash';

describe('the manager PIN', () => {
  test('is kept only as a salted PBKDF2 hash that the right PIN matches and a wrong one does not', async () => {
    const stored = await hashPin('4821');
    expect(Object.keys(stored).sort()).toEqual(['hash', 'iterations', 'salt']);
    expect(JSON.stringify(stored)).not.toContain('4821');
    expect(stored.iterations).toBeGreaterThanOrEqual(600_000);
    expect(await verifyPin('4821', stored)).toBe(true);
    expect(await verifyPin('4822', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  test('the same PIN hashed twice gets a different salt and hash', async () => {
    const [a, b] = await Promise.all([hashPin('1234'), hashPin('1234')]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  test('the stored iteration count is the one used, so a later build may raise it', async () => {
    const stored = await hashPin('9090');
    expect(await verifyPin('9090', { ...stored, iterations: stored.iterations - 1 })).toBe(false);
  });

  test.each([
    ['123', false],
    ['1234', false],
    ['12345', false],
    ['123456', true],
    ['123456789012', true],
    ['1234567890123', false],
    ['12a4', false],
  ])('L6: %j is an acceptable new PIN: %s', (pin, ok) => {
    expect(pinProblem(pin) === undefined).toBe(ok);
  });
});
