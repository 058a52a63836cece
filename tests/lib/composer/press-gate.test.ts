import { describe, expect, test } from 'vitest';
import type { CheckOutcome } from '../../../lib/composer/draft-checks';
import { PressGate, type GateAnswers, type GateView, type Press } from '../../../lib/composer/press-gate';
import type { Finding } from '../../../lib/types';

const finding = (severity: Finding['severity'], rule: Finding['rule'] = 'contact-details'): Finding => ({
  rule,
  severity,
  message: 'Ask yourself: should this be public?',
  evidence: { kind: 'text', start: 0, end: 4, text: '0770' },
});
const clean: CheckOutcome = { findings: [], unchecked: [], notChecked: [] };
const found = (...findings: Finding[]): CheckOutcome => ({ findings, unchecked: [], notChecked: [] });

/** A page stand-in: what the gate showed, recorded and replayed, and a clock the test moves. */
function setup() {
  const shown: GateView[] = [];
  const recorded: { decision: string; rules: string[]; reason?: string }[] = [];
  let answers: GateAnswers | undefined;
  let visible = false;
  let timers: { at: number; run: () => void }[] = [];
  let now = 0;
  const gate = new PressGate(
    {
      show: (view, given) => {
        shown.push(view);
        answers = given;
        visible = true;
      },
      hide: () => (visible = false),
      record: ({ decision, rules, reason }) => recorded.push({ decision, rules, ...(reason ? { reason } : {}) }),
      later: (run, ms) => timers.push({ at: now + ms, run }),
    },
    { deadlineMs: 5000, replaySettleMs: 1500 },
  );
  const tick = async (ms: number) => {
    now += ms;
    const due = timers.filter((timer) => timer.at <= now);
    timers = timers.filter((timer) => timer.at > now);
    due.forEach((timer) => timer.run());
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  const composer = {};
  const press = (overrides: Partial<Press> & { waiting?: boolean } = {}) => {
    const made: { replays: number; refocused: number; press: Press } = {
      replays: 0,
      refocused: 0,
      press: {
        composer,
        signature: 'draft-1',
        text: 'Ring 07700 900471',
        step: false,
        outcome: () => Promise.resolve(clean),
        unfinished: () => ({ findings: [], unchecked: [], notChecked: ['full-name', 'photo-location'], uncheckedSeverity: 'justify' }),
        replay: () => made.replays++,
        stillWaiting: () => overrides.waiting ?? false,
        refocus: () => made.refocused++,
        ...overrides,
      } as Press,
    };
    return made;
  };
  return { gate, shown, recorded, answers: () => answers!, visible: () => visible, tick, press };
}

describe('a press whose draft was already checked', () => {
  test('goes straight through when nothing was found, and no panel is shown', () => {
    const { gate, shown, press } = setup();
    expect(gate.decide(press({ settled: clean }).press)).toBe('pass');
    expect(shown).toEqual([]);
  });

  test('is held, with the findings shown at once, when something was found', () => {
    const { gate, shown, press } = setup();
    expect(gate.decide(press({ settled: found(finding('warn')) }).press)).toBe('hold');
    expect(shown).toEqual([{ kind: 'findings', findings: [finding('warn')], unchecked: [], notChecked: [] }]);
  });

  test('a second press while the panel is up is held and changes nothing', () => {
    const { gate, shown, press } = setup();
    gate.decide(press({ settled: found(finding('warn')) }).press);
    expect(gate.decide(press({ settled: found(finding('warn')) }).press)).toBe('hold');
    expect(shown.every((view) => view === shown[0])).toBe(true);
  });
});

describe('a press whose check is still running', () => {
  test('is held as "checking", then let through by replaying it once if nothing was found', async () => {
    const { gate, shown, visible, press } = setup();
    const made = press({ outcome: () => Promise.resolve(clean) });
    expect(gate.decide(made.press)).toBe('hold');
    expect(shown).toEqual([{ kind: 'checking' }]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(made.replays).toBe(1);
    expect(visible()).toBe(false);
  });

  test('shows what was found when the check ends', async () => {
    const { gate, shown, press } = setup();
    gate.decide(press({ outcome: () => Promise.resolve(found(finding('block'))) }).press);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shown.at(-1)).toMatchObject({ kind: 'findings', findings: [finding('block')] });
  });

  test('says what is not checked yet when it runs out of time, and never lets the post go unseen', async () => {
    const { gate, shown, tick, press } = setup();
    const made = press({ outcome: () => new Promise<CheckOutcome>(() => {}) });
    gate.decide(made.press);
    await tick(5000);
    expect(shown.at(-1)).toEqual({ kind: 'findings', findings: [], unchecked: [], notChecked: ['full-name', 'photo-location'], uncheckedSeverity: 'justify' });
    expect(made.replays).toBe(0);
  });

  test('Edit post while checking stops the press and records nothing', async () => {
    const { gate, recorded, answers, press } = setup();
    const made = press({ outcome: () => Promise.resolve(clean) });
    gate.decide(made.press);
    answers().onEdit();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(made.replays).toBe(0);
    expect(made.refocused).toBe(1);
    expect(recorded).toEqual([]);
  });
});

describe('the answers', () => {
  test('Post anyway replays the press exactly once, however often it is pressed, and is recorded once with its reason', () => {
    const { gate, recorded, answers, visible, press } = setup();
    const made = press({ settled: found(finding('justify', 'semi-clothed-activity')) });
    gate.decide(made.press);
    answers().onPostAnyway('  Parents asked for these  ');
    answers().onPostAnyway('again');
    expect(made.replays).toBe(1);
    expect(visible()).toBe(false);
    expect(recorded).toEqual([{ decision: 'posted-anyway', rules: ['semi-clothed-activity'], reason: 'Parents asked for these' }]);
  });

  test('Edit post records "edited", or "blocked" when the strictest finding blocks, and puts the person back in the text box', () => {
    for (const [severity, decision] of [['warn', 'edited'], ['block', 'blocked']] as const) {
      const { gate, recorded, answers, press } = setup();
      const made = press({ settled: found(finding(severity), finding('warn', 'full-name')) });
      gate.decide(made.press);
      answers().onEdit();
      expect(recorded).toEqual([{ decision, rules: ['contact-details', 'full-name'] }]);
      expect(made.refocused).toBe(1);
      expect(made.replays).toBe(0);
    }
  });

  test('a false alarm is recorded and leaves the choice open', () => {
    const { gate, recorded, answers, visible, press } = setup();
    gate.decide(press({ settled: found(finding('warn')) }).press);
    answers().onFalseAlarm();
    expect(recorded).toEqual([{ decision: 'false-alarm', rules: ['contact-details'] }]);
    expect(visible()).toBe(true);
  });
});

describe('when the site ignores the replayed press', () => {
  test('the panel says "press again", and the next real press of the same draft goes through once', async () => {
    const { gate, shown, answers, visible, tick, press } = setup();
    const made = press({ settled: found(finding('warn')), waiting: true });
    gate.decide(made.press);
    answers().onPostAnyway();
    expect(made.replays).toBe(1);
    await tick(1500);
    expect(shown.at(-1)).toEqual({ kind: 'press-again' });
    expect(visible()).toBe(true);
    expect(gate.decide(press({ settled: found(finding('warn')) }).press)).toBe('pass');
    expect(visible()).toBe(false);
    expect(gate.decide(press({ settled: found(finding('warn')) }).press)).toBe('hold');
  });

  test('a site that took the post hears nothing more', async () => {
    const { gate, shown, answers, tick, press } = setup();
    gate.decide(press({ settled: found(finding('warn')), waiting: false }).press);
    answers().onPostAnyway();
    await tick(1500);
    expect(shown).toHaveLength(1);
  });

  test('a draft changed after "press again" is checked afresh', async () => {
    const { gate, shown, answers, tick, press } = setup();
    gate.decide(press({ settled: found(finding('warn')), waiting: true }).press);
    answers().onPostAnyway();
    await tick(1500);
    expect(gate.decide(press({ signature: 'draft-2', settled: found(finding('block', 'profanity')) }).press)).toBe('hold');
    expect(shown.at(-1)).toMatchObject({ kind: 'findings', findings: [finding('block', 'profanity')] });
  });
});

describe('a step such as a Page’s "Next"', () => {
  test('posting anyway at the step lets the step and then the final press of that draft through, once', async () => {
    const { gate, shown, answers, tick, press } = setup();
    const step = press({ step: true, settled: found(finding('warn')), waiting: true });
    gate.decide(step.press);
    answers().onPostAnyway();
    expect(step.replays).toBe(1);
    await tick(1500);
    expect(shown).toHaveLength(1);
    expect(gate.decide(press({ settled: found(finding('warn')) }).press)).toBe('pass');
    expect(gate.decide(press({ settled: found(finding('warn')) }).press)).toBe('hold');
  });
});

describe('H3: a slow check never offers more than the policy allows, and its late answer still counts', () => {
  const late = () => {
    let answer!: (outcome: CheckOutcome) => void;
    return { outcome: () => new Promise<CheckOutcome>((resolve) => (answer = resolve)), answer: (outcome: CheckOutcome) => answer(outcome) };
  };

  test('a late answer with a block finding replaces the timed-out view, and Post anyway then does nothing', async () => {
    const { gate, shown, tick, press, answers, recorded } = setup();
    const check = late();
    const made = press({ outcome: check.outcome });
    gate.decide(made.press);
    await tick(5000);
    expect(shown.at(-1)).toMatchObject({ kind: 'findings', notChecked: ['full-name', 'photo-location'] });
    check.answer(found(finding('block', 'profanity')));
    await tick(0);
    expect(shown.at(-1)).toEqual({ kind: 'findings', findings: [finding('block', 'profanity')], unchecked: [], notChecked: [] });
    answers().onPostAnyway('a reason');
    expect(made.replays).toBe(0);
    expect(recorded).toEqual([]);
  });

  test('a late clean answer lets the post go, once', async () => {
    const { gate, tick, press, visible } = setup();
    const check = late();
    const made = press({ outcome: check.outcome });
    gate.decide(made.press);
    await tick(8000);
    check.answer(clean);
    await tick(0);
    expect(made.replays).toBe(1);
    expect(visible()).toBe(false);
  });

  test('timed out with a blocking rule unchecked, Post anyway does nothing', async () => {
    const { gate, tick, press, answers } = setup();
    const made = press({
      outcome: () => new Promise<CheckOutcome>(() => {}),
      unfinished: () => ({ findings: [], unchecked: [], notChecked: ['profanity'], uncheckedSeverity: 'block' }),
    });
    gate.decide(made.press);
    await tick(5000);
    answers().onPostAnyway('I checked it myself');
    expect(made.replays).toBe(0);
  });
});

describe('M1: the gate itself keeps the policy, whatever the panel asks', () => {
  test('Post anyway is refused for a block finding', () => {
    const { gate, answers, press, recorded } = setup();
    const made = press({ settled: found(finding('warn'), finding('block', 'profanity')) });
    gate.decide(made.press);
    answers().onPostAnyway();
    expect(made.replays).toBe(0);
    expect(recorded).toEqual([]);
  });

  test('Post anyway is refused for a justify finding without a reason in words', () => {
    const { gate, answers, press } = setup();
    const made = press({ settled: found(finding('justify', 'full-name')) });
    gate.decide(made.press);
    answers().onPostAnyway('   ');
    answers().onPostAnyway('...');
    expect(made.replays).toBe(0);
    answers().onPostAnyway('Her parents asked us to');
    expect(made.replays).toBe(1);
  });
});

describe('L3: a held composer never swallows presses with nothing on screen', () => {
  test('a press while held shows the panel again, so a panel the page removed comes back', () => {
    const { gate, shown, press } = setup();
    const made = press({ settled: found(finding('warn')) });
    gate.decide(made.press);
    expect(gate.decide(press({ settled: found(finding('warn')) }).press)).toBe('hold');
    expect(shown).toHaveLength(2);
    expect(shown[1]).toEqual(shown[0]);
  });
});

describe('L7: Post anyway on a composer that has gone', () => {
  test('posts nothing and logs nothing', () => {
    const { gate, answers, press, recorded, visible } = setup();
    const made = press({ settled: found(finding('warn')), present: () => false });
    gate.decide(made.press);
    answers().onPostAnyway();
    expect(made.replays).toBe(0);
    expect(recorded).toEqual([]);
    expect(visible()).toBe(false);
  });
});

describe('photos being prepared (issue 8)', () => {
  test('a press is held as "preparing", then checked with the photos, and goes once if clean', async () => {
    const { gate, shown, tick, press } = setup();
    let ready!: () => void;
    const photos = new Promise<void>((resolve) => (ready = resolve));
    const made = press({ settled: clean, preparing: true, outcome: () => photos.then(() => clean) });
    expect(gate.decide(made.press)).toBe('hold');
    expect(shown).toEqual([{ kind: 'preparing' }]);
    await tick(6000);
    expect(shown).toEqual([{ kind: 'preparing' }]);
    expect(made.replays).toBe(0);
    ready();
    await tick(0);
    expect(made.replays).toBe(1);
  });

  test('photos that bring a finding once prepared show it, and nothing posts', async () => {
    const { gate, shown, tick, press } = setup();
    const made = press({ preparing: true, outcome: () => Promise.resolve(found(finding('block', 'full-name-with-photo'))) });
    gate.decide(made.press);
    await tick(0);
    expect(shown.at(-1)).toMatchObject({ kind: 'findings', findings: [finding('block', 'full-name-with-photo')] });
    expect(made.replays).toBe(0);
  });
});

describe('photos still being looked at (issue 14)', () => {
  test('a press says "reading" at once, then shows what the photos brought, and nothing posts', async () => {
    const { gate, shown, tick, press } = setup();
    let seen!: () => void;
    const looking = new Promise<void>((resolve) => (seen = resolve));
    const made = press({ looking, outcome: () => looking.then(() => found(finding('justify', 'full-name'))) });
    expect(gate.decide(made.press)).toBe('hold');
    expect(shown).toEqual([{ kind: 'reading' }]);
    // Looking has its own time limit: the check's deadline does not cut it short.
    await tick(6000);
    expect(shown).toEqual([{ kind: 'reading' }]);
    seen();
    await tick(0);
    expect(shown.at(-1)).toMatchObject({ kind: 'findings', findings: [finding('justify', 'full-name')] });
    expect(made.replays).toBe(0);
  });

  test('once looking ends, a check still running gets its own deadline', async () => {
    const { gate, shown, tick, press } = setup();
    const made = press({ looking: Promise.resolve(), outcome: () => new Promise(() => {}) });
    gate.decide(made.press);
    await tick(0);
    expect(shown).toEqual([{ kind: 'reading' }, { kind: 'checking' }]);
    await tick(5000);
    expect(shown.at(-1)).toMatchObject({ kind: 'findings', notChecked: ['full-name', 'photo-location'] });
  });

  test('photos that turn out clean let the post go, once', async () => {
    const { gate, tick, press } = setup();
    const made = press({ looking: Promise.resolve() });
    gate.decide(made.press);
    await tick(0);
    expect(made.replays).toBe(1);
  });
});
