import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Panel, type PanelView } from '../../../components/panel/Panel';
import { phoneNumber, waterPlay } from './findings';

afterEach(cleanup);

function show(view: PanelView) {
  const calls = { onEdit: vi.fn(), onPostAnyway: vi.fn(), onFalseAlarm: vi.fn() };
  render(<Panel view={view} {...calls} />);
  return { ...calls, user: userEvent.setup() };
}

/** An event as a page's script dispatches it: the browser marks it `isTrusted: false`, which happy-dom leaves out. */
function scripted<T extends Event>(event: T): T {
  Object.defineProperty(event, 'isTrusted', { value: false });
  return event;
}

const scriptClick = (element: Element) => element.dispatchEvent(scripted(new MouseEvent('click', { bubbles: true })));

describe('M1: the page’s scripts cannot answer the panel', () => {
  test('a script’s click on "Post anyway", "Edit post" or "Report a false alarm" does nothing', () => {
    const calls = show({ kind: 'findings', findings: [phoneNumber()], unchecked: [] });
    for (const name of ['Post anyway', 'Edit post', 'Report a false alarm']) scriptClick(screen.getByRole('button', { name }));
    expect(calls.onPostAnyway).not.toHaveBeenCalled();
    expect(calls.onEdit).not.toHaveBeenCalled();
    expect(calls.onFalseAlarm).not.toHaveBeenCalled();
  });

  test('a reason a script writes is not taken, and a person’s is', async () => {
    const calls = show({ kind: 'findings', findings: [waterPlay()], unchecked: [] });
    const reason = screen.getByRole('textbox', { name: 'Reason' }) as HTMLTextAreaElement;
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setValue.call(reason, 'forged by the page');
    fireEvent(reason, scripted(new Event('input', { bubbles: true })));
    expect((screen.getByRole('button', { name: 'Post anyway' }) as HTMLButtonElement).disabled).toBe(true);
    await calls.user.type(reason, 'Parents asked');
    await calls.user.click(screen.getByRole('button', { name: 'Post anyway' }));
    expect(calls.onPostAnyway).toHaveBeenCalledWith('Parents asked');
  });

  test('a script’s Escape does not mean "Edit post"', () => {
    const calls = show({ kind: 'checking' });
    screen.getByRole('dialog').dispatchEvent(scripted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(calls.onEdit).not.toHaveBeenCalled();
  });
});

describe('H3: what was not checked limits what the panel offers', () => {
  test('a blocking rule not checked: no "Post anyway", and the summary says why', () => {
    show({ kind: 'findings', findings: [], unchecked: [], notChecked: ['profanity', 'contact-details'], uncheckedSeverity: 'block' });
    expect(screen.queryByRole('button', { name: 'Post anyway' })).toBeNull();
    expect(screen.getByText(/so this post cannot go as it is/)).toBeTruthy();
  });

  test('a justify rule not checked: a reason is needed, even beside a warn finding', async () => {
    const calls = show({ kind: 'findings', findings: [phoneNumber()], unchecked: [], notChecked: ['full-name'], uncheckedSeverity: 'justify' });
    const post = screen.getByRole('button', { name: 'Post anyway' }) as HTMLButtonElement;
    expect(post.disabled).toBe(true);
    await calls.user.type(screen.getByRole('textbox', { name: 'Reason' }), 'I read it myself');
    await calls.user.click(post);
    expect(calls.onPostAnyway).toHaveBeenCalledWith('I read it myself');
  });
});

test('issue 8: photos still being prepared: the panel says so, is busy, and offers only "Edit post"', () => {
  show({ kind: 'preparing' });
  const dialog = screen.getByRole('dialog', { name: /^Ask yourself/ });
  expect(dialog.getAttribute('aria-busy')).toBe('true');
  expect(screen.getByText('Preparing your photos...')).toBeTruthy();
  expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Edit post']);
});
