import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { checkDraft } from '../../lib/engine/check-draft';
import { fileSource } from '../../lib/photos/node-file-source';
import { parsePolicy } from '../../lib/policy/validate-policy';
import type { RuleId } from '../../lib/types';
import { formatScore, scoreCorpus, type CorpusItem } from './score-corpus';

const corpusDir = new URL('../../../shared/corpus/', import.meta.url);
// The corpus harness attaches plain JPEGs with no location and no keywords.
const plainJpeg = fileURLToPath(new URL('../fixtures/photos/plain.jpg', import.meta.url));

test('the development corpus: at least 95% of posts right and every rule at 0.90 or better', async () => {
  const policy = parsePolicy(readFileSync(new URL('policy-dev.json', corpusDir), 'utf8'));
  if (!policy.ok) throw new Error(policy.error.message);
  const items = readFileSync(new URL('posts-dev.jsonl', corpusDir), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusItem);
  expect(items.length).toBeGreaterThan(0);

  const reported = new Map<string, Set<RuleId>>();
  for (const item of items) {
    const photos = await Promise.all(Array.from({ length: item.photos }, () => fileSource(plainJpeg)));
    const result = await checkDraft({ text: item.text, photos, platform: item.platform }, policy.policy);
    expect(result.unchecked).toEqual([]);
    reported.set(item.id, new Set(result.findings.map((finding) => finding.rule)));
  }

  const score = scoreCorpus(items, reported);
  console.log(formatScore(score));
  expect(score.itemsRight / score.items).toBeGreaterThanOrEqual(0.95);
  for (const rule of score.rules) {
    expect.soft(rule.recall ?? 1, `${rule.rule} recall`).toBeGreaterThanOrEqual(0.9);
    expect.soft(rule.precision ?? 1, `${rule.rule} precision`).toBeGreaterThanOrEqual(0.9);
  }
});
