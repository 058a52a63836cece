import { describe, expect, test } from 'vitest';
import { adapterFor, adapters } from '../../../lib/adapters';

const owned = adapters.flatMap((adapter, index) => adapter.exampleUrls.map((url) => ({ url, index, site: adapter.site })));

describe('every address belongs to its own adapter and no other', () => {
  test.each(owned)('$url is $site', ({ url, index }) => {
    const parsed = new URL(url);
    expect(adapters.filter((adapter) => adapter.owns(parsed))).toEqual([adapters[index]]);
    expect(adapterFor(url)).toBe(adapters[index]);
  });
});

test('each adapter’s match patterns cover its own example addresses, and no other adapter’s', () => {
  for (const adapter of adapters) {
    for (const url of adapter.exampleUrls) {
      const { origin } = new URL(url);
      const covering = adapters.filter((other) => other.matches.includes(`${origin}/*`));
      expect(covering, `${url} is outside ${adapter.matches.join(', ')}`).toEqual([adapter]);
    }
  }
});

test('each match pattern is an address some adapter owns', () => {
  for (const adapter of adapters) {
    for (const pattern of adapter.matches) expect(adapter.owns(new URL(pattern.replace('*', 'any/page')))).toBe(true);
  }
});

test('the addresses staff post from are all covered: Business Suite, X Pro, the web and mobile Facebook hosts', () => {
  expect(adapterFor('https://business.facebook.com/latest/composer/')?.site).toBe('business-suite');
  expect(adapterFor('https://pro.x.com/i/decks/1')?.site).toBe('x');
  expect(adapterFor('https://web.facebook.com/')?.site).toBe('facebook');
  expect(adapterFor('https://m.facebook.com/')?.site).toBe('facebook');
});

test.each(['https://facebook.com.evil.example/', 'https://www.x.com/home', 'https://twitter.com/home', 'https://business.facebook.com.evil.example/', 'not a url'])(
  '%s belongs to no adapter',
  (url) => expect(adapterFor(url)).toBeUndefined(),
);
