import { expect, test } from 'vitest';
import type { RuleId } from '../../lib/types';
import { scoreCorpus, type CorpusItem } from './score-corpus';

const item = (id: string, expect: CorpusItem['expect'], forbid: CorpusItem['forbid']): CorpusItem => ({
  id, platform: 'facebook', photos: 0, text: id, expect, forbid, note: '',
});

test('a missed rule and a forbidden report each make an item wrong; a rule in neither list is ignored', () => {
  const items = [item('a', ['profanity'], ['full-name']), item('b', [], ['profanity']), item('c', [], [])];
  const reported = new Map<string, Set<RuleId>>([
    ['a', new Set<RuleId>(['full-name'])],
    ['b', new Set<RuleId>(['profanity'])],
    ['c', new Set<RuleId>(['contact-details'])],
  ]);
  const score = scoreCorpus(items, reported);
  expect(score.itemsRight).toBe(1);
  expect(score.mistakes.map((m) => [m.id, m.missed, m.wrong])).toEqual([
    ['a', ['profanity'], ['full-name']],
    ['b', [], ['profanity']],
  ]);
  const profanity = score.rules.find((r) => r.rule === 'profanity')!;
  expect([profanity.recall, profanity.precision]).toEqual([0, 0]);
  expect(score.rules.find((r) => r.rule === 'contact-details')!.precision).toBeUndefined();
});
