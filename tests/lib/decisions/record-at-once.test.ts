import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, expect, test } from 'vitest';
import type { Decision } from '../../../lib/decisions/decision';
import { recordDecision } from '../../../lib/decisions/record-decision';
import { decisionsItem } from '../../../lib/storage/items';

beforeEach(() => fakeBrowser.reset());

test('L7: decisions recorded at the same moment (two tabs, one background) are all kept, in order', async () => {
  const at = new Date().toISOString();
  const decisions: Decision[] = (['x', 'facebook', 'instagram', 'x'] as const).map((site, i) => ({ at, site, rules: ['contact-details'], decision: i % 2 ? 'edited' : 'posted-anyway' }));
  await Promise.all(decisions.map((decision) => recordDecision(decision)));
  expect(await decisionsItem.getValue()).toEqual(decisions);
});
