import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { rules } from '../../../lib/rules';
import { RULE_IDS } from '../../../lib/types';

// ESLint's checkRuleFiles: every rule has its file, registry line, table test and README row, and a failure says
// what to add. README.md's rule table is the project's own record of the contract's rule ids and defaults.
const root = new URL('../../../', import.meta.url);
const ruleFiles = readdirSync(new URL('lib/rules/', root))
  .filter((file) => file.endsWith('.ts') && !['index.ts', 'rule.ts'].includes(file))
  .map((file) => file.replace(/\.ts$/, ''));
const readme = readFileSync(new URL('README.md', root), 'utf8');
/** The README's rule table: id and default severity per row. */
const readmeRows = new Map(Array.from(readme.matchAll(/^\| `([a-z-]+)` \| (off|warn|justify|block) \|/gm), (m) => [m[1], m[2]]));

describe.each(RULE_IDS.map((id) => [id]))('%s', (id) => {
  test('has a file named by its id, exporting a rule with that id', () => {
    expect(ruleFiles, `add lib/rules/${id}.ts`).toContain(id);
    expect(rules.map((rule) => rule.id), `add ${id} to lib/rules/index.ts`).toContain(id);
  });
  test('has a table test', () => {
    expect(existsSync(new URL(`tests/lib/rules/${id}.test.ts`, root)), `add tests/lib/rules/${id}.test.ts`).toBe(true);
  });
  test('has a README row giving its default severity', () => {
    expect(readmeRows.has(id), `add a row for \`${id}\` to the README's rule table`).toBe(true);
    const { meta } = rules.find((rule) => rule.id === id)!;
    expect(readmeRows.get(id), `the README's default for \`${id}\``).toBe(meta.defaultSeverity);
  });
  test('has a description, a policy clause and an "Ask yourself" message', () => {
    const { meta } = rules.find((rule) => rule.id === id)!;
    expect(meta.description.length).toBeGreaterThan(20);
    expect(meta.clause.quote.length).toBeGreaterThan(10);
    for (const template of Object.values(meta.messages)) expect(template).toMatch(/^Ask yourself: .+\?/);
  });
});

test('every rule file and README row is a rule id, and the registry is alphabetical with no extras', () => {
  expect(ruleFiles.filter((file) => !(RULE_IDS as readonly string[]).includes(file)), 'rule files that are not rule ids').toEqual([]);
  expect([...readmeRows.keys()].filter((id) => !(RULE_IDS as readonly string[]).includes(id)), 'README rows that are not rule ids').toEqual([]);
  const ids = rules.map((rule) => rule.id);
  expect(ids).toEqual([...RULE_IDS].sort());
});
