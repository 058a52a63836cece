import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { checkDraft } from '../../lib/engine/check-draft';
import { fileSource } from '../../lib/photos/node-file-source';
import { parsePolicy } from '../../lib/policy/validate-policy';
import type { RuleId } from '../../lib/types';
import { formatScore, scoreCorpus, type CorpusItem } from './score-corpus';

// The corpus harness attaches plain JPEGs with no location and no keywords.
const plainJpeg = fileURLToPath(new URL('../fixtures/photos/plain.jpg', import.meta.url));
const read = (file: string): string => readFileSync(new URL(file, import.meta.url), 'utf8');

// The first set labels the first eight rules; the second labels all twelve (see README.md here).
const SETS = [
  { name: 'first development set', posts: 'posts-dev.jsonl', policy: 'policy-dev.json' },
  { name: 'second development set', posts: 'posts-dev-2.jsonl', policy: 'policy-dev-2.json' },
];

test.each(SETS)('the $name: at least 95% of posts right and every rule at 0.90 or better', async (set) => {
  const policy = parsePolicy(read(set.policy));
  if (!policy.ok) throw new Error(policy.error.message);
  const items = read(set.posts)
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
  console.log(`${set.name}\n${formatScore(score)}`);
  expect(score.itemsRight / score.items).toBeGreaterThanOrEqual(0.95);
  for (const rule of score.rules) {
    expect.soft(rule.recall ?? 1, `${rule.rule} recall`).toBeGreaterThanOrEqual(0.9);
    expect.soft(rule.precision ?? 1, `${rule.rule} precision`).toBeGreaterThanOrEqual(0.9);
  }
  // A whole set on a busy machine takes seconds; speed is the benchmark's to prove, not this test's.
}, 60_000);
