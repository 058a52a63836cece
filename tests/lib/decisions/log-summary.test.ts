import { describe, expect, test } from 'vitest';
import type { Decision } from '../../../lib/decisions/decision';
import { countDecisions, fortnightBefore, mondayOf, toReview, weeklySummary } from '../../../lib/decisions/log-summary';

// A Wednesday afternoon, local time, so weeks start on Monday the 23rd.
const now = new Date(2026, 10, 25, 15, 0);
const at = (day: number, hour = 10): string => new Date(2026, 10, day, hour).toISOString();

const log: Decision[] = [
  { at: at(2), site: 'facebook', rules: ['full-name'], decision: 'edited' },
  { at: at(16), site: 'x', rules: ['profanity'], decision: 'blocked' },
  { at: at(17), site: 'instagram', rules: ['semi-clothed-activity', 'full-name'], decision: 'posted-anyway', reason: 'Agreed' },
  { at: at(22, 23), site: 'facebook', rules: ['contact-details'], decision: 'false-alarm' },
  { at: at(23, 0), site: 'facebook', rules: ['full-name'], decision: 'edited' },
  { at: at(25, 9), site: 'x', rules: ['full-name', 'full-name'], decision: 'posted-anyway', reason: 'Author of the book' },
];

describe('the log in figures', () => {
  test('a fortnight counts every decision from fourteen days ago to now, by kind', () => {
    expect(countDecisions(log, fortnightBefore(now), now)).toEqual({ held: 5, edited: 1, 'posted-anyway': 2, blocked: 1, 'false-alarm': 1 });
  });

  test('weeks start on Monday at midnight', () => {
    expect(mondayOf(now)).toEqual(new Date(2026, 10, 23));
    expect(mondayOf(new Date(2026, 10, 23, 0, 0))).toEqual(new Date(2026, 10, 23));
    expect(mondayOf(new Date(2026, 10, 22, 23, 59))).toEqual(new Date(2026, 10, 16));
  });

  test('each week holds its own decisions, a rule counted once per post, oldest week first', () => {
    const weeks = weeklySummary(log, 3, now);
    expect(weeks.map((week) => week.start)).toEqual([new Date(2026, 10, 9), new Date(2026, 10, 16), new Date(2026, 10, 23)]);
    expect(weeks.map((week) => week.byDecision.held)).toEqual([0, 3, 2]);
    expect(weeks[1].byRule).toEqual({ profanity: 1, 'semi-clothed-activity': 1, 'full-name': 1, 'contact-details': 1 });
    expect(weeks[2].byRule).toEqual({ 'full-name': 2 });
    expect(weeks[2].byDecision).toEqual({ held: 2, edited: 1, 'posted-anyway': 1, blocked: 0, 'false-alarm': 0 });
  });

  test('posts sent anyway and false alarms are to review, newest first, until marked as reviewed', () => {
    expect(toReview(log).map((entry) => entry.at)).toEqual([at(25, 9), at(22, 23), at(17)]);
    expect(toReview(log, at(22, 23)).map((entry) => entry.reason)).toEqual(['Author of the book']);
  });
});
