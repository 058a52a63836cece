import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Panel, type PanelView } from '../../../components/panel/Panel';
import type { Finding } from '../../../lib/types';
import { phoneNumber, photoWithLocation, waterPlay } from './findings';

afterEach(cleanup);

const callbacks = () => ({ onEdit: vi.fn(), onPostAnyway: vi.fn(), onFalseAlarm: vi.fn() });

function show(view: PanelView) {
  const calls = callbacks();
  const user = userEvent.setup();
  const utils = render(<Panel view={view} {...calls} />);
  return { ...calls, user, ...utils };
}

const findings = (...list: Finding[]): PanelView => ({ kind: 'findings', findings: list, unchecked: [] });
const button = (name: string) => screen.getByRole('button', { name });

describe('focus when the panel opens', () => {
  test.each<[string, PanelView]>([
    ['checking', { kind: 'checking' }],
    ['block', findings(photoWithLocation())],
    ['justify', findings(waterPlay())],
    ['warn', findings(phoneNumber())],
  ])('moves to "Edit post", the safe choice (%s)', (_, view) => {
    show(view);
    expect(document.activeElement).toBe(button('Edit post'));
  });

  test('stays in the panel when the check finishes and the findings replace "Checking..."', () => {
    const { rerender, onEdit, onPostAnyway, onFalseAlarm } = show({ kind: 'checking' });
    rerender(<Panel view={findings(waterPlay())} onEdit={onEdit} onPostAnyway={onPostAnyway} onFalseAlarm={onFalseAlarm} />);
    expect(screen.getByRole('dialog').contains(document.activeElement)).toBe(true);
  });
});

describe('Tab and Shift+Tab', () => {
  test('go round the controls in order and never leave the panel', async () => {
    const page = document.body.appendChild(document.createElement('button'));
    page.textContent = 'The site\'s own Post';
    const { user } = show(findings(waterPlay()));
    const details = screen.getByRole('region', { name: 'What was found' });
    const reason = screen.getByRole('textbox', { name: 'Reason' });
    for (const expected of [button('Report a false alarm'), details, reason, button('Edit post')]) {
      await user.tab();
      expect(document.activeElement).toBe(expected);
    }
    for (const expected of [reason, details, button('Report a false alarm'), button('Edit post')]) {
      await user.tab({ shift: true });
      expect(document.activeElement).toBe(expected);
    }
    page.remove();
  });

  test('reach "Post anyway" once it is enabled', async () => {
    const { user } = show(findings(waterPlay()));
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), 'Children are fully dressed');
    button('Edit post').focus();
    await user.tab();
    expect(document.activeElement).toBe(button('Post anyway'));
  });

  test('stay on "Edit post", the only control, while checking', async () => {
    const { user } = show({ kind: 'checking' });
    await user.tab();
    expect(document.activeElement).toBe(button('Edit post'));
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(button('Edit post'));
  });

  test('a press on the dimmed page behind does not take focus out of the panel', async () => {
    const { user } = show(findings(phoneNumber()));
    await user.click(screen.getByRole('dialog').parentElement!);
    expect(document.activeElement).toBe(button('Edit post'));
  });
});

describe('Escape', () => {
  test.each<[string, PanelView]>([
    ['checking', { kind: 'checking' }],
    ['findings', findings(waterPlay())],
    ['press again', { kind: 'press-again' }],
  ])('means "Edit post", once, and goes no further than the panel (%s)', async (_, view) => {
    const pageHeard = vi.fn();
    document.addEventListener('keydown', pageHeard);
    const { user, onEdit, onPostAnyway } = show(view);
    screen.getByRole('button', { name: 'Edit post' }).focus();
    await user.keyboard('{Escape}{Escape}');
    document.removeEventListener('keydown', pageHeard);
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(onPostAnyway).not.toHaveBeenCalled();
    expect(pageHeard).not.toHaveBeenCalled();
  });

  test('works from the Reason box too', async () => {
    const { user, onEdit } = show(findings(waterPlay()));
    await user.click(screen.getByRole('textbox', { name: 'Reason' }));
    await user.keyboard('Half a reason{Escape}');
    expect(onEdit).toHaveBeenCalledTimes(1);
  });
});

describe('keyboard posting', () => {
  test('Enter on "Post anyway" posts once; focus stays in the panel, off the now disabled button', async () => {
    const { user, onPostAnyway } = show(findings(phoneNumber()));
    button('Post anyway').focus();
    await user.keyboard('{Enter}{Enter}');
    expect(onPostAnyway).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('dialog').contains(document.activeElement)).toBe(true);
    expect(document.activeElement).not.toBe(button('Post anyway'));
  });
});

describe('after a replayed post the site ignored', () => {
  test('leaves focus on the site\'s own control, where the content script put it', () => {
    const sitePost = document.body.appendChild(document.createElement('button'));
    sitePost.textContent = 'Post';
    sitePost.focus();
    show({ kind: 'press-again' });
    expect(document.activeElement).toBe(sitePost);
    sitePost.remove();
  });

  test('takes focus when it would otherwise be lost, and lets Tab leave for the page', async () => {
    const sitePost = document.body.appendChild(document.createElement('button'));
    sitePost.textContent = 'Post';
    const { user, rerender, onEdit, onPostAnyway, onFalseAlarm } = show(findings(phoneNumber()));
    await user.click(button('Post anyway'));
    rerender(<Panel view={{ kind: 'press-again' }} onEdit={onEdit} onPostAnyway={onPostAnyway} onFalseAlarm={onFalseAlarm} />);
    expect(document.activeElement).toBe(button('Edit post'));
    await user.tab();
    expect(screen.getByRole('dialog').contains(document.activeElement)).toBe(false);
    sitePost.remove();
  });
});

describe('inside an open shadow root, as the content script mounts it', () => {
  test('focus moves in, Tab wraps inside, and Escape means "Edit post"', () => {
    const host = document.body.appendChild(document.createElement('ask-yourself-ui'));
    const shadow = host.attachShadow({ mode: 'open' });
    const wrapper = shadow.appendChild(document.createElement('div'));
    const calls = callbacks();
    const root = createRoot(wrapper);
    act(() => root.render(<Panel view={findings(phoneNumber())} {...calls} />));

    const dialog = within(wrapper).getByRole('dialog', { name: /^Ask yourself/ });
    const details = within(wrapper).getByRole('region', { name: 'What was found' });
    const report = within(wrapper).getByRole('button', { name: 'Report a false alarm' });
    expect(shadow.activeElement).toBe(within(wrapper).getByRole('button', { name: 'Edit post' }));

    report.focus();
    expect(fireEvent.keyDown(report, { key: 'Tab' })).toBe(false);
    expect(shadow.activeElement).toBe(details);
    expect(fireEvent.keyDown(details, { key: 'Tab', shiftKey: true })).toBe(false);
    expect(shadow.activeElement).toBe(report);

    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(calls.onEdit).toHaveBeenCalledTimes(1);
    act(() => root.unmount());
    host.remove();
  });
});
