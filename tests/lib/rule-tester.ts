import { describe, expect, test } from 'vitest';
import { checkPost } from '../../lib/engine/check-post';
import type { Policy } from '../../lib/policy/policy';
import type { Rule } from '../../lib/rules/rule';
import type { Finding, PhotoSummary, Platform } from '../../lib/types';

/** A draft for a table test. `photos` is a count of plain photos or the summaries themselves. */
export interface PostCase {
  text: string;
  photos?: number | PhotoSummary[];
  platform?: Platform;
  /** Replaces the table's policy for this case. */
  policy?: Policy;
}

/** A draft the rule must report, with what each finding should point at, in order. */
export interface InvalidCase extends PostCase {
  /** Per finding: the matched words as typed, or the photo's file name. */
  errors: string[];
}

/** A photo with no location and no keywords, as a phone's camera roll often gives. */
export const plainPhoto = (name = 'photo.jpg'): PhotoSummary => ({ name, readable: true, keywords: [] });

const photosOf = (photos: PostCase['photos']): PhotoSummary[] =>
  typeof photos === 'number' ? Array.from({ length: photos }, (_, i) => plainPhoto(`photo-${i + 1}.jpg`)) : (photos ?? []);

const label = (c: PostCase): string => `${c.text.slice(0, 70)}${c.photos ? ` [${typeof c.photos === 'number' ? c.photos : c.photos.length} photo(s)]` : ''}`;

/** What a finding points at, in the compact form the tables use. */
export const pointedAt = (finding: Finding): string =>
  finding.evidence.kind === 'text' ? finding.evidence.text : finding.evidence.file;

/** Runs one rule, switched on, over a post. */
export function runRule(rule: Rule, post: PostCase, policy: Policy): Finding[] {
  const base = post.policy ?? policy;
  const forced: Policy = { ...base, rules: { ...base.rules, [rule.id]: base.rules?.[rule.id] ?? rule.meta.defaultSeverity } };
  const { findings, unchecked } = checkPost(
    { text: post.text, photos: photosOf(post.photos), platform: post.platform },
    forced,
    [rule.id],
  );
  expect(unchecked).toEqual([]);
  return findings;
}

/**
 * ESLint's RuleTester, for posts: every valid post gives no finding from the
 * rule, every invalid one gives exactly the findings listed. Refuses empty
 * and duplicated tables, so a table cannot quietly test nothing.
 */
export function ruleTester(
  rule: Rule,
  table: { policy?: Policy; valid: (string | PostCase)[]; invalid: InvalidCase[] },
): void {
  const policy = table.policy ?? { version: 1 };
  const valid = table.valid.map((c) => (typeof c === 'string' ? { text: c } : c));
  const keys = [...valid, ...table.invalid].map((c) => JSON.stringify([c.text, c.photos, c.policy, c.platform]));
  if (valid.length === 0 || table.invalid.length === 0) throw new Error(`${rule.id}: a table needs valid and invalid posts`);
  const duplicate = keys.find((key, i) => keys.indexOf(key) !== i);
  if (duplicate) throw new Error(`${rule.id}: the case ${duplicate} is listed twice`);

  describe(rule.id, () => {
    test.each(valid.map((c) => [label(c), c] as const))('valid: %s', (_, c) => {
      expect(runRule(rule, c, policy).map(pointedAt)).toEqual([]);
    });
    test.each(table.invalid.map((c) => [label(c), c] as const))('invalid: %s', (_, c) => {
      const findings = runRule(rule, c, policy);
      expect(findings.map(pointedAt)).toEqual(c.errors);
      for (const finding of findings) {
        expect(finding.message).toMatch(/^Ask yourself: /);
        expect(finding.message).not.toMatch(/\{\{|\}\}/);
        if (finding.evidence.kind === 'text') {
          expect(c.text.slice(finding.evidence.start, finding.evidence.end)).toBe(finding.evidence.text);
        }
      }
    });
  });
}
