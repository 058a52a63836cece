import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test } from 'vitest';
import type { Decision } from '../../../lib/decisions/decision';
import { filterLog } from '../../../lib/decisions/filter-log';
import { logToCsv } from '../../../lib/decisions/log-csv';
import type { LogEntry } from '../../../lib/decisions/log-entry';
import { pruneLog } from '../../../lib/decisions/prune-log';
import { recordDecision } from '../../../lib/decisions/record-decision';
import { decisionsItem, settingsItem } from '../../../lib/storage/items';
import { REASON_LENGTH } from '../../../lib/storage/settings';

beforeEach(() => fakeBrowser.reset());

const log: LogEntry[] = [
  { at: '2025-01-10T09:00:00.000Z', site: 'facebook', rules: ['full-name'], decision: 'edited' },
  { at: '2025-02-03T14:30:00.000Z', site: 'instagram', rules: ['semi-clothed-activity', 'missing-consent-tag'], decision: 'posted-anyway', reason: 'Parents asked, "consent" on file' },
  { at: '2025-02-20T11:00:00.000Z', decision: 'policy-reset' },
  { at: '2025-03-01T16:45:00.000Z', site: 'x', rules: ['profanity'], decision: 'blocked' },
  { at: '2025-03-02T08:15:00.000Z', site: 'facebook', rules: ['semi-clothed-activity'], decision: 'false-alarm' },
];

describe('filtering the log', () => {
  test.each([
    [{ rule: 'semi-clothed-activity' }, [1, 4]],
    [{ site: 'facebook' }, [0, 4]],
    [{ decision: 'policy-reset' }, [2]],
    [{ from: '2025-02-03', to: '2025-03-01' }, [1, 2, 3]],
    [{ site: 'facebook', decision: 'false-alarm' }, [4]],
  ] as const)('%j shows entries %j', (filter, expected) => {
    expect(filterLog(log, filter)).toEqual(expected.map((i) => log[i]));
  });
});

describe('exporting the log', () => {
  test('one row per entry under a heading row, quoted where a spreadsheet needs it', () => {
    const lines = logToCsv(log.slice(0, 3)).trimEnd().split('\r\n');
    expect(lines[0]).toBe('When,Site,Rules,Decision,Reason,Excerpt');
    expect(lines[1]).toBe('2025-01-10T09:00:00.000Z,Facebook,full-name,Edited,,');
    expect(lines[2]).toBe('2025-02-03T14:30:00.000Z,Instagram,semi-clothed-activity missing-consent-tag,Posted anyway,"Parents asked, ""consent"" on file",');
    expect(lines[3]).toBe('2025-02-20T11:00:00.000Z,Options page,,Policy reset to defaults,,');
  });

  test('a typed reason that looks like a formula stays text', () => {
    const csv = logToCsv([{ at: '2025-01-01T00:00:00.000Z', site: 'x', rules: ['full-name'], decision: 'posted-anyway', reason: '=HYPERLINK("http://evil")' }]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});

describe('keeping the log', () => {
  test('entries older than the retention are deleted', () => {
    expect(pruneLog(log, 1, new Date('2025-03-10T00:00:00Z'))).toEqual(log.slice(2));
    expect(pruneLog(log, 12, new Date('2025-03-10T00:00:00Z'))).toEqual(log);
  });

  const decision: Decision = {
    at: new Date().toISOString(),
    site: 'facebook',
    rules: ['full-name'],
    decision: 'posted-anyway',
    reason: 'Adult colleague agreed',
    excerpt: 'Well done to our lovely practitioner Sarah Jones who ran the messy play session today with all the pre-schoolers',
  };

  test('recording keeps no post text unless the manager turned excerpts on, and then a short one', async () => {
    await recordDecision(decision);
    const [plain] = await decisionsItem.getValue();
    expect(plain).toMatchObject({ site: 'facebook', rules: ['full-name'], reason: 'Adult colleague agreed' });
    expect(plain).not.toHaveProperty('excerpt');
    await settingsItem.setValue({ excerpts: true, retentionMonths: 12, removeLocations: true });
    await recordDecision(decision);
    const kept = (await decisionsItem.getValue())[1].excerpt ?? '';
    expect(kept.length).toBeLessThanOrEqual(81);
    expect(kept).toMatch(/^Well done to our lovely practitioner Sarah Jones .*…$/);
  });

  test('recording deletes entries past the retention', async () => {
    await decisionsItem.setValue([{ ...decision, at: '2000-01-01T00:00:00.000Z' }]);
    await recordDecision(decision);
    expect((await decisionsItem.getValue()).map((d) => d.at)).toEqual([decision.at]);
  });

  test('L2: a typed reason is kept to 500 characters, however much was pasted', async () => {
    await recordDecision({ ...decision, reason: 'because '.repeat(100_000) });
    expect((await decisionsItem.getValue())[0].reason).toHaveLength(REASON_LENGTH);
  });
});
