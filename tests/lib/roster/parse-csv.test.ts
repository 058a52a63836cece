import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../../lib/roster/parse-csv';

describe('L5: splitting a roster file into cells', () => {
  test('a quote inside an unquoted cell stays part of the cell', () => {
    expect(parseCsv('Name,Note\nAmelia Watson,6" tall\n').rows).toEqual([
      ['Name', 'Note'],
      ['Amelia Watson', '6" tall'],
    ]);
  });

  test('a large file full of stray quotes is read in one pass (it used to take seconds per 200 KB)', () => {
    const text = 'a"'.repeat(1_000_000);
    const { rows } = parseCsv(text);
    expect(rows).toHaveLength(1);
    expect(rows[0][0]).toHaveLength(2_000_000);
  });

  test('a quoted cell opened after spaces is still a quoted cell', () => {
    expect(parseCsv('Name,Online\n  "Watson, Amelia",Yes\n').rows[1]).toEqual(['Watson, Amelia', 'Yes']);
  });

  test('a file that ends inside quotation marks says where they were opened', () => {
    const { rows, unclosedQuoteLine } = parseCsv('Name,Online\n"Amelia Watson,No\nNoah Khan,Yes\n');
    expect(unclosedQuoteLine).toBe(2);
    expect(rows).toHaveLength(2);
  });

  test('cells that span line breaks are listed by the line they start on', () => {
    const { multiLineCellLines, unclosedQuoteLine } = parseCsv('Name,Notes,Online\n"Olivia","one\ntwo",Yes\nFinn,,No\n');
    expect(multiLineCellLines).toEqual([2]);
    expect(unclosedQuoteLine).toBeUndefined();
  });
});
