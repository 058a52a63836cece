import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { fileSource } from '../../../lib/photos/node-file-source';
import { readPhotoSummary } from '../../../lib/photos/read-photo';
import { FIXTURES } from './photo-files';

const LOCATION_FIXTURES = fileURLToPath(new URL('../../fixtures/location/', import.meta.url));
const MEDIA = /\.(jpg|png|webp|tif|heic|gif|mov|mp4|webm)$/;
const hasExiftool = spawnSync('exiftool', ['-ver']).status === 0;

/** Every tag exiftool lists a photo's or video's keywords under, in any group. */
const KEYWORD_TAGS = ['Keywords', 'Keyword', 'Subject', 'XPKeywords', 'HierarchicalSubject', 'LastKeywordXMP', 'LastKeywordIPTC', 'TagsList', 'CatalogSets'];

const files = [FIXTURES, LOCATION_FIXTURES].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => MEDIA.test(name))
    .map((name) => `${dir}${name}`),
);

/** The distinct keywords exiftool finds in each file, ignoring case as the reader does; Windows' one string split at ";". */
function exiftoolKeywords(): Map<string, string[]> {
  const result = spawnSync('exiftool', ['-j', '-a', '-ee3', ...KEYWORD_TAGS.map((tag) => `-${tag}`), ...files], { maxBuffer: 64 * 1024 * 1024 });
  const listed = JSON.parse(result.stdout.toString()) as Record<string, unknown>[];
  return new Map(
    listed.map(({ SourceFile, ...tags }) => {
      const values = Object.entries(tags).flatMap(([tag, value]) => {
        const items = Array.isArray(value) ? value : [value];
        return items.flatMap((item) => (tag === 'XPKeywords' ? String(item).split(';') : [String(item)]));
      });
      return [String(SourceFile), [...new Set(values.map((value) => value.trim().toLowerCase()).filter(Boolean))].sort()];
    }),
  );
}

describe.skipIf(!hasExiftool)('keywords, as exiftool lists them', () => {
  test('every made photo and video gives the reader exactly the keywords exiftool finds in it', { timeout: 120_000 }, async () => {
    const expected = exiftoolKeywords();
    // The made files use each keyword list at least once, so the comparison covers them all.
    expect([...expected.values()].flat()).toEqual(expect.arrayContaining(['people|lily', 'places/park', 'trips|seaside', 'outdoor play', 'forest school']));
    const differences: string[] = [];
    for (const file of files) {
      const summary = await readPhotoSummary(await fileSource(file));
      const ours = [...new Set(summary.keywords.map((keyword) => keyword.toLowerCase()))].sort();
      const theirs = expected.get(file) ?? [];
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) differences.push(`${file}: reader ${JSON.stringify(ours)}, exiftool ${JSON.stringify(theirs)}`);
    }
    expect(differences).toEqual([]);
  });
});
