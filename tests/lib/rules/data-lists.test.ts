import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

// Word lists are data, and the data is tested (Dark Reader lints its site fixes the same way).
const dataDir = new URL('../../../lib/rules/data/', import.meta.url);
const modules = readdirSync(dataDir).filter((file) => file.endsWith('.ts'));

test('there are word lists to check', () => {
  expect(modules.length).toBeGreaterThan(0);
});

describe.each(modules.map((file) => [file]))('lib/rules/data/%s', (file) => {
  test('every exported list is trimmed, lower-case, sorted and has no duplicates', async () => {
    const exports = (await import(new URL(file, dataDir).href)) as Record<string, unknown>;
    const lists = Object.entries(exports).filter(([, value]) => Array.isArray(value)) as [string, unknown[]][];
    expect(lists.length, `${file} exports no list`).toBeGreaterThan(0);
    for (const [name, list] of lists) {
      const words = list.filter((word): word is string => typeof word === 'string');
      if (words.length !== list.length) continue; // lists of records are checked by their own module's tests
      expect(words.filter((w) => w !== w.trim().toLowerCase() || w === ''), `${name}: not trimmed lower case`).toEqual([]);
      expect(words.filter((w, i) => words.indexOf(w) !== i), `${name}: duplicates`).toEqual([]);
      expect(words, `${name}: not sorted`).toEqual([...words].sort((a, b) => a.localeCompare(b, 'en')));
    }
  });
});
