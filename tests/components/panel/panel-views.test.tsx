import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Panel, type PanelView } from '../../../components/panel/Panel';
import { RULE_IDS, type Finding } from '../../../lib/types';
import { DRAFT, fullNameWithPhoto, phoneNumber, photoWithLocation, unreadablePhoto, waterPlay } from './findings';

afterEach(cleanup);

function show(view: PanelView) {
  const calls = { onEdit: vi.fn(), onPostAnyway: vi.fn(), onFalseAlarm: vi.fn() };
  const user = userEvent.setup();
  const utils = render(<Panel view={view} {...calls} />);
  return { ...calls, user, ...utils };
}

const findings = (list: Finding[], unchecked: { rule: Finding['rule']; reason: string }[] = [], notChecked?: string[]): PanelView => ({
  kind: 'findings',
  findings: list,
  unchecked,
  notChecked,
});

const postAnyway = () => screen.queryByRole('button', { name: 'Post anyway' });

describe('the dialog', () => {
  test.each<PanelView>([{ kind: 'checking' }, findings([phoneNumber()]), { kind: 'press-again' }])(
    'is a dialog named "Ask yourself..." (%o)',
    (view) => {
      show(view);
      expect(screen.getByRole('dialog', { name: /^Ask yourself/ })).toBeTruthy();
    },
  );

  test('holds the post as a modal while checking and while showing findings', () => {
    show(findings([phoneNumber()]));
    expect(screen.getByRole('dialog').getAttribute('aria-modal')).toBe('true');
  });
});

describe('while checking', () => {
  test('says "Checking..." and is marked busy, with Edit post still available', async () => {
    const { user, onEdit } = show({ kind: 'checking' });
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('Checking...')).toBeTruthy();
    expect(dialog.getAttribute('aria-busy')).toBe('true');
    expect(postAnyway()).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Edit post' }));
    expect(onEdit).toHaveBeenCalledTimes(1);
  });

  test('is no longer busy once the findings arrive', () => {
    const { rerender, onEdit, onPostAnyway, onFalseAlarm } = show({ kind: 'checking' });
    rerender(<Panel view={findings([phoneNumber()])} onEdit={onEdit} onPostAnyway={onPostAnyway} onFalseAlarm={onFalseAlarm} />);
    expect(screen.getByRole('dialog').getAttribute('aria-busy')).toBeNull();
    expect(screen.queryByText('Checking...')).toBeNull();
  });
});

describe('findings', () => {
  test('lists each message with the matched words or the photo and what was found in it', () => {
    const list = [fullNameWithPhoto(), photoWithLocation(), waterPlay()];
    show(findings(list));
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(3);
    for (const finding of list) {
      const item = items.find((li) => li.dataset.rule === finding.rule)!;
      expect(item.dataset.severity).toBe(finding.severity);
      expect(within(item).getByText(finding.message)).toBeTruthy();
    }
    const named = items.find((li) => li.dataset.rule === 'full-name-with-photo')!;
    expect(named.textContent).toContain('“Amelia Watson”');
    const located = items.find((li) => li.dataset.rule === 'photo-location')!;
    expect(within(located).getByText('IMG_2041.jpg')).toBeTruthy();
    expect(located.textContent).toContain('GPS location 53.80° N, 1.55° W');
  });

  test('shows the words exactly as typed in the draft', () => {
    const finding = phoneNumber();
    show(findings([finding]));
    const shown = screen.getByText(`“${(finding.evidence as { text: string }).text}”`);
    expect(DRAFT).toContain(shown.textContent!.slice(1, -1));
  });

  test('puts the strictest findings first, whatever order they arrive in', () => {
    show(findings([phoneNumber(), waterPlay(), photoWithLocation(), unreadablePhoto()]));
    const severities = screen.getAllByRole('listitem').map((li) => li.dataset.severity);
    expect(severities).toEqual(['block', 'justify', 'warn', 'warn']);
  });

  test('says each finding\'s weight in words, not only in colour', () => {
    show(findings([photoWithLocation(), waterPlay(), phoneNumber()]));
    const [block, justify, warn] = screen.getAllByRole('listitem');
    expect(within(block).getByText('Must change')).toBeTruthy();
    expect(within(justify).getByText('Needs a reason')).toBeTruthy();
    expect(within(warn).getByText('Worth a look')).toBeTruthy();
  });

  test('"Report a false alarm" reports once, even when pressed twice, and says thank you', async () => {
    const { user, onFalseAlarm, onEdit, onPostAnyway } = show(findings([phoneNumber()]));
    const report = screen.getByRole('button', { name: 'Report a false alarm' });
    await user.dblClick(report);
    expect(onFalseAlarm).toHaveBeenCalledTimes(1);
    expect(onEdit).not.toHaveBeenCalled();
    expect(onPostAnyway).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toMatch(/thank you/i);
  });
});

describe('when the strictest finding is block', () => {
  test('says the post cannot go and offers no "Post anyway"', () => {
    show(findings([phoneNumber(), photoWithLocation(), waterPlay()]));
    expect(screen.getByText(/^This post can't go until/)).toBeTruthy();
    expect(postAnyway()).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Reason' })).toBeNull();
  });

  test('"Edit post" calls onEdit once, even on a double click', async () => {
    const { user, onEdit } = show(findings([fullNameWithPhoto()]));
    await user.dblClick(screen.getByRole('button', { name: 'Edit post' }));
    expect(onEdit).toHaveBeenCalledTimes(1);
  });
});

describe('when the strictest finding is justify', () => {
  test('asks for a reason and keeps "Post anyway" disabled until one is typed', async () => {
    const { user, onPostAnyway } = show(findings([phoneNumber(), waterPlay()]));
    expect(screen.getByText(/^Give a reason to post anyway/)).toBeTruthy();
    const button = postAnyway() as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    await user.click(button);
    expect(onPostAnyway).not.toHaveBeenCalled();
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), 'Parents asked us to share the paddling pool day');
    expect(button.disabled).toBe(false);
  });

  test('spaces alone are not a reason', async () => {
    const { user } = show(findings([waterPlay()]));
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), '     ');
    expect((postAnyway() as HTMLButtonElement).disabled).toBe(true);
  });

  test('passes the reason without its surrounding spaces, once, even on a double click', async () => {
    const { user, onPostAnyway } = show(findings([waterPlay()]));
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), '  Every child shown is fully dressed  ');
    await user.dblClick(postAnyway()!);
    expect(onPostAnyway).toHaveBeenCalledTimes(1);
    expect(onPostAnyway).toHaveBeenCalledWith('Every child shown is fully dressed');
    expect((postAnyway() as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('when the strictest finding is warn', () => {
  test('"Post anyway" is enabled at once and posts exactly once on a double click', async () => {
    const { user, onPostAnyway, onEdit } = show(findings([phoneNumber(), unreadablePhoto()]));
    expect(screen.getByText(/^You can post after reading/)).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Reason' })).toBeNull();
    const button = postAnyway() as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    await user.dblClick(button);
    expect(onPostAnyway).toHaveBeenCalledTimes(1);
    expect(onPostAnyway).toHaveBeenCalledWith(undefined);
    expect(button.disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Edit post' }));
    expect(onEdit).not.toHaveBeenCalled();
  });
});

describe('when the check could not finish', () => {
  const threw = [
    { rule: 'photo-location' as const, reason: "Cannot read properties of undefined (reading 'latitude')" },
    { rule: 'full-name' as const, reason: 'timed out' },
  ];

  test('says so plainly and names what was not checked, without rule ids or error text', () => {
    show(findings([], threw));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('heading', { name: 'The check could not finish' })).toBeTruthy();
    expect(within(dialog).getByText('Location data in photos')).toBeTruthy();
    expect(within(dialog).getByText('Full names')).toBeTruthy();
    for (const id of RULE_IDS) expect(dialog.textContent).not.toContain(id);
    expect(dialog.textContent).not.toContain('Cannot read properties');
  });

  test('lets the post go after reading, never silently and never blocked by the failure itself', async () => {
    const { user, onPostAnyway } = show(findings([], threw));
    expect(screen.getByRole('dialog').textContent).toMatch(/You can post after reading/);
    await user.click(postAnyway()!);
    expect(onPostAnyway).toHaveBeenCalledTimes(1);
  });

  test('shows what the content script reports as not checked, rule ids as plain names and words as given', () => {
    show(findings([phoneNumber()], [], ['semi-clothed-activity', 'the second photo (it took too long)']));
    expect(screen.getByText('Activities where people may be undressed')).toBeTruthy();
    expect(screen.getByText('the second photo (it took too long)')).toBeTruthy();
    expect((postAnyway() as HTMLButtonElement).disabled).toBe(false);
  });

  test('a stricter finding still decides: justify needs a reason, block offers no "Post anyway"', () => {
    show(findings([waterPlay()], threw));
    expect((postAnyway() as HTMLButtonElement).disabled).toBe(true);
    cleanup();
    show(findings([photoWithLocation()], threw));
    expect(postAnyway()).toBeNull();
    expect(screen.getByRole('heading', { name: 'The check could not finish' })).toBeTruthy();
  });
});

describe('after a replayed post the site ignored', () => {
  test('says "Press Post again to publish", offers "Edit post" and no longer holds the page', async () => {
    const { user, onEdit } = show({ kind: 'press-again' });
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('Press Post again to publish')).toBeTruthy();
    expect(dialog.getAttribute('aria-modal')).toBeNull();
    expect(postAnyway()).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Edit post' }));
    expect(onEdit).toHaveBeenCalledTimes(1);
  });

  test('"Edit post" still works there after "Post anyway" was pressed in the findings view', async () => {
    const { user, rerender, onEdit, onPostAnyway, onFalseAlarm } = show(findings([phoneNumber()]));
    await user.click(postAnyway()!);
    rerender(<Panel view={{ kind: 'press-again' }} onEdit={onEdit} onPostAnyway={onPostAnyway} onFalseAlarm={onFalseAlarm} />);
    await user.click(screen.getByRole('button', { name: 'Edit post' }));
    expect(onEdit).toHaveBeenCalledTimes(1);
  });
});
