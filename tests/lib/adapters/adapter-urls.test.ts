import { describe, expect, test } from 'vitest';
import { adapterFor, adapters } from '../../../lib/adapters';

const owned = adapters.flatMap((adapter) => adapter.exampleUrls.map((url) => ({ url, platform: adapter.platform })));
const leftAlone = adapters.flatMap((adapter) => adapter.leftAloneUrls.map((url) => ({ url, platform: adapter.platform })));

describe('every address belongs to its own adapter and no other', () => {
  test.each([...owned, ...leftAlone])('$url is $platform', ({ url, platform }) => {
    const parsed = new URL(url);
    expect(adapters.filter((adapter) => adapter.owns(parsed)).map((adapter) => adapter.platform)).toEqual([platform]);
    expect(adapterFor(url)?.platform).toBe(platform);
  });
});

describe('each example address is guarded, and each messenger address is left alone', () => {
  test.each(owned)('$url is guarded', ({ url }) => expect(adapterFor(url)!.leavesAlone(new URL(url))).toBe(false));
  test.each(leftAlone)('$url is left alone', ({ url }) => expect(adapterFor(url)!.leavesAlone(new URL(url))).toBe(true));
});

test('each adapter’s match patterns cover its own example addresses', () => {
  for (const adapter of adapters) {
    for (const url of [...adapter.exampleUrls, ...adapter.leftAloneUrls]) {
      const { origin } = new URL(url);
      expect(adapter.matches.some((pattern) => pattern === `${origin}/*`), `${url} is outside ${adapter.matches.join(', ')}`).toBe(true);
    }
  }
});

test.each(['https://facebook.com.evil.example/', 'https://www.x.com/home', 'https://twitter.com/home', 'https://m.facebook.com/', 'not a url'])(
  '%s belongs to no adapter',
  (url) => expect(adapterFor(url)).toBeUndefined(),
);
