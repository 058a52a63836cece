import { describe, expect, test } from 'vitest';
import { pageAddress, SIGHTINGS_KEPT_MS, withSighting } from '../../../lib/storage/protection-sightings';

const DAY = 24 * 60 * 60 * 1000;
const at = Date.UTC(2026, 11, 1, 12);

describe('protection on this computer', () => {
  test('keeps per site when a composer was last seen and its Post control found', () => {
    let status = withSighting({}, { site: 'facebook', url: 'https://www.facebook.com/', at, what: 'composer' });
    status = withSighting(status, { site: 'facebook', url: 'https://www.facebook.com/', at: at + 5, what: 'post-control' });
    status = withSighting(status, { site: 'x', url: 'https://x.com/home', at: at + 9, what: 'composer' });
    expect(status).toEqual({
      facebook: { site: 'facebook', composerSeenAt: at + 5, postControlFoundAt: at + 5, unprotected: [] },
      x: { site: 'x', composerSeenAt: at + 9, unprotected: [] },
    });
  });

  test('lists boxes that could not be protected newest first, by origin and path only, once each', () => {
    let status = withSighting({}, { site: 'business-suite', url: 'https://business.facebook.com/latest/composer/?asset_id=1#x', at, what: 'unprotected', problem: 'p' });
    status = withSighting(status, { site: 'business-suite', url: 'https://business.facebook.com/latest/inbox', at: at + 1, what: 'unprotected', problem: 'p' });
    status = withSighting(status, { site: 'business-suite', url: 'https://business.facebook.com/latest/composer/?asset_id=2', at: at + 2, what: 'unprotected', problem: 'p' });
    expect(status['business-suite'].unprotected).toEqual([
      { at: at + 2, url: 'https://business.facebook.com/latest/composer/', problem: 'p' },
      { at: at + 1, url: 'https://business.facebook.com/latest/inbox', problem: 'p' },
    ]);
  });

  test('forgets what is more than a month old', () => {
    let status = withSighting({}, { site: 'instagram', url: 'https://www.instagram.com/', at, what: 'unprotected', problem: 'p' });
    status = withSighting(status, { site: 'instagram', url: 'https://www.instagram.com/', at, what: 'post-control' });
    status = withSighting(status, { site: 'x', url: 'https://x.com/home', at: at + SIGHTINGS_KEPT_MS + DAY, what: 'composer' });
    expect(status.instagram).toEqual({ site: 'instagram', unprotected: [] });
  });

  test('a page address keeps no query or fragment, and nothing for a broken address', () => {
    expect(pageAddress('https://www.facebook.com/groups/1/?ref=share&id=2#c')).toBe('https://www.facebook.com/groups/1/');
    expect(pageAddress('not a url')).toBe('');
  });
});
