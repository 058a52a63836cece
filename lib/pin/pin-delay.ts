/** Wrong PINs entered since the last right one, and when the next try may be made (ms since epoch). */
export interface PinAttempts {
  failures: number;
  waitUntil: number;
}

/** No wrong PINs yet. */
export const NO_ATTEMPTS: PinAttempts = { failures: 0, waitUntil: 0 };

const FREE_TRIES = 2;
const FIRST_WAIT = 30_000;
const LONGEST_WAIT = 15 * 60_000;

/**
 * The attempts after one more wrong PIN. Two slips are free; after that each wrong
 * PIN doubles the wait, so guessing a six-digit PIN on the page takes years while a
 * manager who mistypes waits seconds.
 */
export function afterWrongPin(attempts: PinAttempts, now: number): PinAttempts {
  const failures = attempts.failures + 1;
  const wait = failures <= FREE_TRIES ? 0 : Math.min(FIRST_WAIT * 2 ** (failures - FREE_TRIES - 1), LONGEST_WAIT);
  return { failures, waitUntil: now + wait };
}

/** How long is left before the PIN may be tried again, in words ("30 seconds"), or undefined when it may be tried now. */
export function waitBeforeTrying(attempts: PinAttempts, now: number): string | undefined {
  const left = attempts.waitUntil - now;
  if (left <= 0) return undefined;
  const seconds = Math.ceil(left / 1000);
  if (seconds < 120) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
