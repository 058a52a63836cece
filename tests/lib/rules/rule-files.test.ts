import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { rules } from '../../../lib/rules';
import { RULE_IDS } from '../../../lib/types';

// ESLint's checkRuleFiles: every rule has its file, registry line, contract id, table test and README row,
// and a failure says what to add.
const root = new URL('../../../', import.meta.url);
const ruleFiles = readdirSync(new URL('lib/rules/', root))
  .filter((file) => file.endsWith('.ts') && !['index.ts', 'rule.ts'].includes(file))
  .map((file) => file.replace(/\.ts$/, ''));
const readme = readFileSync(new URL('README.md', root), 'utf8');
const contract = readFileSync(new URL('../shared/contract.md', root), 'utf8');

describe.each(RULE_IDS.map((id) => [id]))('%s', (id) => {
  test('has a file named by its id, exporting a rule with that id', () => {
    expect(ruleFiles, `add lib/rules/${id}.ts`).toContain(id);
    expect(rules.map((rule) => rule.id), `add ${id} to lib/rules/index.ts`).toContain(id);
  });
  test('has a table test', () => {
    expect(existsSync(new URL(`tests/lib/rules/${id}.test.ts`, root)), `add tests/lib/rules/${id}.test.ts`).toBe(true);
  });
  test('is in the contract and has a README row', () => {
    expect(contract, `${id} is not a contract id`).toContain(`\`${id}\``);
    expect(readme, `add a row for \`${id}\` to the README's rule table`).toMatch(new RegExp(`^\\| \`${id}\` \\|`, 'm'));
  });
  test('has a description, a policy clause and an "Ask yourself" message', () => {
    const { meta } = rules.find((rule) => rule.id === id)!;
    expect(meta.description.length).toBeGreaterThan(20);
    expect(meta.clause.quote.length).toBeGreaterThan(10);
    for (const template of Object.values(meta.messages)) expect(template).toMatch(/^Ask yourself: .+\?/);
  });
});

test('every rule file is a contract id, and the registry is alphabetical with no extras', () => {
  expect(ruleFiles.filter((file) => !(RULE_IDS as readonly string[]).includes(file)), 'rule files that are not contract ids').toEqual([]);
  const ids = rules.map((rule) => rule.id);
  expect(ids).toEqual([...RULE_IDS].sort());
});
