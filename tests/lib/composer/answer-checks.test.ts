import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { answerChecks } from '../../../lib/composer/answer-checks';
import type { CheckReply, CheckRequest } from '../../../lib/composer/check-request';
import { effectivePolicy } from '../../../lib/engine/check-post';
import type { Policy } from '../../../lib/policy/policy';
import { policyItem } from '../../../lib/storage/items';
import { keptPolicyItem } from '../../../lib/storage/policy-in-force';

type Listener = (message: unknown, sender: { tab?: { id: number }; frameId?: number }, reply: (answer: CheckReply) => void) => unknown;

let listener: Listener | undefined;
let managed: { resolve(value: Record<string, unknown>): void } | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  listener = undefined;
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((callback) => void (listener = callback as unknown as Listener));
  // Chrome answers the first managed read only seconds after it starts; this one answers when the test says.
  Object.assign(fakeBrowser.storage, {
    managed: { get: () => new Promise((resolve) => (managed = { resolve })) },
  });
});
afterEach(() => vi.restoreAllMocks());

const ask = (text: string, tab = 1): Promise<CheckReply> =>
  new Promise((resolve) => listener!({ type: 'ask-yourself:check', post: { text, photos: [], platform: 'x' } } satisfies CheckRequest, { tab: { id: tab } }, resolve));

const blockContacts: Policy = { version: 1, rules: { 'contact-details': 'block' } };

test('issue 8: the first check after the browser starts is answered from the last policy in force, before the managed policy is read', async () => {
  await keptPolicyItem.setValue({ policy: blockContacts, excerpts: false, retentionMonths: 12, severities: effectivePolicy(blockContacts).severities });
  answerChecks();
  const reply = await ask('Ring us on 07700 900471');
  expect(reply).toMatchObject({ result: { findings: [{ rule: 'contact-details', severity: 'block' }] } });
  expect(managed).toBeDefined();
});

test('issue 8: once the managed policy arrives, the policy in force is worked out afresh and kept', async () => {
  await policyItem.setValue(blockContacts);
  answerChecks();
  managed!.resolve({ rules: { 'contact-details': 'justify' } });
  await vi.waitFor(async () => expect((await keptPolicyItem.getValue())?.severities?.['contact-details']).toBe('justify'));
  expect(await ask('Ring us on 07700 900471')).toMatchObject({ result: { findings: [{ rule: 'contact-details', severity: 'justify' }] } });
});

test('H3: drafts from one page waiting behind a long check are dropped for the newest, which is checked', async () => {
  await keptPolicyItem.setValue({ policy: { version: 1 }, excerpts: false, retentionMonths: 12 });
  answerChecks();
  const first = ask('Sunflower week');
  // The first is under way by the time the person has typed on.
  await new Promise((resolve) => setTimeout(resolve, 5));
  const stale = [ask('Ring us on 0'), ask('Ring us on 07700'), ask('Ring us on 07700 9004')];
  const newest = ask('Ring us on 07700 900471');
  const other = ask('Ring us on 07700 900471', 2);
  expect(await first).toMatchObject({ result: { findings: [] } });
  expect(await Promise.all(stale)).toEqual([{ superseded: true }, { superseded: true }, { superseded: true }]);
  expect(await newest).toMatchObject({ result: { findings: [{ rule: 'contact-details' }] } });
  expect(await other).toMatchObject({ result: { findings: [{ rule: 'contact-details' }] } });
});
