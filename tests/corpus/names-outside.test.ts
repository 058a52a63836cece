import { expect, test } from 'vitest';
import { checkPost } from '../../lib/engine/check-post';
import { backgrounds, casings, withFullName, withoutFullName } from './names-outside/outside-names';

const policy = { version: 1, settingName: 'Little Wrens Nursery' };
const fullNamesIn = (text: string): string[] =>
  checkPost({ text, photos: [] }, policy, ['full-name']).findings.map((f) => (f.evidence.kind === 'text' ? f.evidence.text : ''));

const pct = (part: number, whole: number): string => (whole === 0 ? '   -  ' : `${((part / whole) * 100).toFixed(1).padStart(5)}%`);

test('names from public lists we do not ship: recall per background and casing, and no false alarms', { timeout: 300_000 }, () => {
  const lines = [`${'background'.padEnd(16)} ${Object.keys(casings).map((c) => c.padStart(11)).join(' ')}   unseen names`];
  const totals = Object.fromEntries(Object.keys(casings).map((c) => [c, { found: 0, all: 0, unseenFound: 0, unseen: 0 }]));
  const worst: Record<string, number> = {};
  let falseAlarms = 0;
  let quietCases = 0;
  const missed: string[] = [];
  const alarms: string[] = [];
  const weakest: string[] = [];
  for (const background of backgrounds(20)) {
    const cells: string[] = [];
    let unseenFound = 0;
    let unseen = 0;
    for (const [casing, cased] of Object.entries(casings)) {
      let found = 0;
      let all = 0;
      for (const person of background.people) {
        const name = `${person.first} ${person.surname}`;
        for (const sentence of withFullName) {
          const text = cased(sentence(name));
          const hit = fullNamesIn(text).includes(cased(name));
          all++;
          if (hit) found++;
          else if (missed.length < 40) missed.push(`${background.name}: ${text}`);
          if (person.unseen) {
            unseen++;
            if (hit) unseenFound++;
          }
        }
        for (const sentence of withoutFullName) {
          const text = cased(sentence(person.first, person.surname));
          quietCases++;
          if (fullNamesIn(text).length > 0) {
            falseAlarms++;
            if (alarms.length < 40) alarms.push(text);
          }
        }
      }
      totals[casing].found += found;
      totals[casing].all += all;
      worst[casing] = Math.min(worst[casing] ?? 1, found / all);
      if (found / all < 0.85) weakest.push(`${background.name} ${casing}`);
      cells.push(pct(found, all).padStart(11));
    }
    lines.push(`${background.name.padEnd(16)} ${cells.join(' ')}   ${pct(unseenFound, unseen)} of ${unseen}`);
  }
  lines.push(
    `${'all'.padEnd(16)} ${Object.values(totals).map((t) => pct(t.found, t.all).padStart(11)).join(' ')}`,
    `false alarms: ${falseAlarms} in ${quietCases} sentences with no full name (precision of alarms over all found: ${pct(
      Object.values(totals).reduce((n, t) => n + t.found, 0),
      Object.values(totals).reduce((n, t) => n + t.found, 0) + falseAlarms,
    )})`,
    ...missed.slice(0, 15).map((m) => `  missed: ${m}`),
    ...alarms.slice(0, 15).map((a) => `  false alarm: ${a}`),
  );
  console.log(lines.join('\n'));
  for (const [casing, total] of Object.entries(totals)) {
    expect.soft(total.found / total.all, `recall ${casing}`).toBeGreaterThanOrEqual(0.95);
  }
  expect.soft(weakest, 'backgrounds under 0.85 recall').toEqual([]);
  expect(falseAlarms / quietCases).toBeLessThanOrEqual(0.005);
});
