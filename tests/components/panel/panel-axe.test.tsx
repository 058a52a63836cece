import { cleanup, render } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Panel, type PanelView } from '../../../components/panel/Panel';
import { phoneNumber, photoWithLocation, unreadablePhoto, waterPlay } from './findings';

afterEach(cleanup);

const views: [string, PanelView][] = [
  ['checking', { kind: 'checking' }],
  ['block', { kind: 'findings', findings: [photoWithLocation(), phoneNumber()], unchecked: [] }],
  ['justify', { kind: 'findings', findings: [waterPlay()], unchecked: [] }],
  ['warn', { kind: 'findings', findings: [phoneNumber(), unreadablePhoto()], unchecked: [] }],
  [
    'check could not finish',
    { kind: 'findings', findings: [], unchecked: [{ rule: 'full-name', reason: 'timed out' }], notChecked: ['photo-location'] },
  ],
  ['press again', { kind: 'press-again' }],
];

const serious = (violations: axe.Result[]) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);

describe('axe finds no serious or critical problem', () => {
  test.each(views)('%s', async (_, view) => {
    const { container } = render(<Panel view={view} onEdit={vi.fn()} onPostAnyway={vi.fn()} onFalseAlarm={vi.fn()} />);
    const results = await axe.run(container);
    expect(serious(results.violations)).toEqual([]);
    // Proof that axe really inspected the panel here rather than skipping it.
    const passed = results.passes.map((p) => p.id);
    expect(passed).toEqual(expect.arrayContaining(['aria-dialog-name', 'button-name']));
  });

  test('and the same set-up does catch a real problem, so a clean result means something', async () => {
    const { container } = render(
      <div role="dialog" aria-modal="true">
        <button type="button" />
      </div>,
    );
    const results = await axe.run(container);
    expect(serious(results.violations).join('\n')).toMatch(/aria-dialog-name|button-name/);
  });
});
