/**
 * A manager PIN as it is kept: never the PIN itself, only a salted PBKDF2 hash,
 * so reading the extension's storage does not reveal it.
 */
export interface PinHash {
  /** Base64 of the derived key. */
  hash: string;
  /** Base64 of the random salt. */
  salt: string;
  iterations: number;
}

// OWASP's 2023 figure for PBKDF2-HMAC-SHA256: a PIN has few guesses, so each must be slow.
const ITERATIONS = 600_000;
const SALT_BYTES = 16;
const KEY_BITS = 256;

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, KEY_BITS);
  return new Uint8Array(bits);
}

/** Hashes a new PIN with a fresh random salt. */
export async function hashPin(pin: string): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return { hash: toBase64(await derive(pin, salt, ITERATIONS)), salt: toBase64(salt), iterations: ITERATIONS };
}

/** True when the PIN matches the stored hash; compares every byte so timing says nothing. */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const expected = fromBase64(stored.hash);
  const actual = await derive(pin, fromBase64(stored.salt), stored.iterations);
  let difference = expected.length ^ actual.length;
  for (let i = 0; i < expected.length; i++) difference |= expected[i] ^ (actual[i] ?? 0);
  return difference === 0;
}

/** The fewest digits a new PIN may have: a stolen hash of four digits falls to an offline search in minutes. */
export const SHORTEST_PIN = 6;

/** Why a new PIN is not acceptable, or undefined when it is. */
export function pinProblem(pin: string): string | undefined {
  if (!new RegExp(`^\\d{${SHORTEST_PIN},12}$`).test(pin)) return `The PIN should be ${SHORTEST_PIN} to 12 digits.`;
  return undefined;
}
