import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { removeLocation } from '../../../lib/location-removal/remove-location';
import { blobSource } from '../../../lib/photos/photo-source';
import { readPhotoSummary } from '../../../lib/photos/read-photo';
import { fixture, scratchFile, toolWorks } from './inspect-media';

interface Source {
  where: string;
  exiftool: string[];
  fixture: string;
  reported: 'gps' | 'place';
}

const table = JSON.parse(readFileSync(new URL('../../fixtures/location/location-sources.json', import.meta.url), 'utf8')) as { covered: Source[] };
const checked = table.covered.filter((source) => source.exiftool.length > 0);

/** exiftool's tags for many files in one run, keyed by file, "Group:Tag" as in the table. */
function exiftoolTags(paths: string[]): Map<string, Record<string, unknown>> {
  const result = spawnSync('exiftool', ['-j', '-a', '-G1', '-n', '-ee3', ...paths], { maxBuffer: 64 * 1024 * 1024 });
  const listed = JSON.parse(result.stdout.toString()) as Record<string, unknown>[];
  return new Map(listed.map((tags) => [String(tags.SourceFile), tags]));
}

const says = (value: unknown): boolean => value !== undefined && value !== '' && !/^[0\s.,-]*$/.test(String(value));

describe.skipIf(!toolWorks('exiftool', ['-ver']))('the table of places a location is kept, checked against exiftool', { timeout: 120_000 }, () => {
  test('each place the table says is covered: exiftool finds the tags in the made file, the reader reports it, the cleaner leaves none', async () => {
    const cleaned = checked.map((source) => {
      const original = fixture(source.fixture);
      const result = removeLocation(original, source.fixture);
      if (result.status !== 'cleaned') throw new Error(`${source.fixture}: ${JSON.stringify(result)}`);
      return { source, original, cleaned: result.bytes, before: scratchFile(original, source.fixture), after: scratchFile(result.bytes, source.fixture) };
    });
    const tags = exiftoolTags(cleaned.flatMap(({ before, after }) => [before, after]));
    const problems: string[] = [];
    for (const { source, original, cleaned: bytes, before, after } of cleaned) {
      const summary = await readPhotoSummary(blobSource(new Blob([original as BlobPart]), source.fixture));
      if (summary[source.reported] === undefined) problems.push(`${source.fixture}: the reader reports no ${source.reported}`);
      const afterSummary = await readPhotoSummary(blobSource(new Blob([bytes as BlobPart]), source.fixture));
      if (afterSummary.gps || afterSummary.place) problems.push(`${source.fixture}: the reader still reports a location after cleaning`);
      for (const tag of source.exiftool) {
        if (!says(tags.get(before)?.[tag])) problems.push(`${source.fixture}: exiftool finds no ${tag} before`);
        if (says(tags.get(after)?.[tag])) problems.push(`${source.fixture}: exiftool still finds ${tag} after`);
      }
    }
    expect(problems).toEqual([]);
  });
});
